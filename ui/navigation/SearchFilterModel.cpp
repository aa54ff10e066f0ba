#include "SearchFilterModel.h"

#include "ListModels.h"

void SearchFilterModel::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(ListRoles::SearchKey).toString();
    for (const auto& w : m_words) {
        if (!key.contains(w))
            return false;
    }
    return true;
}
