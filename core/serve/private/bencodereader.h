#pragma once

#include "bencodevalue.h"

#include <environment/result.h>

#include <QByteArray>

namespace bt {

// Decodes one bencoded value that fills `data` exactly. Built for replies
// from the network: lengths are checked against what is left, numbers
// against overflow and nesting against a depth limit, so any input ends in
// a value or a Problem, never in a crash.
class BencodeReader
{
public:
    static constexpr int MaxDepth = 32;

    static Result<BencodeValue> read(const QByteArray &data);

private:
    explicit BencodeReader(const QByteArray &data)
        : m_data(data)
    {
    }
    bool readValue(BencodeValue &value, int depth);
    bool readInteger(qint64 &integer, char end);
    bool readString(QByteArray &string);
    bool fail(const QString &message);

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace bt
