#pragma once

#include <QSortFilterProxyModel>

/**
 * Keeps the rows whose search key holds every word typed, in any order:
 * "ekbacka 7–9" finds Strandängsskolan 7–9 of Ekbacka kommun.
 */
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};
