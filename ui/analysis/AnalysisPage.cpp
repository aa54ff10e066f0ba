#include "AnalysisPage.h"

#include "AreasEditor.h"
#include "CausesEditor.h"
#include "EvidenceEditor.h"
#include "ParticipantsEditor.h"
#include "ProblemsEditor.h"
#include "ResultsEditor.h"
#include "SummaryEditor.h"
#include "VoicesEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

PageEditor* makeEditor(const TemplatePage& page, const AnalysisTemplate& tmpl, int minGroupSize)
{
    switch (page.kind) {
    case TemplatePage::Kind::Participants:
        return new ParticipantsEditor(page);
    case TemplatePage::Kind::Results:
        return new ResultsEditor(page);
    case TemplatePage::Kind::Evidence:
        return new EvidenceEditor(page);
    case TemplatePage::Kind::Voices:
        return new VoicesEditor(page, minGroupSize);
    case TemplatePage::Kind::Causes:
        return new CausesEditor(page);
    case TemplatePage::Kind::Problems:
        return new ProblemsEditor(page, tmpl);
    case TemplatePage::Kind::Areas:
        return new AreasEditor(page);
    case TemplatePage::Kind::Summary:
        return new SummaryEditor(page, tmpl);
    }
    return nullptr;
}

} // namespace

AnalysisPage::AnalysisPage(const TemplatePage& page, const AnalysisTemplate& tmpl, int minGroupSize, QWidget* parent)
    : WizardPage<Analysis>(parent)
    , m_page(page)
    , m_editor(makeEditor(page, tmpl, minGroupSize))
{
    setObjectName(QStringLiteral("page:") + page.id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addHeading(layout, page.title, page.help);
    if (!page.help.isEmpty())
        layout->addSpacing(4);
    // Pages with a list or table let it take the height; questions keep a few lines each.
    layout->addWidget(m_editor, 1);
    connect(m_editor, &PageEditor::typed, this, &AnalysisPage::typed);
    connect(m_editor, &PageEditor::edited, this, &AnalysisPage::edited);

    for (const auto& q : page.questions) {
        auto* label = new QLabel(q.label);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setWordWrap(true);
        auto* edit = makeTextEdit(QStringLiteral("question:") + q.id, q.label, 3);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6 + 12);
        if (!q.help.isEmpty())
            edit->setPlaceholderText(q.help);
        label->setBuddy(edit);
        layout->addSpacing(6);
        layout->addWidget(label);
        layout->addWidget(edit);
        m_questions.insert(q.id, edit);
        const QString text = tr("Answer “%1”").arg(q.label);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, text, id = q.id] {
            if (!m_loading)
                Q_EMIT typed(text, QStringLiteral("question/") + id);
        });
    }
}

void AnalysisPage::load(const Analysis& analysis)
{
    m_loading = true;
    m_editor->load(analysis);
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it)
        setTextKeepingCursor(it.value(), analysis.answers.value(it.key()));
    m_loading = false;
}

void AnalysisPage::writeTo(Analysis& analysis) const
{
    m_editor->writeTo(analysis);
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
        // The store keeps no empty answers; neither does the analysis, so the two compare equal.
        const QString text = it.value()->toPlainText();
        if (text.trimmed().isEmpty())
            analysis.answers.remove(it.key());
        else
            analysis.answers.insert(it.key(), text);
    }
}

void AnalysisPage::adoptIds(const Analysis& saved)
{
    m_editor->adoptIds(saved);
}

void AnalysisPage::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    for (auto* edit : m_questions)
        edit->setReadOnly(readOnly);
}
