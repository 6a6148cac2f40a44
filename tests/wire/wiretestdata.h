#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace wiretest {

// A file of tests/data/ (replies recorded from the real daemons), byte for byte.
inline std::string recorded(const std::string &name)
{
    const std::string path = std::string(BT_TEST_DATA_DIR) + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read test data " + path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace wiretest
