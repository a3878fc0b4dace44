import Foundation

extension Sequence where Element == Money? {
    /// The exact sum when every value is known, else nil: a total with a missing part is no
    /// total (a budget line without a budget leaves the table's sum blank, not too small).
    public func sumIfComplete() -> Money? {
        var total = Money.zero
        for value in self {
            guard let value else { return nil }
            total = total + value
        }
        return total
    }
}

/// The change of an amount between two dates: "en ökning med 40 mnkr eller 11 %". Pure figures;
/// the reports word them.
public struct AmountChange: Sendable, Equatable {
    /// The later amount minus the earlier.
    public var change: Money
    /// The change in percent of the earlier amount (`Ratio.growth`), nil when it is zero.
    public var growth: Decimal?

    /// The change from `before` to `now`.
    public init(from before: Money, to now: Money) {
        change = now - before
        growth = Ratio.growth(now, over: before)
    }
}

extension Period {
    /// The last day of `month` in `year` (Gregorian leap years): a balance's date, "30 apr".
    public static func lastDay(year y: Int, month m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension ActionPlanFollowUp {
    /// The plan's measures summed: the expected effect for the year and to date, the realised
    /// effect to date (nil when a measure has none: the sum would be too small) and its
    /// deviation from the expected (seed 001 "Åtgärdsplan").
    public var total: Measure {
        Measure(
            name: plan, expectedYear: measures.map(\.expectedYear).sum(),
            expectedToDate: measures.map(\.expectedToDate).sum(),
            realisedToDate: measures.map(\.realisedToDate).sumIfComplete(), comment: "")
    }

    /// What is still to be saved this year: the plan's expected effect for the year less the effect realised to date
    /// (seed 004: "Budgeten förutsätter att det genomförs en kostnadsminskning på 138 mnkr"); nil while a month due
    /// is not followed up.
    public var remainingForYear: Money? { total.realisedToDate.map { total.expectedYear - $0 } }
}
