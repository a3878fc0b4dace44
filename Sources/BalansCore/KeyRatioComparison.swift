/// One column of the comparison tables of a follow-up (seed 003 2.5.1–2.5.5: "Utfall 2022-04,
/// 2022, 2023-04, 2023, 2024-04, Prognos 2024"): the outcome of January..a month of a year, the
/// outcome of a whole year, or the full-year forecast, with its statement and key ratios.
public struct KeyRatioColumn: Sendable, Equatable {
    /// What a column covers.
    public enum Basis: Sendable, Equatable {
        /// Utfall January..the period's month (the report's months, in an earlier year or this one).
        case toDate
        /// Utfall of the whole year (the period is December).
        case year
        /// Prognos for the period's year, made at the period.
        case forecast
    }
    /// The month that ends the column (for `forecast`, the report period).
    public var period: Period
    /// Outcome to date, a year's outcome or the forecast.
    public var basis: Basis
    /// The resultaträkning of the column; nil when neither a ledger nor a forecast gives it.
    public var statement: IncomeStatement?
    /// The key ratios of the column (soliditet only on an outcome; growth against the same months a year earlier).
    public var ratios: KeyRatios

    /// The columns for a report at `period`: for each of the `years` years before it that has a
    /// ledger — always the year just before — the same months and the whole year (one column
    /// when the period is December), then this year's months and the forecast.
    public static func columns(_ data: FollowUpData, period: Period, years: Int = 2) -> [KeyRatioColumn] {
        var out: [KeyRatioColumn] = []
        for year in (period.year - years)..<period.year
        where year == period.year - 1 || data.ledgers[year] != nil {
            if period.month < 12, let p = Period(year: year, month: period.month) {
                out.append(outcome(data, period: p, basis: .toDate))
            }
            if let p = Period(year: year, month: 12) { out.append(outcome(data, period: p, basis: .year)) }
        }
        let now = KeyRatioReport.compute(data, period: period)
        out.append(
            KeyRatioColumn(
                period: period, basis: period.month == 12 ? .year : .toDate,
                statement: IncomeStatement.outcome(data, year: period.year, through: period.month),
                ratios: now.outcome))
        out.append(
            KeyRatioColumn(
                period: period, basis: .forecast, statement: IncomeStatement.forecast(data, period: period),
                ratios: now.forecast))
        return out
    }

    private static func outcome(_ data: FollowUpData, period: Period, basis: Basis) -> KeyRatioColumn {
        KeyRatioColumn(
            period: period, basis: basis,
            statement: IncomeStatement.outcome(data, year: period.year, through: period.month),
            ratios: KeyRatioReport.compute(data, period: period).outcome)
    }
}
