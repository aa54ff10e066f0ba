#include "AgreementPages.h"

#include "ui/widgets/RecordTable.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QStringList kCommitmentKeys
    = { QStringLiteral("skolverkets_ataganden"), QStringLiteral("huvudmannens_ataganden") };

/** A date field that can also be empty: the earliest date stands for "no date". */
QDateEdit* dateEdit(QWidget* parent, const QString& emptyText)
{
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(emptyText);
    edit->setDate(edit->minimumDate());
    return edit;
}

void setDate(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

QLabel* intro(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

// --- KindPage -------------------------------------------------------------------------

KindPage::KindPage(QWidget* parent)
    : AgreementPage(parent)
    , m_kind(new QLabel(this))
    , m_about(intro(QString(), this))
    , m_title(new QLineEdit(this))
{
    QFont big = m_kind->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_kind->setFont(big);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_kind);
    layout->addWidget(m_about);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_title, &QLineEdit::textEdited, this, [this] { emitTyped(QStringLiteral("title")); });
}

QString KindPage::title() const
{
    return tr("Kind");
}

void KindPage::load(const Agreement& a)
{
    const bool readOnly = isReadOnly();
    m_kind->setText(a.kindLabel());
    switch (a.kind) {
    case AgreementKind::Cooperation:
        m_about->setText(tr("ÖK 1 states the cooperation itself: that the organizer takes part in the programme, "
                            "the process support Skolverket gives, and what both parties commit to."));
        break;
    case AgreementKind::Interventions:
        m_about->setText(tr("ÖK 2 states the interventions of the action plan: what is done in each development "
                            "area, who is responsible, and how Skolverket finances it. The interventions are copied "
                            "from the plan when the agreement is made."));
        break;
    case AgreementKind::Amendment:
        m_about->setText(tr("An amendment changes a signed agreement. The signed agreement stays as it was; once "
                            "this amendment is signed, it replaces it."));
        break;
    }
    if (m_title->text() != a.title)
        m_title->setText(a.title);
    m_title->setReadOnly(readOnly);
}

void KindPage::writeTo(Agreement& a) const
{
    a.title = m_title->text();
}

// --- PartiesPage ----------------------------------------------------------------------

PartiesPage::PartiesPage(QWidget* parent)
    : AgreementPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("The parties as the agreement names them. Skolverket's details come from the "
                               "programme's settings, the organizer's from the case; each party's diary number is "
                               "its own."),
                            this));
    auto* row = new QHBoxLayout;
    row->addWidget(buildParty(tr("Skolverket"), m_agency));
    row->addWidget(buildParty(tr("The organizer"), m_organizer));
    layout->addLayout(row);
    layout->addStretch();
}

QWidget* PartiesPage::buildParty(const QString& heading, PartyFields& f)
{
    auto* box = new QGroupBox(heading, this);
    auto* form = new QFormLayout(box);
    f.name = new QLineEdit(box);
    f.shortName = new QLineEdit(box);
    f.address = new QLineEdit(box);
    f.telephone = new QLineEdit(box);
    f.organisationNumber = new ValidatedLineEdit(&Validation::organisationNumber, box);
    f.diaryNumber = new QLineEdit(box);
    form->addRow(tr("Name"), f.name);
    form->addRow(tr("Called in the text"), f.shortName);
    form->addRow(tr("Postal address"), f.address);
    form->addRow(tr("Telephone"), f.telephone);
    form->addRow(tr("Organisation number"), f.organisationNumber);
    form->addRow(tr("Diary number"), f.diaryNumber);
    for (QLineEdit* e : { f.name, f.shortName, f.address, f.telephone, f.diaryNumber })
        connect(e, &QLineEdit::textEdited, this, [this, e] { emitTyped(QString::number(quintptr(e))); });
    connect(f.organisationNumber, &ValidatedLineEdit::edited, this,
            [this, e = f.organisationNumber] { emitTyped(QString::number(quintptr(e))); });
    return box;
}

QString PartiesPage::title() const
{
    return tr("Parties");
}

void PartiesPage::load(const Agreement& a)
{
    const bool readOnly = isReadOnly();
    const auto show = [readOnly](const PartyFields& f, const PartyDetails& p) {
        const std::pair<QLineEdit*, QString> fields[] = { { f.name, p.name },
                                                          { f.shortName, p.shortName },
                                                          { f.address, p.address },
                                                          { f.telephone, p.telephone },
                                                          { f.diaryNumber, p.diaryNumber } };
        for (const auto& [edit, value] : fields) {
            if (edit->text() != value)
                edit->setText(value);
            edit->setReadOnly(readOnly);
        }
        if (f.organisationNumber->text() != p.organisationNumber)
            f.organisationNumber->setText(p.organisationNumber);
        f.organisationNumber->lineEdit()->setReadOnly(readOnly);
    };
    show(m_agency, a.agency);
    show(m_organizer, a.organizer);
}

