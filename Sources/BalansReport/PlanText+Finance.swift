import BalansCore
import Foundation

extension PlanText {
    /// The investment plan's operating consequences per committee and year (kronor), the projected balance sheets
    /// and cash flows (mnkr) and the self-financing goal, as `balans plan show` prints them after the result.
    static func finance(_ plan: FramePlan, projection: Result<PlanProjection, TaxRevenueCalculation.Missing>?)
        -> [String]
    {
        var out: [String] = []
        if let capital = plan.capitalCosts, !capital.lines.isEmpty {
            out += [""] + consequences(capital)
        }
        switch projection {
        case nil: break
        case .failure(let missing): out += ["", "Balansräkningen kan inte räknas fram: \(missing.description)"]
        case .success(let p): out += [""] + balance(p) + [""] + cashFlow(p)
        }
        return out
    }

    static func consequences(_ capital: CapitalCosts) -> [String] {
        var out = ["Investeringsplan och driftkonsekvenser"]
        for (i, y) in capital.years.enumerated() {
            out.append(line("  Investeringar \(y)", kr(capital.invested(i))))
            for l in capital.lines where l.investment.year == y {
                let inv = l.investment
                let what = "    \(inv.node.rawValue) \(inv.project) (\(inv.category.rawValue), \(l.usefulLife) år)"
                out.append(line(what, kr(inv.amount)))
            }
        }
        for (i, y) in capital.years.enumerated() {
            out.append("  Kapitalkostnader \(y) (avskrivning + ränta)")
            for node in capital.nodes where !capital.cost(i, node: node).isZero {
                let parts = "\(kr(capital.depreciation(i, node: node))) + \(kr(capital.interest(i, node: node)))"
                out.append(line("    \(node.rawValue): \(parts)", kr(capital.cost(i, node: node))))
            }
            out.append(line("    = kapitalkostnader \(y)", kr(capital.cost(i))))
            out.append(line("    förändring mot året före (steg i ramarna)", kr(capital.step(i))))
        }
        return out
    }

    static func table(_ title: String, _ columns: [String], _ rows: [(String, [Money])]) -> [String] {
        func row(_ label: String, _ values: [String]) -> String {
            label.padding(toLength: 44, withPad: " ", startingAt: 0)
                + values.map { String(repeating: " ", count: max(1, 12 - $0.count)) + $0 }.joined()
        }
        return [title, row("", columns)] + rows.map { row($0.0, $0.1.map(mnkr)) }
    }

    static func balance(_ p: PlanProjection) -> [String] {
        let sheets = [p.opening] + p.years.map(\.closing)
        let columns = ["\(p.openingYear)-\(String(format: "%02d", p.openingMonth))"] + p.years.map { String($0.year) }
        func r(_ label: String, _ f: (PlanProjection.Balance) -> Money) -> (String, [Money]) { (label, sheets.map(f)) }
        return table(
            "Budgeterad balansräkning (mnkr)", columns,
            [
                r("Anläggningstillgångar", \.fixedAssets),
                r("Bidrag till statlig infrastruktur", \.infrastructureGrants),
                r("Omsättningstillgångar utom likvida medel", \.otherCurrentAssets), r("Likvida medel", \.cash),
                r("Summa tillgångar", \.totalAssets), r("Eget kapital", \.equity),
                r("Avsättningar", { $0.pensionProvisions + $0.otherProvisions }),
                r("Långfristiga skulder", \.longTermLiabilities), r("Kortfristiga skulder", \.shortTermLiabilities),
                r("Summa eget kapital, avsättningar och skulder", \.totalEquityAndLiabilities),
            ])
    }

    static func cashFlow(_ p: PlanProjection) -> [String] {
        let ys = p.years
        func r(_ label: String, _ f: (PlanProjection.Year) -> Money) -> (String, [Money]) { (label, ys.map(f)) }
        var out = table(
            "Budgeterad kassaflödesanalys (mnkr)", ys.map { String($0.year) },
            [
                r("Årets resultat", \.result), r("Avskrivningar", \.depreciation), r("Investeringar", \.investing),
                r("Nyupptagna lån", \.borrowing), r("Amortering", { .zero - $0.amortisation }),
                r("Årets kassaflöde", \.cashFlow), r("Likvida medel vid årets slut", \.closing.cash),
            ])
        for y in ys {
            guard let ratio = y.selfFinancing, let met = y.meetsSelfFinancingTarget else { continue }
            let percent = SwedishNumberFormat.percent(ratio, decimals: 0, minus: "-")
            let goal = "minst \(number(y.selfFinancingTarget)) %"
            out.append(
                "Självfinansieringsgrad \(y.year): \(percent) (mål \(goal)): \(met ? "uppfylls" : "uppfylls inte")")
        }
        return out
    }
}
