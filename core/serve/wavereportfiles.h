#pragma once

#include "environment/result.h"
#include "wavereport.h"

#include <QDateTime>
#include <QString>

namespace bt {

// Where settled waves are kept: <env>/reports/wave-<UTC time>.json, written
// by serve and read by `boottorrent report` and the app. The one owner of
// that name.
namespace WaveReportFiles {

QString folder(const QString &environmentDir);
// "wave-20261130T104500Z.json"
QString fileName(const QDateTime &settled);
// Writes the report atomically and returns its path. Run as root (serve)
// for a folder that a user owns, the folder and file stay the user's.
Result<QString> write(const QString &environmentDir, const WaveReport &report);
// The newest report file in folder(environmentDir); problems when there is none.
Result<QString> newest(const QString &environmentDir);
// Where the curve goes beside a CSV export: "wave.csv" -> "wave-curve.csv".
QString curveCsvFile(const QString &csvFile);
// Reads and checks one report file.
Result<WaveReport> read(const QString &path);

} // namespace WaveReportFiles

} // namespace bt
