#include "menumodel.h"
#include "tuitest.h"

using namespace bt::tui;
using std::chrono::milliseconds;

namespace {

std::vector<std::string> names() { return { "linux", "freedos", "memtest" }; }

} // namespace

TUI_TEST(preselectsTheDefault)
{
    const MenuModel menu(names(), "freedos", 10);
    CHECK_EQ(menu.selected(), 1);
    CHECK(menu.countdownActive());
    CHECK_EQ(menu.secondsLeft(), 10);
}

TUI_TEST(bootsTheDefaultWhenTheCountdownEnds)
{
    MenuModel menu(names(), "freedos", 3);
    menu.advance(milliseconds(2500));
    CHECK(!menu.chosen());
    CHECK_EQ(menu.secondsLeft(), 1);
    menu.advance(milliseconds(600));
    CHECK(menu.chosen().has_value());
    CHECK_EQ(*menu.chosen(), std::string("freedos"));
}

TUI_TEST(anyKeyStopsTheCountdown)
{
    MenuModel menu(names(), "linux", 3);
    menu.advance(milliseconds(1000));
    menu.keyPressed();
    CHECK(!menu.countdownActive());
    menu.advance(milliseconds(60000));
    CHECK(!menu.chosen());
}

TUI_TEST(movingStopsTheCountdownAndStaysInBounds)
{
    MenuModel menu(names(), "linux", 5);
    menu.moveUp();
    CHECK(!menu.countdownActive());
    CHECK_EQ(menu.selected(), 0);
    menu.moveDown();
    menu.moveDown();
    menu.moveDown();
    CHECK_EQ(menu.selected(), 2);
    CHECK_EQ(menu.selectedName(), std::string("memtest"));
}

TUI_TEST(enterChoosesTheSelection)
{
    MenuModel menu(names(), "linux", 5);
    menu.moveDown();
    menu.confirm();
    CHECK_EQ(*menu.chosen(), std::string("freedos"));
}

TUI_TEST(withoutDefaultItWaits)
{
    MenuModel menu(names(), "", 5);
    CHECK(!menu.countdownActive());
    CHECK_EQ(menu.selected(), 0);
    menu.advance(milliseconds(600000));
    CHECK(!menu.chosen());
}

TUI_TEST(zeroTimeoutChoosesTheDefaultAtOnce)
{
    const MenuModel menu(names(), "memtest", 0);
    CHECK_EQ(*menu.chosen(), std::string("memtest"));
}

TUI_TEST(negativeTimeoutWaitsForAKey)
{
    MenuModel menu(names(), "memtest", -1);
    CHECK(!menu.countdownActive());
    CHECK_EQ(menu.selected(), 2);
    menu.advance(milliseconds(600000));
    CHECK(!menu.chosen());
}

TUI_TEST(secondsLeftRoundsUp)
{
    MenuModel menu(names(), "linux", 2);
    menu.advance(milliseconds(10));
    CHECK_EQ(menu.secondsLeft(), 2);
    menu.advance(milliseconds(1000));
    CHECK_EQ(menu.secondsLeft(), 1);
}

TUI_TEST_MAIN()
