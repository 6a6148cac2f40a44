#include "firmware.h"
#include "tuitest.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace bt::tui;
namespace fs = std::filesystem;

namespace {

// A folder that looks like a client's /sys for Firmware::detect.
struct FakeSys
{
    std::string root;

    FakeSys()
    {
        std::string pattern = (fs::temp_directory_path() / "tst_firmware.XXXXXX").string();
        CHECK(::mkdtemp(pattern.data()) != nullptr);
        root = pattern;
        fs::create_directories(root + "/sys/kernel/security");
    }
    ~FakeSys() { fs::remove_all(root); }

    void write(const std::string &path, const std::string &content) const
    {
        fs::create_directories(fs::path(root + path).parent_path());
        std::ofstream(root + path, std::ios::binary) << content;
    }
    void uefi() const { fs::create_directories(root + "/sys/firmware/efi"); }
    void secureBootVariable(char value) const
    {
        write("/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c",
            std::string("\x06\x00\x00\x00", 4) + value);
    }
};

} // namespace

TUI_TEST(withoutEfiItIsBios)
{
    const FakeSys sys;
    sys.write("/sys/kernel/security/lockdown", "[none] integrity confidentiality\n");
    const Firmware firmware = Firmware::detect(sys.root);
    CHECK(firmware.kind == Firmware::Kind::Bios);
    CHECK(!firmware.lockedDown);
    CHECK_EQ(firmware.name(), std::string("bios"));
}

TUI_TEST(efiWithSecureBootOffIsUefi)
{
    const FakeSys sys;
    sys.uefi();
    sys.secureBootVariable(0);
    sys.write("/sys/kernel/security/lockdown", "[none] integrity confidentiality\n");
    const Firmware firmware = Firmware::detect(sys.root);
    CHECK_EQ(firmware.name(), std::string("uefi"));
    CHECK(!firmware.lockedDown);
}

TUI_TEST(secureBootVariableAndLockdownMakeUefiSecureBoot)
{
    const FakeSys sys;
    sys.uefi();
    sys.secureBootVariable(1);
    sys.write("/sys/kernel/security/lockdown", "none [integrity] confidentiality\n");
    const Firmware firmware = Firmware::detect(sys.root);
    CHECK_EQ(firmware.name(), std::string("uefi-secureboot"));
    CHECK(firmware.lockedDown);
}

TUI_TEST(withoutEfivarsLockdownTellsSecureBoot)
{
    const FakeSys sys;
    sys.uefi();
    sys.write("/sys/kernel/security/lockdown", "none integrity [confidentiality]\n");
    CHECK_EQ(Firmware::detect(sys.root).name(), std::string("uefi-secureboot"));
}

TUI_TEST(unreadableLockdownCountsAsNone)
{
    const FakeSys sys;
    sys.uefi();
    const Firmware firmware = Firmware::detect(sys.root);
    CHECK_EQ(firmware.name(), std::string("uefi"));
    CHECK(!firmware.lockedDown);
}

TUI_TEST_MAIN()
