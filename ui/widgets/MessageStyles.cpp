#include "MessageStyles.h"

#include <QLabel>

namespace MessageStyles {

QString styleSheet(Kind kind)
{
    switch (kind) {
    case Kind::Note:
        return QStringLiteral("QLabel { background: #e8f0fe; border: 1px solid #a8c7fa; border-radius: 4px; "
                              "padding: 8px; color: #0b3a82; }");
    case Kind::Info:
        return QStringLiteral("QLabel { background: #e6f4ea; border: 1px solid #a8dab5; border-radius: 4px; "
                              "padding: 8px; color: #0d652d; }");
    case Kind::Error:
        return QStringLiteral("QLabel { background: #fdecea; border: 1px solid #f1b8b3; border-radius: 4px; "
                              "padding: 8px; color: #8c1d18; }");
    }
    return QString();
}

void show(QLabel* label, const QString& text, Kind kind)
{
    label->setText(text);
    label->setStyleSheet(styleSheet(kind));
    label->setVisible(!text.isEmpty());
}

bool isError(const QLabel* label)
{
    return label->styleSheet() == styleSheet(Kind::Error);
}

QLabel* makeReadOnlyBanner(QWidget* parent)
{
    auto* banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setStyleSheet(styleSheet(Kind::Note));
    banner->hide();
    return banner;
}

} // namespace MessageStyles
