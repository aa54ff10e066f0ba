#include "Autosave.h"

#include <QTimer>

Autosave::Autosave(Save save, QObject* parent)
    : QObject(parent)
    , m_save(std::move(save))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPauseMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::fire);
}

void Autosave::schedule(const QString& mergeKey, const QString& text)
{
    if (m_timer->isActive() && mergeKey != m_key)
        flush();
    m_text = text;
    m_key = mergeKey;
    m_timer->start();
}

void Autosave::flush()
{
    if (m_timer->isActive())
        fire();
}

void Autosave::cancel()
{
    m_timer->stop();
}

bool Autosave::pending() const
{
    return m_timer->isActive();
}

void Autosave::fire()
{
    m_timer->stop();
    // Copies: the save may schedule again (a page that reloads), which overwrites the members.
    const QString text = m_text, key = m_key;
    if (m_save)
        m_save(text, key);
}
