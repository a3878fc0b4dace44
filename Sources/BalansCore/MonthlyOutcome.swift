/// Utfall per månad: a committee's outcome month by month in report sign (revenues positive, costs
/// negative) from the ledger, and its running sum (ackumulerat utfall) — the development through the year
/// the overview shows beside the statement's figures to date.
public struct MonthlyOutcome: Sendable, Equatable {
    /// The committee (nämnd).
    public var code: NodeCode
    /// The committee's name in the tree of the year.
    public var name: String
    /// The outcome of January, February, … up to the period's month (index 0 is January).
    public var months: [Money]

    /// Creates the development of `code` from its `months`.
    public init(code: NodeCode, name: String, months: [Money]) {
        self.code = code
        self.name = name
        self.months = months
    }

    /// Ackumulerat utfall: the outcome from January to each month; its last is the statement's outcome to date.
    public var cumulative: [Money] {
        var sum = Money.zero
        return months.map {
            sum = sum + $0
            return sum
        }
    }

    /// Every committee of the period's year (`OrgTree.committees`, in the tree's order), its months January to
    /// the period's month. The ledger's rows map to a committee as in the operating statement: the ansvar code's
    /// node, then the nearest committee at or above it (`OrgTree.forecastUnit`); result accounts only.
    public static func committees(_ data: FollowUpData, period: Period) -> [MonthlyOutcome] {
        let tree = data.tree(for: period.year)
        let committees = tree.committees
        let index = Dictionary(uniqueKeysWithValues: committees.enumerated().map { ($1.code, $0) })
        var months = Array(repeating: Array(repeating: Money.zero, count: period.month), count: committees.count)
        var committeeOf: [String: Int?] = [:]
        for c in data.ledgers[period.year]?.cells ?? []
        where c.month >= 1 && c.month <= period.month && AccountMapping.isResultAccount(c.account) {
            let i: Int?
            if let known = committeeOf[c.ansvar] {
                i = known
            } else {
                i = tree.nodeCode(forAnsvar: c.ansvar).flatMap(tree.forecastUnit).flatMap { index[$0] }
                committeeOf[c.ansvar] = i
            }
            guard let i else { continue }
            months[i][c.month - 1] = months[i][c.month - 1] - c.amount  // ledger sign → report sign
        }
        return committees.enumerated().map { MonthlyOutcome(code: $1.code, name: $1.name, months: months[$0]) }
    }
}
