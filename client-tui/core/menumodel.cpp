#include "menumodel.h"

#include <algorithm>

namespace bt::tui {

MenuModel::MenuModel(
    std::vector<std::string> names, const std::string &defaultName, int timeoutSeconds)
    : m_names(std::move(names))
{
    const auto found = std::find(m_names.begin(), m_names.end(), defaultName);
    if (found != m_names.end()) {
        m_defaultIndex = static_cast<int>(found - m_names.begin());
        m_selected = m_defaultIndex;
    }
    if (m_defaultIndex >= 0 && timeoutSeconds == 0)
        m_chosen = m_names.at(m_defaultIndex);
    else if (m_defaultIndex >= 0 && timeoutSeconds > 0) {
        m_countdownActive = true;
        m_left = std::chrono::seconds(timeoutSeconds);
    }
}

void MenuModel::moveUp()
{
    keyPressed();
    if (m_selected > 0)
        --m_selected;
}

void MenuModel::moveDown()
{
    keyPressed();
    if (m_selected + 1 < count())
        ++m_selected;
}

void MenuModel::select(int index)
{
    keyPressed();
    if (index >= 0 && index < count())
        m_selected = index;
}

void MenuModel::keyPressed() { m_countdownActive = false; }

void MenuModel::confirm()
{
    keyPressed();
    if (count() > 0)
        m_chosen = m_names.at(m_selected);
}

void MenuModel::advance(std::chrono::milliseconds elapsed)
{
    if (!m_countdownActive || m_chosen)
        return;
    m_left -= elapsed;
    if (m_left.count() <= 0) {
        m_left = std::chrono::milliseconds(0);
        m_countdownActive = false;
        m_chosen = m_names.at(m_defaultIndex);
    }
}

int MenuModel::secondsLeft() const { return static_cast<int>((m_left.count() + 999) / 1000); }

} // namespace bt::tui
