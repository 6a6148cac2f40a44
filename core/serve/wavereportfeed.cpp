#include "wavereportfeed.h"

#include "jsonfields.h"

#include <QJsonDocument>

namespace bt {

namespace {

const QString kReport = QStringLiteral("/api/v1/report");
const QString kSettle = QStringLiteral("/api/v1/report/settle");

} // namespace

WaveReportFeed::WaveReportFeed(QObject *parent)
    : QObject(parent)
    , m_client(new AdminClient(this))
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WaveReportFeed::refresh);
}

void WaveReportFeed::attach(const AdminEndpoint &endpoint)
{
    detach();
    if (endpoint.port == 0)
        return;
    m_client->setEndpoint(endpoint);
    setActive(m_active);
}

void WaveReportFeed::setActive(bool active)
{
    m_active = active;
    if (!active || !isAttached()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    refresh();
}

void WaveReportFeed::detach()
{
    ++m_generation;
    m_client->abortAll();
    m_client->setEndpoint({});
    m_timer.stop();
    m_polling = false;
    setError({});
    if (m_report.status != WaveReport::Status::None || !m_report.machines.isEmpty()) {
        m_report = {};
        Q_EMIT reportChanged();
    }
}

void WaveReportFeed::refresh()
{
    if (m_polling || !isAttached())
        return;
    m_polling = true;
    const quint64 generation = m_generation;
    m_client->get(
        kReport, [this, generation](int status, const QJsonObject &body, const QString &error) {
            if (generation != m_generation)
                return;
            m_polling = false;
            if (status != 200) {
                setError(!error.isEmpty()
                        ? error
                        : tr("The server answered %1: %2")
                              .arg(status)
                              .arg(jsonfields::text(body, QLatin1StringView("error"), 200)));
                return;
            }
            apply(QJsonDocument(body).toJson(QJsonDocument::Compact));
        });
}

void WaveReportFeed::apply(const QByteArray &json)
{
    Result<WaveReport> report = WaveReport::fromJson(json, tr("the server's report"));
    if (!report.ok()) {
        setError(toString(report.problems()));
        return;
    }
    setError({});
    if (report.value() == m_report)
        return;
    m_report = std::move(report.value());
    Q_EMIT reportChanged();
}

void WaveReportFeed::settle(const std::function<void(const QString &)> &done)
{
    const quint64 generation = m_generation;
    m_client->post(kSettle,
        [this, done, generation](int status, const QJsonObject &body, const QString &error) {
            if (generation != m_generation)
                return;
            const bool ok = status >= 200 && status < 300;
            if (ok)
                apply(QJsonDocument(body).toJson(QJsonDocument::Compact));
            if (done)
                done(ok ? QString()
                        : !error.isEmpty()
                        ? error
                        : jsonfields::text(body, QLatin1StringView("error"), 200));
        });
}

void WaveReportFeed::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged(error);
}

} // namespace bt
