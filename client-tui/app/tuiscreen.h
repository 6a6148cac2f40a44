#pragma once

#include "bootflow.h"
#include "clientconfig.h"
#include "menumodel.h"
#include "networkidentity.h"

#include <string>

namespace bt::tui {

// Draws bttui's screens with ncurses. It only shows what it is given; decisions live in
// MenuModel and BootFlow.
class TuiScreen
{
public:
    // false when the terminal cannot be driven (no terminfo entry, no tty).
    bool open();
    void close();
    bool isOpen() const { return m_open; }
    // Next key, or -1 after `timeoutMs` without one.
    int readKey(int timeoutMs);

    struct Header
    {
        std::string hostIp;
        NetworkIdentity identity;
        std::string machineName; // the host's name for this machine, printable; may be empty
        std::string notice; // e.g. the last status-report error
        std::string waiting; // what bttui waits for, e.g. "Waiting for the tracker (3 s)"
    };

    void showMenu(const Header &header, const ClientConfig &config, const MenuModel &menu,
        const std::string &error);
    void showProgress(
        const Header &header, BootFlow::Phase phase, const BootFlow::Snapshot &snapshot);
    void showFailure(
        const Header &header, const std::string &title, const std::string &message, int button);
    void showConfigError(const std::string &message);
    void showMessage(const Header &header, const std::string &message);

private:
    void header(const Header &header);
    void footer(const std::string &keys, const std::string &notice);
    void waiting(const Header &header);
    void wrapped(int row, int column, int width, const std::string &text, int maxRows);

    bool m_open = false;
};

} // namespace bt::tui
