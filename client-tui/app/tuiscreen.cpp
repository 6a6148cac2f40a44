#include "tuiscreen.h"

#include "humanunits.h"
#include "printabletext.h"

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <curses.h>

namespace bt::tui {

namespace {

enum ColorPair : short { Title = 1, Selected = 2, Error = 3, Dim = 4, Bar = 5 };

// Everything bttui draws passes here: text from the host, the engine's messages and the OS configs
// reach the console without control characters.
void line(int row, int column, const std::string &text, attr_t attributes = A_NORMAL)
{
    if (row < 0 || row >= LINES)
        return;
    const std::string printable = PrintableText::sanitized(text);
    attron(attributes);
    mvaddnstr(row, column, printable.c_str(), COLS - column > 0 ? COLS - column : 0);
    attroff(attributes);
}

} // namespace

bool TuiScreen::open()
{
    if (!std::setlocale(LC_ALL, ""))
        std::setlocale(LC_ALL, "C.UTF-8");
    const char *term = std::getenv("TERM");
    // Phase-1's init may leave TERM unset on the Linux console.
    SCREEN *screen = newterm(term && *term ? term : "linux", stdout, stdin);
    if (!screen)
        return false;
    set_term(screen);
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    set_escdelay(100);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
        init_pair(Title, COLOR_CYAN, -1);
        init_pair(Selected, COLOR_BLACK, COLOR_GREEN);
        init_pair(Error, COLOR_RED, -1);
        init_pair(Dim, COLOR_YELLOW, -1);
        init_pair(Bar, COLOR_GREEN, -1);
    }
    m_open = true;
    return true;
}

void TuiScreen::close()
{
    if (!m_open)
        return;
    endwin();
    m_open = false;
}

int TuiScreen::readKey(int timeoutMs)
{
    timeout(timeoutMs);
    const int key = getch();
    return key == ERR ? -1 : key;
}

void TuiScreen::header(const Header &info)
{
    line(0, 1, "BootTorrent", A_BOLD | COLOR_PAIR(Title));
    const std::string mac = info.identity.mac.empty() ? std::string("unknown") : info.identity.mac;
    const std::string client = "client "
        + (info.identity.ip.empty() ? std::string("no IPv4 address") : info.identity.ip) + "  "
        + (info.machineName.empty() ? "MAC " + mac : info.machineName + " (" + mac + ")");
    line(0, 14, "host " + info.hostIp + "   " + client);
    mvhline(1, 0, ACS_HLINE, COLS);
}

void TuiScreen::footer(const std::string &keys, const std::string &notice)
{
    mvhline(LINES - 3, 0, ACS_HLINE, COLS);
    line(LINES - 2, 1, keys);
    if (!notice.empty())
        line(LINES - 1, 1, notice, COLOR_PAIR(Dim));
}

void TuiScreen::waiting(const Header &info)
{
    if (!info.waiting.empty())
        line(LINES - 4, 3, info.waiting, COLOR_PAIR(Dim));
}

void TuiScreen::wrapped(int row, int column, int width, const std::string &text, int maxRows)
{
    if (width < 10)
        width = 10;
    std::size_t pos = 0;
    for (int r = 0; r < maxRows && pos < text.size(); ++r) {
        std::size_t length = std::min<std::size_t>(width, text.size() - pos);
        if (pos + length < text.size()) {
            const std::size_t space = text.rfind(' ', pos + length);
            if (space != std::string::npos && space > pos)
                length = space - pos + 1;
        }
        line(row + r, column, text.substr(pos, length), COLOR_PAIR(Error) | A_BOLD);
        pos += length;
    }
}

