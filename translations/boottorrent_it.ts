<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>DropClassifier</name>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation>%1 non esiste (più).</translation>
    </message>
    <message>
        <source>The folder %1 holds no files and no config.yaml.</source>
        <translation>La cartella %1 non contiene file né un config.yaml.</translation>
    </message>
    <message>
        <source>%1 is no kernel, initrd, ISO, disk image or program, so no OS entry was made for it.</source>
        <translation>%1 non è un kernel, un initrd, una ISO, un&apos;immagine disco o un programma, quindi non è stata creata alcuna voce di sistema.</translation>
    </message>
    <message>
        <source>%1 looks like an initrd, but no kernel came with it: drop the kernel and the initrd together.</source>
        <translation>%1 sembra un initrd, ma senza un kernel: trascina insieme il kernel e l&apos;initrd.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>bt::BuildPanel</name>
    <message>
        <source>Not built in this session.</source>
        <translation>Non ancora generato in questa sessione.</translation>
    </message>
    <message>
        <source>Cancel &amp;Build</source>
        <translation>Annulla &amp;generazione</translation>
    </message>
    <message>
        <source>Starting the build…</source>
        <translation>Avvio della generazione…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Generazione di %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Build complete.</source>
        <translation>Generazione completata.</translation>
    </message>
    <message>
        <source>out/ is ready to serve.</source>
        <translation>out/ è pronto per servire il laboratorio.</translation>
    </message>
    <message>
        <source>Build complete: %1</source>
        <translation>Generazione completata: %1</translation>
    </message>
    <message>
        <source>Build cancelled; the previous out/ is unchanged.</source>
        <translation>Generazione annullata; il precedente out/ è invariato.</translation>
    </message>
    <message>
        <source>Build failed; the previous out/ is unchanged.</source>
        <translation>Generazione non riuscita; il precedente out/ è invariato.</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>Generazione annullata.</translation>
    </message>
    <message>
        <source>Build failed.</source>
        <translation>Generazione non riuscita.</translation>
    </message>
    <message>
        <source>Build Failed</source>
        <translation>Generazione non riuscita</translation>
    </message>
    <message>
        <source>The build stopped. The previous out/ still serves. Fix what is listed, then build again.</source>
        <translation>La generazione si è interrotta. Il precedente out/ continua a servire. Correggi quanto elencato, poi genera di nuovo.</translation>
    </message>
</context>
<context>
    <name>bt::ClientTableModel</name>
    <message>
        <source>Asking for an address</source>
        <translation>Chiede un indirizzo</translation>
    </message>
    <message>
        <source>Has an address</source>
        <translation>Ha un indirizzo</translation>
    </message>
    <message>
        <source>Loading Phase 1</source>
        <translation>Carica la Fase 1</translation>
    </message>
    <message>
        <source>Phase 1 running</source>
        <translation>Fase 1 in esecuzione</translation>
    </message>
    <message>
        <source>In the menu</source>
        <translation>Nel menu</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>In scaricamento</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>In condivisione</translation>
    </message>
    <message>
        <source>Booting its OS</source>
        <translation>Avvia il sistema</translation>
    </message>
    <message>
        <source>Booted</source>
        <translation>Avviato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s fa</numerusform>
            <numerusform>%n s fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nome host</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI + Secure Boot</source>
        <translation>UEFI + Secure Boot</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Off / not seen</source>
        <translation>Spenta / non vista</translation>
    </message>
    <message>
        <source>Boots %1 without the menu at its next boot</source>
        <translation>Al prossimo avvio avvia %1 senza menu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Da controllare</translation>
    </message>
</context>
<context>
    <name>bt::DashboardPanel</name>
    <message>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Sciame</translation>
    </message>
    <message>
        <source>%1 clients, %2 booted, %3 failed</source>
        <translation>%1 client, %2 avviati, %3 non riusciti</translation>
    </message>
    <message>
        <source>Filter by name, MAC, IP, hostname or OS</source>
        <translation>Filtra per nome, MAC, IP, nome host o sistema</translation>
    </message>
    <message>
        <source>%1 clients, %2 booted, %3 failed, %4 off</source>
        <translation>%1 client, %2 avviati, %3 falliti, %4 spenti</translation>
    </message>
