#include <wire/enginestate.h>

#include <gtest/gtest.h>

#include <set>

using namespace bt::wire;

TEST(EngineState, everyStateHasADistinctNameThatReadsBack)
{
    std::set<std::string_view> names;
    for (const EngineState state : AllEngineStates) {
        const std::string_view name = engineStateName(state);
        EXPECT_FALSE(name.empty());
        EXPECT_TRUE(names.insert(name).second) << name;
        EXPECT_EQ(engineStateFromName(name), state) << name;
    }
}

TEST(EngineState, namesAreTheOnesInTheStatusFile)
{
    // btfetch and bttui of one Phase-1 agree on these; they never change within version 1.
    EXPECT_EQ(engineStateName(EngineState::Starting), "starting");
    EXPECT_EQ(engineStateName(EngineState::Checking), "checking");
    EXPECT_EQ(engineStateName(EngineState::Downloading), "downloading");
    EXPECT_EQ(engineStateName(EngineState::Seeding), "seeding");
    EXPECT_EQ(engineStateName(EngineState::Error), "error");
    EXPECT_EQ(engineStateName(EngineState::Stopped), "stopped");
    EXPECT_EQ(enginestatus::Version, 1);
    EXPECT_EQ(enginestatus::MaxBytes, 4096);
}

TEST(EngineState, unknownNamesAreNoState)
{
    EXPECT_EQ(engineStateFromName(""), std::nullopt);
    EXPECT_EQ(engineStateFromName("Seeding"), std::nullopt);
    EXPECT_EQ(engineStateFromName("seeding "), std::nullopt);
    EXPECT_EQ(engineStateFromName(std::string_view("error\0x", 7)), std::nullopt);
}
