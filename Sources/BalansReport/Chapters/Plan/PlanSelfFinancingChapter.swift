import BalansCore
import Foundation

/// "Självfinansiering av investeringarna" of Mål och budget: the financial goal of seed 003 2.3.2 for each year of
/// the plan — (resultat + avskrivningar) / investeringar against `policy.selfFinancingTarget` (`KeyRatios`'
/// definition) — in a table and in words. Absent without a projection or without investments.
enum PlanSelfFinancingChapter {
    /// The chapter of the document `c` describes; nil without a projection with investments.
    static func build(_ c: ReportContext) -> Chapter? {
        guard case .success(let p)? = c.plan?.projection, let first = p.years.first,
            p.years.contains(where: { !$0.investments.isZero })
        else { return nil }
        let ys = p.years
        func verdict(_ y: PlanProjection.Year) -> String {
            y.meetsSelfFinancingTarget.map { c.label($0 ? .planGoalMet : .planGoalNotMet) } ?? "–"
        }
        let rows = [
            Table.Row(label: c.label(.cashResult), cells: ys.map { .amount($0.result.ore) }),
            Table.Row(label: c.label(.cashDepreciation), cells: ys.map { .amount($0.depreciation.ore) }),
            Table.Row(
                label: c.label(.planFundsFromOperations), cells: ys.map { .amount($0.operating.ore) }, isTotal: true),
            Table.Row(label: c.label(.planInvestmentsRow), cells: ys.map { .amount($0.investments.ore) }),
            Table.Row(
                label: c.label(.planSelfFinancing),
                cells: ys.map { ReportBuilder.percent($0.selfFinancing, decimals: 0) }, isTotal: true),
            Table.Row(
                label: c.say(.planSelfFinancingTarget, c.percent(first.selfFinancingTarget, decimals: 0)),
                cells: ys.map { _ in ReportBuilder.percent(first.selfFinancingTarget, decimals: 0) }),
            Table.Row(label: c.label(.planSelfFinancingGoal), cells: ys.map { .text(verdict($0)) }),
        ]
        let title = c.label(.planSelfFinancingChapter)
        var blocks: [Block] = [
            .table(
                Table(
                    id: "sjalvfinansiering", caption: title, unit: .mnkr, columns: [""] + PlanReport.yearColumns(c),
                    rows: rows))
        ]
        for y in ys where !y.investments.isZero {
            let ratio = y.selfFinancing.map { c.percent($0, decimals: 0) } ?? "–"
            blocks.append(
                .paragraph(
                    c.say(
                        .planSelfFinancingText, String(y.year), c.amount(y.investments), c.amount(y.operating), ratio,
                        c.percent(y.selfFinancingTarget, decimals: 0), verdict(y)),
                    missing: false))
        }
        return Chapter(id: "sjalvfinansiering", title: title, blocks: blocks)
    }
}