void TuiScreen::showMenu(
    const Header &info, const ClientConfig &config, const MenuModel &menu, const std::string &error)
{
    erase();
    header(info);
    line(3, 3, "Choose the operating system to boot:", A_BOLD);
    const int top = 5;
    const int room = std::max(1, LINES - top - 8);
    const int first = menu.selected() >= room ? menu.selected() - room + 1 : 0;
    for (int i = first; i < menu.count() && i - first < room; ++i) {
        const OsEntry &os = config.oss.at(i);
        std::string label = os.dispname;
        if (os.name == config.settings.defaultOs)
            label += "  (default)";
        const bool selected = i == menu.selected();
        const std::string text = (selected ? " > " : "   ") + label + "   ";
        const attr_t highlight = has_colors() ? COLOR_PAIR(Selected) : A_REVERSE;
        line(top + i - first, 4, text, selected ? highlight : A_NORMAL);
    }
    const int below = top + std::min(room, menu.count()) + 1;
    if (menu.countdownActive())
        line(below, 3,
            "Booting " + config.find(menu.selectedName())->dispname + " in "
                + std::to_string(menu.secondsLeft()) + " s. Press any key to stop the countdown.",
            A_BOLD);
    else if (config.settings.defaultOs.empty())
        line(below, 3, "No default OS: choose one and press Enter.");
    else
        line(below, 3, "Countdown stopped: choose an OS and press Enter.");
    if (!error.empty())
        wrapped(below + 2, 3, COLS - 6, error, 4);
    waiting(info);
    footer("Up/Down choose   Enter boot", info.notice);
    refresh();
}

void TuiScreen::showProgress(const Header &info, BootFlow::Phase phase, const BootFlow::Snapshot &s)
{
    erase();
    header(info);
    const bool sharing = phase == BootFlow::Phase::Sharing;
    line(3, 3, (sharing ? "Sharing " : "Downloading ") + s.dispname, A_BOLD);
    const int width = std::max(10, COLS - 16);
    const int percent = sharing ? 100 : s.percent();
    const int filled = width * percent / 100;
    std::string bar = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "]";
    line(5, 3, bar, COLOR_PAIR(Bar));
    line(5, 4 + width + 2, std::to_string(percent) + "%", A_BOLD);
    if (!sharing) {
        line(7, 3,
            HumanUnits::bytes(s.completed) + " of " + HumanUnits::bytes(s.total)
                + (s.verifying && s.downloadSpeed == 0 ? "   checking files already here" : ""));
        line(8, 3,
            "down " + HumanUnits::rate(s.downloadSpeed) + "   up "
                + HumanUnits::rate(s.uploadSpeed));
        line(9, 3,
            std::to_string(s.connections) + " peers (" + std::to_string(s.seeders)
                + " seeders)   ETA " + HumanUnits::duration(s.etaSeconds));
    } else {
        line(7, 3,
            "sharing with " + std::to_string(s.connections) + " peers   up "
                + HumanUnits::rate(s.uploadSpeed));
        line(8, 3,
            s.incompletePeers >= 0
                ? std::to_string(s.incompletePeers) + " peers still downloading (tracker)"
                : std::string("asking the tracker who still downloads..."));
        line(9, 3, "booting in at most " + std::to_string(s.sharingSecondsLeft) + " s");
    }
    waiting(info);
    footer("Esc back to menu", info.notice);
    refresh();
}

void TuiScreen::showFailure(
    const Header &info, const std::string &title, const std::string &message, int button)
{
    erase();
    header(info);
    line(3, 3, title, A_BOLD | COLOR_PAIR(Error));
    wrapped(5, 3, COLS - 6, message, 8);
    const attr_t on = has_colors() ? COLOR_PAIR(Selected) : A_REVERSE;
    line(14, 3, "[ Retry ]", button == 0 ? on : A_NORMAL);
    line(14, 16, "[ Back to menu ]", button == 1 ? on : A_NORMAL);
    footer("Left/Right choose   Enter confirm   r retry   b back", info.notice);
    refresh();
}

void TuiScreen::showConfigError(const std::string &message)
{
    erase();
    line(0, 1, "BootTorrent", A_BOLD | COLOR_PAIR(Title));
    mvhline(1, 0, ACS_HLINE, COLS);
    line(3, 3, "Configuration error", A_BOLD | COLOR_PAIR(Error));
    wrapped(5, 3, COLS - 6, message, 10);
    line(16, 3, "Fix the environment on the BootTorrent host, rebuild it and restart this client.");
    footer("r read the configuration again   q quit", "");
    refresh();
}

void TuiScreen::showMessage(const Header &info, const std::string &message)
{
    erase();
    header(info);
    line(3, 3, message, A_BOLD);
    waiting(info);
    refresh();
}

} // namespace bt::tui
