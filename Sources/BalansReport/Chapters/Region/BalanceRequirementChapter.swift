import BalansCore
import Foundation

/// "Balanskravsresultat": the balanskravsutredning year by year (kommunallagen 11 kap.).
enum BalanceRequirementChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let r = c.ratios
        func t(_ m: Money) -> String { c.amount(m) }
        let years = r.balanceRequirement
        let cols = [""] + years.map { $0.isForecast ? "Prognos \($0.year)" : "\($0.year)" }
        func row(_ label: String, _ f: (BalanceRequirementYear) -> Money, total: Bool = false, blankZero: Bool = false)
            -> Table.Row
        {
            Table.Row(
                label: label,
                cells: years.map { y in
                    let v = f(y)
                    return blankZero && v.isZero ? .empty : .amount(v.ore)
                }, isTotal: total)
        }
        let rows = [
            row("= Årets resultat enligt resultaträkningen", { $0.result }, total: true),
            row("− reducering av samtliga realisationsvinster", { $0.realisationGains }, blankZero: true),
            row("−/+ orealiserade vinster och förluster i värdepapper", { $0.unrealisedGainsLosses }, blankZero: true),
            row("± övriga justeringar", { $0.otherAdjustments }, blankZero: true),
            row("= Årets resultat efter balanskravsjusteringar", { $0.resultAfterAdjustments }, total: true),
            row("− avsättning till resultatutjämningsreserv", { $0.rurProvision }, blankZero: true),
            row("+ disposition av resultatutjämningsreserv", { $0.rurUse }, blankZero: true),
            row("= Balanskravsresultat", { $0.balanceRequirementResult }, total: true),
            row("IB ackumulerade negativa resultat att återställa inom tre år", { $0.toRestoreOpening }),
            row("+ synnerliga skäl att inte återställa", { $0.exceptionalReasons }, blankZero: true),
            row("= UB ackumulerade negativa resultat att återställa inom tre år", { $0.toRestoreClosing }, total: true),
        ]
        var blocks: [Block] = [
            .table(
                Table(
                    id: "balanskravsutredning", caption: "Balanskravsutredning", unit: .mnkr, columns: cols, rows: rows)
            )
        ]
        if let current = years.last, current.isForecast {
            let bkr = current.balanceRequirementResult
            blocks.insert(
                .paragraph(
                    "Balanskravsresultatet för \(p.year) prognostiseras till \(t(bkr)).\(bkr < .zero ? " Regionen uppfyller därmed inte kommunallagens krav på en ekonomi i balans (11 kap. 12 §)." : "")",
                    missing: false), at: 0)
        }
        return Chapter(id: "balanskrav", title: "Balanskravsresultat", blocks: blocks)
    }
}
