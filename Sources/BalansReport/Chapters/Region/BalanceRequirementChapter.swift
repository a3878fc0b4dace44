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
        // Rows no year uses are left out, as seed 003 prints it: without a resultatutjämningsreserv
        // (RUR) the result after adjustments is the balanskravsresultat, and a footnote says so.
        let usesRUR = years.contains { !$0.rurProvision.isZero || !$0.rurUse.isZero }
        let hasOtherAdjustments = years.contains { !$0.otherAdjustments.isZero }
        var rows = [
            row(.bkrResult, { $0.result }, total: true),
            row(.bkrRealisationGains, { $0.realisationGains }, blankZero: true),
            row(.bkrUnrealised, { $0.unrealisedGainsLosses }, blankZero: true),
        ]
        if hasOtherAdjustments { rows.append(row(.bkrOtherAdjustments, { $0.otherAdjustments }, blankZero: true)) }
        if usesRUR {
            rows += [
                row(.bkrAfterAdjustments, { $0.resultAfterAdjustments }, total: true),
                row(.bkrRurProvision, { $0.rurProvision }, blankZero: true),
                row(.bkrRurUse, { $0.rurUse }, blankZero: true),
            ]
        }
        // The deficits to restore (kommunallagen 11 kap. 12 §): opening, the year's result, the
        // part not restored for synnerliga skäl, closing.
        rows += [
            row(.bkrBalanceResult, { $0.balanceRequirementResult }, total: true),
            row(.bkrToRestoreOpening, { $0.toRestoreOpening }),
            row(.bkrYearResult, { $0.balanceRequirementResult }),
            row(.bkrExceptionalReasons, { $0.exceptionalReasons }, blankZero: true),
            row(.bkrToRestoreClosing, { $0.toRestoreClosing }, total: true),
        ]
        var blocks: [Block] = [
            .table(
                Table(
                    id: "balanskravsutredning", caption: c.label(.balanceRequirementInquiry), unit: .mnkr,
                    columns: cols, rows: rows,
                    footnotes: usesRUR ? [] : [c.say(.rurNotUsed, c.tree.root.name)]))
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
