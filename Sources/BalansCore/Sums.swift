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
