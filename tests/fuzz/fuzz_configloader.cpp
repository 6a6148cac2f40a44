// bttui's configuration loader, on the Boottorrent.yaml and configs.yaml the
// host packs into torrents.gz. The input is Boottorrent.yaml, then a marker
// line "# ==== configs.yaml ====" and configs.yaml (see fuzzsupport.h).
#include "fuzzsupport.h"

#include "configloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::vector<btfuzz::Section> sections
        = btfuzz::splitSections(std::string_view(reinterpret_cast<const char *>(data), size));
    std::string configs;
    for (std::size_t i = 1; i < sections.size(); ++i) {
        if (sections[i].name == "configs.yaml") {
            configs = sections[i].text;
            break;
        }
    }
    const bt::tui::Outcome<bt::tui::ClientConfig> config
        = bt::tui::ConfigLoader::parse(sections.front().text, configs, "/torrents");
    if (!config.ok())
        BTFUZZ_CHECK(!config.error().empty());
    return 0;
}
