/// A resultaträkning (SPEC §4.3, seed 003 3.1) for one basis — outcome, budget or forecast —
/// in report sign: revenues positive, costs negative.
public struct IncomeStatement: Sendable, Equatable {
    /// Each line's amount, öre, report sign; a line without rows is absent (0).
    public var lines: [StatementLine: Money]

    /// A statement of these line amounts.
    public init(lines: [StatementLine: Money]) { self.lines = lines }

    /// The amount of `line`; 0 when it has none.
    public subscript(_ line: StatementLine) -> Money { lines[line] ?? .zero }

    /// Verksamhetens nettokostnader = intäkter + kostnader + avskrivningar.
    public var netCosts: Money { self[.revenue] + self[.costs] + self[.depreciation] }
    /// Skatteintäkter + generella statsbidrag och utjämning (T in SPEC §4.4).
    public var taxAndGrants: Money { self[.tax] + self[.grants] }
    /// Verksamhetens resultat.
    public var operatingResult: Money { netCosts + taxAndGrants }
    /// Finansnetto excluding the unrealised market-value change.
    public var financialNetExclUnrealised: Money { self[.financialIncome] + self[.financialCosts] }
    /// Resultat efter finansiella poster.
    public var resultAfterFinancialItems: Money { operatingResult + financialNetExclUnrealised + self[.unrealised] }
    /// Årets resultat.
    public var result: Money { resultAfterFinancialItems + self[.extraordinary] }
    /// Resultat exkl. jämförelsestörande poster: the result without the unrealised
    /// market-value change (R in SPEC §4.4; seed 003 2.5.1).
    public var resultExclUnrealised: Money { result - self[.unrealised] }

    /// The outcome for months 1...`month` of `year` from the ledger; nil without a ledger.
    /// Internal accounts are left out (they net to zero; see `internalNet`).
    public static func outcome(_ data: FollowUpData, year: Int, through month: Int = 12) -> IncomeStatement? {
        guard let ledger = data.ledgers[year] else { return nil }
        var lines: [StatementLine: Money] = [:]
        for c in ledger.cells where c.month <= month {
            guard let line = data.mapping.line(for: c.account), line.isIncomeStatement else { continue }
            lines[line, default: .zero] -= c.amount
        }
        return IncomeStatement(lines: lines)
    }

    /// The annual budget in force at `period` (original and changes); nil when there is no budget or a budget row
    /// has no account.
    public static func budget(_ data: FollowUpData, at period: Period) -> IncomeStatement? {
        let rows = data.budgets(at: period)
        return fromRows(rows.map { ($0.account, $0.amount) }, data.mapping)
    }

    /// The full-year forecast at `period`: each node's latest forecast rows, and the budget
    /// rows of nodes without a forecast (nollprognos). nil when a row it needs has no account.
    public static func forecast(_ data: FollowUpData, period: Period) -> IncomeStatement? {
        let inForce = ForecastsInForce(data, at: period)
        guard !inForce.isEmpty else { return nil }
        var rows: [(Int?, Money)] = inForce.nodes.flatMap { inForce.rows(of: $0) ?? [] }.map { ($0.account, $0.amount) }
        rows += data.budgets(at: period).filter { inForce.rows(of: $0.node) == nil }.map {
            ($0.account, $0.amount)
        }
        return fromRows(rows, data.mapping)
    }

    private static func fromRows(_ rows: [(Int?, Money)], _ mapping: AccountMapping) -> IncomeStatement? {
        guard !rows.isEmpty else { return nil }
        var lines: [StatementLine: Money] = [:]
        for (account, amount) in rows {
            guard let account else { return nil }
            guard let line = mapping.line(for: account), line.isIncomeStatement else { continue }
            lines[line, default: .zero] += amount
        }
        return IncomeStatement(lines: lines)
    }

    /// The net of the internal accounts over the whole organisation for months 1...`month`
    /// (report sign). It must be zero (SPEC §4.3); anything else is reported.
    public static func internalNet(_ data: FollowUpData, year: Int, through month: Int = 12) -> Money? {
        guard let ledger = data.ledgers[year] else { return nil }
        return ledger.cells.filter { $0.month <= month && data.mapping.isInternal($0.account) }.map { -$0.amount }.sum()
    }
}

/// A balansräkning at a month end (SPEC §4.3, seed 003 3.2). Assets positive; equity,
/// provisions and liabilities positive as credit balances.
public struct BalanceSheet: Sendable, Equatable {
    /// Each line's balance at the month end, öre: assets positive; equity, provisions and liabilities positive as
    /// credit balances; equity without the year's result (`yearResult`).
    public var lines: [StatementLine: Money]
    /// Årets resultat: the result of the year to the date, from every result account.
    public var yearResult: Money

    /// The balance of `line`; 0 when it has none.
    public subscript(_ line: StatementLine) -> Money { lines[line] ?? .zero }

    /// Summa tillgångar.
    public var totalAssets: Money { StatementLine.assetLines.map { self[$0] }.sum() }
    /// Övrigt eget kapital: the equity accounts' balance (what earlier years left).
    public var otherEquity: Money { self[.equity] }
    /// Summa eget kapital = årets resultat + övrigt eget kapital.
    public var totalEquity: Money { yearResult + otherEquity }
    /// Summa avsättningar och skulder.
    public var totalProvisionsAndLiabilities: Money {
        [.pensionProvisions, .otherProvisions, .longTermLiabilities, .shortTermLiabilities].map { self[$0] }.sum()
    }
    /// Summa eget kapital, avsättningar och skulder (equals total assets in a balanced ledger).
    public var totalEquityAndLiabilities: Money { totalEquity + totalProvisionsAndLiabilities }

    /// The balance sheet at the end of `month` of `year`: opening balances plus the year's
    /// movements to that month. nil without that year's ledger.
    public static func at(_ data: FollowUpData, year: Int, month: Int) -> BalanceSheet? {
        guard let ledger = data.ledgers[year] else { return nil }
        var lines: [StatementLine: Money] = [:]
        func add(_ account: Int, _ amount: Money) {
            guard let line = data.mapping.rule(for: account)?.line, !line.isIncomeStatement else { return }
            let sign: Money = StatementLine.assetLines.contains(line) ? amount : -amount
            lines[line, default: .zero] += sign
        }
        for (account, amount) in ledger.openingBalances { add(account, amount) }
        var result = Money.zero
        for c in ledger.cells where c.month <= month {
            if AccountMapping.isResultAccount(c.account) { result -= c.amount } else { add(c.account, c.amount) }
        }
        return BalanceSheet(lines: lines, yearResult: result)
    }
}
