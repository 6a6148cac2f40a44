// A boot wave report as the app and `boottorrent report` read it: from
// serve's admin API over the network, or from a reports/wave-*.json file.
#include "fuzzsupport.h"

#include "wavereport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const bt::Result<bt::WaveReport> report
        = bt::WaveReport::fromJson(json, QStringLiteral("wave.json"));
    if (!report.ok()) {
        BTFUZZ_CHECK(!report.problems().isEmpty());
        return 0;
    }
    // What is shown is bounded, and derived values hold together.
    const QList<bt::WavePoint> curve = report->curve();
    BTFUZZ_CHECK(!curve.isEmpty() && curve.last().booted == report->bootedCount());
    BTFUZZ_CHECK(report->bootedCount() + report->failedCount() <= report->machines.size());
    (void)report->summary();
    (void)report->machinesCsv();
    (void)report->curveCsv();
    // A report kept and read again is the same report.
    const bt::Result<bt::WaveReport> again
        = bt::WaveReport::fromJson(report->toJsonBytes(), QStringLiteral("wave.json"));
    BTFUZZ_CHECK(again.ok() && again.value() == report.value());
    return 0;
}
