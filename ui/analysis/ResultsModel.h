#pragma once

#include "StatisticsFetch.h"
#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"

#include <QAbstractTableModel>
#include <QMap>

/**
 * Indicator values: one row per indicator of the template, one column per school
 * year after the label column. A cell takes a number with decimal comma or point
 * ("241,3") or a marker from the statistics (".", "..", "~100"), kept as written.
 * With the imported statistics set (setSources), a cell that says what they say
 * names its source and school year, and a last column lists a row's sources.
 */
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /** The file a cell's value came from, empty when it was typed by hand. */
        SourceRole = Qt::UserRole + 1,
    };

    explicit ResultsModel(QList<TemplateIndicator> indicators, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setResults(const QList<IndicatorValue>& results);
    /** The values on screen, sorted as the store reads them (indicator, then period). */
    QList<IndicatorValue> results() const;
    const QStringList& periods() const { return m_periods; }
    const QList<TemplateIndicator>& indicators() const { return m_indicators; }
    /** Adds the school year after the last one; returns its column. */
    int addPeriod();

    /** What the imported statistics hold for this level; a cell equal to one of them names its source. */
    void setSources(const QList<SourcedValue>& sources);
    const QList<SourcedValue>& sources() const { return m_sourceList; }
    /** The source of the value on screen in (indicator, period), or null when it was typed (or differs). */
    const SourcedValue* sourceOf(const QString& indicator, const QString& period) const;
    /** The column that lists a row's sources, or -1 while there are no statistics. */
    int sourceColumn() const;

    /** "241,3" → 241.3; ".", "..", "~100" → a marker; "" → nothing. */
    static IndicatorValue parse(const QString& indicator, const QString& period, const QString& text);
    /** "2023/24" → "2024/25". */
    static QString nextPeriod(const QString& period);
    /** The last three school years that have ended by `today`. */
    static QStringList recentPeriods(const QDate& today);

Q_SIGNALS:
    void edited();

private:
    QString cellText(const IndicatorValue& v) const;
    QString rowSources(int row) const;

    QList<TemplateIndicator> m_indicators;
    QStringList m_periods;
    QMap<std::pair<QString, QString>, IndicatorValue> m_values; ///< (indicator, period) → value
    QList<IndicatorValue> m_foreign; ///< values of indicators the template lacks, kept
    QList<SourcedValue> m_sourceList;
    QMap<std::pair<QString, QString>, SourcedValue> m_sources; ///< (indicator, period) → imported value
};
