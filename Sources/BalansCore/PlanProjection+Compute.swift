import Foundation

extension PlanProjection {
    /// The projection of `plan` (version `version`, its investments' `capitalCosts`) from the ledger of the year
    /// before it; the problems when that ledger is missing or its balance sheet does not balance.
    public static func compute(_ data: FollowUpData, plan: FramePlan, version: String)
        -> Result<PlanProjection, TaxRevenueCalculation.Missing>
    {
        guard let first = plan.years.first else { return .failure(.init(problems: ["planen har inga år"])) }
        let before = first.year - 1
        guard let ledger = data.ledgers[before], let month = ledger.cells.map(\.month).max(),
            let sheet = BalanceSheet.at(data, year: before, month: month),
            let flow = CashFlowStatement.compute(data, year: before, through: month)
        else {
            return .failure(.init(problems: ["ingen huvudbok för \(before): ingående balansräkning saknas"]))
        }
        let opening = Balance(
            fixedAssets: sheet[.fixedAssets], infrastructureGrants: sheet[.infrastructureGrants],
            otherCurrentAssets: sheet[.currentAssets] - flow.closingCash, cash: flow.closingCash,
            equity: sheet.totalEquity, pensionProvisions: sheet[.pensionProvisions],
            otherProvisions: sheet[.otherProvisions], longTermLiabilities: sheet[.longTermLiabilities],
            shortTermLiabilities: sheet[.shortTermLiabilities])
        let gap = opening.totalAssets - opening.totalEquityAndLiabilities
        guard gap.isZero else {
            return .failure(
                .init(problems: [
                    "balansräkningen \(before)-\(month) balanserar inte (differens \(gap.kronorDecimal) kr)"
                ]))
        }
        let finance = data.planFinance.filter { $0.version == version }
        let fallback = existingDepreciation(data, year: before)
        var balance = opening
        var years: [Year] = []
        var previous: Money?
        for (i, y) in plan.years.enumerated() {
            let existing: Money
            let source: DepreciationSource
            if let given = finance.value(.depreciation, year: y.year) {
                (existing, source) = (Money.rounding(kronor: given), .planFinance)
            } else if let previous {
                (existing, source) = (previous, .previousYear)
            } else {
                (existing, source) = fallback
            }
            previous = existing
            let capital = plan.capitalCosts
            var year = Year(
                year: y.year, result: y.result, existingDepreciation: existing, existingSource: source,
                newDepreciation: capital?.depreciation(i) ?? .zero, investments: capital?.invested(i) ?? .zero,
                borrowing: finance.kronor(.borrowing, year: y.year),
                amortisation: finance.kronor(.amortisation, year: y.year), closing: balance,
                openingCash: balance.cash, selfFinancingTarget: data.policy.selfFinancingTarget)
            balance.fixedAssets += year.investments - year.depreciation
            balance.equity += year.result
            balance.longTermLiabilities += year.borrowing - year.amortisation
            balance.cash += year.cashFlow
            year.closing = balance
            // Dubbel bokföring (both sides booked): every movement above has its other side, so the sheet balances
            // as the opening one does.
            assert(balance.totalAssets == balance.totalEquityAndLiabilities)
            years.append(year)
        }
        return .success(PlanProjection(openingYear: before, openingMonth: month, opening: opening, years: years))
    }

    /// The existing assets' depreciation of the first year when the plan gives none: the decided budget of `year`
    /// (the accounts the mapping puts on avskrivningar), else its outcome in the ledger.
    static func existingDepreciation(_ data: FollowUpData, year: Int) -> (Money, DepreciationSource) {
        let budget = data.budgets.filter { $0.year == year && $0.isDecided && $0.change == nil }
        let rows = budget.filter { r in r.account.map { data.mapping.line(for: $0) == .depreciation } ?? false }
        if !rows.isEmpty { return (.zero - rows.map(\.amount).sum(), .decidedBudget) }
        let outcome = IncomeStatement.outcome(data, year: year)?[.depreciation] ?? .zero
        return (.zero - outcome, .outcome)
    }
}
