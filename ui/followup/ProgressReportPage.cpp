#include "ProgressReportPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

ProgressReportPage::ProgressReportPage(const QString& id, const QString& title, const QString& help,
                                       const ProgressReportSession& session, QWidget* parent)
    : WizardPage<ProgressReport>(parent)
    , m_session(session)
    , m_id(id)
    , m_title(title)
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("page:") + id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addHeading(layout, title, help);
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
}

QTreeWidget* InterventionTree::make(const QString& objectName)
{
    auto* tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setAccessibleName(ProgressReportPage::tr("Interventions of the agreement"));
    tree->setHeaderHidden(true);
    tree->setColumnCount(1);
    tree->setWordWrap(true);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->setFixedWidth(270);
    tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    return tree;
}

void InterventionTree::fill(QTreeWidget* tree, const ProgressReport& report, const QString& select, bool withRatings)
{
    const QSignalBlocker blocker(tree);
    tree->clear();
    QTreeWidgetItem* current = nullptr;
    int areaNumber = 0;
    for (const QString& area : report.areaTitles()) {
        auto* areaItem = new QTreeWidgetItem(tree, { QStringLiteral("%1. %2").arg(++areaNumber).arg(area) });
        areaItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = areaItem->font(0);
        bold.setBold(true);
        areaItem->setFont(0, bold);
        for (const auto& i : report.interventions) {
            if (i.areaTitle != area)
                continue;
            QString text = i.title;
            if (withRatings)
                text += QStringLiteral("\n")
                    + (i.rating ? ProgressReport::Ratings.label(*i.rating) : ProgressReportPage::tr("not rated yet"));
            auto* item = new QTreeWidgetItem(areaItem, { text });
            item->setData(0, Qt::UserRole, i.agreedInterventionUuid);
            if (!current || i.agreedInterventionUuid == select)
                current = item;
        }
    }
    tree->expandAll();
    if (current)
        tree->setCurrentItem(current);
}

QString InterventionTree::currentUuid(const QTreeWidget* tree)
{
    const QTreeWidgetItem* item = tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void InterventionTree::select(QTreeWidget* tree, const QString& uuid)
{
    for (int a = 0; a < tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem* area = tree->topLevelItem(a);
        for (int n = 0; n < area->childCount(); ++n) {
            if (area->child(n)->data(0, Qt::UserRole).toString() == uuid)
                tree->setCurrentItem(area->child(n));
        }
    }
}

namespace {
QLabel* plainLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString lines(const QString& text)
{
    if (text.trimmed().isEmpty())
        return ProgressReportPage::tr("(none stated in the agreement)");
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << QStringLiteral("• ") + line.trimmed();
    return out.join(QLatin1Char('\n'));
}
} // namespace

QGroupBox* FromPlanBox::make(QLabel** problems, QLabel** causes, QLabel** goals, QLabel** effects)
{
    auto* box = new QGroupBox(ProgressReportPage::tr("From the action plan (as agreed in ÖK 2): read-only"));
    box->setObjectName(QStringLiteral("fromPlanBox"));
    box->setStyleSheet(QStringLiteral("QGroupBox#fromPlanBox { background: #f3f6fb; border: 1px solid #c9d6ea; "
                                      "border-radius: 4px; margin-top: 1.4em; padding: 6px; } "
                                      "QGroupBox#fromPlanBox::title { subcontrol-origin: margin; left: 8px; "
                                      "color: #0b3a82; }"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    *problems = plainLabel();
    *causes = plainLabel();
    *goals = plainLabel();
    *effects = plainLabel();
    (*problems)->setObjectName(QStringLiteral("problemsText"));
    (*causes)->setObjectName(QStringLiteral("causesText"));
    (*goals)->setObjectName(QStringLiteral("goalsText"));
    (*effects)->setObjectName(QStringLiteral("effectsText"));
    form->addRow(ProgressReportPage::tr("a) Problems"), *problems);
    form->addRow(ProgressReportPage::tr("b) Causes"), *causes);
    form->addRow(ProgressReportPage::tr("c) Goals"), *goals);
    form->addRow(ProgressReportPage::tr("f) Expected effects"), *effects);
    return box;
}

void FromPlanBox::show(const InterventionReview& review, QLabel* problems, QLabel* causes, QLabel* goals,
                       QLabel* effects)
{
    problems->setText(lines(review.problems));
    causes->setText(lines(review.causes));
    QStringList goalLines;
    for (const auto& g : review.goals)
        goalLines << g.goal;
    goals->setText(lines(goalLines.join(QLatin1Char('\n'))));
    effects->setText(review.expectedEffects.trimmed().isEmpty() ? lines(QString()) : review.expectedEffects);
}
