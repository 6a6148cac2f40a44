// btfetch's status file (wire/enginestate.h) through the decoder bttui reads it with: files of
// every state recorded from the real btfetch (tests/tui/data/record-btfetch-status.sh), and
// truncated, oversized, mistyped and hostile ones.
#include "enginestatus.h"
#include "printabletext.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

using namespace bt::tui;
using bt::wire::EngineState;
using ::testing::HasSubstr;

namespace {

// The keys of a status file in btfetch's order, with their raw JSON values.
using Fields = std::vector<std::pair<std::string, std::string>>;

Fields downloading()
{
    return { { "engine", R"("btfetch")" }, { "version", "1" }, { "state", R"("downloading")" },
        { "total", "3200000" }, { "done", "1048576" }, { "checked", "0" },
        { "down_rate", "2500000" }, { "up_rate", "1200000" }, { "uploaded", "524288" },
        { "peers", "5" }, { "seeds", "1" }, { "web_seeds", "1" },
        { "info_hash", R"("7021baa15829cb1438803cab4c5deb2210cb69b3")" }, { "error", R"("")" },
        { "seq", "42" } };
}

Fields with(Fields fields, const std::string &key, const std::string &value)
{
    for (auto &[name, raw] : fields) {
        if (name == key) {
            raw = value;
            return fields;
        }
    }
    fields.emplace_back(key, value);
    return fields;
}

Fields without(Fields fields, const std::string &key)
{
    std::erase_if(fields, [&](const auto &field) { return field.first == key; });
    return fields;
}

std::string text(const Fields &fields)
{
    std::string json = "{";
    for (const auto &[name, raw] : fields)
        json += (json.size() > 1 ? "," : "") + ("\"" + name + "\":") + raw;
    return json + "}";
}

Outcome<EngineStatus> parsed(const Fields &fields) { return EngineStatus::parse(text(fields)); }

std::string errorOf(const Fields &fields)
{
    const Outcome<EngineStatus> status = parsed(fields);
    EXPECT_FALSE(status);
    return status ? std::string() : status.error();
}

struct TemporaryFolder
{
    std::filesystem::path path = std::filesystem::temp_directory_path()
        / ("tst_enginestatus_" + std::to_string(::getpid()));
    TemporaryFolder() { std::filesystem::create_directories(path); }
    ~TemporaryFolder() { std::filesystem::remove_all(path); }
    std::string file(const std::string &name, const std::string &content) const
    {
        const std::string at = path / name;
        std::ofstream(at, std::ios::binary) << content;
        return at;
    }
};

} // namespace

Outcome<EngineStatus> recorded(const std::string &state)
{
    return EngineStatus::read(
        std::string(TUI_TEST_DATA_DIR) + "/btfetch-status-" + state + ".json");
}

TEST(EngineStatus, readsEveryRecordedState)
{
    for (const EngineState state : bt::wire::AllEngineStates) {
        const std::string name(bt::wire::engineStateName(state));
        const Outcome<EngineStatus> status = recorded(name);
        ASSERT_TRUE(status.ok()) << name << ": " << status.error();
        EXPECT_EQ(status->state, state) << name;
        EXPECT_GT(status->seq, 0) << name;
    }
}

TEST(EngineStatus, aRecordedStartIsNeitherFinishedNorFailed)
{
    const DownloadStatus d = recorded("starting")->downloadStatus();
    EXPECT_EQ(d.status, "waiting");
    EXPECT_FALSE(d.finished());
    EXPECT_FALSE(d.failed());
}

TEST(EngineStatus, aRecordedCheckIsVerifying)
{
    const DownloadStatus d = recorded("checking")->downloadStatus();
    EXPECT_TRUE(d.verifying);
    EXPECT_EQ(d.totalLength, 60200000);
    EXPECT_FALSE(d.finished());
}

TEST(EngineStatus, aRecordedDownloadIsActive)
{
    const DownloadStatus d = recorded("downloading")->downloadStatus();
    EXPECT_EQ(d.status, "active");
    EXPECT_EQ(d.infoHash, "63a65b2509a9f9d7c4815a973ac9c3feccf4e3f4");
    EXPECT_FALSE(d.verifying);
    EXPECT_FALSE(d.finished());
}

TEST(EngineStatus, recordedSeedingAndStoppedAreFinished)
{
    for (const char *state : { "seeding", "stopped" }) {
        const DownloadStatus d = recorded(state)->downloadStatus();
        EXPECT_EQ(d.completedLength, 60200000) << state;
        EXPECT_TRUE(d.finished()) << state;
        EXPECT_FALSE(d.failed()) << state;
    }
    EXPECT_TRUE(recorded("seeding")->downloadStatus().seeder);
}

TEST(EngineStatus, aRecordedErrorCarriesBtfetchsSentence)
{
    const DownloadStatus d = recorded("error")->downloadStatus();
    EXPECT_TRUE(d.failed());
    EXPECT_THAT(d.errorMessage, HasSubstr("missing or invalid 'info' section in torrent file."));
}

