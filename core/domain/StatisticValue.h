#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * One statistic as Skolverket wrote it: the text exactly as written, the number when
 * the text states one exactly, and the marker that says why there is none (or why the
 * number is only approximate). A marker is never turned into 0 or an exact number:
 * "~100" is not 100,0 and "cirka 1 110" is not 1110.
 *
 * The same type carries a value from the v4 API ({value, valueType}) and from a
 * Sök statistik CSV cell, so the store and the UI see one shape.
 */
struct StatisticValue
{
    Q_DECLARE_TR_FUNCTIONS(StatisticValue)

public:
    enum class Marker {
        None, ///< an exact number: "241,3", "4 102", "100"
        Missing, ///< "." (or the API's null): data missing
        Suppressed, ///< "..": too few pupils, not published
        NearlyAll, ///< "~100": 1–4 pupils did not reach it; about 100, not 100,0
        Approximate, ///< "cirka 1110", "cirka 1 110": a rounded count
        Excluded, ///< "*": the API's TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION
        Unknown, ///< a valueType this program does not know: no number, the text shown as written
    };

    QString text; ///< exactly as the file wrote it
    Marker marker = Marker::Missing;
    std::optional<double> exact; ///< set only when marker == None
    std::optional<double> approximately; ///< the number in "~100" / "cirka 1110", never exact

    bool isExact() const { return marker == Marker::None; }

    /**
     * Reads a cell as Sök statistik writes it: ".", "..", "~100", "cirka N", or a number
     * with decimal comma and spaces between thousands (Validation::parseDecimal). An
     * empty cell is Missing. Returns nullopt for text that is none of these ("tolv").
     */
    static std::optional<StatisticValue> fromText(QStringView text);

    /**
     * fromText into this value, reusing its storage (a reader of millions of cells
     * allocates nothing per cell). False, and this value unspecified, for a bad value.
     */
    bool assign(QStringView text);

    /**
     * Reads a v4 API entry: `value` (may be null, pass isNull) with its `valueType`
     * (EXISTS, MISSING, OMITTED_DUE_TO_BASED_ON_FEW_PUPILS,
     * ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE, TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION;
     * any other is Unknown). Returns nullopt when an EXISTS value is not a number nor "cirka N".
     */
    static std::optional<StatisticValue> fromApi(const QString& value, bool isNull, QStringView valueType);

    /** Stable code of a marker for storing: "", "missing", "suppressed", "nearly_all", "approximate", "excluded",
     * "unknown". */
    static QString markerCode(Marker marker);
    static std::optional<Marker> markerFromCode(QStringView code);
    /** What the marker means, for a tooltip, in the user's language. */
    static QString markerLabel(Marker marker);

    bool operator==(const StatisticValue&) const = default;
};
