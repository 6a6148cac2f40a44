#pragma once

#include <QImage>
#include <QSize>

namespace bt {

class WaveReport;

// The wave's curve as a picture to paste into a slide or a mail: machines
// booted over the minutes since the wave started, with its summary as the
// title. Paints on a QImage only (no widget), so the command line and a
// worker thread can make it; text needs a QGuiApplication (the offscreen
// platform will do).
QImage waveCurveImage(const WaveReport &report, const QSize &size = QSize(960, 540));

} // namespace bt