</context>
<context>
    <name>bt::EnvironmentEditor</name>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Menu &amp;timeout:</source>
        <translation>&amp;Attesa del menu:</translation>
    </message>
    <message>
        <source>Seconds the client menu waits before it boots the default OS</source>
        <translation>Secondi di attesa del menu del client prima di avviare il sistema predefinito</translation>
    </message>
    <message>
        <source>&amp;Default OS:</source>
        <translation>Sistema pre&amp;definito:</translation>
    </message>
    <message>
        <source>The OS a client boots when nobody chooses in time</source>
        <translation>Il sistema che un client avvia se nessuno sceglie in tempo</translation>
    </message>
    <message>
        <source>S&amp;eed time:</source>
        <translation>Tempo di s&amp;eed:</translation>
    </message>
    <message>
        <source>Seconds a client keeps sharing its OS with the others after its own download</source>
        <translation>Secondi per cui un client continua a condividere il sistema con gli altri dopo il proprio scaricamento</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.1</source>
        <translation>es. 192.168.1.1</translation>
    </message>
    <message>
        <source>&amp;Host IP:</source>
        <translation>IP dell&apos;&amp;host:</translation>
    </message>
    <message>
        <source>This computer&apos;s IPv4 address on the lab network</source>
        <translation>L&apos;indirizzo IPv4 di questo computer nella rete del laboratorio</translation>
    </message>
    <message>
        <source>Stat&amp;us port:</source>
        <translation>Porta di stat&amp;o:</translation>
    </message>
    <message>
        <source>TCP port where clients report their progress to this computer</source>
        <translation>Porta TCP su cui i client comunicano l&apos;avanzamento a questo computer</translation>
    </message>
    <message>
        <source>Network (dnsmasq)</source>
        <translation>Rete (dnsmasq)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaccia:</translation>
    </message>
    <message>
        <source>The network card facing the lab. Picking one proposes a host IP and a DHCP range in its subnet.</source>
        <translation>La scheda di rete verso il laboratorio. Sceglierne una propone un IP dell&apos;host e un intervallo DHCP nella sua sottorete.</translation>
    </message>
    <message>
        <source>Hand out addresses (&amp;DHCP)</source>
        <translation>Assegna indirizzi (&amp;DHCP)</translation>
    </message>
    <message>
        <source>Answer DHCP requests of the lab&apos;s computers</source>
        <translation>Rispondi alle richieste DHCP dei computer del laboratorio</translation>
    </message>
    <message>
        <source>&amp;Proxy DHCP (another server hands out addresses)</source>
        <translation>DHCP &amp;proxy (un altro server assegna gli indirizzi)</translation>
    </message>
    <message>
        <source>Only add boot information beside the lab&apos;s existing DHCP server</source>
        <translation>Aggiungi solo le informazioni di avvio accanto al server DHCP esistente del laboratorio</translation>
    </message>
    <message>
        <source>first address</source>
        <translation>primo indirizzo</translation>
    </message>
    <message>
        <source>last address</source>
        <translation>ultimo indirizzo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>DHCP &amp;range:</source>
        <translation>Inte&amp;rvallo DHCP:</translation>
    </message>
    <message>
        <source>The addresses dnsmasq hands to the lab&apos;s computers</source>
        <translation>Gli indirizzi che dnsmasq assegna ai computer del laboratorio</translation>
    </message>
    <message>
        <source>optional, e.g. 255.255.255.0</source>
        <translation>facoltativa, es. 255.255.255.0</translation>
    </message>
    <message>
        <source>&amp;Netmask:</source>
        <translation>&amp;Maschera di rete:</translation>
    </message>
    <message>
        <source>Netmask of the DHCP range (optional)</source>
        <translation>Maschera di rete dell&apos;intervallo DHCP (facoltativa)</translation>
    </message>
    <message>
        <source>e.g. 12h, 30m, infinite</source>
        <translation>es. 12h, 30m, infinite</translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation>Durata del &amp;lease:</translation>
    </message>
    <message>
        <source>How long a client keeps its address</source>
        <translation>Per quanto tempo un client mantiene il suo indirizzo</translation>
    </message>
    <message>
        <source>Serve boot files (&amp;TFTP)</source>
        <translation>Servi i file di avvio (&amp;TFTP)</translation>
    </message>
    <message>
        <source>Serve the Phase-1 system to booting clients over TFTP</source>
        <translation>Fornisci il sistema della Fase 1 ai client in avvio tramite TFTP</translation>
    </message>
    <message>
        <source>&amp;Bind to this interface only</source>
        <translation>&amp;Vincola solo a questa interfaccia</translation>
    </message>
    <message>
        <source>dnsmasq listens on the chosen interface only</source>
        <translation>dnsmasq ascolta solo sull&apos;interfaccia scelta</translation>
    </message>
    <message>
        <source>optional, e.g. nobody</source>
        <translation>facoltativo, es. nobody</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Esegui come &amp;utente:</translation>
    </message>
    <message>
        <source>The user dnsmasq switches to after start (optional)</source>
        <translation>L&apos;utente a cui dnsmasq passa dopo l&apos;avvio (facoltativo)</translation>
    </message>
    <message>
        <source>Tracker (opentracker)</source>
        <translation>Tracker (opentracker)</translation>
    </message>
    <message>
        <source>Run a trac&amp;ker</source>
        <translation>Esegui un trac&amp;ker</translation>
    </message>
    <message>
        <source>opentracker introduces the clients to each other</source>
        <translation>opentracker fa conoscere i client tra loro</translation>
    </message>
    <message>
        <source>Tracker p&amp;ort:</source>
        <translation>P&amp;orta del tracker:</translation>
    </message>
    <message>
        <source>TCP and UDP port of the tracker</source>
        <translation>Porta TCP e UDP del tracker</translation>
    </message>
    <message>
        <source>Peer-to-peer (aria2)</source>
        <translation>Peer-to-peer (aria2)</translation>
    </message>
    <message>
        <source>Peer e&amp;xchange</source>
        <translation>Scambio di peer (PE&amp;X)</translation>
    </message>
    <message>
        <source>Clients tell each other about further peers</source>
        <translation>I client si segnalano a vicenda altri peer</translation>
    </message>
    <message>
        <source>Local peer &amp;discovery</source>
        <translation>Rilevamento &amp;locale dei peer</translation>
    </message>
    <message>
        <source>Clients find each other by multicast on the local network</source>
        <translation>I client si trovano tramite multicast nella rete locale</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>Livello di lo&amp;g:</translation>
    </message>
    <message>
        <source>How much aria2 writes to the log</source>
        <translation>Quanto scrive aria2 nel log</translation>
    </message>
    <message>
        <source>BitTorrent p&amp;ort:</source>
        <translation>Porta &amp;BitTorrent:</translation>
    </message>
    <message>
        <source>Port the host&apos;s seeder listens on for peers</source>
        <translation>Porta su cui il seeder dell&apos;host attende i peer</translation>
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation>Porta &amp;RPC:</translation>
    </message>
    <message>
        <source>Port of aria2&apos;s JSON-RPC interface on 127.0.0.1</source>
        <translation>Porta dell&apos;interfaccia JSON-RPC di aria2 su 127.0.0.1</translation>
    </message>
    <message>
        <source>Change menu timeout</source>
        <translation>Modifica attesa del menu</translation>
    </message>
    <message>
        <source>Change default OS</source>
        <translation>Modifica sistema predefinito</translation>
    </message>
    <message>
        <source>Change seed time</source>
        <translation>Modifica tempo di seed</translation>
    </message>
    <message>
        <source>Change host IP</source>
        <translation>Modifica IP dell&apos;host</translation>
    </message>
    <message>
        <source>Change status port</source>
        <translation>Modifica porta di stato</translation>
    </message>
    <message>
        <source>Change interface</source>
        <translation>Modifica interfaccia</translation>
    </message>
    <message>
        <source>Switch DHCP</source>
        <translation>Attiva/disattiva DHCP</translation>
    </message>
    <message>
        <source>Switch proxy DHCP</source>
        <translation>Attiva/disattiva DHCP proxy</translation>
    </message>
    <message>
        <source>Switch TFTP</source>
        <translation>Attiva/disattiva TFTP</translation>
    </message>
    <message>
        <source>Switch interface binding</source>
        <translation>Attiva/disattiva vincolo all&apos;interfaccia</translation>
    </message>
    <message>
        <source>Change dnsmasq user</source>
        <translation>Modifica utente di dnsmasq</translation>
    </message>
    <message>
        <source>Enable tracker</source>
        <translation>Attiva tracker</translation>
    </message>
    <message>
        <source>Disable tracker</source>
        <translation>Disattiva tracker</translation>
    </message>
    <message>
        <source>Change tracker port</source>
        <translation>Modifica porta del tracker</translation>
    </message>
    <message>
        <source>Switch peer exchange</source>
        <translation>Attiva/disattiva scambio di peer</translation>
    </message>
    <message>
        <source>Switch local peer discovery</source>
        <translation>Attiva/disattiva rilevamento locale dei peer</translation>
    </message>
    <message>
        <source>Change aria2 log level</source>
        <translation>Modifica livello di log di aria2</translation>
    </message>
    <message>
        <source>Change BitTorrent port</source>
        <translation>Modifica porta BitTorrent</translation>
    </message>
    <message>
        <source>Change RPC port</source>
        <translation>Modifica porta RPC</translation>
    </message>
    <message>
        <source>%1 (no IPv4 address)</source>
        <translation>%1 (nessun indirizzo IPv4)</translation>
    </message>
    <message>
        <source>Use interface %1</source>
        <translation>Usa l&apos;interfaccia %1</translation>
    </message>
    <message>
        <source>Change DHCP range</source>
        <translation>Modifica intervallo DHCP</translation>
    </message>
    <message>
        <source>(none: clients wait for a choice)</source>
        <translation>(nessuno: i client attendono una scelta)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the OS entries: see the Operating systems page.</source>
        <translation>
            <numerusform>%n problema nelle voci di sistema: vedi la pagina Sistemi operativi.</numerusform>
            <numerusform>%n problemi nelle voci di sistema: vedi la pagina Sistemi operativi.</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>spento</translation>
    </message>
    <message>
        <source>&amp;Web seed port:</source>
        <translation>Porta &amp;web seed:</translation>
    </message>
    <message>
        <source>TCP port where this computer also serves the OS files over HTTP, so every client starts loading at once; 0 turns it off</source>
        <translation>Porta TCP su cui questo computer serve anche i file dei sistemi via HTTP, così ogni client inizia subito a caricare; 0 la disattiva</translation>
    </message>
    <message>
        <source>Change web seed port</source>
        <translation>Modifica porta web seed</translation>
    </message>
    <message>
        <source>The network&apos;s DHCP server names this host as &amp;next-server</source>
        <translation>Il server DHCP della rete indica questo host come &amp;next-server</translation>
    </message>
    <message>
        <source>UEFI clients then boot shim and the signed GRUB, so machines with Secure Boot on boot too; without it they get syslinux.efi</source>
        <translation>I client UEFI avviano allora shim e il GRUB firmato, così si avviano anche le macchine con Secure Boot attivo; altrimenti ricevono syslinux.efi</translation>
    </message>
    <message>
        <source>Switch to proxy DHCP</source>
        <translation>Passa al DHCP proxy</translation>
    </message>
    <message>
        <source>Switch next-server from the network</source>
        <translation>Attiva/disattiva next-server dalla rete</translation>
    </message>
    <message>
        <source>Proxy DHCP: the network&apos;s own DHCP server hands out the addresses; this computer adds only what the clients need to boot.</source>
        <translation>DHCP proxy: il server DHCP della rete assegna gli indirizzi; questo computer aggiunge solo ciò che serve ai client per avviarsi.</translation>
    </message>
    <message>
        <source>Full DHCP: this computer hands out the addresses. Only on a network of its own: a second DHCP server breaks a network that has one.</source>
        <translation>DHCP completo: questo computer assegna gli indirizzi. Solo su una rete propria: un secondo server DHCP guasta una rete che ne ha già uno.</translation>
    </message>
    <message>
        <source>%1 got its address from a DHCP server, so this network has one.</source>
        <translation>%1 ha ricevuto il suo indirizzo da un server DHCP, quindi questa rete ne ha uno.</translation>
    </message>
    <message>
        <source>Use proxy DHCP</source>
        <translation>Usa il DHCP proxy</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>solo questo computer</translation>
    </message>
    <message>
        <source>Ad&amp;min address:</source>
        <translation>Indirizzo di a&amp;mministrazione:</translation>
    </message>
    <message>
        <source>Where the app reaches the running server (ADDRESS or ADDRESS:PORT, with its token): leave it empty for this computer only, or give a management address to watch from another desk; never the lab address</source>
        <translation>Dove l&apos;app raggiunge il server in esecuzione (INDIRIZZO o INDIRIZZO:PORTA, con il suo token): lascialo vuoto per questo computer soltanto, o indica un indirizzo di gestione per osservare da un&apos;altra postazione; mai l&apos;indirizzo del laboratorio</translation>
    </message>
    <message>
        <source>Change admin address</source>
        <translation>Cambia indirizzo di amministrazione</translation>
    </message>
    <message>
        <source>No boot &amp;file after lease:</source>
        <translation>Nessun &amp;file di avvio dopo il lease:</translation>
    </message>
    <message>
        <source>Red when a machine got an address but never asked for the boot file: network boot is probably not first in its firmware</source>
        <translation>Rosso quando una macchina ha ottenuto un indirizzo ma non ha mai chiesto il file di avvio: probabilmente l&apos;avvio di rete non è il primo nel suo firmware</translation>
    </message>
    <message>
        <source>Phase &amp;1 not up after:</source>
        <translation>Fase &amp;1 non avviata dopo:</translation>
    </message>
    <message>
        <source>Red when a machine loads Phase 1 over TFTP but Phase 1 never reports up</source>
        <translation>Rosso quando una macchina carica la Fase 1 via TFTP ma la Fase 1 non segnala mai di essere avviata</translation>
    </message>
    <message>
        <source>No progress, &amp;amber after:</source>
        <translation>Nessun progresso, &amp;ambra dopo:</translation>
    </message>
    <message>
        <source>Amber when a download gets no new byte for this long</source>
        <translation>Ambra quando un download non riceve nuovi byte per questo tempo</translation>
    </message>
    <message>
        <source>No progress, r&amp;ed after:</source>
        <translation>Nessun progresso, r&amp;osso dopo:</translation>
    </message>
    <message>
        <source>Red when a download gets no new byte for this long</source>
        <translation>Rosso quando un download non riceve nuovi byte per questo tempo</translation>
    </message>
    <message>
        <source>S&amp;low below:</source>
        <translation>&amp;Lento sotto:</translation>
    </message>
    <message>
        <source>Amber when a machine downloads at less than this share of the room&apos;s median rate</source>
        <translation>Ambra quando una macchina scarica a meno di questa quota della velocità mediana dell&apos;aula</translation>
    </message>
    <message>
        <source>OS not &amp;booted after:</source>
        <translation>SO non a&amp;vviato dopo:</translation>
    </message>
    <message>
        <source>Amber when a machine handed over to its OS, which never reported booted</source>
        <translation>Ambra quando una macchina è passata al suo SO, che non ha mai segnalato l&apos;avvio</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source> % of the median</source>
        <translation> % della mediana</translation>
    </message>
    <message>
        <source>Change alert threshold</source>
        <translation>Cambia soglia di avviso</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> al secondo</translation>
    </message>
    <message>
        <source>Po&amp;wer-on pace:</source>
        <translation>Ritmo di &amp;accensione:</translation>
    </message>
    <message>
        <source>Machines that Power On wakes per second, so a room does not draw power all at once</source>
        <translation>Macchine che «Accendi» risveglia al secondo, così una stanza non assorbe corrente tutta in una volta</translation>
    </message>
    <message>
        <source>Change power-on pace</source>
        <translation>Cambia il ritmo di accensione</translation>
    </message>
