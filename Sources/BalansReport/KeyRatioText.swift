import BalansCore
import Foundation

/// Key ratios as plain text for a terminal (`balans ratios --format text`).
public enum KeyRatioText {
    /// The key ratios of `r` for `organisation`: outcome, forecast and budget side by side.
    public static func render(_ r: KeyRatioReport, organisation: String) -> String {
        let words = ReportCatalogue.swedishCatalogue
        // Plain hyphen-minus and spaces: terminal output is read by scripts as well as people.
        func p(_ d: Decimal?) -> String {
            d.map { SwedishNumberFormat.percent($0, decimals: 1, minus: "-", space: " ") } ?? "–"
        }
        func m(_ x: Money?) -> String {
            x.map {
                SwedishNumberFormat.amount($0.ore, unit: .mnkr, thousandsSeparator: " ", minus: "-") + " "
                    + AmountUnit.mnkr.label
            } ?? "–"
        }
        var lines = ["\(organisation) \(r.period)", ""]
        let rows: [(ReportLabel, (KeyRatios) -> String)] = [
            (.ratioResultToTax, { p($0.resultToTaxRevenue) }),
            (.ratioThreeYearMean, { p($0.resultToTaxRevenueThreeYearMean) }),
            (.ratioSelfFinancing, { p($0.selfFinancingRatio) }),
            (.netCostShare, { p($0.netCostShare?.total) }),
            (.ratioOperationsShare, { p($0.netCostShare?.operations) }),
            (.ratioDepreciation, { p($0.netCostShare?.depreciation) }),
            (.ratioFinancialNet, { p($0.netCostShare?.financialNet) }),
            (.ratioEquity, { p($0.equityRatio) }),
            (.equityRatioInclPensionsShort, { p($0.equityRatioInclPensions) }),
            (.taxRevenueGrowth, { p($0.taxRevenueGrowth) }),
            (.netCostGrowth, { p($0.netCostGrowth) }),
            (.ratioResultExclComparability, { m($0.resultExclComparabilityItems) }),
            (.balanceRequirementChapter, { m($0.balanceRequirement) }),
        ]
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        lines.append(pad("", 40) + pad(words[.outcome], 14) + pad(words[.forecast], 14) + words[.budget])
        for (label, f) in rows {
            lines.append(pad(words[label], 40) + pad(f(r.outcome), 14) + pad(f(r.forecast), 14) + f(r.budget))
        }
        return lines.joined(separator: "\n")
    }
}
