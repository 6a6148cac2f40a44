#include "menumodel.h"

#include <gtest/gtest.h>

using namespace bt::tui;
using std::chrono::milliseconds;

namespace {

std::vector<std::string> names() { return { "linux", "freedos", "memtest" }; }

} // namespace

TEST(MenuModel, preselectsTheDefault)
{
    const MenuModel menu(names(), "freedos", 10);
    EXPECT_EQ(menu.selected(), 1);
    EXPECT_TRUE(menu.countdownActive());
    EXPECT_EQ(menu.secondsLeft(), 10);
}

TEST(MenuModel, bootsTheDefaultWhenTheCountdownEnds)
{
    MenuModel menu(names(), "freedos", 3);
    menu.advance(milliseconds(2500));
    EXPECT_FALSE(menu.chosen());
    EXPECT_EQ(menu.secondsLeft(), 1);
    menu.advance(milliseconds(600));
    EXPECT_TRUE(menu.chosen().has_value());
    EXPECT_EQ(*menu.chosen(), "freedos");
}

TEST(MenuModel, anyKeyStopsTheCountdown)
{
    MenuModel menu(names(), "linux", 3);
    menu.advance(milliseconds(1000));
    menu.keyPressed();
    EXPECT_FALSE(menu.countdownActive());
    menu.advance(milliseconds(60000));
    EXPECT_FALSE(menu.chosen());
}

TEST(MenuModel, movingStopsTheCountdownAndStaysInBounds)
{
    MenuModel menu(names(), "linux", 5);
    menu.moveUp();
    EXPECT_FALSE(menu.countdownActive());
    EXPECT_EQ(menu.selected(), 0);
    menu.moveDown();
    menu.moveDown();
    menu.moveDown();
    EXPECT_EQ(menu.selected(), 2);
    EXPECT_EQ(menu.selectedName(), "memtest");
}

TEST(MenuModel, enterChoosesTheSelection)
{
    MenuModel menu(names(), "linux", 5);
    menu.moveDown();
    menu.confirm();
    EXPECT_EQ(*menu.chosen(), "freedos");
}

TEST(MenuModel, withoutDefaultItWaits)
{
    MenuModel menu(names(), "", 5);
    EXPECT_FALSE(menu.countdownActive());
    EXPECT_EQ(menu.selected(), 0);
    menu.advance(milliseconds(600000));
    EXPECT_FALSE(menu.chosen());
}

TEST(MenuModel, zeroTimeoutChoosesTheDefaultAtOnce)
{
    const MenuModel menu(names(), "memtest", 0);
    EXPECT_EQ(*menu.chosen(), "memtest");
}

TEST(MenuModel, negativeTimeoutWaitsForAKey)
{
    MenuModel menu(names(), "memtest", -1);
    EXPECT_FALSE(menu.countdownActive());
    EXPECT_EQ(menu.selected(), 2);
    menu.advance(milliseconds(600000));
    EXPECT_FALSE(menu.chosen());
}

TEST(MenuModel, secondsLeftRoundsUp)
{
    MenuModel menu(names(), "linux", 2);
    menu.advance(milliseconds(10));
    EXPECT_EQ(menu.secondsLeft(), 2);
    menu.advance(milliseconds(1000));
    EXPECT_EQ(menu.secondsLeft(), 1);
}
