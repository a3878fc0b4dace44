import Foundation

/// Projektmedel: a fund a committee decides project money from during the year, followed as seed 000 2.1.2 does
/// ("Tillväxt projektfinansiering": Budget 2017, Beslutade projektmedel, Kvar att besluta om — per fund, e.g.
/// Region Hallands utvecklingsmedel and Statligt anslag för regional utveckling, which is held at Tillväxtverket and
/// never enters the region's ledger, so the figures are an input of their own).
public struct ProjectFundRow: Sendable, Equatable {
    /// The report period the figures are as of.
    public var period: Period
    /// The org node whose fund it is (a committee's area, e.g. Tillväxt och utveckling).
    public var node: NodeCode
    /// The fund's name as printed.
    public var fund: String
    /// The fund's budget for the year, öre (an amount to spend: positive).
    public var budget: Money
    /// Beslutade projektmedel: the project money decided from it so far this year, öre.
    public var decided: Money
    /// Kvar att besluta om: budget less decided.
    public var remaining: Money { budget - decided }

    /// A fund's figures at `period`.
    public init(period: Period, node: NodeCode, fund: String, budget: Money, decided: Money) {
        self.period = period
        self.node = node
        self.fund = fund
        self.budget = budget
        self.decided = decided
    }
}

extension FollowUpData {
    /// The funds of `node` as of `period`, in the file's order: the rows of the latest period of the year up to it.
    public func projectFunds(of node: NodeCode, at period: Period) -> [ProjectFundRow] {
        let own = projectFunds.filter { $0.node == node && $0.period.year == period.year && $0.period <= period }
        guard let latest = own.map(\.period).max() else { return [] }
        return own.filter { $0.period == latest }
    }
}
