#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTimer;

/**
 * Saves after a pause in typing: every editor's one debounce. `schedule` restarts the
 * pause; typing in another field (another merge key) saves what was pending first, so
 * each field's typing stays one undo step. `flush` saves what is pending now: on
 * leaving a field, a page or the window.
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    /** The pause after the last key before the text is saved. */
    static constexpr int kPauseMs = 500;

    /** `save(text, mergeKey)` is called when the pause is over or on flush. */
    using Save = std::function<void(const QString& text, const QString& mergeKey)>;

    explicit Autosave(Save save, QObject* parent = nullptr);

    /** Something was typed in field `mergeKey`; `text` names the undo step. */
    void schedule(const QString& mergeKey = QString(), const QString& text = QString());
    /** Saves what is pending, now. */
    void flush();
    /** Forgets what is pending without saving it. */
    void cancel();
    bool pending() const;

private:
    void fire();

    Save m_save;
    QTimer* m_timer;
    QString m_text;
    QString m_key;
};
