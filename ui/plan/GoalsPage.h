#pragma once

#include "InterventionFormPage.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

/** The newest imported value of a statistic, offered as an indicator's baseline. */
struct BaselineOffer
{
    double value = 0;
    QString period; ///< "2024/25"
    QString where; ///< the unit, or the kommun at organizer level
    QString source; ///< the file it was imported from
};

/**
 * Mål och indikatorer: measurable goals, the expected effects, and the indicators with baseline and target.
 * An indicator linked to a statistic offers the newest imported value as its baseline, with its source.
 */
class GoalsPage : public InterventionFormPage
{
    Q_OBJECT

public:
    /** The offer for `statistic` where `intervention` works (its unit, or the organizer's kommun), if any. */
    using BaselineLookup = std::function<std::optional<BaselineOffer>(const Intervention&, const QString& statistic)>;

    GoalsPage(const PlanSessionContext& context, QWidget* parent = nullptr);

    QPlainTextEdit* goalsEdit() const { return m_goals; }
    QPlainTextEdit* effectsEdit() const { return m_effects; }
    QTableWidget* indicatorTable() const { return m_table; }
    QPushButton* addIndicatorButton() const { return m_addIndicator; }
    QPushButton* removeIndicatorButton() const { return m_removeIndicator; }
    QLineEdit* indicatorNameEdit() const { return m_name; }
    QComboBox* statisticCombo() const { return m_statistic; }
    QLineEdit* unitEdit() const { return m_unit; }
    QLineEdit* baselineEdit() const { return m_baseline; }
    QLineEdit* targetEdit() const { return m_target; }
    QSpinBox* targetYearSpin() const { return m_targetYear; }
    QLabel* indicatorMessage() const { return m_message; }
    QLabel* baselineOfferLabel() const { return m_offerLabel; }
    QPushButton* useBaselineButton() const { return m_useBaseline; }

    void setBaselineLookup(BaselineLookup lookup) { m_lookup = std::move(lookup); }
    /** Takes the offered value as the current indicator's baseline. */
    void useOfferedBaseline();

    void addIndicator();
    void removeIndicator();

protected:
    void showIntervention(const Intervention* i) override;
    void prune(Intervention& i) const override;

private:
    Indicator* currentIndicator();
    int currentIndicatorRow() const;
    void refreshTable(int select);
    void refreshRow(int row);
    void showIndicator(int row);
    void indicatorTyped(const QString& field);
    QString statisticLabel(const QString& id) const;
    void showOffer();

    QPlainTextEdit* m_goals;
    QPlainTextEdit* m_effects;
    QTableWidget* m_table;
    QPushButton* m_addIndicator;
    QPushButton* m_removeIndicator;
    QWidget* m_indicatorForm;
    QLineEdit* m_name;
    QComboBox* m_statistic;
    QLineEdit* m_unit;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QSpinBox* m_targetYear;
    QLabel* m_message;
    QLabel* m_offerLabel;
    QPushButton* m_useBaseline;
    BaselineLookup m_lookup;
    std::optional<BaselineOffer> m_offer;
};
