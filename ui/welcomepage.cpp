#include "welcomepage.h"

#include "recentenvironments.h"
#include "themeicon.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace bt {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListView)
    , m_model(new QStandardItemModel(this))
{
    auto *logo = new QLabel;
    logo->setPixmap(themeIcon(QStringLiteral("boottorrent")).pixmap(64, 64));
    auto *title = new QLabel(tr("BootTorrent"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Boot a room of computers over the network and hand each of them an operating "
           "system, peer-to-peer."));
    subtitle->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(subtitle);
    header->addLayout(headerText, 1);

    auto *newButton
        = new QPushButton(themeIcon(QStringLiteral("document-new")), tr("&New Environment…"));
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    newButton->setToolTip(tr("Create an environment in an empty folder"));
    auto *openButton
        = new QPushButton(themeIcon(QStringLiteral("document-open")), tr("&Open Environment…"));
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    openButton->setToolTip(tr("Open a folder that holds a Boottorrent.yaml"));
    for (QPushButton *button : { newButton, openButton }) {
        button->setIconSize(QSize(32, 32));
        button->setMinimumHeight(48);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    auto *recentLabel = new QLabel(tr("&Recent environments:"));
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentEnvironments"));
    m_recent->setModel(m_model);
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setIconSize(QSize(32, 32));
    m_recent->setSpacing(2);

    auto *column = new QVBoxLayout;
    column->addLayout(header);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);

    auto *center = new QWidget;
    center->setLayout(column);
    center->setMaximumWidth(760);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addWidget(center, 4);
    layout->addStretch();

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openDirRequested(index.data(Qt::UserRole).toString());
    });
    refresh();
}

QListView *WelcomePage::recentView() const { return m_recent; }

void WelcomePage::refresh()
{
    m_model->clear();
    const QStringList dirs = RecentEnvironments::list();
    for (const QString &dir : dirs) {
        const bool exists = QFileInfo::exists(dir + QStringLiteral("/Boottorrent.yaml"));
        auto *item = new QStandardItem(themeIcon(QStringLiteral("folder")),
            exists ? tr("%1\n%2").arg(QFileInfo(dir).fileName(), QDir::toNativeSeparators(dir))
                   : tr("%1 (missing)\n%2")
                         .arg(QFileInfo(dir).fileName(), QDir::toNativeSeparators(dir)));
        item->setData(dir, Qt::UserRole);
        item->setEnabled(exists);
        item->setToolTip(exists ? tr("Open %1").arg(QDir::toNativeSeparators(dir))
                                : tr("This folder holds no Boottorrent.yaml any more."));
        m_model->appendRow(item);
    }
    if (dirs.isEmpty()) {
        auto *item = new QStandardItem(
            tr("No environment opened yet. Create one with New, or open a folder."));
        item->setEnabled(false);
        m_model->appendRow(item);
    }
}

} // namespace bt
