/// Sammanställda räkenskaper of the kommunkoncern for one year (LKBR 12 kap., RKR R16): the region's resultaträkning
/// and balansräkning with every proportionally consolidated company's at its share, less the internal transactions
/// and balances between the parties.
///
/// - Share: each company line is taken at the owned share, öre rounded half away from zero per line and company (so
///   a 50 % company with an odd number of öre on a line gives a rounding öre, which the sheet's `difference` shows).
/// - Year: a company's fiscal year ending in the region's year (stored under that year).
/// - Eliminations by motpart: a party's rows booked on another party's motpart code are internal. Result accounts
///   count the year's rows, balance accounts every stored year's rows up to it (a balance is what the rows left).
///   Between two parties both sides are eliminated at the smaller of their shares (the region's is 100 %), each on
///   its own line; if the two sides do not cancel, the difference stays in the koncern's figures and is reported per
///   pair (`pairs`), never dropped.
/// - Kapitaleliminering is the same rule: the region's shares in a company booked on the company's motpart code
///   against the company's equity booked on the region's.
/// - The koncern's kassaflödesanalys: `cashFlow(_:year:)`.
public struct Consolidation: Sendable {
    /// One consolidated company: its statements at the share.
    public struct Part: Sendable {
        /// The company.
        public var company: Company
        /// Its resultaträkning at the share, report sign.
        public var income: IncomeStatement
        /// Its balansräkning at the year end at the share.
        public var balance: BalanceSheet
    }

    /// The eliminations between two parties, and what is left when their sides do not cancel.
    public struct Pair: Sendable, Equatable {
        /// The two parties' codes (the region's first when it is one).
        public var first: String
        /// The other party.
        public var second: String
        /// The revenue side eliminated (the sum of the positive result-line eliminations), report sign.
        public var incomeEliminated: Money
        /// The asset side eliminated.
        public var assetsEliminated: Money
        /// Result-line eliminations of both sides summed (revenue positive, cost negative): zero when they cancel.
        public var resultDifference: Money
        /// Assets less liabilities and equity eliminated on both sides: zero when they cancel.
        public var balanceDifference: Money
    }

    /// The region's own statements.
    public var regionIncome: IncomeStatement
    /// The region's balansräkning at the year end.
    public var regionBalance: BalanceSheet
    /// The consolidated companies at their shares, in the file's order.
    public var parts: [Part]
    /// Proportional companies without a ledger of the year: not in the figures (the report says so).
    public var missing: [Company]
    /// What was eliminated per line: result lines report sign, balance lines balance sign.
    public var eliminations: [StatementLine: Money]
    /// The eliminated result of internal transactions (what the result lines' eliminations sum to).
    public var eliminatedResult: Money
    /// The pairs of parties with internal rows.
    public var pairs: [Pair]
    /// The koncern's resultaträkning.
    public var income: IncomeStatement
    /// The koncern's balansräkning at the year end.
    public var balance: BalanceSheet

    /// Summa tillgångar less summa eget kapital, avsättningar och skulder: zero unless an elimination's sides do not
    /// cancel (or a share left a rounding öre).
    public var difference: Money { balance.totalAssets - balance.totalEquityAndLiabilities }

    /// The sammanställda räkenskaper of `year`; nil without companies or without the region's ledger of the year.
    public static func compute(_ data: FollowUpData, year: Int) -> Consolidation? {
        guard let koncern = data.koncern, !koncern.companies.isEmpty,
            let regionIncome = IncomeStatement.outcome(data, year: year),
            let regionBalance = BalanceSheet.at(data, year: year, month: 12)
        else { return nil }
        var parts: [Part] = []
        var missing: [Company] = []
        var shares: [String: (code: String, share: Int)] = [
            koncern.region.counterparty: (koncern.region.code, Company.wholeShare)
        ]
        for company in koncern.companies where company.method == .proportional {
            var own = data
            own.ledgers = koncern.ledgers[company.code] ?? [:]
            own.mapping = koncern.mapping(of: company.code, data.mapping)
            guard let income = IncomeStatement.outcome(own, year: year),
                let balance = BalanceSheet.at(own, year: year, month: 12)
            else {
                missing.append(company)
                continue
            }
            shares[company.counterparty] = (company.code, company.share)
            parts.append(
                Part(
                    company: company, income: income.atShare(company.share),
                    balance: balance.atShare(company.share)))
        }
        var lines = regionIncome.lines
        var sheet = regionBalance.lines
        var yearResult = regionBalance.yearResult
        for part in parts {
            for (line, amount) in part.income.lines { lines[line, default: .zero] += amount }
            for (line, amount) in part.balance.lines { sheet[line, default: .zero] += amount }
            yearResult += part.balance.yearResult
        }
        let (eliminations, pairs) = eliminate(data, koncern, shares: shares, year: year)
        var eliminatedResult = Money.zero
        for (line, amount) in eliminations {
            if line.isIncomeStatement {
                lines[line, default: .zero] -= amount
                eliminatedResult += amount
            } else {
                sheet[line, default: .zero] -= amount
            }
        }
        yearResult -= eliminatedResult
        return Consolidation(
            regionIncome: regionIncome, regionBalance: regionBalance, parts: parts, missing: missing,
            eliminations: eliminations, eliminatedResult: eliminatedResult, pairs: pairs,
            income: IncomeStatement(lines: lines), balance: BalanceSheet(lines: sheet, yearResult: yearResult))
    }

