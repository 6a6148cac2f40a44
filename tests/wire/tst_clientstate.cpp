#include <wire/clientfirmware.h>
#include <wire/clientstate.h>

#include <gtest/gtest.h>

#include <set>

using namespace bt::wire;

TEST(ClientState, everyStateHasADistinctNameThatReadsBack)
{
    std::set<std::string_view> names;
    for (const ClientState state : AllClientStates) {
        const std::string_view name = stateName(state);
        EXPECT_FALSE(name.empty());
        EXPECT_TRUE(names.insert(name).second) << name;
        EXPECT_EQ(stateFromName(name), state) << name;
    }
}

TEST(ClientState, namesAreTheOnesOnTheWire)
{
    // Hosts and Phase-1 systems of different releases meet in one lab: these never change.
    EXPECT_EQ(stateName(ClientState::LoadingPhase1), "loading-phase1");
    EXPECT_EQ(stateName(ClientState::Phase1Up), "phase1-up");
    EXPECT_EQ(stateName(ClientState::Downloading), "downloading");
    EXPECT_EQ(stateName(ClientState::Failed), "failed");
}

TEST(ClientState, unknownNamesAreNoState)
{
    EXPECT_EQ(stateFromName(""), std::nullopt);
    EXPECT_EQ(stateFromName("Downloading"), std::nullopt);
    EXPECT_EQ(stateFromName("downloading "), std::nullopt);
    EXPECT_EQ(stateFromName(std::string_view("menu\0x", 6)), std::nullopt);
}

TEST(ClientFirmware, knowsItsThreeNames)
{
    EXPECT_TRUE(firmware::isName("bios"));
    EXPECT_TRUE(firmware::isName("uefi"));
    EXPECT_TRUE(firmware::isName("uefi-secureboot"));
    EXPECT_FALSE(firmware::isName(""));
    EXPECT_FALSE(firmware::isName("UEFI"));
}
