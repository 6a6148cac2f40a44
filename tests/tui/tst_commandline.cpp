#include "commandline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace bt::tui;
using ::testing::HasSubstr;

namespace {

Outcome<CommandLine> parse(std::vector<const char *> args)
{
    args.insert(args.begin(), "bttui");
    return CommandLine::parse(static_cast<int>(args.size()), args.data());
}

} // namespace

TEST(CommandLine, defaultsMatchPhaseOne)
{
    const Outcome<CommandLine> line = parse({});
    ASSERT_TRUE(line.ok()) << line.error();
    EXPECT_EQ(line->root, "/torrents");
    EXPECT_EQ(line->btfetch, "btfetch");
    EXPECT_FALSE(line->btfetchGiven);
    EXPECT_TRUE(!line->dryRun);
    EXPECT_TRUE(!line->headless);
}

TEST(CommandLine, readsEveryOption)
{
    const Outcome<CommandLine> line = parse({ "--root", "/tmp/lab/", "--btfetch=/opt/btfetch",
        "--dry-run", "--headless", "--os", "freedos", "--stall-timeout", "30" });
    ASSERT_TRUE(line.ok()) << line.error();
    EXPECT_EQ(line->root, "/tmp/lab");
    EXPECT_EQ(line->btfetch, "/opt/btfetch");
    EXPECT_TRUE(line->btfetchGiven);
    EXPECT_EQ(line->os, "freedos");
    EXPECT_EQ(line->stallSeconds, 30);
    EXPECT_TRUE(line->dryRun && line->headless);
}

// Where bttui finds btfetch without --btfetch: on PATH (Phase-1), installed beside bttui, or
// built beside it; a file that is not executable does not count.
TEST(CommandLine, findsBtfetchOnPathThenBesideItself)
{
    char folder[] = "/tmp/bttui-find-XXXXXX";
    ASSERT_NE(::mkdtemp(folder), nullptr);
    const std::string root = folder;
    const auto make = [](const std::string &file, mode_t mode) {
        std::FILE *f = std::fopen(file.c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fclose(f);
        ::chmod(file.c_str(), mode);
    };
    ASSERT_EQ(::mkdir((root + "/bin").c_str(), 0755), 0);
    ASSERT_EQ(::mkdir((root + "/app").c_str(), 0755), 0);
    ASSERT_EQ(::mkdir((root + "/engine").c_str(), 0755), 0);
    const std::string self = root + "/app/bttui";
    EXPECT_EQ(CommandLine::findBtfetch(self, root + "/bin"), "btfetch"); // none anywhere
    make(root + "/engine/btfetch", 0755); // a build folder's
    EXPECT_EQ(CommandLine::findBtfetch(self, root + "/bin"), root + "/app/../engine/btfetch");
    make(root + "/app/btfetch", 0644); // not executable: passed over
    EXPECT_EQ(CommandLine::findBtfetch(self, ""), root + "/app/../engine/btfetch");
    ::chmod((root + "/app/btfetch").c_str(), 0755); // an installation's
    EXPECT_EQ(CommandLine::findBtfetch(self, ""), root + "/app/btfetch");
    make(root + "/bin/btfetch", 0755); // PATH comes first
    EXPECT_EQ(
        CommandLine::findBtfetch(self, "/nonexistent::" + root + "/bin"), root + "/bin/btfetch");
    EXPECT_EQ(CommandLine::findBtfetch("", ""), "btfetch");
    for (const char *file : { "/bin/btfetch", "/app/btfetch", "/engine/btfetch" })
        ::unlink((root + file).c_str());
    for (const char *dir : { "/bin", "/app", "/engine", "" })
        ::rmdir((root + dir).c_str());
}

TEST(CommandLine, rejectsUnknownOptionsAndMissingValues)
{
    EXPECT_THAT(parse({ "--reboot" }).error(), HasSubstr("unknown option '--reboot'"));
    EXPECT_THAT(parse({ "--root" }).error(), HasSubstr("--root needs a value"));
    EXPECT_THAT(parse({ "--btfetch" }).error(), HasSubstr("--btfetch needs a value"));
    EXPECT_THAT(parse({ "--btfetch=" }).error(), HasSubstr("--btfetch needs a value"));
    EXPECT_FALSE(parse({ "--stall-timeout", "soon" }));
}

TEST(CommandLine, helpMentionsEveryOption)
{
    const std::string usage = CommandLine::usage();
    for (const char *option :
        { "--root", "--btfetch", "--dry-run", "--headless", "--os", "--help" })
        EXPECT_THAT(usage, HasSubstr(option));
}
