import BalansCore
import Foundation

/// "Budgeterad resultaträkning" of Mål och budget: skatteintäkter, generella statsbidrag och utjämning,
/// regiongemensamt line by line, the committees' frames and årets resultat for the budget year and the plan years,
/// and the financial goal — the result as a percent of skatteintäkter and statsbidrag against
/// `policy.resultToTaxRevenueTarget` — met or not, in words.
enum PlanIncomeStatementChapter {
    /// The chapter of the document `c` describes; nil without a plan.
    static func build(_ c: ReportContext) -> Chapter? {
        guard let plan = c.plan?.plan, let first = plan.years.first, let last = plan.years.last else { return nil }
        let ys = plan.years
        func row(_ label: String, _ values: [Money], total: Bool = false, level: Int = 0) -> Table.Row {
            Table.Row(label: label, cells: values.map { .amount($0.ore) }, level: level, isTotal: total)
        }
        var rows = [
            row(c.label(.tax), ys.map(\.taxes.taxRevenue)), row(c.label(.grants), ys.map(\.taxes.grantsTotal)),
            row(c.label(.planTaxesAndGrants), ys.map(\.taxes.total), total: true),
            Table.Row(label: c.label(.planCommon), cells: ys.map { _ in .empty }),
        ]
        rows += plan.commonRows.map { line in
            Table.Row(label: line.label, cells: line.amounts.map(ReportBuilder.amount), level: 1)
        }
        rows += [
            row(c.label(.planCommonTotal), ys.map(\.commonTotal), total: true),
            row(c.label(.planFramesRow), ys.map { -$0.framesTotal }),
            row(c.label(.yearResult), ys.map(\.result), total: true),
            Table.Row(label: c.label(.planResultShare), cells: ys.map { ReportBuilder.percent($0.resultShare) }),
            Table.Row(
                label: c.say(.planResultTarget, c.percent(first.targetPercent)),
                cells: ys.map { .amount($0.target.ore) }),
            Table.Row(
                label: c.label(.planFinancialGoal),
                cells: ys.map { .text(c.label($0.meetsTarget ? .planGoalMet : .planGoalNotMet)) }),
        ]
        let table = Table(
            id: "budgeterad-resultatrakning",
            caption: c.say(.planIncomeStatementTable, String(first.year), String(last.year)), unit: .mnkr,
            columns: [""] + PlanReport.yearColumns(c), rows: rows, footnotes: [c.label(.planSignFootnote)])
        var blocks: [Block] = [.table(table)]
        for y in ys {
            let share = y.resultShare.map { c.percent($0) } ?? "–"
            blocks.append(
                .paragraph(
                    c.say(
                        .planResultText, String(y.year), c.amount(y.result), share, c.percent(y.targetPercent),
                        c.amount(y.target), c.label(y.meetsTarget ? .planGoalMet : .planGoalNotMet)),
                    missing: false))
        }
        return Chapter(id: "budgeterad-resultatrakning", title: c.label(.planIncomeStatementChapter), blocks: blocks)
    }
}
