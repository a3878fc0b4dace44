import BalansCore
import Foundation

/// "Balanskravsresultat": the balanskravsutredning year by year (kommunallagen 11 kap.).
enum BalanceRequirementChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let years = c.ratios.balanceRequirement
        let cols = [""] + years.map { $0.isForecast ? c.say(.forecastYear, String($0.year)) : String($0.year) }
        func row(
            _ label: ReportLabel, _ f: (BalanceRequirementYear) -> Money, total: Bool = false, blankZero: Bool = false
        ) -> Table.Row {
            Table.Row(
                label: c.label(label),
                cells: years.map { y in
                    let v = f(y)
                    return blankZero && v.isZero ? .empty : .amount(v.ore)
                }, isTotal: total)
        }
        let rows = [
            row(.bkrResult, { $0.result }, total: true),
            row(.bkrRealisationGains, { $0.realisationGains }, blankZero: true),
            row(.bkrUnrealised, { $0.unrealisedGainsLosses }, blankZero: true),
            row(.bkrOtherAdjustments, { $0.otherAdjustments }, blankZero: true),
            row(.bkrAfterAdjustments, { $0.resultAfterAdjustments }, total: true),
            row(.bkrRurProvision, { $0.rurProvision }, blankZero: true),
            row(.bkrRurUse, { $0.rurUse }, blankZero: true),
            row(.bkrBalanceResult, { $0.balanceRequirementResult }, total: true),
            row(.bkrToRestoreOpening, { $0.toRestoreOpening }),
            row(.bkrExceptionalReasons, { $0.exceptionalReasons }, blankZero: true),
            row(.bkrToRestoreClosing, { $0.toRestoreClosing }, total: true),
        ]
        var blocks: [Block] = [
            .table(
                Table(
                    id: "balanskravsutredning", caption: c.label(.balanceRequirementInquiry), unit: .mnkr,
                    columns: cols, rows: rows))
        ]
        if let current = years.last, current.isForecast {
            let bkr = current.balanceRequirementResult
            let text =
                c.say(.balanceRequirementForecast, String(c.period.year), c.amount(bkr))
                + (bkr < .zero ? c.label(.balanceRequirementNotMetLaw) : "")
            blocks.insert(.paragraph(text, missing: false), at: 0)
        }
        return Chapter(id: "balanskrav", title: c.label(.balanceRequirementChapter), blocks: blocks)
    }
}
