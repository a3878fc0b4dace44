extension Consolidation {
    /// The koncern's kassaflödesanalys of `year` (RKR R13 on the sammanställda räkenskaper): the region's
    /// `CashFlowStatement` plus each proportional company's (of its fiscal year ending in `year`) at its share, each
    /// line and cash balance rounded to the öre on its own; less the internal flows. An internal balance's movement in
    /// the year (a loan given and received, an unpaid invoice) is taken off the line it moved, on both sides at the
    /// smaller share, and the internal result off the result, as in `compute`. Matched sides cancel, so the koncern's
    /// flow is the parties' change in likvida medel; unmatched ones leave the difference `compute` reports.
    /// nil when `compute` is nil.
    public static func cashFlow(_ data: FollowUpData, year: Int) -> CashFlowStatement? {
        guard let koncern = data.koncern, let k = compute(data, year: year),
            let region = CashFlowStatement.compute(data, year: year)
        else { return nil }
        var lines = region.lines
        var cash = (opening: region.openingCash, closing: region.closingCash)
        var unexplained = region.unexplained
        var shares: [String: (code: String, share: Int)] = [
            koncern.region.counterparty: (koncern.region.code, Company.wholeShare)
        ]
        for part in k.parts {
            var own = data
            own.ledgers = koncern.ledgers[part.company.code] ?? [:]
            guard let flow = CashFlowStatement.compute(own, year: year) else { continue }
            let share = part.company.share
            shares[part.company.counterparty] = (part.company.code, share)
            for (line, amount) in flow.lines { lines[line, default: .zero] += amount.atShare(share) }
            cash.opening += flow.openingCash.atShare(share)
            cash.closing += flow.closingCash.atShare(share)
            unexplained += flow.unexplained.map { ($0.account, $0.amount.atShare(share)) }
        }
        lines[.result, default: .zero] -= k.eliminatedResult
        for party in shares.values {
            for row in koncern.internalRows[party.code] ?? [] where row.year == year {
                guard let other = shares[row.counterparty], other.code != party.code,
                    !AccountMapping.isResultAccount(row.account),
                    !CashFlowStatement.cashAccounts.contains(AccountMapping.fourDigit(row.account)),
                    let line = CashFlowStatement.line(
                        AccountMapping.fourDigit(row.account), data.mapping.line(for: row.account))
                else { continue }
                // The movement gave the line −amount (`CashFlowStatement.compute`); it is taken back.
                lines[line, default: .zero] += row.amount.atShare(min(party.share, other.share))
            }
        }
        return CashFlowStatement(
            lines: lines, openingCash: cash.opening, closingCash: cash.closing, unexplained: unexplained)
    }
}
