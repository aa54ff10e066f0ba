#pragma once
// What the action plan's GUI tests share: the demo's plan and analysis as stored, the
// wizard opened on it, its pages reached through the step list, fields typed into.
#include "tests/ui/UiTestSupport.h"

#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"
#include "ui/plan/PlanWizard.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

#include <memory>

namespace PlanTest {

constexpr qint64 kCollaboration = 1;

inline ActionPlan storedPlan(Database& db)
{
    QString error;
    const auto plan = PlanStore(db).load(kCollaboration, &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    return *plan;
}

inline Analysis planAnalysis(Database& db)
{
    QString error;
    const auto a = AnalysisStore(db).load(storedPlan(db).analysisId, &error);
    INFO(error.toStdString());
    REQUIRE(a);
    return *a;
}

inline std::unique_ptr<PlanWizard> openWizard(Database& db)
{
    auto wizard = std::make_unique<PlanWizard>(db, kCollaboration);
    INFO(wizard->errorString().toStdString());
    REQUIRE(wizard->isValid());
    wizard->show();
    REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    return wizard;
}

/** Goes to the page of type T by its row in the step list, as a click there would. */
template<typename T> T* goTo(PlanWizard* wizard)
{
    T* page = wizard->page<T>();
    REQUIRE(page);
    for (int i = 0; i < wizard->pageCount(); ++i) {
        if (wizard->page(i) == page)
            wizard->stepList()->setCurrentRow(i);
    }
    REQUIRE(wizard->currentPage() == page);
    return page;
}

inline void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    typeText(field, text);
}

/** Replaces what a line edit holds, as select-all and typing would. */
inline void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        typeText(edit, text);
}

inline void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

} // namespace PlanTest
