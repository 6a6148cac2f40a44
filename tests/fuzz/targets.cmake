# The fuzz targets, one per parser of bytes that come from the network or from
# a file an administrator may be handed. The single owner of the list:
# tests/fuzz/CMakeLists.txt builds <name>.cpp into the executable <name>, and
# tests/CMakeLists.txt declares a ctest <name> that runs it on corpus/<name>/.

# Host parsers (Qt, core/).
set(BT_FUZZ_HOST_TARGETS
    fuzz_httprequest # core/serve/httprequestparser: the status endpoint's requests
    fuzz_bencode # wire/bencodereader + TrackerMonitor::parseScrape
    fuzz_aria2reply # core/serve/aria2rpc: Aria2Rpc::parseReply and the result parsers
    fuzz_dnsmasqlog # core/serve/dnsmasqlogreader: the log file, read as the server reads it
    fuzz_leasefile # core/serve/leasefilereader: dnsmasq's lease file
    fuzz_dhcpoffer # core/serve/dhcpprobe: DhcpProbe::parseOffer on a raw UDP datagram
    fuzz_clientstatus # core/serve/clientstatus: the JSON body a client POSTs
    fuzz_environment # core/environment: Boottorrent.yaml and oss/*/config.yaml
    fuzz_machinebook # core/environment/machinebook: machines.yaml and the room CSV
    fuzz_wavereport # core/serve/wavereport: a boot wave report from the admin API or reports/
)
# Client parsers (bttui, plain C++, client-tui/core/).
set(BT_FUZZ_CLIENT_TARGETS
    fuzz_trackerscrape # TrackerScrape::parse (wire/scrapereply)
    fuzz_statusreport # the JSON bttui writes to the host (StatusReport::toJson)
    fuzz_httpresponse # HttpClient::parseResponse
    fuzz_configloader # ConfigLoader::parse: Boottorrent.yaml and configs.yaml
    fuzz_shellwords # wire/shellwords: an OS's args and binargs, split as both sides split them
    fuzz_enginestatus # EngineStatus::parse: btfetch's status file
    fuzz_pieceanswer # btfetch's PieceAnswer::parse: the host's answer to a piece request
)
set(BT_FUZZ_TARGETS ${BT_FUZZ_HOST_TARGETS} ${BT_FUZZ_CLIENT_TARGETS})