</context>
<context>
    <name>bt::FileCopyJob</name>
    <message>
        <source>Could not create the folder %1. Check that you may write there and that the disk is not full.</source>
        <translation>Impossibile creare la cartella %1. Verifica di avere i permessi di scrittura e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2. Check free disk space and try again.</source>
        <translation>Copia di %1 non riuscita: %2. Verifica lo spazio libero su disco e riprova.</translation>
    </message>
    <message>
        <source>Could not rename %1 to its final name.</source>
        <translation>Impossibile rinominare %1 con il nome definitivo.</translation>
    </message>
</context>
<context>
    <name>bt::LabController</name>
    <message>
        <source>&amp;Virtual Lab</source>
        <translation>&amp;Laboratorio virtuale</translation>
    </message>
    <message>
        <source>Start &amp;Simulated Clients…</source>
        <translation>Avvia client &amp;simulati…</translation>
    </message>
    <message>
        <source>Boot clients simulated in network namespaces against this environment</source>
        <translation>Avvia client simulati in namespace di rete con questo ambiente</translation>
    </message>
    <message>
        <source>Start &amp;Virtual Machines…</source>
        <translation>Avvia macchine &amp;virtuali…</translation>
    </message>
    <message>
        <source>PXE-boot qemu virtual machines against this environment (slow without KVM)</source>
        <translation>Avvia via PXE macchine virtuali qemu con questo ambiente (lento senza KVM)</translation>
    </message>
    <message>
        <source>S&amp;top Lab</source>
        <translation>&amp;Ferma il laboratorio</translation>
    </message>
    <message>
        <source>Serial &amp;Consoles</source>
        <translation>&amp;Console seriali</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>Macchine virtuali</translation>
    </message>
    <message>
        <source>Virtual machines to PXE-boot (512 MiB each, software emulation):</source>
        <translation>Macchine virtuali da avviare via PXE (512 MiB ciascuna, emulazione software):</translation>
    </message>
    <message>
        <source>Simulated Clients</source>
        <translation>Client simulati</translation>
    </message>
    <message>
        <source>Simulated clients:</source>
        <translation>Client simulati:</translation>
    </message>
    <message>
        <source>Virtual Lab</source>
        <translation>Laboratorio virtuale</translation>
    </message>
    <message>
        <source>The saved environment has problems:
