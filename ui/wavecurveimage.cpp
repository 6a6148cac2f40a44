#include "wavecurveimage.h"

#include "serve/wavereport.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace bt {

namespace {

// Round steps for the time axis, in seconds.
qint64 timeStep(qint64 spanSeconds)
{
    for (qint64 step : { 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600 })
        if (spanSeconds / step <= 8)
            return step;
    return 7200;
}

QString timeLabel(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    return seconds % 60
        ? QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1 min").arg(seconds / 60);
}

} // namespace

QImage waveCurveImage(const WaveReport &report, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    QFont font = painter.font();
    font.setPixelSize(std::max(11, size.height() / 40));
    painter.setFont(font);
    const int line = painter.fontMetrics().height();
    QFont title = font;
    title.setPixelSize(font.pixelSize() * 3 / 2);
    title.setBold(true);
    painter.setFont(title);
    const int titleHeight = painter.fontMetrics().height();
    painter.setPen(Qt::black);
    painter.drawText(
        QRect(0, line / 2, size.width(), titleHeight), Qt::AlignCenter, report.summary());
    painter.setFont(font);

    const QRect plot(line * 4, line / 2 + titleHeight + line, size.width() - line * 6,
        size.height() - (line / 2 + titleHeight + line) - line * 3);
    const QList<WavePoint> points = report.curve();
    const int machines = std::max<int>(1, int(report.machines.size()));
    const qint64 spanMs = std::max<qint64>(10000, points.last().ms * 21 / 20);
    auto x = [&](qint64 ms) {
        return plot.left() + double(plot.width()) * double(ms) / double(spanMs);
    };
    auto y = [&](int booted) {
        return plot.bottom() - double(plot.height()) * double(booted) / double(machines);
    };

    // Grid and axes.
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    const qint64 step = timeStep(spanMs / 1000);
    for (qint64 s = 0; s * 1000 <= spanMs; s += step) {
        painter.drawLine(QPointF(x(s * 1000), plot.top()), QPointF(x(s * 1000), plot.bottom()));
        painter.save();
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x(s * 1000) - line * 3, plot.bottom() + line / 4, line * 6, line),
            Qt::AlignHCenter | Qt::AlignTop, timeLabel(s));
        painter.restore();
    }
    const int countStep = std::max(1, machines / 8 + (machines % 8 ? 1 : 0));
    for (int n = 0; n <= machines; n += countStep) {
        painter.drawLine(QPointF(plot.left(), y(n)), QPointF(plot.right(), y(n)));
        painter.save();
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y(n) - line / 2.0, plot.left() - line / 2.0, line),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(n));
        painter.restore();
    }
    painter.setPen(QPen(Qt::black, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawText(QRect(plot.left(), plot.bottom() + line + line / 2, plot.width(), line),
        Qt::AlignCenter, QStringLiteral("time since the first machine asked for an address"));
    painter.save();
    painter.translate(line, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-plot.height() / 2, -line / 2, plot.height(), line), Qt::AlignCenter,
        QStringLiteral("machines booted"));
    painter.restore();

    // The curve: a step up at each boot, flat to the end.
    QPainterPath path(QPointF(x(0), y(0)));
    for (const WavePoint &point : points) {
        path.lineTo(x(point.ms), path.currentPosition().y());
        path.lineTo(x(point.ms), y(point.booted));
    }
    path.lineTo(x(spanMs), path.currentPosition().y());
    painter.setPen(QPen(QColor(0x1e, 0x88, 0xe5), std::max(2, size.height() / 200)));
    painter.drawPath(path);
    return image;
}

} // namespace bt
