#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace I18n {

QLocale::Language chooseLanguage(const QLocale& system)
{
    return system.language() == QLocale::English ? QLocale::English : QLocale::Swedish;
}

void install(QCoreApplication& app, QLocale::Language language)
{
    if (language == QLocale::English)
        return; // the source strings are English
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QLocale::setDefault(swedish);
    auto* own = new QTranslator(&app);
    if (own->load(swedish, QStringLiteral("skoldialog"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (Spara, Avbryt, …): Debian ships Swedish only as the older "qt" catalogue.
    for (const char* catalogue : {"qtbase", "qt"}) {
        auto* qt = new QTranslator(&app);
        if (qt->load(swedish, QString::fromLatin1(catalogue), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
}

} // namespace I18n
