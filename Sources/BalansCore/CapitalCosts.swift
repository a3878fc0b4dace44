import Foundation

/// The operating consequences (driftkonsekvenser) of a plan version's investments (issue 18, item 5): each
/// investment's kapitalkostnad per year of the plan — linear depreciation over its category's useful life, and
/// interest on its book value — beginning the year after the investment year (an asset is depreciated from when it
/// is taken into use, RKR R3 Materiella anläggningstillgångar; the plan takes every investment into use at its
/// year's end). Per committee they enter its frame as one named step of each year, the change of its capital costs
/// against the year before (`FramePlan.compute`), so the region's result carries them.
///
///     avskrivning år k = avrunda(belopp × k / L) − avrunda(belopp × (k − 1) / L),  k = 1 … L
///                        (L = avskrivningstid)
///     ränta år k       = avrunda((belopp − ackumulerade avskrivningar före år k) × räntesats / 100)
///
/// so the depreciation sums to the amount to the öre over the useful life, and the first year's interest is the
/// amount × the rate. Investments of the year before the plan count (their consequences begin in its first year);
/// earlier ones are in the opening frames already and are left out.
public struct CapitalCosts: Sendable, Equatable {
    /// The name of the frames' step.
    public static let stepLabel = "Kapitalkostnader nya investeringar"

    /// One investment's consequences.
    public struct Line: Sendable, Equatable {
        /// The investment.
        public var investment: PlanInvestment
        /// Its category's useful life, years.
        public var usefulLife: Int
        /// Its depreciation per year of the plan, in `years`' order.
        public var depreciation: [Money]
        /// Its interest per year of the plan.
        public var interest: [Money]
    }

    /// The years of the plan.
    public var years: [Int]
    /// The investments of the year before the plan and of its years, in the file's order.
    public var lines: [Line]

    /// The committees with an investment, in the order they first appear.
    public var nodes: [NodeCode] {
        var seen: [NodeCode] = []
        for l in lines where !seen.contains(l.investment.node) { seen.append(l.investment.node) }
        return seen
    }

    private func lines(_ node: NodeCode?) -> [Line] { lines.filter { node == nil || $0.investment.node == node } }
    /// The depreciation of year `i` of the plan (of `node`, or of every committee).
    public func depreciation(_ i: Int, node: NodeCode? = nil) -> Money { lines(node).map { $0.depreciation[i] }.sum() }
    /// The interest of year `i`.
    public func interest(_ i: Int, node: NodeCode? = nil) -> Money { lines(node).map { $0.interest[i] }.sum() }
    /// Kapitalkostnad: depreciation + interest of year `i`.
    public func cost(_ i: Int, node: NodeCode? = nil) -> Money { depreciation(i, node: node) + interest(i, node: node) }
    /// The change of the capital costs against the year before (the first year's against none): the frame's step.
    public func step(_ i: Int, node: NodeCode? = nil) -> Money {
        cost(i, node: node) - (i > 0 ? cost(i - 1, node: node) : .zero)
    }
    /// What `lines` (a committee's, a category's or a project's) invest in each year of the plan, in `years`' order.
    public func invested(_ lines: [Line]) -> [Money] {
        years.map { y in lines.filter { $0.investment.year == y }.map(\.investment.amount).sum() }
    }

    /// The amount invested in year `i` of the plan (of `node`, or of every committee).
    public func invested(_ i: Int, node: NodeCode? = nil) -> Money {
        lines(node).filter { $0.investment.year == years[i] }.map(\.investment.amount).sum()
    }

    /// The consequences of `investments` (one version's) in `years` with `finance`'s useful lives and rates; the
    /// problems when a category's useful life or a year's rate is missing.
    public static func compute(_ investments: [PlanInvestment], finance: [PlanFinance], years: [Int])
        -> Result<CapitalCosts, TaxRevenueCalculation.Missing>
    {
        guard let first = years.first else { return .success(CapitalCosts(years: years, lines: [])) }
        var problems: [String] = []
        var out: [Line] = []
        for inv in investments where inv.year >= first - 1 {
            guard let life = finance.usefulLife(inv.category), life > 0 else {
                let text = "avskrivningstid för \(inv.category.rawValue) saknas (planfinance)"
                if !problems.contains(text) { problems.append(text) }
                continue
            }
            let amount = inv.amount.kronorDecimal
            func accumulated(_ k: Int) -> Money {
                Money.rounding(kronor: amount * Decimal(min(max(k, 0), life)) / Decimal(life))
            }
            var depreciation: [Money] = []
            var interest: [Money] = []
            for y in years {
                let k = y - inv.year  // the k:th year of use; none before the year after the investment
                guard k >= 1 else {
                    depreciation.append(.zero)
                    interest.append(.zero)
                    continue
                }
                depreciation.append(accumulated(k) - accumulated(k - 1))
                let book = inv.amount - accumulated(k - 1)
                guard !book.isZero else {
                    interest.append(.zero)
                    continue
                }
                guard let rate = finance.value(.interestRate, year: y) else {
                    let text = "ränta för \(y) saknas (planfinance)"
                    if !problems.contains(text) { problems.append(text) }
                    interest.append(.zero)
                    continue
                }
                interest.append(Money.rounding(kronor: book.kronorDecimal * rate / 100))
            }
            out.append(Line(investment: inv, usefulLife: life, depreciation: depreciation, interest: interest))
        }
        if !problems.isEmpty { return .failure(.init(problems: problems)) }
        return .success(CapitalCosts(years: years, lines: out))
    }
}