%1</source>
        <translation>L&apos;ambiente salvato ha dei problemi:
%1</translation>
    </message>
    <message>
        <source>Virtual lab running: the clients are booting</source>
        <translation>Laboratorio virtuale attivo: i client si stanno avviando</translation>
    </message>
    <message>
        <source>Virtual lab: every client booted</source>
        <translation>Laboratorio virtuale: tutti i client sono avviati</translation>
    </message>
    <message>
        <source>Virtual lab: some clients failed</source>
        <translation>Laboratorio virtuale: alcuni client non sono riusciti</translation>
    </message>
    <message>
        <source>The virtual lab cannot start:
%1</source>
        <translation>Il laboratorio virtuale non può partire:
%1</translation>
    </message>
    <message>
        <source>Virtual &amp;Lab</source>
        <translation>&amp;Laboratorio virtuale</translation>
    </message>
    <message>
        <source>Setting up the virtual lab…</source>
        <translation>Preparazione del laboratorio virtuale…</translation>
    </message>
    <message>
        <source>Virtual lab removed</source>
        <translation>Laboratorio virtuale rimosso</translation>
    </message>
    <message>
        <source>BIOS (iPXE)</source>
        <translation>BIOS (iPXE)</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI con Secure Boot</translation>
    </message>
    <message>
        <source>Firmware of the virtual machines:</source>
        <translation>Firmware delle macchine virtuali:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Power On Virtual Machines</source>
        <translation>&amp;Accendi le macchine virtuali</translation>
    </message>
    <message>
        <source>Send the lab&apos;s virtual machines Wake-on-LAN magic packets over the lab&apos;s network</source>
        <translation>Invia alle macchine virtuali del laboratorio i magic packet Wake-on-LAN attraverso la rete del laboratorio</translation>
    </message>
    <message>
        <source>Start powered off (wake them with Power On)</source>
        <translation>Avvia spente (accendile con Accendi)</translation>
    </message>
    <message>
        <source>Each machine starts when a Wake-on-LAN magic packet for its MAC crosses the lab&apos;s network, as a real machine would</source>
        <translation>Ogni macchina si avvia quando un magic packet Wake-on-LAN per il suo MAC attraversa la rete del laboratorio, come farebbe una macchina reale</translation>
    </message>
    <message>
        <source>Virtual lab running: the machines wait for Power On</source>
        <translation>Laboratorio virtuale attivo: le macchine attendono Accendi</translation>
    </message>
    <message numerus="yes">
        <source>Sent Wake-on-LAN to %n virtual machine(s).</source>
        <translation>
            <numerusform>Wake-on-LAN inviato a %n macchina virtuale.</numerusform>
            <numerusform>Wake-on-LAN inviato a %n macchine virtuali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot power the virtual machines on: %1</source>
        <translation>Impossibile accendere le macchine virtuali: %1</translation>
    </message>
</context>
<context>
    <name>bt::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tutte le fonti</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Cerca nel log</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
</context>
<context>
    <name>bt::MachineDialog</name>
    <message>
        <source>Machine %1</source>
        <translation>Macchina %1</translation>
    </message>
    <message>
        <source>e.g. pc-01</source>
        <translation>ad es. pc-01</translation>
    </message>
    <message>
        <source>The environment&apos;s default</source>
        <translation>Predefinito dell&apos;ambiente</translation>
    </message>
    <message>
        <source>The menu, as usual</source>
        <translation>Il menu, come sempre</translation>
    </message>
    <message>
        <source>The environment&apos;s countdown</source>
        <translation>Conto alla rovescia dell&apos;ambiente</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Default OS:</source>
        <translation>Sistema pre&amp;definito:</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Conto alla rovescia:</translation>
    </message>
    <message>
        <source>Ne&amp;xt boot:</source>
        <translation>Pro&amp;ssimo avvio:</translation>
    </message>
    <message>
        <source>The next boot starts the chosen OS without the menu, once; the machine shows the menu again after it booted. -1 s waits for a choice.</source>
        <translation>Il prossimo avvio avvia una volta il sistema scelto senza menu; dopo l&apos;avvio la macchina mostra di nuovo il menu. -1 s attende una scelta.</translation>
    </message>
