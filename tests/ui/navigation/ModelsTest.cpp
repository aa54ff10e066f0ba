#include "tests/ui/UiTestSupport.h"

#include "core/storage/Database.h"
#include "ui/navigation/ListModels.h"
#include "ui/widgets/RecordTable.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

TEST_CASE("The navigator's models pass Qt's model tester", "[ui][models]")
{
    TestDatabase t(true);
    CollaborationListModel collaborations;
    OrganizerListModel organizers;
    SchoolUnitListModel units;
    for (RecordListModel* model : std::initializer_list<RecordListModel*> { &collaborations, &organizers, &units }) {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QString error;
        REQUIRE(model->reload(*t.db, &error));
        CHECK(model->rowCount() > 0);
    }
    CHECK(units.rowCount() == 3);
    CHECK(units
              .data(units.index(units.rowOf(units.index(0, 0).data(ListRoles::Id).toLongLong()),
                                SchoolUnitListModel::OrganizerColumn),
                    Qt::DisplayRole)
              .toString()
          == QStringLiteral("Ekbacka kommun"));
}

TEST_CASE("RecordTableModel edits, adds and removes rows and says so", "[ui][models]")
{
    RecordTableModel model({ { QStringLiteral("Vad"), RecordColumn::Kind::Text },
                             { QStringLiteral("Klar"), RecordColumn::Kind::Check },
                             { QStringLiteral("Senast"), RecordColumn::Kind::Date } });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int edits = 0;
    QObject::connect(&model, &RecordTableModel::edited, [&] { ++edits; });
    model.appendRow({ QStringLiteral("Boka lokal"), false, QDate(2026, 1, 10) });
    CHECK(model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole));
    CHECK(model.rows()[0][1].toBool());
    CHECK(model.data(model.index(0, 2), Qt::DisplayRole).toString() == QStringLiteral("2026-01-10"));
    model.removeRowAt(0);
    CHECK(model.rowCount() == 0);
    CHECK(edits == 3);
}
