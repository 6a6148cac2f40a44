#include "aria2peer.h"

#include <QtGlobal>

namespace bt {

namespace {
int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}
} // namespace

qint64 Aria2Peer::completedBytes(qint64 pieceLength, qint64 totalLength) const
{
    if (pieceLength <= 0 || totalLength <= 0)
        return 0;
    const qint64 pieces = (totalLength + pieceLength - 1) / pieceLength;
    qint64 have = 0;
    bool haveLast = false;
    for (qsizetype i = 0; i < bitfield.size(); ++i) {
        const int nibble = hexValue(bitfield.at(i));
        if (nibble < 0)
            return 0;
        // Only bits that name real pieces count; aria2 pads the last byte.
        for (int bit = 0; bit < 4; ++bit) {
            const qint64 piece = i * 4 + bit;
            if (piece >= pieces)
                break;
            if (nibble & (0x8 >> bit)) {
                ++have;
                if (piece == pieces - 1)
                    haveLast = true;
            }
        }
    }
    qint64 bytes = have * pieceLength;
    if (haveLast)
        bytes -= pieces * pieceLength - totalLength;
    return qBound<qint64>(0, bytes, totalLength);
}

} // namespace bt
