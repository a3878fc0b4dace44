import BalansCore
import Foundation

/// "Finansiella mål" (seed 003 2.3): the financial goals against the organisation's long-term
/// targets (`OrganisationPolicy`; by default SKR practice, seed 003 2.3.1–2.3.3: result ≥ 2 % of
/// tax revenue and grants, self-financing of investments ≥ 100 %, soliditet including pension
/// obligations positive).
enum FinancialGoalsChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let r = c.ratios
        let year = String(p.year)
        let table = Table(
            id: "finansiella-mal", caption: c.label(.financialGoals), unit: .mnkr,
            columns: [
                c.label(.goal), c.label(.targetValue), c.say(.outcomeSpanYear, c.span, year),
                c.say(.forecastYear, year), c.say(.budgetYear, year),
            ],
            rows: c.policy.financialGoals.map { g in
                Table.Row(
                    label: c.label(name(g)),
                    cells: [.text(target(c, g))]
                        + [r.outcome, r.forecast, r.budget].map {
                            ReportBuilder.percent(g.value($0), decimals: decimals(g))
                        })
            }, footnotes: [c.label(.excludingUnrealised)], showsUnit: false)
        var blocks: [Block] = [.table(table)]
        for g in c.policy.financialGoals where g.kind != .equityRatioInclPensions {
            guard let value = g.value(r.forecast), let met = g.isMet(r.forecast) else { continue }
            let text = c.say(
                .goalForecast, c.label(subject(g)), c.percent(value, decimals: decimals(g)),
                c.label(met ? .reaches : .doesNotReach), targetNumber(g.target))
            blocks.append(.paragraph(text, missing: false))
        }
        return Chapter(id: "finansiella-mal", title: c.label(.financialGoals), blocks: blocks)
    }

    /// The goal's name in the table.
    static func name(_ g: FinancialGoal) -> ReportLabel {
        switch g.kind {
        case .resultToTaxRevenue: return .goalResultName
        case .selfFinancingRatio: return .goalSelfFinancingName
        case .equityRatioInclPensions: return .goalEquityName
        }
    }

    /// The goal's subject in running text.
    static func subject(_ g: FinancialGoal) -> ReportLabel {
        switch g.kind {
        case .resultToTaxRevenue: return .goalResultSubject
        case .selfFinancingRatio: return .goalSelfFinancingSubject
        case .equityRatioInclPensions: return .goalEquitySubject
        }
    }

    /// The decimals the goal's value is shown with.
    static func decimals(_ g: FinancialGoal) -> Int { g.kind == .selfFinancingRatio ? 0 : 1 }

    /// The target as printed: "minst 2 %", "positiv", "över 5 %".
    static func target(_ c: ReportContext, _ g: FinancialGoal) -> String {
        if g.strict { return g.target == 0 ? c.label(.positive) : c.say(.above, targetNumber(g.target)) }
        return c.say(.atLeast, targetNumber(g.target))
    }

    /// A target as policy sets it: "2", "2,5" — whole numbers without decimals, as before
    /// targets were settings.
    static func targetNumber(_ d: Decimal) -> String {
        let decimals = (0...3).first { d == d.roundedHalfAwayFromZero(scale: $0) } ?? 3
        return SwedishNumberFormat.number(d, decimals: decimals)
    }
}
