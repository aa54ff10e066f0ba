#pragma once

#include "Analysis.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * A nulägesanalys template: versioned data (JSON under resources/templates), not
 * code. The wizard renders itself from it, so a programme can ship a new version
 * without a new Skoldialog; an analysis remembers the id and version it was made with.
 */
struct TemplateItem
{
    QString id;
    QString label;
    QString help;
};

struct TemplateIndicator
{
    QString id; ///< as in Skolverket's statistics, e.g. averageGradesMeritRating9thGrade
    QString label;
    QString unit; ///< "poäng", "%", "st"
    double min = 0;
    double max = 100;
};

struct TemplatePage
{
    /** What the page asks for; each kind has its own editor. */
    enum class Kind { Participants, Results, Evidence, Voices, Causes, Problems, Areas, Summary };

    QString id;
    Kind kind = Kind::Summary;
    QString title;
    QString help;
    QList<TemplateItem> questions;         ///< free-text questions on the page
    QList<TemplateIndicator> indicators;   ///< Results
    QList<TemplateItem> choices;           ///< Evidence kinds, Voices methods
};

struct AnalysisTemplate
{
    QString id;
    int version = 0;
    AnalysisKind kind = AnalysisKind::School;
    QString title;
    QString description;
    QList<TemplatePage> pages;

    const TemplatePage* page(const QString& id) const;
    const TemplatePage* firstPage(TemplatePage::Kind kind) const;
    /** Label of a choice id on any page (evidence kinds, voice methods); the id when unknown. */
    QString choiceLabel(const QString& choiceId) const;
    const TemplateIndicator* indicator(const QString& id) const;

    /** Reads a template; on a fault says which file and what is wrong, e.g. page 3 lacks "id". */
    static std::optional<AnalysisTemplate> fromJson(const QByteArray& json, const QString& fileName, QString* error);
    static std::optional<AnalysisTemplate> load(const QString& path, QString* error);

    /** The templates that ship with Skoldialog (every version). */
    static QList<AnalysisTemplate> builtIn(QString* error = nullptr);
    /** A built-in template by id and version; version 0 means the newest. */
    static std::optional<AnalysisTemplate> builtIn(const QString& id, int version, QString* error = nullptr);
    /** The newest built-in template for a kind of unit. */
    static std::optional<AnalysisTemplate> newestFor(AnalysisKind kind, QString* error = nullptr);
};
