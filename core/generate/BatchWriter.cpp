#include "BatchWriter.h"

#include "core/storage/Sql.h"

BatchWriter::BatchWriter(QSqlDatabase db, int rowsPerCommit)
    : m_db(std::move(db))
    , m_rowsPerCommit(rowsPerCommit)
{
}

BatchWriter::~BatchWriter()
{
    m_queries.clear(); // finish the statements before the rollback
    if (m_open)
        m_db.rollback();
}

QSqlQuery* BatchWriter::prepare(const QString& sql)
{
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(sql)) {
        m_error = Sql::describe(query->lastError());
        return nullptr;
    }
    m_queries.push_back(std::move(query));
    return m_queries.back().get();
}

bool BatchWriter::begin()
{
    if (m_open)
        return true;
    if (!m_db.transaction()) {
        m_error = Sql::describe(m_db.lastError());
        return false;
    }
    m_open = true;
    return true;
}

bool BatchWriter::commit()
{
    if (!m_open)
        return true;
    for (auto& q : m_queries)
        q->finish();
    m_open = false;
    m_inBatch = 0;
    if (!m_db.commit()) {
        m_error = Sql::describe(m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

bool BatchWriter::insert(QSqlQuery* query, std::initializer_list<QVariant> values)
{
    return insert(query, QVariantList(values));
}

bool BatchWriter::insert(QSqlQuery* query, const QVariantList& values)
{
    if (!query || !begin())
        return false;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values[i]);
    if (!query->exec()) {
        m_error = Sql::describe(query->lastError());
        return false;
    }
    ++m_total;
    if (++m_inBatch >= m_rowsPerCommit)
        return commit();
    return true;
}

bool BatchWriter::finish()
{
    return commit();
}
