import BalansCore
import Foundation

/// "Finansiella mål" (seed 003 2.3): the financial goals against their long-term targets —
/// result ≥ 2 % of tax revenue and grants, self-financing of investments ≥ 100 %, soliditet
/// including pension obligations positive (SKR practice, seed 003 2.3.1–2.3.3).
enum FinancialGoalsChapter {
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let r = c.ratios
        let goals = c.policy.financialGoals
        let span = ReportLabels.span(p.month)
        let table = Table(
            id: "finansiella-mal", caption: "Finansiella mål", unit: .mnkr,
            columns: ["Mål", "Målvärde", "Utfall \(span) \(p.year)", "Prognos \(p.year)", "Budget \(p.year)"],
            rows: goals.map { g in
                let l = ReportLabels.financialGoal(g)
                return Table.Row(
                    label: l.name,
                    cells: [.text(l.target)]
                        + [r.outcome, r.forecast, r.budget].map {
                            ReportBuilder.percent(g.value($0), decimals: l.decimals)
                        })
            }, footnotes: ["Exklusive orealiserade förändringar av marknadsvärdet på finansiella placeringar."],
            showsUnit: false)
        var blocks: [Block] = [.table(table)]
        for g in goals where g.kind != .equityRatioInclPensions {
            guard let value = g.value(r.forecast), let met = g.isMet(r.forecast) else { continue }
            let l = ReportLabels.financialGoal(g)
            blocks.append(
                .paragraph(
                    "\(l.subject) prognostiseras till \(SwedishNumberFormat.percent(value, decimals: l.decimals)), vilket \(met ? "når" : "inte når") det långsiktiga målvärdet på \(ReportLabels.targetNumber(g.target)) procent.",
                    missing: false))
        }
        return Chapter(id: "finansiella-mal", title: "Finansiella mål", blocks: blocks)
    }
}
