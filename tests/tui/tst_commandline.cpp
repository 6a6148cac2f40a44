#include "commandline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

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
    EXPECT_EQ(line->aria2c, "aria2c");
    EXPECT_EQ(line->btfetch, "btfetch");
    EXPECT_TRUE(!line->dryRun);
    EXPECT_TRUE(!line->headless);
}

TEST(CommandLine, readsEveryOption)
{
    const Outcome<CommandLine> line
        = parse({ "--root", "/tmp/lab/", "--aria2c=/opt/aria2c", "--btfetch", "/opt/btfetch",
            "--dry-run", "--headless", "--os", "freedos", "--stall-timeout", "30" });
    ASSERT_TRUE(line.ok()) << line.error();
    EXPECT_EQ(line->root, "/tmp/lab");
    EXPECT_EQ(line->aria2c, "/opt/aria2c");
    EXPECT_EQ(line->btfetch, "/opt/btfetch");
    EXPECT_EQ(line->os, "freedos");
    EXPECT_EQ(line->stallSeconds, 30);
    EXPECT_TRUE(line->dryRun && line->headless);
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
        { "--root", "--aria2c", "--btfetch", "--dry-run", "--headless", "--os", "--help" })
        EXPECT_THAT(usage, HasSubstr(option));
}
