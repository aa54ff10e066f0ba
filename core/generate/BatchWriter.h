#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <vector>

/**
 * Writes many rows fast: prepared statements, reused, and one transaction per
 * batch of rows instead of one per object as the stores do. For generated data
 * sets; whatever it writes must still be what the stores read and validate.
 */
class BatchWriter
{
public:
    explicit BatchWriter(QSqlDatabase db, int rowsPerCommit = 50000);
    ~BatchWriter(); ///< rolls back a batch that was not committed
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    /** Prepares `sql` once; the handle stays valid as long as the writer. Null on failure. */
    QSqlQuery* prepare(const QString& sql);
    /** Runs a prepared insert with positional `values`; commits when the batch is full. */
    bool insert(QSqlQuery* query, std::initializer_list<QVariant> values);
    bool insert(QSqlQuery* query, const QVariantList& values);
    /** Commits the last batch. */
    bool finish();

    qint64 rowsWritten() const { return m_total; }
    QString error() const { return m_error; }

private:
    bool begin();
    bool commit();

    QSqlDatabase m_db;
    int m_rowsPerCommit;
    int m_inBatch = 0;
    qint64 m_total = 0;
    bool m_open = false;
    QString m_error;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries;
};
