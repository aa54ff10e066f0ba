#include "PlanPanel.h"

#include "PlanTimelineDialog.h"
#include "PlanWizard.h"
#include "core/documents/PlanDocument.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageStyles.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

PlanPanel::PlanPanel(CollaborationDocument* document, Database& db, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_db(db)
    , m_stack(new QStackedWidget)
    , m_create(new QPushButton(tr("&Create action plan")))
    , m_summary(new QLabel)
    , m_open(new QPushButton(tr("&Open the action plan…")))
    , m_timeline(new QPushButton(tr("&Timeline…")))
    , m_print(new QPushButton(tr("&Print…")))
    , m_pdf(new QPushButton(tr("Save as P&DF…")))
    , m_odt(new QPushButton(tr("Save as OD&T…")))
    , m_message(new QLabel)
{
    m_create->setObjectName(QStringLiteral("createPlanButton"));
    m_open->setObjectName(QStringLiteral("openPlanButton"));
    m_timeline->setObjectName(QStringLiteral("planTimelineButton"));
    m_print->setObjectName(QStringLiteral("printPlanButton"));
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_odt->setObjectName(QStringLiteral("saveOdtButton"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* none = new QWidget;
    auto* noneLayout = new QVBoxLayout(none);
    auto* intro = new QLabel(tr("The action plan starts from the development areas of the current-state analysis at "
                                "organizer level, once the analysis is marked as done or established."));
    intro->setWordWrap(true);
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_create);
    createRow->addStretch();
    noneLayout->addWidget(intro);
    noneLayout->addLayout(createRow);
    noneLayout->addStretch();

    auto* some = new QWidget;
    auto* someLayout = new QVBoxLayout(some);
    auto* buttons = new QHBoxLayout;
    for (auto* b : { m_open, m_timeline, m_print, m_pdf, m_odt })
        buttons->addWidget(b);
    buttons->addStretch();
    someLayout->addLayout(buttons);
    someLayout->addWidget(m_summary, 1);

    m_stack->addWidget(none);
    m_stack->addWidget(some);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_create, &QPushButton::clicked, this, &PlanPanel::createPlan);
    connect(m_open, &QPushButton::clicked, this, &PlanPanel::openWizard);
    connect(m_timeline, &QPushButton::clicked, this, &PlanPanel::showTimeline);
    connect(m_print, &QPushButton::clicked, this, &PlanPanel::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportPlan(false); });
    connect(m_odt, &QPushButton::clicked, this, [this] { exportPlan(true); });
    connect(m_document, &CollaborationDocument::collaborationChanged, this, &PlanPanel::refresh);
    refresh();
}

void PlanPanel::showMessage(const QString& text, bool error)
{
    MessageStyles::show(m_message, text, error ? MessageStyles::Kind::Error : MessageStyles::Kind::Info);
}

void PlanPanel::refresh()
{
    QString error;
    const auto plan = PlanStore(m_db).load(m_document->collaboration().id, &error);
    m_hasPlan = plan.has_value();
    m_stack->setCurrentIndex(m_hasPlan ? 1 : 0);
    if (!error.isEmpty())
        showMessage(error, true);
    if (!plan)
        return;
    const auto analysis = AnalysisStore(m_db).load(plan->analysisId, &error);
    if (!analysis) {
        showMessage(error, true);
        return;
    }
    const Collaboration& c = m_document->collaboration();
    const PlanTotals totals = plan->totals();
    const auto warnings = plan->warnings(*analysis, c.startDate, c.plannedEndDate);
    QString html = QStringLiteral("<p>%1</p><table cellpadding=\"3\">")
                       .arg(tr("%n intervention(s) in %1 development area(s)  ·  budget in total %2  ·  %3", nullptr,
                               static_cast<int>(plan->interventions.size()))
                                .arg(analysis->areas.size())
                                .arg(Money::format(totals.total).toHtmlEscaped(),
                                     warnings.isEmpty() ? tr("no warnings").toHtmlEscaped()
                                                        : tr("%n warning(s) on the review page", nullptr,
                                                             static_cast<int>(warnings.size()))
                                                              .toHtmlEscaped()));
    int number = 0;
    for (const auto& area : analysis->areas) {
        ++number;
        html += QStringLiteral("<tr><td><b>%1. %2</b></td><td>%3</td><td align=\"right\">%4</td></tr>")
                    .arg(number)
                    .arg(area.title.toHtmlEscaped(),
                         tr("%n intervention(s)", nullptr, static_cast<int>(plan->interventionsOf(area.id).size()))
                             .toHtmlEscaped(),
                         Money::format(totals.perArea.value(area.id)).toHtmlEscaped());
        for (const Intervention* i : plan->interventionsOf(area.id))
            html
                += QStringLiteral(
                       "<tr><td style=\"padding-left:16px\">%1</td><td>%2</td><td align=\"right\">%3</td></tr>")
                       .arg(i->title.toHtmlEscaped(),
                            QStringLiteral("%1 – %2").arg(i->start.toString(Qt::ISODate), i->end.toString(Qt::ISODate)),
                            Money::format(i->totalSek()).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

bool PlanPanel::createPlan()
{
    QString error;
    const auto plan = PlanStore(m_db).create(m_document->collaboration().id, &error);
    if (!plan) {
        showMessage(error, true);
        return false;
    }
    showMessage(QString(), false);
    refresh();
    return true;
}

PlanWizard* PlanPanel::openWizard()
{
    if (!m_hasPlan)
        return nullptr;
    auto* wizard = new PlanWizard(m_db, m_document->collaboration().id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, &PlanPanel::refresh);
    wizard->open();
    Q_EMIT wizardOpened(wizard);
    return wizard;
}

void PlanPanel::showTimeline()
{
    PlanSession session(m_db, m_document->collaboration().id);
    if (!session.isValid()) {
        showMessage(session.errorString(), true);
        return;
    }
    PlanTimelineDialog dialog(m_db, session.plan(), session.context(), this);
    dialog.exec();
}

void PlanPanel::printPreview()
{
    QString error;
    const auto sources = PlanDocument::load(m_db, m_document->collaboration().id, &error);
    if (!sources) {
        showMessage(error, true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(tr("Action plan"));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: action plan"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        QString paintError;
        if (!PlanDocument::paint(*sources, p, &paintError))
            MessageBox::error(this, tr("Print preview"),
                              tr("The action plan could not be laid out for printing: %1").arg(paintError));
    });
    dialog.resize(1000, 720);
    dialog.exec();
}

QString PlanPanel::askFileName(bool odt)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = odt ? tr("action-plan.odt") : tr("action-plan.pdf");
    return FileDialog::saveFileName(this, odt ? tr("Save the action plan as ODT") : tr("Save the action plan as PDF"),
                                    QDir(dir).filePath(name),
                                    odt ? tr("OpenDocument text (*.odt)") : tr("PDF (*.pdf)"));
}

bool PlanPanel::exportPlan(bool odt)
{
    QString path = askFileName(odt);
    if (path.isEmpty())
        return false;
    const QString suffix = odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    const auto sources = PlanDocument::load(m_db, m_document->collaboration().id, &error);
    const bool ok = sources
        && (odt ? PlanDocument::writeOdt(*sources, path, &error) : PlanDocument::writePdf(*sources, path, &error));
    if (!ok) {
        showMessage(tr("The action plan could not be saved: %1").arg(error), true);
        return false;
    }
    showMessage(tr("The action plan was saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}