void PartiesPage::writeTo(Agreement& a) const
{
    const auto take = [](const PartyFields& f, PartyDetails& p) {
        p.name = f.name->text();
        p.shortName = f.shortName->text();
        p.address = f.address->text();
        p.telephone = f.telephone->text();
        p.organisationNumber = f.organisationNumber->value();
        p.diaryNumber = f.diaryNumber->text();
    };
    take(m_agency, a.agency);
    take(m_organizer, a.organizer);
}

// --- SectionsPage ---------------------------------------------------------------------

SectionsPage::SectionsPage(Part part, QWidget* parent)
    : AgreementPage(parent)
    , m_part(part)
    , m_list(new QListWidget(this))
    , m_heading(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_interventionsLabel(new QLabel(this))
    , m_interventions(new QTableWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(part == Part::Content
                                ? tr("Each section starts with the programme's wording. Change the clause text "
                                     "where this case needs it; lines starting with “- ” print as a list. The "
                                     "tables of parties, interventions, financing and signatures are added when the "
                                     "agreement is printed.")
                                : tr("What each party commits to. For ÖK 2, the interventions below are the action "
                                     "plan's as they were when the agreement was made."),
                            this));
    auto* editor = new QWidget(this);
    auto* form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Heading"), m_heading);
    form->addRow(tr("Clause &text"), m_body);
    auto* split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(editor);
    split->setStretchFactor(1, 3);
    m_list->setMinimumWidth(200);
    m_list->setMaximumWidth(300);
    layout->addWidget(split, 2);

    m_interventionsLabel->setText(tr("Interventions in the agreement"));
    m_interventions->setColumnCount(5);
    m_interventions->setHorizontalHeaderLabels(
        { tr("Development area"), tr("Intervention"), tr("Provider"), tr("Funding mode"), tr("Total") });
    // The titles take the room and wrap; the short columns keep theirs, so the total always shows.
    for (int col = 0; col < 5; ++col)
        m_interventions->horizontalHeader()->setSectionResizeMode(
            col, col < 2 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_interventions->setWordWrap(true);
    m_interventions->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interventions->verticalHeader()->hide();
    m_interventions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_interventions->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_interventionsLabel);
    layout->addWidget(m_interventions, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &SectionsPage::showSection);
    connect(m_heading, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_shown < 0)
            return;
        m_sections[m_shown].heading = text;
        m_list->item(m_shown)->setText(text);
        emitTyped(QStringLiteral("heading/") + m_sections[m_shown].key);
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (m_shown < 0 || m_sections[m_shown].body == m_body->toPlainText())
            return;
        m_sections[m_shown].body = m_body->toPlainText();
        emitTyped(QStringLiteral("body/") + m_sections[m_shown].key);
    });
}

QString SectionsPage::title() const
{
    return m_part == Part::Content ? tr("Content") : tr("Commitments");
}

bool SectionsPage::belongs(const QString& key) const
{
    return kCommitmentKeys.contains(key) == (m_part == Part::Commitments);
}

void SectionsPage::load(const Agreement& a)
{
    const bool readOnly = isReadOnly();
    QList<AgreementSection> sections;
    QList<int> indexes;
    for (int i = 0; i < a.sections.size(); ++i) {
        if (belongs(a.sections[i].key)) {
            sections.append(a.sections[i]);
            indexes.append(i);
        }
    }
    m_heading->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    if (sections != m_sections || indexes != m_indexes) {
        const int keep = std::max(0, m_list->currentRow());
        m_sections = sections;
        m_indexes = indexes;
        m_shown = -1;
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const auto& s : m_sections)
            m_list->addItem(s.heading);
        m_list->setCurrentRow(std::min(keep, int(m_sections.size()) - 1));
        showSection(m_list->currentRow());
    }

    const bool withInterventions = m_part == Part::Commitments && !a.interventions.isEmpty();
    m_interventionsLabel->setVisible(withInterventions);
    m_interventions->setVisible(withInterventions);
    m_interventions->setRowCount(int(a.interventions.size()));
    for (int row = 0; row < a.interventions.size(); ++row) {
        const auto& i = a.interventions[row];
        const QString cells[] = { i.areaTitle, i.title, i.provider, ActionPlan::FundingModes.label(i.fundingMode),
                                  Money::format(i.totalSek()) };
        for (int col = 0; col < 5; ++col)
            m_interventions->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
}

void SectionsPage::showSection(int row)
{
    m_shown = -1;
    const bool valid = row >= 0 && row < m_sections.size();
    const QSignalBlocker b1(m_heading), b2(m_body);
    m_heading->setText(valid ? m_sections[row].heading : QString());
    m_body->setPlainText(valid ? m_sections[row].body : QString());
    m_heading->setEnabled(valid);
    m_body->setEnabled(valid);
    m_shown = valid ? row : -1;
}

void SectionsPage::writeTo(Agreement& a) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_indexes[i] < a.sections.size()) {
            a.sections[m_indexes[i]].heading = m_sections[i].heading;
            a.sections[m_indexes[i]].body = m_sections[i].body;
        }
    }
}

// --- ReportingPage --------------------------------------------------------------------

