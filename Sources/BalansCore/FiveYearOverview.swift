import Foundation

/// One year of "Fem år i sammandrag", the förvaltningsberättelse's overview of the financial development
/// (LKBR 11 kap. 1 §, RKR R15): the result, the key ratios and the staff. A year whose whole-organisation
/// ledger through December is not in the store takes its result, tax and grants and net costs from the
/// figures import (closed years), and has no balance-sheet ratios; a figure neither gives is nil.
public struct YearSummary: Sendable, Equatable {
    /// The calendar year.
    public var year: Int
    /// Verksamhetens nettokostnader (report sign: negative).
    public var netCosts: Money?
    /// Skatteintäkter and generella statsbidrag och utjämning.
    public var taxAndGrants: Money?
    /// Årets resultat.
    public var result: Money?
    /// Årets resultat exkl. orealiserade värdeförändringar, percent of tax and grants (the financial goal's ratio).
    public var resultToTaxRevenue: Decimal?
    /// Nettokostnadsandel: net costs and the financial net, percent of tax and grants.
    public var netCostShare: Decimal?
    /// Soliditet, percent.
    public var equityRatio: Decimal?
    /// Soliditet including the pension obligations outside the balance sheet, percent.
    public var equityRatioInclPensions: Decimal?
    /// Investments in fixed assets (the kassaflödesanalys's line, positive).
    public var investments: Money?
    /// Självfinansieringsgrad of the investments: result exkl. orealiserade plus depreciation, percent of them.
    public var selfFinancingRatio: Decimal?
    /// Balanskravsresultat (Kommunallagen 11 kap.).
    public var balanceRequirementResult: Money?
    /// Tillsvidareanställda: the year's average (R12 at December).
    public var headcount: Decimal?

    /// The overview for `year` and the four years before it, oldest first.
    public static func years(_ data: FollowUpData, through year: Int) -> [YearSummary] {
        let requirement = Period(year: year, month: 12).map { BalanceRequirementYear.table(data, period: $0) } ?? []
        return ((year - 4)...year).map { y in
            var s = YearSummary(year: y)
            guard let december = Period(year: y, month: 12) else { return s }
            let closed = data.ledgerIsWholeOrganisation(y) && data.ledgers[y]?.lastMonth == 12
            if closed, let statement = IncomeStatement.outcome(data, year: y) {
                let ratios = KeyRatioReport.compute(data, period: december).outcome
                s.netCosts = statement.netCosts
                s.taxAndGrants = statement.taxAndGrants
                s.result = statement.result
                s.resultToTaxRevenue = ratios.resultToTaxRevenue
                s.netCostShare = ratios.netCostShare?.total
                s.equityRatio = ratios.equityRatio
                s.equityRatioInclPensions = ratios.equityRatioInclPensions
                if let flow = CashFlowStatement.compute(data, year: y) {
                    let investments = -(flow[.fixedAssets] + flow[.financialAssets])
                    s.investments = investments
                    s.selfFinancingRatio = Ratio.percent(
                        statement.resultExclUnrealised - statement[.depreciation], of: investments)
                }
            } else {
                s.result = data.figure(.result, year: y)?.amount
                s.netCosts = data.figure(.netCosts, year: y)?.amount
                if let tax = data.figure(.tax, year: y)?.amount, let grants = data.figure(.grants, year: y)?.amount {
                    s.taxAndGrants = tax + grants
                }
                if let result = s.result, let t = s.taxAndGrants {
                    s.resultToTaxRevenue = Ratio.percent(
                        result - (data.figure(.unrealised, year: y)?.amount ?? .zero), of: t)
                }
            }
            s.balanceRequirementResult = requirement.first { $0.year == y && !$0.isForecast }?.balanceRequirementResult
            s.headcount = StaffReport.compute(data, period: december).averageHeadcount
            return s
        }
    }
}
