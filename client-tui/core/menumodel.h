#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace bt::tui {

// What the menu shows and decides, without a terminal: the selection, and the countdown that
// boots the default OS unless a key is pressed first. Time is handed in, so tests need no clock.
class MenuModel
{
public:
    // timeoutSeconds < 0 or no default: no countdown; 0: the default is chosen at once.
    MenuModel(std::vector<std::string> names, const std::string &defaultName, int timeoutSeconds);

    int count() const { return static_cast<int>(m_names.size()); }
    int selected() const { return m_selected; }
    const std::string &selectedName() const { return m_names.at(m_selected); }

    void moveUp();
    void moveDown();
    void select(int index);
    // Any key stops the countdown, as on every boot loader.
    void keyPressed();
    // Enter: the selected OS is chosen.
    void confirm();
    void advance(std::chrono::milliseconds elapsed);

    bool countdownActive() const { return m_countdownActive; }
    // Whole seconds left, rounded up, as shown on screen.
    int secondsLeft() const;
    std::optional<std::string> chosen() const { return m_chosen; }

private:
    std::vector<std::string> m_names;
    int m_selected = 0;
    int m_defaultIndex = -1;
    bool m_countdownActive = false;
    std::chrono::milliseconds m_left { 0 };
    std::optional<std::string> m_chosen;
};

} // namespace bt::tui
