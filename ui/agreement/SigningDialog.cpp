#include "SigningDialog.h"

#include "ui/widgets/FileDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 kMaxScanBytes = 50 * 1024 * 1024;
}

SigningDialog::SigningDialog(const QString& agencyName, const QString& organizerName, QWidget* parent)
    : QDialog(parent)
    , m_agency(new QDateEdit(QDate::currentDate(), this))
    , m_organizer(new QDateEdit(QDate::currentDate(), this))
    , m_choose(new QPushButton(tr("&Choose scan…"), this))
    , m_scanLabel(new QLabel(tr("No scan"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Record the signing"));
    for (QDateEdit* e : { m_agency, m_organizer }) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    auto* intro = new QLabel(tr("Once the signing is recorded the agreement can no longer change, in Skoldialog or "
                                "in the database: changes are made with an amendment. The fingerprint (SHA-256) of "
                                "the agreement's PDF is kept, so the archived copy can be proven to be the one "
                                "signed."),
                             this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Signed by %1 on").arg(agencyName), m_agency);
    form->addRow(tr("Signed by %1 on").arg(organizerName), m_organizer);
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanLabel, 1);
    scanRow->addWidget(m_choose);
    form->addRow(tr("Signed copy (optional)"), scanRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record signing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SigningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SigningDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &SigningDialog::chooseScan);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QDate SigningDialog::agencySignedOn() const
{
    return m_agency->date();
}

QDate SigningDialog::organizerSignedOn() const
{
    return m_organizer->date();
}

void SigningDialog::chooseScan()
{
    const QString path = FileDialog::openFileName(this, tr("Choose the scanned signed copy"),
                                                  tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > kMaxScanBytes) {
        m_message->setText(tr("%1 is larger than 50 MB. Scan it at a lower resolution, or keep it in the archive "
                              "only.")
                               .arg(QFileInfo(path).fileName()));
        m_message->show();
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        m_message->show();
        return;
    }
    m_scan = file.readAll();
    m_scanName = QFileInfo(path).fileName();
    m_scanLabel->setText(tr("%1 (%2 kB)").arg(m_scanName).arg((m_scan.size() + 1023) / 1024));
    m_message->hide();
}

void SigningDialog::accept()
{
    const QDate today = QDate::currentDate();
    if (agencySignedOn() > today || organizerSignedOn() > today) {
        m_message->setText(tr("A signing date cannot be later than today."));
        m_message->show();
        return;
    }
    QDialog::accept();
}
