import BalansCore
import Foundation

/// "Investeringsplan" of Mål och budget (issue 18, items 5 and 6; RKR R14 Drift- och investeringsredovisning names the
/// investments per committee): with the version's own investment plan (`planinvestments`), the investments per
/// category, committee and project for each year, and their operating consequences (`CapitalCosts`: depreciation
/// and interest per committee, which the frames carry); without one, the investment budget per category and
/// committee from the investment rows (`InvestmentPlan`). Absent when neither has a figure for the plan's years.
enum PlanInvestmentChapter {
    /// The chapter of the document `c` describes, or nil.
    static func build(_ c: ReportContext) -> Chapter? {
        if let capital = c.plan?.plan.capitalCosts, !capital.lines.isEmpty { return planned(c, capital) }
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

    /// The version's investment plan and its operating consequences.
    static func planned(_ c: ReportContext, _ capital: CapitalCosts) -> Chapter {
        let ys = capital.years
        func name(_ node: NodeCode) -> String { c.tree.node(node)?.name ?? node.rawValue }
        func amounts(_ lines: [CapitalCosts.Line]) -> [CellValue] {
            capital.invested(lines).map { .amount($0.ore) }
        }
        let inPlan = capital.lines.filter { ys.contains($0.investment.year) }
        var rows: [Table.Row] = []
        for category in InvestmentCategory.allCases {
            let own = inPlan.filter { $0.investment.category == category }
            guard !own.isEmpty else { continue }
            let label = c.label(RegionInvestmentChapter.name(category))
            rows.append(Table.Row(label: label, cells: ys.map { _ in .empty }))
            var nodes: [NodeCode] = []
            for l in own where !nodes.contains(l.investment.node) { nodes.append(l.investment.node) }
            for node in nodes {
                let ofNode = own.filter { $0.investment.node == node }
                rows.append(Table.Row(label: name(node), cells: amounts(ofNode), level: 1))
                var projects: [String] = []
                for l in ofNode where !projects.contains(l.investment.project) { projects.append(l.investment.project) }
                rows += projects.map { p in
                    Table.Row(label: p, cells: amounts(ofNode.filter { $0.investment.project == p }), level: 2)
                }
            }
            rows.append(Table.Row(label: c.say(.sum, label.lowercased()), cells: amounts(own), isTotal: true))
        }
        rows.append(Table.Row(label: c.label(.planInvestmentsTotal), cells: amounts(inPlan), isTotal: true))
        let columns = [""] + PlanReport.yearColumns(c)
        let plan = Table(
            id: "investeringsplan", caption: c.label(.planInvestmentChapter), unit: .mnkr, columns: columns,
            rows: rows)
        let indices = Array(ys.indices)
        var consequences = capital.nodes.map { node in
            Table.Row(label: name(node), cells: indices.map { .amount(capital.cost($0, node: node).ore) })
        }
        consequences += [
            Table.Row(
                label: c.label(.planNewDepreciation), cells: indices.map { .amount(capital.depreciation($0).ore) }),
            Table.Row(label: c.label(.planNewInterest), cells: indices.map { .amount(capital.interest($0).ore) }),
            Table.Row(
                label: c.label(.planCapitalCostsTotal), cells: indices.map { .amount(capital.cost($0).ore) },
                isTotal: true),
        ]
        let lives = InvestmentCategory.allCases.compactMap { cat -> String? in
            guard let life = (c.plan?.finance ?? []).usefulLife(cat),
                capital.lines.contains(where: {
                    $0.investment.category == cat
                })
            else { return nil }
            return c.say(.planUsefulLife, c.label(RegionInvestmentChapter.name(cat)).lowercased(), String(life))
        }
        let effects = Table(
            id: "driftkonsekvenser", caption: c.label(.planConsequences), unit: .mnkr, columns: columns,
            rows: consequences,
            footnotes: [c.label(.planConsequencesFootnote), c.say(.planUsefulLives, lives.joined(separator: ", "))])
        var blocks: [Block] = [.table(plan), .heading(c.label(.planConsequences))]
        for i in indices where !capital.cost(i).isZero {
            blocks.append(
                .paragraph(
                    c.say(
                        .planConsequencesText, String(ys[i]), c.amount(capital.cost(i)),
                        c.amount(capital.depreciation(i)), c.amount(capital.interest(i))),
                    missing: false))
        }
        blocks.append(.table(effects))
        return Chapter(id: "investeringsplan", title: c.label(.planInvestmentChapter), blocks: blocks)
    }
}