</context>
<context>
    <name>bt::MachinesController</name>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Macchine</translation>
    </message>
    <message>
        <source>&amp;Edit Machine…</source>
        <translation>&amp;Modifica macchina…</translation>
    </message>
    <message>
        <source>Name the machine selected on the dashboard, give it its own default OS or set the OS of its next boot</source>
        <translation>Dare un nome alla macchina selezionata nel cruscotto, assegnarle un sistema predefinito proprio o impostare il sistema del prossimo avvio</translation>
    </message>
    <message>
        <source>&amp;Power On Selected Machines</source>
        <translation>&amp;Accendi le macchine selezionate</translation>
    </message>
    <message>
        <source>Select the machines to power on in the dashboard first.</source>
        <translation>Seleziona prima nel cruscotto le macchine da accendere.</translation>
    </message>
    <message>
        <source>Wake the machines selected on the dashboard with Wake-on-LAN (their firmware must allow it)</source>
        <translation>Risveglia con Wake-on-LAN le macchine selezionate nel cruscotto (il loro firmware deve consentirlo)</translation>
    </message>
    <message>
        <source>Power On &amp;All Known Machines</source>
        <translation>Accendi &amp;tutte le macchine note</translation>
    </message>
    <message>
        <source>Wake every machine serve knows, a few a second</source>
        <translation>Risveglia ogni macchina nota a serve, alcune al secondo</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importa da CSV…</translation>
    </message>
    <message>
        <source>Set up a room at once: a CSV of mac,name,default_os</source>
        <translation>Configura una stanza in una volta: un CSV di mac,name,default_os</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;sporta in CSV…</translation>
    </message>
    <message>
        <source>Write the known machines as mac,name,default_os</source>
        <translation>Scrive le macchine note come mac,name,default_os</translation>
    </message>
    <message>
        <source>Powering on every known machine…</source>
        <translation>Accensione di tutte le macchine note…</translation>
    </message>
    <message numerus="yes">
        <source>Powering on %n machine(s)…</source>
        <translation>
            <numerusform>Accensione di %n macchina…</numerusform>
            <numerusform>Accensione di %n macchine…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot power machines on: %1</source>
        <translation>Impossibile accendere le macchine: %1</translation>
    </message>
    <message>
        <source>serve wakes every known machine, a few a second.</source>
        <translation>serve risveglia ogni macchina nota, alcune al secondo.</translation>
    </message>
    <message numerus="yes">
        <source>serve wakes %n machine(s).</source>
        <translation>
            <numerusform>serve risveglia %n macchina.</numerusform>
            <numerusform>serve risveglia %n macchine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Macchine</translation>
    </message>
    <message>
        <source>Import Machines</source>
        <translation>Importa macchine</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; a room&apos;s CSV is a line per machine</source>
        <translation>%1: più grande di %2 MiB; il CSV di una stanza ha una riga per macchina</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; is not an OS of this environment (%4)</source>
        <translation>%1: %2: «%3» non è un sistema di questo ambiente (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n machine(s) into machines.yaml.</source>
        <translation>
            <numerusform>%n macchina importata in machines.yaml.</numerusform>
            <numerusform>%n macchine importate in machines.yaml.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Machines</source>
        <translation>Esporta macchine</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the machines to %1.</source>
        <translation>Macchine esportate in %1.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossibile scrivere: %2</translation>
    </message>
    <message>
        <source>Saved %1 in machines.yaml; serve hands it to the clients within seconds.</source>
        <translation>%1 salvato in machines.yaml; serve lo passa ai client entro pochi secondi.</translation>
    </message>
</context>
<context>
    <name>bt::MainWindow</name>
    <message>
        <source>&amp;New Environment…</source>
        <translation>&amp;Nuovo ambiente…</translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation>Crea un ambiente in una cartella vuota</translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation>&amp;Apri ambiente…</translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation>Apri una cartella che contiene un Boottorrent.yaml</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Write Boottorrent.yaml and every OS&apos;s config.yaml</source>
        <translation>Scrivi Boottorrent.yaml e il config.yaml di ogni sistema</translation>
    </message>
    <message>
        <source>&amp;Close Environment</source>
        <translation>&amp;Chiudi ambiente</translation>
    </message>
    <message>
        <source>Close the environment and show the welcome page</source>
        <translation>Chiudi l&apos;ambiente e mostra la pagina iniziale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit BootTorrent</source>
        <translation>Esci da BootTorrent</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <source>Write out/: boot files, torrents and service configurations</source>
        <translation>Scrivi out/: file di avvio, torrent e configurazioni dei servizi</translation>
    </message>
    <message>
        <source>Start &amp;Serving</source>
        <translation>A&amp;vvia servizio</translation>
    </message>
    <message>
        <source>Start DHCP/TFTP, tracker and seeder for the lab</source>
        <translation>Avvia DHCP/TFTP, tracker e seeder per il laboratorio</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Impos&amp;tazioni…</translation>
    </message>
    <message>
        <source>Language and other application settings</source>
        <translation>Lingua e altre impostazioni dell&apos;applicazione</translation>
    </message>
    <message>
        <source>&amp;About BootTorrent</source>
        <translation>&amp;Informazioni su BootTorrent</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versione e licenza</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Ripeti l&apos;ultima modifica annullata</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>New Environment: Choose an Empty Folder</source>
        <translation>Nuovo ambiente: scegli una cartella vuota</translation>
    </message>
    <message>
        <source>Open Environment</source>
        <translation>Apri ambiente</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Nuovo ambiente</translation>
    </message>
    <message>
        <source>BootTorrent could not create an environment in %1. Choose an empty folder you may write to.</source>
        <translation>BootTorrent non è riuscito a creare un ambiente in %1. Scegli una cartella vuota in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>Created %1. Pick the lab&apos;s interface and drag operating systems in.</source>
        <translation>%1 creato. Scegli l&apos;interfaccia verso il laboratorio e trascina dentro i sistemi operativi.</translation>
    </message>
    <message>
        <source>%1 could not be opened. Fix the files named below in a text editor, or choose a folder that holds a Boottorrent.yaml.</source>
        <translation>Impossibile aprire %1. Correggi i file indicati sotto con un editor di testo, oppure scegli una cartella che contiene un Boottorrent.yaml.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aperto</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Impos&amp;tazioni</translation>
    </message>
    <message>
        <source>Operating S&amp;ystems</source>
        <translation>Sistemi operati&amp;vi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Nothing was written, because these problems stand. Fix the fields marked in red, then save again.</source>
        <translation>Non è stato scritto nulla, perché restano questi problemi. Correggi i campi segnati in rosso, poi salva di nuovo.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvato</translation>
    </message>
    <message>
        <source>Close Environment</source>
        <translation>Chiudi ambiente</translation>
    </message>
    <message>
        <source>A build or a copy is still running. Cancel it and close the environment?</source>
        <translation>Una generazione o una copia è ancora in corso. Annullarla e chiudere l&apos;ambiente?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 ha modifiche non salvate. Salvarle prima di chiudere?</translation>
    </message>
    <message>
        <source>Open an environment first.</source>
        <translation>Apri prima un ambiente.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e ancora %n.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these problems first:
%1</source>
        <translation>Correggi prima questi problemi:
%1</translation>
    </message>
    <message>
        <source>A build is running.</source>
        <translation>È in corso una generazione.</translation>
    </message>
    <message>
        <source>Files are still being copied into the environment.</source>
        <translation>È ancora in corso la copia di file nell&apos;ambiente.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>BootTorrent</source>
        <translation>BootTorrent</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>About BootTorrent</source>
        <translation>Informazioni su BootTorrent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BootTorrent %1&lt;/h3&gt;&lt;p&gt;Boots a room of computers over the network and hands each of them an operating system over BitTorrent, from the host and from every other client.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BootTorrent %1&lt;/h3&gt;&lt;p&gt;Avvia un&apos;aula di computer dalla rete e consegna a ciascuno un sistema operativo tramite BitTorrent, dall&apos;host e da ogni altro client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>S&amp;top Serving</source>
        <translation>Ferma ser&amp;vizio</translation>
    </message>
    <message>
        <source>Stop every service; clients that are booting stop getting answers</source>
        <translation>Ferma tutti i servizi; i client in avvio non riceveranno più risposte</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>out/ is out of date: building before serving…</source>
        <translation>out/ non è aggiornato: generazione prima di avviare il servizio…</translation>
    </message>
    <message>
        <source>Start Serving</source>
        <translation>Avvia servizio</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Cruscotto</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vizi</translation>
    </message>
    <message>
        <source>Serving Failed</source>
        <translation>Servizio non riuscito</translation>
    </message>
    <message>
        <source>Look at the Services page and the log for the reason, fix it, then start serving again.</source>
        <translation>Cerca il motivo nella pagina Servizi e nel log, correggilo, poi avvia di nuovo il servizio.</translation>
    </message>
    <message>
        <source>Starting the services…</source>
        <translation>Avvio dei servizi…</translation>
    </message>
    <message>
        <source>Stopping the services…</source>
        <translation>Arresto dei servizi…</translation>
    </message>
    <message>
        <source>Stopped serving.</source>
        <translation>Servizio fermato.</translation>
    </message>
    <message>
        <source>&amp;Serve</source>
        <translation>&amp;Distribuisci</translation>
    </message>
    <message>
        <source>Looking for other DHCP servers on %1…</source>
        <translation>Ricerca di altri server DHCP su %1…</translation>
    </message>
    <message>
        <source>Could not look for other DHCP servers: %1</source>
        <translation>Impossibile cercare altri server DHCP: %1</translation>
    </message>
    <message>
        <source>Switch to &amp;Proxy DHCP</source>
        <translation>Passa al DHCP &amp;proxy</translation>
    </message>
    <message>
        <source>Let the network&apos;s own DHCP server hand out addresses; this computer adds only the boot information (the network is taken from the interface)</source>
        <translation>Lascia assegnare gli indirizzi al server DHCP della rete; questo computer aggiunge solo le informazioni di avvio (la rete è presa dall&apos;interfaccia)</translation>
    </message>
    <message>
        <source>The services were not started: this network already has a DHCP server. Switch to Proxy DHCP (Serve menu), or serve a network of its own.</source>
        <translation>I servizi non sono stati avviati: questa rete ha già un server DHCP. Passa al DHCP proxy (menu Distribuisci) o servi una rete propria.</translation>
    </message>
    <message>
        <source>Switch to Proxy DHCP and Start</source>
        <translation>Passa al DHCP proxy e avvia</translation>
    </message>
    <message>
        <source>Switch to proxy DHCP</source>
        <translation>Passa al DHCP proxy</translation>
    </message>
    <message>
        <source>Proxy DHCP is on; %1 has no IPv4 address, so check the host IP and network.</source>
        <translation>Il DHCP proxy è attivo; %1 non ha un indirizzo IPv4, quindi controlla l&apos;IP dell&apos;host e la rete.</translation>
    </message>
    <message>
        <source>Proxy DHCP is on, for the network of %1 (%2/%3).</source>
        <translation>Il DHCP proxy è attivo, per la rete di %1 (%2/%3).</translation>
    </message>
    <message>
        <source>Rebuild and &amp;Restart Serving</source>
        <translation>Ricostruisci e &amp;riavvia</translation>
    </message>
    <message>
        <source>Save, rebuild out/ and restart the services with the changes; machines and the dashboard stay</source>
        <translation>Salva, ricostruisci out/ e riavvia i servizi con le modifiche; le macchine e il cruscotto restano</translation>
    </message>
    <message>
        <source>&amp;Attach to Server…</source>
        <translation>&amp;Collegati a un server…</translation>
    </message>
    <message>
        <source>Watch a BootTorrent that serves on another machine: its address and its admin token</source>
        <translation>Osserva un BootTorrent che serve da un&apos;altra macchina: il suo indirizzo e il suo token di amministrazione</translation>
    </message>
    <message>
        <source>The lab is being served from this environment.</source>
        <translation>Il laboratorio è servito da questo ambiente.</translation>
    </message>
    <message>
        <source>Keep serving in the background and the machines go on booting; open the environment again to see them. Or stop serving now.</source>
        <translation>Continua a servire in background e le macchine continuano ad avviarsi; riapri l&apos;ambiente per vederle. Oppure smetti di servire adesso.</translation>
    </message>
    <message>
        <source>Keep Serving in the Background</source>
        <translation>Continua a servire in background</translation>
    </message>
    <message>
        <source>Stop Serving</source>
        <translation>Smetti di servire</translation>
    </message>
    <message>
        <source>The build failed: serving goes on as it was.</source>
        <translation>La costruzione non è riuscita: il servizio continua come prima.</translation>
    </message>
    <message>
        <source>Starting the services (the system asks for permission)…</source>
        <translation>Avvio dei servizi (il sistema chiede l&apos;autorizzazione)…</translation>
    </message>
    <message>
        <source>The services were not started.</source>
        <translation>I servizi non sono stati avviati.</translation>
    </message>
    <message>
        <source>This environment is served already (process %1), but its admin token in %2 cannot be read.</source>
        <translation>Questo ambiente è già servito (processo %1), ma il suo token di amministrazione in %2 non è leggibile.</translation>
    </message>
    <message>
        <source>This environment is being served: showing its clients.</source>
        <translation>Questo ambiente è servito: ne vengono mostrati i client.</translation>
    </message>
    <message>
        <source>Attach to Server</source>
        <translation>Collegati a un server</translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation>Il server non risponde: %1</translation>
    </message>
    <message>
        <source>serve is still starting; stop it once it runs.</source>
        <translation>serve si sta ancora avviando; fermalo quando è in esecuzione.</translation>
    </message>
    <message>
        <source>The server did not take the stop: %1</source>
        <translation>Il server non ha accettato l&apos;arresto: %1</translation>
    </message>
    <message>
        <source>Building out/ before restarting…</source>
        <translation>Costruzione di out/ prima del riavvio…</translation>
    </message>
    <message>
        <source>Restarting the services…</source>
        <translation>Riavvio dei servizi…</translation>
    </message>
    <message>
        <source>The server did not restart: %1</source>
        <translation>Il server non si è riavviato: %1</translation>
    </message>
    <message>
        <source>Serving ended: the server is gone.</source>
        <translation>Servizio terminato: il server non c&apos;è più.</translation>
    </message>
    <message>
        <source>192.0.2.10:40123</source>
        <translation>192.0.2.10:40123</translation>
    </message>
    <message>
        <source>the contents of serve&apos;s token file</source>
        <translation>il contenuto del file del token di serve</translation>
    </message>
    <message>
        <source>The address of the server&apos;s admin API (its --admin ADDRESS:PORT) and the token from its token file.</source>
        <translation>L&apos;indirizzo dell&apos;API di amministrazione del server (il suo --admin INDIRIZZO:PORTA) e il token dal suo file del token.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The address must be ADDRESS:PORT, for example 192.0.2.10:40123.</source>
        <translation>L&apos;indirizzo deve essere INDIRIZZO:PORTA, per esempio 192.0.2.10:40123.</translation>
    </message>
    <message>
        <source>The token is the 64 hex digits in serve&apos;s token file.</source>
        <translation>Il token sono le 64 cifre esadecimali nel file del token di serve.</translation>
    </message>
    <message>
        <source>%1 — BootTorrent</source>
        <translation>%1 — BootTorrent</translation>
    </message>
    <message>
        <source>This environment is served already by process %1, whose admin token in %2 this user cannot read. Watch it with File ▸ Attach to Server… and that token, or stop it first.</source>
        <translation>Questo ambiente è già servito dal processo %1, il cui token di amministrazione in %2 questo utente non può leggere. Osservalo con File ▸ Collegati a un server… e quel token, oppure fermalo prima.</translation>
    </message>
    <message>
        <source>Boot &amp;Wave Report</source>
        <translation>Rapporto dell&apos;&amp;ondata di avvio</translation>
    </message>
    <message>
        <source>How long the room took to boot: every machine&apos;s times, the curve, exports</source>
        <translation>Quanto ha impiegato l&apos;aula ad avviarsi: i tempi di ogni macchina, la curva, le esportazioni</translation>
    </message>
</context>
<context>
    <name>bt::OsListModel</name>
    <message>
        <source>Linux kernel (kexec)</source>
        <translation>Kernel Linux (kexec)</translation>
    </message>
    <message>
        <source>Disk image in qemu</source>
        <translation>Immagine disco in qemu</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Mostrato come</translation>
    </message>
    <message>
        <source>Boots as</source>
        <translation>Si avvia come</translation>
    </message>
</context>
<context>
    <name>bt::OsListView</name>
    <message>
        <source>Drag operating systems here: a kernel together with its initrd, an .iso, a disk image (.img, .qcow2, .raw), a program, or a folder with a config.yaml.</source>
        <translation>Trascina qui i sistemi operativi: un kernel insieme al suo initrd, una .iso, un&apos;immagine disco (.img, .qcow2, .raw), un programma o una cartella con un config.yaml.</translation>
    </message>
</context>
<context>
    <name>bt::OsPanel</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Aggiungi &amp;cartella…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Ri&amp;nomina…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ri&amp;muovi…</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Imposta come pre&amp;definito</translation>
    </message>
    <message>
        <source>Copy kernels, initrds, ISO files, disk images or programs into new OS entries</source>
        <translation>Copia kernel, initrd, file ISO, immagini disco o programmi in nuove voci di sistema</translation>
    </message>
    <message>
        <source>Copy a folder (with its config.yaml, or with boot files) into a new OS entry</source>
        <translation>Copia una cartella (con il suo config.yaml o con file di avvio) in una nuova voce di sistema</translation>
    </message>
    <message>
        <source>Delete the selected OS entry and its folder</source>
        <translation>Elimina la voce di sistema selezionata e la sua cartella</translation>
    </message>
    <message>
        <source>Boot the selected OS when nobody chooses in the client menu</source>
        <translation>Avvia il sistema selezionato se nessuno sceglie nel menu del client</translation>
    </message>
    <message>
        <source>Selected OS</source>
        <translation>Sistema selezionato</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Mostrato come:</translation>
    </message>
    <message>
        <source>&amp;Boots as:</source>
        <translation>Si a&amp;vvia come:</translation>
    </message>
    <message>
        <source>e.g. quiet</source>
        <translation>es. quiet</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>&amp;Initrd:</source>
        <translation>&amp;Initrd:</translation>
    </message>
    <message>
        <source>&amp;Command line:</source>
        <translation>Riga di &amp;comando:</translation>
    </message>
    <message>
        <source>e.g. -cdrom image.iso -m 1024</source>
        <translation>es. -cdrom image.iso -m 1024</translation>
    </message>
    <message>
        <source>qemu &amp;arguments:</source>
        <translation>&amp;Argomenti di qemu:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argomenti:</translation>
    </message>
    <message>
        <source>File names are relative to the OS folder.</source>
        <translation>I nomi dei file sono relativi alla cartella del sistema.</translation>
    </message>
    <message>
        <source>&amp;Cancel Copy</source>
        <translation>Annulla c&amp;opia</translation>
    </message>
    <message>
        <source>Change display name</source>
        <translation>Modifica nome visualizzato</translation>
    </message>
    <message>
        <source>Change boot method</source>
        <translation>Modifica metodo di avvio</translation>
    </message>
    <message>
        <source>Change kernel</source>
        <translation>Modifica kernel</translation>
    </message>
    <message>
        <source>Change initrd</source>
        <translation>Modifica initrd</translation>
    </message>
    <message>
        <source>Change command line</source>
        <translation>Modifica riga di comando</translation>
    </message>
    <message>
        <source>Change qemu arguments</source>
        <translation>Modifica argomenti di qemu</translation>
    </message>
    <message>
        <source>Change program</source>
        <translation>Modifica programma</translation>
    </message>
    <message>
        <source>Change program arguments</source>
        <translation>Modifica argomenti del programma</translation>
    </message>
    <message>
        <source>Selected OS: %1</source>
        <translation>Sistema selezionato: %1</translation>
    </message>
    <message>
        <source>Add Operating Systems</source>
        <translation>Aggiungi sistemi operativi</translation>
    </message>
    <message>
        <source>Boot files (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 *.raw);;All files (*)</source>
        <translation>File di avvio (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 *.raw);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Add an OS Folder</source>
        <translation>Aggiungi una cartella di sistema</translation>
    </message>
    <message>
        <source>Files are still being copied. Wait until the copy is done, or cancel it, then drop again.</source>
        <translation>La copia dei file è ancora in corso. Attendi che finisca o annullala, poi trascina di nuovo.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Copying into %1:</source>
        <translation>Copia in %1:</translation>
    </message>
    <message>
        <source>Copying files for %1…</source>
        <translation>Copia dei file per %1…</translation>
    </message>
    <message>
        <source>Copy cancelled; the partly copied files were removed.</source>
        <translation>Copia annullata; i file copiati in parte sono stati rimossi.</translation>
    </message>
    <message>
        <source>Copy Failed</source>
        <translation>Copia non riuscita</translation>
    </message>
    <message>
        <source>No OS entry was added. The partly copied files were removed.</source>
        <translation>Non è stata aggiunta alcuna voce di sistema. I file copiati in parte sono stati rimossi.</translation>
    </message>
    <message>
        <source>The config.yaml of %1 could not be read; check its fields.</source>
        <translation>Impossibile leggere il config.yaml di %1; controlla i suoi campi.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n OS(es)</source>
        <translation>
            <numerusform>Aggiungi %n sistema</numerusform>
            <numerusform>Aggiungi %n sistemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n OS(es).</source>
        <translation>
            <numerusform>%n sistema aggiunto.</numerusform>
            <numerusform>%n sistemi aggiunti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 as default</source>
        <translation>Imposta %1 come predefinito</translation>
    </message>
    <message>
        <source>There is no OS named %1.</source>
        <translation>Non esiste alcun sistema di nome %1.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; for a folder name.</source>
        <translation>Per il nome della cartella usa solo lettere minuscole, cifre, &apos;.&apos;, &apos;-&apos; e &apos;_&apos;.</translation>
    </message>
    <message>
        <source>An OS folder named %1 exists already; choose another name.</source>
        <translation>Esiste già una cartella di sistema di nome %1; scegli un altro nome.</translation>
    </message>
    <message>
        <source>Could not rename the folder %1. Check that no program uses it and that you may write there.</source>
        <translation>Impossibile rinominare la cartella %1. Verifica che nessun programma la stia usando e di avere i permessi di scrittura.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2. Save to keep the new name in Boottorrent.yaml.</source>
        <translation>%1 rinominato in %2. Salva per mantenere il nuovo nome in Boottorrent.yaml.</translation>
    </message>
    <message>
        <source>Could not delete every file in %1. Check the folder&apos;s permissions, then try again.</source>
        <translation>Impossibile eliminare tutti i file in %1. Controlla i permessi della cartella, poi riprova.</translation>
    </message>
    <message>
        <source>Removed %1 and its folder.</source>
        <translation>%1 e la sua cartella sono stati rimossi.</translation>
    </message>
    <message>
        <source>Rename OS</source>
        <translation>Rinomina sistema</translation>
    </message>
    <message>
        <source>New folder name for %1 (lower-case letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;):</source>
        <translation>Nuovo nome della cartella per %1 (lettere minuscole, cifre, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;):</translation>
    </message>
    <message>
        <source>Remove OS</source>
        <translation>Rimuovi sistema</translation>
    </message>
    <message>
        <source>Remove %1 and delete its folder %2 with every file in it? This cannot be undone.</source>
        <translation>Rimuovere %1 ed eliminare la sua cartella %2 con tutti i file che contiene? L&apos;operazione non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>bt::SerialConsoleDock</name>
    <message>
        <source>Serial Consoles</source>
        <translation>Console seriali</translation>
    </message>
</context>
<context>
    <name>bt::ServiceTableModel</name>
    <message>
        <source>Stopped</source>
        <translation>Fermo</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>In riavvio</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Riavvii</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
</context>
<context>
    <name>bt::ServicesPanel</name>
    <message>
        <source>Not serving.</source>
        <translation>Servizio non attivo.</translation>
    </message>
    <message>
        <source>Starting the services…</source>
        <translation>Avvio dei servizi…</translation>
    </message>
    <message>
        <source>Stopping the services…</source>
        <translation>Arresto dei servizi…</translation>
    </message>
    <message>
        <source>Serving failed; see the last error of each service and the log.</source>
        <translation>Servizio non riuscito; vedi l&apos;ultimo errore di ciascun servizio e il log.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>In attesa del server…</translation>
    </message>
    <message>
        <source>The server no longer answers: %1</source>
        <translation>Il server non risponde più: %1</translation>
    </message>
    <message>
        <source>Serving the lab from %1.</source>
        <translation>Il laboratorio è servito da %1.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>bt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>BootTorrent uses a new language after it is restarted.</source>
        <translation>BootTorrent usa una nuova lingua dopo il riavvio.</translation>
    </message>
</context>
<context>
    <name>bt::SwarmPanel</name>
    <message>
        <source>Share of the delivered bytes that clients sent each other instead of the host</source>
        <translation>Quota dei byte consegnati che i client si sono inviati tra loro invece che dall&apos;host</translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation>Peer:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Host upload:</source>
        <translation>Upload dell&apos;host:</translation>
    </message>
    <message>
        <source>Sent by the host:</source>
        <translation>Inviati dall&apos;host:</translation>
    </message>
    <message>
        <source>Delivered peer-to-peer:</source>
        <translation>Consegnati peer-to-peer:</translation>
    </message>
    <message>
        <source>Peer-to-peer share:</source>
        <translation>Quota peer-to-peer:</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%1 di %2 consegnati</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Peers that announced themselves to the tracker: seeders hold a whole OS, downloading ones are still fetching it; completed counts the downloads finished since the tracker started</source>
        <translation>Peer che si sono annunciati al tracker: i seeder hanno un sistema operativo intero, quelli in download lo stanno ancora scaricando; completati conta i download terminati dall&apos;avvio del tracker</translation>
    </message>
    <message>
        <source>Tracker:</source>
        <translation>Tracker:</translation>
    </message>
    <message numerus="yes">
        <source>%n seeder(s)</source>
        <translation>
            <numerusform>%n seeder</numerusform>
            <numerusform>%n seeder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n in download</numerusform>
            <numerusform>%n in download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completato</numerusform>
            <numerusform>%n completati</numerusform>
        </translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>non monitorato</translation>
    </message>
    <message>
        <source>%1 (%2 of it over HTTP)</source>
        <translation>%1 (di cui %2 via HTTP)</translation>
    </message>
</context>
<context>
    <name>bt::ThroughputChart</name>
    <message>
        <source>Host upload</source>
        <translation>Upload dell&apos;host</translation>
    </message>
    <message>
        <source>Peer-to-peer</source>
        <translation>Peer-to-peer</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Velocità di trasferimento</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportTableModel</name>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>To Phase 1</source>
        <translation>Fino alla fase 1</translation>
    </message>
    <message>
        <source>To downloaded</source>
        <translation>Fino allo scaricamento</translation>
    </message>
    <message>
        <source>To booted</source>
        <translation>Fino all&apos;avvio</translation>
    </message>
    <message>
        <source>From host</source>
        <translation>Dall&apos;host</translation>
    </message>
    <message>
        <source>From peers</source>
        <translation>Dai peer</translation>
    </message>
</context>
<context>
    <name>bt::WaveReportWindow</name>
    <message>
        <source>Wave Is &amp;Over</source>
        <translation>L&apos;ondata è &amp;finita</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Esporta &amp;PNG…</translation>
    </message>
    <message>
        <source>Boot Wave Report</source>
        <translation>Rapporto dell&apos;ondata di avvio</translation>
    </message>
    <message>
        <source>Settle the wave now: the machines still on their way are reported as they are, and serve keeps the report in the environment&apos;s reports folder.</source>
        <translation>Chiudi ora l&apos;ondata: le macchine ancora in corso vengono riportate come sono, e serve conserva il rapporto nella cartella reports dell&apos;ambiente.</translation>
    </message>
    <message>
        <source>Machines booted</source>
        <translation>Macchine avviate</translation>
    </message>
    <message>
        <source>Minutes since the first machine asked for an address</source>
        <translation>Minuti da quando la prima macchina ha chiesto un indirizzo</translation>
    </message>
    <message>
        <source>The wave is settled; serve keeps its report.</source>
        <translation>L&apos;ondata è chiusa; serve ne conserva il rapporto.</translation>
    </message>
    <message>
        <source>The wave was not settled: %1</source>
        <translation>L&apos;ondata non è stata chiusa: %1</translation>
    </message>
    <message>
        <source>No boot wave yet: it starts when the first machine asks for an address.</source>
        <translation>Nessuna ondata di avvio finora: inizia quando la prima macchina chiede un indirizzo.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) on their way, none booted yet</source>
        <translation>
            <numerusform>%n macchina in corso, nessuna ancora avviata</numerusform>
            <numerusform>%n macchine in corso, nessuna ancora avviata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) booted in %1</source>
        <translation>
            <numerusform>%n macchina avviata in %1</numerusform>
            <numerusform>%n macchine avviate in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallita</numerusform>
            <numerusform>, %n fallite</numerusform>
        </translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (finora)</translation>
    </message>
    <message>
        <source>Median time to booted: %1. From the host %2, from peers %3.</source>
        <translation>Tempo mediano fino all&apos;avvio: %1. Dall&apos;host %2, dai peer %3.</translation>
    </message>
    <message>
        <source>Settled %1.</source>
        <translation>Chiusa il %1.</translation>
    </message>
    <message>
        <source>Export the Wave as CSV</source>
        <translation>Esporta l&apos;ondata come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the Curve as PNG</source>
        <translation>Esporta la curva come PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>the picture cannot be written</source>
        <translation>l&apos;immagine non può essere scritta</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 non può essere scritto: %2</translation>
    </message>
