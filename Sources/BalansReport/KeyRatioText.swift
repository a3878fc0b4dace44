import BalansCore
import Foundation

/// Key ratios as plain text for a terminal (`balans ratios --format text`).
public enum KeyRatioText {
    public static func render(_ r: KeyRatioReport, organisation: String) -> String {
        // Plain hyphen-minus and spaces: terminal output is read by scripts as well as people.
        func p(_ d: Decimal?) -> String { d.map { SwedishNumberFormat.percent($0, decimals: 1, minus: "-", space: " ") } ?? "–" }
        func m(_ x: Money?) -> String { x.map { SwedishNumberFormat.amount($0.ore, unit: .mnkr, thousandsSeparator: " ", minus: "-") + " mnkr" } ?? "–" }
        var lines = ["\(organisation) \(r.period)", ""]
        let rows: [(String, (KeyRatios) -> String)] = [
            ("Resultat / skatt och statsbidrag", { p($0.resultToTaxRevenue) }),
            ("  genomsnitt tre år", { p($0.resultToTaxRevenueThreeYearMean) }),
            ("Självfinansieringsgrad", { p($0.selfFinancingRatio) }),
            ("Nettokostnadsandel", { p($0.netCostShare?.total) }),
            ("  verksamhetens andel", { p($0.netCostShare?.operations) }),
            ("  avskrivningar", { p($0.netCostShare?.depreciation) }),
            ("  finansnetto", { p($0.netCostShare?.financialNet) }),
            ("Soliditet", { p($0.equityRatio) }),
            ("Soliditet inkl. pensionsförpliktelser", { p($0.equityRatioInclPensions) }),
            ("Skatte- och statsbidragsutveckling", { p($0.taxRevenueGrowth) }),
            ("Nettokostnadsutveckling", { p($0.netCostGrowth) }),
            ("Resultat exkl. jämförelsestörande", { m($0.resultExclComparabilityItems) }),
            ("Balanskravsresultat", { m($0.balanceRequirement) }),
        ]
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        lines.append(pad("", 40) + pad("Utfall", 14) + pad("Prognos", 14) + "Budget")
        for (label, f) in rows {
            lines.append(pad(label, 40) + pad(f(r.outcome), 14) + pad(f(r.forecast), 14) + f(r.budget))
        }
        return lines.joined(separator: "\n")
    }
}
