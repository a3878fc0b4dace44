import BalansCore
import Foundation

/// "Investeringsplan" of Mål och budget: the investment budget per category and committee for each year of the plan
/// (`InvestmentPlan`). Absent when no year of the plan has an investment budget.
enum PlanInvestmentChapter {
    /// The chapter of the document `c` describes, or nil.
    static func build(_ c: ReportContext) -> Chapter? {
        let years = c.plan?.plan.years.map(\.year) ?? [c.period.year]
        guard let plan = InvestmentPlan.compute(c.data.investments, years: years) else { return nil }
        var rows: [Table.Row] = []
        for category in InvestmentCategory.allCases {
            let own = plan.rows.filter { $0.category == category }
            guard !own.isEmpty else { continue }
            let name = c.label(RegionInvestmentChapter.name(category))
            rows.append(Table.Row(label: name, cells: years.map { _ in .empty }))
            rows += own.map { r in
                Table.Row(
                    label: c.tree.node(r.node)?.name ?? r.node.rawValue, cells: r.budgets.map(ReportBuilder.amount),
                    level: 1)
            }
            rows.append(
                Table.Row(
                    label: c.say(.sum, name.lowercased()), cells: plan.totals(category).map(ReportBuilder.amount),
                    isTotal: true))
        }
        rows.append(
            Table.Row(label: c.label(.investmentsTotal), cells: plan.totals().map(ReportBuilder.amount), isTotal: true))
        let table = Table(
            id: "investeringsplan", caption: c.label(.planInvestmentChapter), unit: .mnkr,
            columns: [""] + PlanReport.yearColumns(c), rows: rows, footnotes: [c.label(.planInvestmentFootnote)])
        return Chapter(id: "investeringsplan", title: c.label(.planInvestmentChapter), blocks: [.table(table)])
    }
}