ReportingPage::ReportingPage(QWidget* parent)
    : AgreementPage(parent)
    , m_start(dateEdit(this, tr("No date")))
    , m_end(dateEdit(this, tr("No date")))
    , m_final(dateEdit(this, tr("No date")))
    , m_reports(new RecordTable(
          tr("Progress reports (delredovisningar)"),
          { { tr("Due"), RecordColumn::Kind::Date, 120 }, { tr("What"), RecordColumn::Kind::Text, 0 } }, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("The period the agreement is valid for, and when the organizer reports on the "
                               "interventions: progress reports during the period, a final report at its end."),
                            this));
    auto* form = new QFormLayout;
    form->addRow(tr("Valid &from"), m_start);
    form->addRow(tr("Valid &until"), m_end);
    form->addRow(tr("&Final report due"), m_final);
    layout->addLayout(form);
    layout->addWidget(m_reports, 1);
    for (QDateEdit* e : { m_start, m_end, m_final })
        connect(e, &QDateEdit::dateChanged, this, [this] { emitEdited(); });
    // A new report is due half a year after the last one (or the start), never without a date.
    m_reports->setNewRowValues([this] {
        QDate last = dateOf(m_start).isValid() ? dateOf(m_start) : QDate::currentDate();
        for (const auto& row : m_reports->model()->rows())
            last = std::max(last, row.value(0).toDate());
        return QVariantList { last.addMonths(6), QString() };
    });
    connect(m_reports, &RecordTable::edited, this, [this] { emitEdited(); });
}

QString ReportingPage::title() const
{
    return tr("Reporting and period");
}

void ReportingPage::load(const Agreement& a)
{
    const bool readOnly = isReadOnly();
    for (auto [edit, date] : { std::pair { m_start, a.periodStart }, std::pair { m_end, a.periodEnd },
                               std::pair { m_final, a.finalReportDate } }) {
        const QSignalBlocker blocker(edit);
        setDate(edit, date);
        edit->setReadOnly(readOnly);
    }
    QList<QVariantList> rows;
    m_reportIds.clear();
    for (const auto& r : a.reportDates) {
        rows.append({ r.due, r.label });
        m_reportIds.append(r.id);
    }
    if (rows != m_reports->model()->rows())
        m_reports->model()->setRows(rows);
    m_reports->setReadOnly(readOnly);
}

void ReportingPage::writeTo(Agreement& a) const
{
    a.periodStart = dateOf(m_start);
    a.periodEnd = dateOf(m_end);
    a.finalReportDate = dateOf(m_final);
    QList<ReportDue> reports;
    const auto rows = m_reports->model()->rows();
    for (int i = 0; i < rows.size(); ++i)
        reports.append(
            { i < m_reportIds.size() ? m_reportIds[i] : 0, rows[i].value(0).toDate(), rows[i].value(1).toString() });
    a.reportDates = reports;
}

// --- SignatoriesPage ------------------------------------------------------------------

SignatoriesPage::SignatoriesPage(QWidget* parent)
    : AgreementPage(parent)
{
    const QList<RecordColumn> columns = { { tr("Name"), RecordColumn::Kind::Text, 220 },
                                          { tr("Title"), RecordColumn::Kind::Text, 260 },
                                          { tr("Place"), RecordColumn::Kind::Text, 0 } };
    m_agency = new RecordTable(tr("Signs for Skolverket"), columns, this);
    m_organizer = new RecordTable(tr("Signs for the organizer"), columns, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro(tr("Who signs for each party, and where. The signing dates are recorded when the signed "
                               "paper comes back; the printed agreement has lines for them."),
                            this));
    layout->addWidget(m_agency);
    layout->addWidget(m_organizer);
    for (RecordTable* t : { m_agency, m_organizer })
        connect(t, &RecordTable::edited, this, [this] { emitEdited(); });
}

QString SignatoriesPage::title() const
{
    return tr("Signatories");
}

void SignatoriesPage::load(const Agreement& a)
{
    const bool readOnly = isReadOnly();
    for (auto [table, party] :
         { std::pair { m_agency, AgreementParty::Agency }, std::pair { m_organizer, AgreementParty::Organizer } }) {
        QList<QVariantList> rows;
        for (const Signatory* s : a.signatoriesOf(party))
            rows.append({ s->name, s->title, s->place });
        if (rows != table->model()->rows())
            table->model()->setRows(rows);
        table->setReadOnly(readOnly);
    }
}

void SignatoriesPage::writeTo(Agreement& a) const
{
    QList<Signatory> signatories;
    for (auto [table, party] :
         { std::pair { m_agency, AgreementParty::Agency }, std::pair { m_organizer, AgreementParty::Organizer } }) {
        for (const auto& row : table->model()->rows())
            signatories.append({ 0, party, row.value(0).toString(), row.value(1).toString(), row.value(2).toString() });
    }
    // Keep the ids of rows still in the same place, so saving does not renumber them.
    for (int i = 0; i < signatories.size() && i < a.signatories.size(); ++i) {
        if (a.signatories[i].party == signatories[i].party)
            signatories[i].id = a.signatories[i].id;
    }
    a.signatories = signatories;
}