    /// Every party's internal rows with a consolidated party, at the smaller share of the two, by line; and per pair.
    static func eliminate(
        _ data: FollowUpData, _ koncern: Koncern, shares: [String: (code: String, share: Int)], year: Int
    ) -> ([StatementLine: Money], [Pair]) {
        var total: [StatementLine: Money] = [:]
        var byPair: [[String]: [StatementLine: Money]] = [:]
        // The parties' order (the region, then the file's), which names each pair the same way round.
        var rank: [String: Int] = [:]
        for (i, code) in ([koncern.region.code] + koncern.companies.map(\.code)).enumerated() { rank[code] = i }
        for party in shares.values {
            for row in koncern.internalRows[party.code] ?? [] where row.year <= year {
                guard let other = shares[row.counterparty], other.code != party.code,
                    let line = koncern.mapping(of: party.code, data.mapping).line(for: row.account),
                    // Result accounts: this year's rows only; balance accounts: every year's up to this one.
                    !line.isIncomeStatement || row.year == year
                else { continue }
                let amount = line.signed(row.amount).atShare(min(party.share, other.share))
                total[line, default: .zero] += amount
                let key = [party.code, other.code].sorted { rank[$0, default: 0] < rank[$1, default: 0] }
                byPair[key, default: [:]][line, default: .zero] += amount
            }
        }
        let pairs = byPair.keys.sorted { a, b in
            (rank[a[0], default: 0], rank[a[1], default: 0]) < (rank[b[0], default: 0], rank[b[1], default: 0])
        }.map { key in
            let lines = byPair[key] ?? [:]
            let income = lines.filter { $0.key.isIncomeStatement }
            let assets = lines.filter { StatementLine.assetLines.contains($0.key) }.map(\.value).sum()
            let claims = lines.filter { !$0.key.isIncomeStatement && !StatementLine.assetLines.contains($0.key) }
            return Pair(
                first: key[0], second: key[1], incomeEliminated: income.values.filter { $0 > .zero }.sum(),
                assetsEliminated: assets, resultDifference: income.values.sum(),
                balanceDifference: assets - claims.values.sum())
        }
        return (total, pairs)
    }
}

extension StatementLine {
    /// A ledger amount in this line's sign: result lines report sign (revenue positive), assets debit positive,
    /// equity, provisions and liabilities credit positive.
    func signed(_ amount: Money) -> Money {
        isIncomeStatement || !StatementLine.assetLines.contains(self) ? -amount : amount
    }
}

extension Money {
    /// The amount at `share` hundredths of a percent, öre rounded half away from zero; `.overflow` beyond Int64.
    public func atShare(_ share: Int) -> Money {
        guard !isOverflow else { return .overflow }
        let (product, overflow) = ore.multipliedReportingOverflow(by: Int64(share))
        guard !overflow else { return .overflow }
        return Money(ore: Money.divideRoundingHalfAwayFromZero(product, Int64(Company.wholeShare)))
    }
}

extension IncomeStatement {
    /// Every line at `share` (each rounded on its own).
    func atShare(_ share: Int) -> IncomeStatement { IncomeStatement(lines: lines.mapValues { $0.atShare(share) }) }
}

extension BalanceSheet {
    /// Every line and the year's result at `share` (each rounded on its own).
    func atShare(_ share: Int) -> BalanceSheet {
        BalanceSheet(lines: lines.mapValues { $0.atShare(share) }, yearResult: yearResult.atShare(share))
    }
}