TEST(EngineStatus, readsADownload)
{
    const Outcome<EngineStatus> status = parsed(downloading());
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->state, EngineState::Downloading);
    EXPECT_EQ(status->seq, 42);
    EXPECT_EQ(status->webSeeds, 1);
    const DownloadStatus d = status->downloadStatus();
    EXPECT_EQ(d.status, "active");
    EXPECT_EQ(d.completedLength, 1048576);
    EXPECT_EQ(d.totalLength, 3200000);
    EXPECT_EQ(d.downloadSpeed, 2500000);
    EXPECT_EQ(d.uploadSpeed, 1200000);
    EXPECT_EQ(d.uploadLength, 524288);
    EXPECT_EQ(d.connections, 5);
    EXPECT_EQ(d.numSeeders, 1);
    EXPECT_EQ(d.infoHash, "7021baa15829cb1438803cab4c5deb2210cb69b3");
    EXPECT_FALSE(d.verifying);
    EXPECT_FALSE(d.finished());
    EXPECT_FALSE(d.failed());
}

TEST(EngineStatus, checkingIsVerifyingWithTheCheckedBytes)
{
    const DownloadStatus d
        = parsed(with(with(downloading(), "state", R"("checking")"), "checked", "2097152"))
              ->downloadStatus();
    EXPECT_TRUE(d.verifying);
    EXPECT_EQ(d.verifiedLength, 2097152);
    EXPECT_EQ(d.status, "active");
    EXPECT_FALSE(d.finished());
}

TEST(EngineStatus, seedingHasFinished)
{
    const DownloadStatus d
        = parsed(with(with(downloading(), "state", R"("seeding")"), "done", "3200000"))
              ->downloadStatus();
    EXPECT_TRUE(d.seeder);
    EXPECT_EQ(d.status, "complete");
    EXPECT_TRUE(d.finished());
    EXPECT_FALSE(d.failed());
}

TEST(EngineStatus, startingWaits)
{
    const Outcome<EngineStatus> status = parsed(
        with(with(with(downloading(), "state", R"("starting")"), "total", "0"), "done", "0"));
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->downloadStatus().status, "waiting");
    EXPECT_FALSE(status->downloadStatus().finished());
}

TEST(EngineStatus, anErrorFailsWithItsSentence)
{
    const DownloadStatus d
        = parsed(with(with(downloading(), "state", R"("error")"), "error",
                     R"("cannot write /torrents/linux: No space left on device")"))
              ->downloadStatus();
    EXPECT_TRUE(d.failed());
    EXPECT_EQ(d.errorMessage, "cannot write /torrents/linux: No space left on device");
}

TEST(EngineStatus, stoppedIsCompleteOnlyWithEveryByte)
{
    const Fields stopped = with(downloading(), "state", R"("stopped")");
    EXPECT_TRUE(parsed(stopped)->downloadStatus().failed());
    const Outcome<EngineStatus> whole = parsed(with(stopped, "done", "3200000"));
    EXPECT_TRUE(whole->complete());
    EXPECT_TRUE(whole->downloadStatus().finished());
    EXPECT_FALSE(whole->downloadStatus().failed());
}

TEST(EngineStatus, acceptsAnEmptyInfoHashAndUnknownKeys)
{
    const Outcome<EngineStatus> status
        = parsed(with(with(downloading(), "info_hash", R"("")"), "pieces", R"({"have":[1,2]})"));
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->infoHash, "");
}

TEST(EngineStatus, rejectsATruncatedFile)
{
    const std::string whole = text(downloading());
    for (const std::size_t size :
        { std::size_t(0), std::size_t(1), whole.size() / 2, whole.size() - 1 })
        EXPECT_EQ(
            EngineStatus::parse(whole.substr(0, size)).error(), "btfetch's status file: no JSON")
            << size;
}

TEST(EngineStatus, rejectsAnOversizedFile)
{
    const std::string whole = text(downloading());
    const std::string padded = whole + std::string(4096 - whole.size(), ' ');
    EXPECT_TRUE(EngineStatus::parse(padded).ok());
    EXPECT_EQ(
        EngineStatus::parse(padded + " ").error(), "btfetch's status file: more than 4096 bytes");
}

TEST(EngineStatus, rejectsEveryMissingKey)
{
    for (const auto &[key, raw] : downloading())
        EXPECT_EQ(errorOf(without(downloading(), key)),
            "btfetch's status file: \"" + key + "\" is missing");
}

TEST(EngineStatus, rejectsNumbersOfAnotherType)
{
    for (const char *key : { "total", "done", "checked", "down_rate", "up_rate", "uploaded",
             "peers", "seeds", "web_seeds", "seq" }) {
        for (const char *value :
            { "\"12\"", "1.5", "12.0", "-1", "true", "null", "[1]", "{}", "18446744073709551615" })
            EXPECT_EQ(errorOf(with(downloading(), key, value)),
                std::string("btfetch's status file: \"") + key
                    + "\" is no whole number of at least 0")
                << key << " " << value;
    }
}