</context>
<context>
    <name>bt::WelcomePage</name>
    <message>
        <source>BootTorrent</source>
        <translation>BootTorrent</translation>
    </message>
    <message>
        <source>Boot a room of computers over the network and hand each of them an operating system, peer-to-peer.</source>
        <translation>Avvia un&apos;aula di computer dalla rete e consegna a ciascuno un sistema operativo, peer-to-peer.</translation>
    </message>
    <message>
        <source>&amp;New Environment…</source>
        <translation>&amp;Nuovo ambiente…</translation>
    </message>
    <message>
        <source>Create an environment in an empty folder</source>
        <translation>Crea un ambiente in una cartella vuota</translation>
    </message>
    <message>
        <source>&amp;Open Environment…</source>
        <translation>&amp;Apri ambiente…</translation>
    </message>
    <message>
        <source>Open a folder that holds a Boottorrent.yaml</source>
        <translation>Apri una cartella che contiene un Boottorrent.yaml</translation>
    </message>
    <message>
        <source>&amp;Recent environments:</source>
        <translation>Ambienti &amp;recenti:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (mancante)
%2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>This folder holds no Boottorrent.yaml any more.</source>
        <translation>Questa cartella non contiene più un Boottorrent.yaml.</translation>
    </message>
    <message>
        <source>No environment opened yet. Create one with New, or open a folder.</source>
        <translation>Nessun ambiente ancora aperto. Creane uno con Nuovo, oppure apri una cartella.</translation>
    </message>
</context>
</TS>
