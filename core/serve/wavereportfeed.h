#pragma once

#include "adminclient.h"
#include "wavereport.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace bt {

// The boot wave report of one serve, kept current through its admin API
// (GET /api/v1/report) beside the ServeMirror that follows the same serve;
// asynchronous, one request at a time. What a view of the report reads.
class WaveReportFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 2000;

    explicit WaveReportFeed(QObject *parent = nullptr);

    // Forgets the last report and polls this endpoint; an empty one stops.
    void attach(const AdminEndpoint &endpoint);
    void detach();
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Polls only while someone looks (default: on); keeps what it has.
    void setActive(bool active);
    void refresh();
    // The administrator says the wave is over (POST /api/v1/report/settle);
    // `done` gets the error, empty when serve settled it.
    void settle(const std::function<void(const QString &error)> &done = {});

    const WaveReport &report() const { return m_report; }
    bool isAttached() const { return m_client->endpoint().port != 0; }
    const AdminEndpoint &endpoint() const { return m_client->endpoint(); }
    QString error() const { return m_error; } // why the last poll failed; empty: it did not

    // What one answer applies; public for tests that feed no serve.
    void apply(const QByteArray &json);

Q_SIGNALS:
    void reportChanged();
    void errorChanged(const QString &error);

private:
    void setError(const QString &error);

    AdminClient *m_client;
    QTimer m_timer;
    bool m_polling = false;
    bool m_active = true;
    quint64 m_generation = 0;
    WaveReport m_report;
    QString m_error;
};

} // namespace bt
