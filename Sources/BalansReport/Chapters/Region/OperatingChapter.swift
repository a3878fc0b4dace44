import BalansCore
import Foundation

/// "Driftredovisning": each committee's result, budget and forecast, and its analysis of the deviations.
enum OperatingChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let op = c.operating
        func t(_ m: Money) -> String { c.amount(m) }
        let committees = op.rows.filter { $0.kind == .committee || ($0.code == OperatingStatement.unallocatedCode) }
        var rows = committees.map { Table.Row(label: $0.name, cells: ReportBuilder.operatingCells($0.figures)) }
        rows.append(
            Table.Row(
                label: "Summa \(op.root.name)", cells: ReportBuilder.operatingCells(op.root.figures), isTotal: true))
        let table = Table(
            id: "driftredovisning", caption: "Driftredovisning per nämnd", unit: .mnkr,
            columns: ReportBuilder.operatingColumns(p, label: "Nämnd/styrelse"), rows: rows,
            footnotes: ["Resultat = intäkter − kostnader inklusive regionbidrag. Negativa avvikelser är ogynnsamma."])
        var blocks: [Block] = [.table(table)]
        for c in committees where c.kind == .committee {
            blocks.append(.heading(c.name))
            let f = c.figures
            blocks.append(
                .paragraph(
                    "Nämnden visar \(ReportBuilder.deviationPhrase(f.deviationToDate, unit: .mnkr, what: "budgetavvikelse för perioden")). Prognosen för helår är en avvikelse mot budget på \(t(f.forecastDeviation))\(f.forecastChange.map { $0.rounded(toUnitsOf: AmountUnit.mnkr.orePerUnit) == 0 ? ", oförändrad sedan föregående prognos" : ", en förändring med \(t($0)) sedan föregående prognos" } ?? "").",
                    missing: false))
            // The committee's written analysis; else the comments on its forecast lines.
            let comments = op.rows.filter { $0.code == c.code || isBelow($0, c.code, op) }.flatMap(\.comments)
            if let analysis = data.text(.deviationAnalysis, node: c.code, period: p) {
                blocks.append(.paragraph(analysis, missing: false))
            } else if comments.isEmpty {
                blocks.append(ReportBuilder.missingText("nämndens analys av avvikelser"))
            } else {
                blocks += comments.map { .paragraph($0, missing: false) }
            }
        }
        return Chapter(id: "driftredovisning", title: "Driftredovisning", blocks: blocks)
    }

    static func isBelow(_ row: OperatingRow, _ code: String, _ op: OperatingStatement) -> Bool {
        var parent = row.parent
        while let p = parent {
            if p == code { return true }
            parent = op.row(p)?.parent
        }
        return false
    }
}