TEST(EngineStatus, rejectsTextsOfAnotherType)
{
    for (const char *key : { "engine", "state", "info_hash", "error" }) {
        for (const char *value : { "1", "null", "[\"x\"]", "{}", "false" })
            EXPECT_EQ(errorOf(with(downloading(), key, value)),
                std::string("btfetch's status file: \"") + key + "\" is no text")
                << key << " " << value;
    }
}

TEST(EngineStatus, rejectsAnotherEngineOrVersion)
{
    EXPECT_EQ(errorOf(with(downloading(), "engine", R"("aria2")")),
        "btfetch's status file: \"engine\" is not btfetch");
    EXPECT_EQ(errorOf(with(downloading(), "version", "2")),
        "btfetch's status file: it is of version 2, bttui reads version 1");
}

TEST(EngineStatus, rejectsValuesOutsideTheContract)
{
    EXPECT_EQ(errorOf(with(downloading(), "state", R"("paused")")),
        "btfetch's status file: \"state\" 'paused' is none btfetch has");
    EXPECT_EQ(
        errorOf(with(downloading(), "info_hash", R"("7021BAA15829CB1438803CAB4C5DEB2210CB69B3")")),
        "btfetch's status file: \"info_hash\" is no 40 lowercase hex digits");
    EXPECT_EQ(errorOf(with(downloading(), "info_hash", R"("7021baa1")")),
        "btfetch's status file: \"info_hash\" is no 40 lowercase hex digits");
    EXPECT_EQ(errorOf(with(downloading(), "done", "3200001")),
        "btfetch's status file: \"done\" is more than \"total\"");
}

TEST(EngineStatus, rejectsWhatIsNoObject)
{
    for (const char *value : { "[]", "\"btfetch\"", "42", "null" })
        EXPECT_EQ(
            EngineStatus::parse(value).error(), "btfetch's status file: it holds no JSON object")
            << value;
}

TEST(EngineStatus, rejectsDeepNesting)
{
    const auto nested
        = [](int levels) { return std::string(levels, '[') + std::string(levels, ']'); };
    EXPECT_TRUE(parsed(with(downloading(), "x", nested(EngineStatus::maximumDepth))).ok());
    EXPECT_EQ(errorOf(with(downloading(), "x", nested(EngineStatus::maximumDepth + 1))),
        "btfetch's status file: nested more than 8 levels deep");
    EXPECT_EQ(EngineStatus::parse(nested(2048)).error(),
        "btfetch's status file: nested more than 8 levels deep");
}

TEST(EngineStatus, hostileTextsBecomePrintableAndShort)
{
    const Outcome<EngineStatus> status
        = parsed(with(with(downloading(), "state", R"("error")"), "error",
            R"("\u001b[2J\u001b]0;owned\u0007tracker said \u009b31m no\r\n)" + std::string(300, 'x')
                + "\""));
    ASSERT_TRUE(status.ok()) << status.error();
    const std::string &sentence = status->downloadStatus().errorMessage;
    EXPECT_EQ(sentence, PrintableText::sanitized(sentence));
    EXPECT_EQ(sentence.find('\x1b'), std::string::npos);
    EXPECT_EQ(sentence.find('\r'), std::string::npos);
    EXPECT_EQ(sentence.find("\xc2\x9b"), std::string::npos);
    EXPECT_THAT(sentence, HasSubstr("?[2J?]0;owned?tracker said ??31m no??xxx"));
    EXPECT_EQ(sentence.size(), 200u);
    // An unknown state is named printable too, and short.
    EXPECT_EQ(errorOf(with(downloading(), "state", "\"\\u001b[2J" + std::string(100, 'y') + "\"")),
        "btfetch's status file: \"state\" '?[2J" + std::string(36, 'y') + "' is none btfetch has");
}

TEST(EngineStatus, rejectsTextThatIsNoUtf8)
{
    EXPECT_EQ(EngineStatus::parse(text(with(downloading(), "error", "\"\xff\xfe\""))).error(),
        "btfetch's status file: no JSON");
}

TEST(EngineStatus, readsAFileOfAtMost4KiB)
{
    TemporaryFolder folder;
    const Outcome<EngineStatus> status
        = EngineStatus::read(folder.file("status", text(downloading())));
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->seq, 42);
    const std::string big = folder.file("big", text(downloading()) + std::string(1 << 20, ' '));
    EXPECT_EQ(EngineStatus::read(big).error(), "btfetch's status file: more than 4096 bytes");
}

TEST(EngineStatus, readingNamesAMissingFile)
{
    TemporaryFolder folder;
    const std::string missing = folder.path / "none";
    EXPECT_EQ(EngineStatus::read(missing).error(), missing + ": No such file or directory");
}

TEST(EngineStatus, readsNoFifoNorSymbolicLink)
{
    TemporaryFolder folder;
    const std::string fifo = folder.path / "fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // Returns at once although no writer ever opens the FIFO.
    EXPECT_EQ(EngineStatus::read(fifo).error(), fifo + ": no regular file");
    const std::string good = folder.file("status", text(downloading()));
    const std::string link = folder.path / "link";
    std::filesystem::create_symlink(good, link);
    EXPECT_FALSE(EngineStatus::read(link));
}
