import Foundation

/// The year's figures of a set of investment rows summed (seed 003 3.1 "Investeringar per
/// nämnd/styrelse", seed 000 3 "Planerade investeringar"): outcome, budget and forecast, and
/// the budget deviation of the forecast. Amounts are expenditures, positive.
public struct InvestmentTotals: Sendable, Equatable {
    /// The period's outcome, summed.
    public var outcome: Money
    /// The budget, summed; nil when a row has none and `Missing.leavesBlank` is asked for.
    public var budget: Money?
    /// The year's forecast, summed, as the budget.
    public var forecast: Money?

    /// How rows without a budget or forecast count.
    public enum Missing: Sendable {
        /// As zero: the region's table sums what the committees reported.
        case countsAsZero
        /// The sum is left blank: a committee's or project's total with a part missing is no total.
        case leavesBlank
    }

    /// The totals of `rows`.
    public init(_ rows: [InvestmentRow], missing: Missing) {
        outcome = rows.map(\.outcome).sum()
        switch missing {
        case .countsAsZero:
            budget = rows.compactMap(\.budget).sum()
            forecast = rows.compactMap(\.forecast).sum()
        case .leavesBlank:
            budget = rows.map(\.budget).sumIfComplete()
            forecast = rows.map(\.forecast).sumIfComplete()
        }
    }

    /// Budgetavvikelse = budget − forecast: positive when less is invested than budgeted; nil
    /// without both.
    public var budgetDeviation: Money? {
        guard let budget, let forecast else { return nil }
        return budget - forecast
    }

    /// What is left of an investment frame (seed 000 3: "Kvar av ram") after the decided
    /// investments' budgets.
    public static func frameLeft(_ frame: Money, decided: [InvestmentRow]) -> Money {
        frame - decided.compactMap(\.budget).sum()
    }
}
