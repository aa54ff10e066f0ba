#include "EndCollaborationDialog.h"

#include "core/Clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EndCollaborationDialog::EndCollaborationDialog(Mode mode, const QString& organizerName, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_date(new QDateEdit(Clock::currentDate()))
    , m_reason(new QPlainTextEdit)
    , m_count(new QLabel)
    , m_hint(new QLabel)
    , m_ok(nullptr)
{
    const bool ending = mode == Mode::End;
    setObjectName(ending ? QStringLiteral("endCollaborationDialog") : QStringLiteral("reopenCollaborationDialog"));
    setWindowTitle(ending ? tr("End the collaboration") : tr("Reopen the collaboration"));
    auto* text = new QLabel(
        ending ? tr("<p>End the collaboration with <b>%1</b>? The decision of phase 6 is recorded with its date and "
                    "reason, the status becomes <b>Closed</b> and the whole collaboration becomes read-only: its "
                    "analyses, plan, agreements, reports and meetings can be read, printed and saved, not changed.</p>"
                    "<p>It can be reopened later, with a reason of its own.</p>")
                     .arg(organizerName.toHtmlEscaped())
               : tr("<p>Reopen the collaboration with <b>%1</b>? It becomes <b>Active</b> and can be changed again. "
                    "The reopening is kept in the status history with its date and reason, beside the ending.</p>")
                     .arg(organizerName.toHtmlEscaped()));
    text->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("decisionDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(ending ? tr("e.g. The final report is handed in and the agreed interventions are "
                                             "done; the organizer carries the work on in its quality work.")
                                        : tr("e.g. Skolverket decided on 12 May to extend the support by one term."));
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 5 + 14);
    m_count->setObjectName(QStringLiteral("reasonCount"));
    m_count->setAlignment(Qt::AlignRight);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8c1d18;"));
    m_hint->hide();

    auto* form = new QFormLayout;
    form->addRow(ending ? tr("&Date of the decision") : tr("&Date of the reopening"), m_date);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(ending ? tr("End the collaboration") : tr("Reopen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EndCollaborationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EndCollaborationDialog::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    refresh();
    m_reason->setFocus();
}

QDate EndCollaborationDialog::decisionDate() const
{
    return m_date->date();
}

QString EndCollaborationDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void EndCollaborationDialog::refresh()
{
    const int length = static_cast<int>(reason().size());
    m_count->setText(tr("%1 of %2 characters").arg(length).arg(kMaxReason));
    m_count->setStyleSheet(length > kMaxReason ? QStringLiteral("color: #8c1d18;") : QString());
    if (length > 0 && length <= kMaxReason)
        m_hint->hide();
}

void EndCollaborationDialog::accept()
{
    const auto length = reason().size();
    if (length == 0) {
        m_hint->setText(m_mode == Mode::End ? tr("Write the reason for ending: it is kept in the status history.")
                                            : tr("Write the reason for reopening: it is kept in the status history."));
        m_hint->show();
        m_reason->setFocus();
        return;
    }
    if (length > kMaxReason) {
        m_hint->setText(tr("The reason is %1 characters; shorten it to %2 at most.").arg(length).arg(kMaxReason));
        m_hint->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
