// btfetch's status file as bttui reads it: every key of wire/enginestatus.h, bounded, printable,
// replaced whole, numbered.

#include "statusfile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace bt::fetch;
namespace es = bt::wire::enginestatus;
using ::testing::HasSubstr;

namespace {

nlohmann::json parsed(const std::string &text) { return nlohmann::json::parse(text); }

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(EngineStatusFile, rendersEveryKeyOfTheContractInOrder)
{
    FetchStatus status;
    status.state = es::state::Downloading;
    status.total = 8388608;
    status.done = 262144;
    status.infoHash = "a37522a96406529f8c2d08dec79de3f30362691d";
    EXPECT_EQ(StatusFile::render(status, 7),
        "{\"engine\":\"btfetch\",\"version\":1,\"state\":\"downloading\",\"total\":8388608,"
        "\"done\":262144,\"checked\":0,\"down_rate\":0,\"up_rate\":0,\"uploaded\":0,\"peers\":0,"
        "\"seeds\":0,\"web_seeds\":0,\"info_hash\":\"a37522a96406529f8c2d08dec79de3f30362691d\","
        "\"error\":\"\",\"seq\":7}\n");
}

TEST(EngineStatusFile, errorIsCutToItsLimitAtACharacterBoundary)
{
    FetchStatus status;
    status.state = es::state::Error;
    status.error = std::string(199, 'x') + "\xc3\xa9 and more";
    const nlohmann::json json = parsed(StatusFile::render(status, 1));
    EXPECT_EQ(json["error"], std::string(199, 'x'));
}

TEST(EngineStatusFile, controlCharactersBecomeSpacesAndUtf8Stays)
{
    EXPECT_EQ(StatusFile::printable("a\nb\x1b[2Jc\x7f \xc3\xa9", 200), "a b [2Jc  \xc3\xa9");
}

TEST(EngineStatusFile, bytesThatAreNoUtf8StillGiveJson)
{
    FetchStatus status;
    status.error = "B\xfcro";
    EXPECT_THAT(StatusFile::render(status, 1), HasSubstr("\"error\":\"B\xef\xbf\xbdro\""));
}

TEST(EngineStatusFile, staysWithinItsSizeWithTheLongestValues)
{
    FetchStatus status;
    status.state = es::state::Downloading;
    status.total = status.done = status.checked = status.uploaded = INT64_MAX;
    status.downRate = status.upRate = INT64_MAX;
    status.peers = status.seeds = status.webSeeds = INT32_MAX;
    status.infoHash = std::string(40, 'f');
    status.error = std::string(5000, '"'); // each one escaped to two bytes
    EXPECT_LE(StatusFile::render(status, INT64_MAX).size(), std::size_t(es::MaxBytes));
}

TEST(EngineStatusFile, writeReplacesTheFileWholeAndNumbersEachWrite)
{
    const std::filesystem::path dir = std::filesystem::temp_directory_path()
        / ("tst_enginestatusfile." + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    StatusFile file((dir / "status.json").string());
    FetchStatus status;
    ASSERT_TRUE(file.write(status));
    status.state = es::state::Seeding;
    ASSERT_TRUE(file.write(status));
    const nlohmann::json json = parsed(readFile(dir / "status.json"));
    EXPECT_EQ(json["state"], "seeding");
    EXPECT_EQ(json["seq"], 2);
    EXPECT_FALSE(std::filesystem::exists(dir / "status.json.tmp"));
    std::filesystem::remove_all(dir);
}

TEST(EngineStatusFile, aFolderThatIsMissingFailsTheWrite)
{
    StatusFile file("/nonexistent-folder-of-tst_enginestatusfile/status.json");
    EXPECT_FALSE(file.write(FetchStatus {}));
}
