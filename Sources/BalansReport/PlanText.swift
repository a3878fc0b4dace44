import BalansCore
import Foundation

/// A plan version as text, step by step (`balans plan show`, issue 18): how skatteintäkter and generella statsbidrag
/// och utjämning come out of the assumptions, each committee's frame from last year's, and the region's result for
/// the budget year and the plan years against the financial goal; the investments' operating consequences, the
/// projected balance sheets and cash flows and the self-financing goal (`PlanText+Finance.swift`). Amounts in
/// kronor with öre where they are computed, in mnkr with one decimal in the summary.
public enum PlanText {
    /// The text of `plan` (version `version`, organisation `name`), with the overrides it was computed with.
    public static func render(
        _ plan: FramePlan, version: String, organisation name: String, overrides: [String] = [],
        projection: Result<PlanProjection, TaxRevenueCalculation.Missing>? = nil
    ) -> String {
        guard let first = plan.years.first, let last = plan.years.last else { return "" }
        var out = ["Plan \(version) för \(name): budgetår \(first.year), planår \(first.year + 1)–\(last.year)"]
        if !overrides.isEmpty { out.append("Antaganden ändrade: \(overrides.joined(separator: ", "))") }
        for y in plan.years {
            out += [""] + taxes(y.taxes) + [""] + frames(y)
        }
        out += [""] + summary(plan) + finance(plan, projection: projection)
        return out.joined(separator: "\n") + "\n"
    }

    static func kr(_ m: Money) -> String { SwedishNumberFormat.kronor(m.ore, minus: "-") + " kr" }
    static func mnkr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .mnkr1, minus: "-") }
    static func number(_ d: Decimal) -> String {
        let decimals = (0...6).first { d == d.roundedHalfAwayFromZero(scale: $0) } ?? 6
        return SwedishNumberFormat.number(d, decimals: decimals, minus: "-")
    }
    static func line(_ label: String, _ value: String) -> String {
        let pad = max(1, 72 - label.count - value.count)
        return label + String(repeating: " ", count: pad) + value
    }

    static func taxes(_ t: TaxRevenueCalculation) -> [String] {
        var out = ["Skatteintäkter \(t.year)", line("  Skatteunderlag \(t.baseYear) (basår)", kr(t.taxBase))]
        for u in t.uplifts { out.append(line("  × uppräkningsfaktor \(u.year)", number(u.factor))) }
        out.append(line("  = skatteunderlag \(t.year)", kr(t.taxBaseOfYear)))
        out.append(line("  × skattesats", "\(number(t.taxRate)) kr per 100 kr"))
        out.append(line("  = preliminära skatteintäkter", kr(t.preliminary)))
        for s in t.settlements {
            let what =
                s.item == .finalSettlement ? "slutavräkning \(t.year)" : "korrigering slutavräkning \(t.year - 1)"
            let people = SwedishNumberFormat.number(Decimal(s.population), decimals: 0)
            out.append(line("  + \(what): \(number(s.perCapita)) kr × \(people) invånare", kr(s.amount)))
        }
        out.append(line("  = skatteintäkter", kr(t.taxRevenue)))
        out.append("Generella statsbidrag och utjämning \(t.year)")
        for g in t.grants { out.append(line("  \(g.name)", kr(g.amount))) }
        out.append(line("  = generella statsbidrag och utjämning", kr(t.grantsTotal)))
        return out
    }

    static func frames(_ y: FramePlan.Year) -> [String] {
        var out = ["Ramar \(y.year) (regionbidrag)"]
        for f in y.frames {
            let source: String
            switch f.openingSource {
            case .decidedBudget: source = "beslutad budget"
            case .planRow: source = "planens ram"
            case .previousPlanYear: source = "planen"
            }
            out.append("  \(f.node.rawValue) \(f.name)")
            out.append(line("    Ram \(y.year - 1) (\(source))", kr(f.opening)))
            for s in f.steps {
                let percent = s.percent.map { " \(number($0)) %" } ?? ""
                let reference = s.reference.isEmpty ? "" : " (\(s.reference))"
                let label = s.label.isEmpty ? "" : ": \(s.label)"
                out.append(line("    + \(s.kind.rawValue)\(percent)\(label)\(reference)", kr(s.amount)))
            }
            out.append(line("    = ram \(y.year)", kr(f.frame)))
        }
        out.append(line("  Summa ramar", kr(y.framesTotal)))
        out.append("Regiongemensamt \(y.year)")
        for c in y.common { out.append(line("  \(c.node.rawValue) \(c.label)", kr(c.amount))) }
        out.append(line("  Summa regiongemensamt", kr(y.commonTotal)))
        return out
    }

    static func summary(_ plan: FramePlan) -> [String] {
        func row(_ label: String, _ values: [String]) -> String {
            label.padding(toLength: 44, withPad: " ", startingAt: 0)
                + values.map { String(repeating: " ", count: max(1, 12 - $0.count)) + $0 }.joined()
        }
        let ys = plan.years
        var out = ["Resultat (mnkr)", row("", ys.map { String($0.year) })]
        out.append(row("Skatteintäkter", ys.map { mnkr($0.taxes.taxRevenue) }))
        out.append(row("Generella statsbidrag och utjämning", ys.map { mnkr($0.taxes.grantsTotal) }))
        out.append(row("Regiongemensamt", ys.map { mnkr($0.commonTotal) }))
        out.append(row("Ramar (regionbidrag)", ys.map { mnkr(-$0.framesTotal) }))
        out.append(row("Resultat", ys.map { mnkr($0.result) }))
        out.append(
            row(
                "Resultat i % av skatter och statsbidrag",
                ys.map { y in y.resultShare.map { SwedishNumberFormat.percent($0, decimals: 1, minus: "-") } ?? "-" }))
        out.append(row("Resultatmål", ys.map { mnkr($0.target) }))
        for y in ys {
            let goal = "\(number(y.targetPercent)) % av skatteintäkter och statsbidrag"
            let verdict = y.meetsTarget ? "uppfylls" : "uppfylls inte (\(mnkr(y.target - y.result)) mnkr under målet)"
            out.append("Finansiellt mål \(y.year), resultat minst \(goal): \(verdict)")
        }
        return out
    }
}
