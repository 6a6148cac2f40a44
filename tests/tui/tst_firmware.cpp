#include "firmware.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

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
        EXPECT_TRUE(::mkdtemp(pattern.data()) != nullptr);
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

TEST(Firmware, withoutEfiItIsBios)
{
    const FakeSys sys;
    sys.write("/sys/kernel/security/lockdown", "[none] integrity confidentiality\n");
    const Firmware firmware = Firmware::detect(sys.root);
    EXPECT_EQ(firmware.kind, Firmware::Kind::Bios);
    EXPECT_FALSE(firmware.lockedDown);
    EXPECT_EQ(firmware.name(), "bios");
}

TEST(Firmware, efiWithSecureBootOffIsUefi)
{
    const FakeSys sys;
    sys.uefi();
    sys.secureBootVariable(0);
    sys.write("/sys/kernel/security/lockdown", "[none] integrity confidentiality\n");
    const Firmware firmware = Firmware::detect(sys.root);
    EXPECT_EQ(firmware.name(), "uefi");
    EXPECT_FALSE(firmware.lockedDown);
}

TEST(Firmware, secureBootVariableAndLockdownMakeUefiSecureBoot)
{
    const FakeSys sys;
    sys.uefi();
    sys.secureBootVariable(1);
    sys.write("/sys/kernel/security/lockdown", "none [integrity] confidentiality\n");
    const Firmware firmware = Firmware::detect(sys.root);
    EXPECT_EQ(firmware.name(), "uefi-secureboot");
    EXPECT_TRUE(firmware.lockedDown);
}

TEST(Firmware, withoutEfivarsLockdownTellsSecureBoot)
{
    const FakeSys sys;
    sys.uefi();
    sys.write("/sys/kernel/security/lockdown", "none integrity [confidentiality]\n");
    EXPECT_EQ(Firmware::detect(sys.root).name(), "uefi-secureboot");
}

TEST(Firmware, unreadableLockdownCountsAsNone)
{
    const FakeSys sys;
    sys.uefi();
    const Firmware firmware = Firmware::detect(sys.root);
    EXPECT_EQ(firmware.name(), "uefi");
    EXPECT_FALSE(firmware.lockedDown);
}
