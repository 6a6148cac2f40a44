#include "environment.h"

namespace bt {

QString toString(BootMethod method)
{
    switch (method) {
    case BootMethod::Kexec:
        return QStringLiteral("kexec");
    case BootMethod::BinQemuX86_64:
        return QStringLiteral("bin-qemu-x86_64");
    case BootMethod::Bin:
        return QStringLiteral("bin");
    }
    return {};
}

std::optional<BootMethod> bootMethodFromString(const QString &text)
{
    for (BootMethod method : { BootMethod::Kexec, BootMethod::BinQemuX86_64, BootMethod::Bin }) {
        if (toString(method) == text)
            return method;
    }
    return std::nullopt;
}

} // namespace bt
