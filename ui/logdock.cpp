#include "logdock.h"

#include "logfilterproxy.h"
#include "serve/logline.h"
#include "serve/logmodel.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace bt {

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Log"), parent)
    , m_source(new QComboBox)
    , m_search(new QLineEdit)
    , m_view(new QListView)
    , m_proxy(new LogFilterProxy(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_source->setObjectName(QStringLiteral("logSource"));
    m_source->addItem(tr("All sources"), QString());
    for (const char *source : { "boottorrent", "dnsmasq", "aria2c", "opentracker" })
        m_source->addItem(QString::fromLatin1(source), QString::fromLatin1(source));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);

    auto *label = new QLabel(tr("&Source:"));
    label->setBuddy(m_source);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_source);
    bar->addWidget(m_search, 1);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_source, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setSource(m_source->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LogFilterProxy::setSearchText);
    // Follow the end only when the reader is already there.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_view->setProperty("follow", bar->value() >= bar->maximum() - 2);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("follow").toBool())
            m_view->scrollToBottom();
    });
}

void LogDock::setLogModel(LogModel *model) { m_proxy->setSourceModel(model); }

LogFilterProxy *LogDock::proxy() const { return m_proxy; }

} // namespace bt
