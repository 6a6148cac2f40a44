#include "commandline.h"
#include "tuitest.h"

using namespace bt::tui;

namespace {

Outcome<CommandLine> parse(std::vector<const char *> args)
{
    args.insert(args.begin(), "bttui");
    return CommandLine::parse(static_cast<int>(args.size()), args.data());
}

} // namespace

TUI_TEST(defaultsMatchPhaseOne)
{
    const Outcome<CommandLine> line = parse({});
    CHECK(line.ok());
    CHECK_EQ(line->root, std::string("/torrents"));
    CHECK_EQ(line->aria2c, std::string("aria2c"));
    CHECK(!line->dryRun);
    CHECK(!line->headless);
}

TUI_TEST(readsEveryOption)
{
    const Outcome<CommandLine> line = parse({ "--root", "/tmp/lab/", "--aria2c=/opt/aria2c",
        "--dry-run", "--headless", "--os", "freedos", "--stall-timeout", "30" });
    CHECK(line.ok());
    CHECK_EQ(line->root, std::string("/tmp/lab"));
    CHECK_EQ(line->aria2c, std::string("/opt/aria2c"));
    CHECK_EQ(line->os, std::string("freedos"));
    CHECK_EQ(line->stallSeconds, 30);
    CHECK(line->dryRun && line->headless);
}

TUI_TEST(rejectsUnknownOptionsAndMissingValues)
{
    CHECK_CONTAINS(parse({ "--reboot" }).error(), "unknown option '--reboot'");
    CHECK_CONTAINS(parse({ "--root" }).error(), "--root needs a value");
    CHECK(!parse({ "--stall-timeout", "soon" }));
}

TUI_TEST(helpMentionsEveryOption)
{
    const std::string usage = CommandLine::usage();
    for (const char *option : { "--root", "--aria2c", "--dry-run", "--headless", "--os", "--help" })
        CHECK_CONTAINS(usage, option);
}

TUI_TEST_MAIN()
