import BalansCore
import Foundation

/// The summary table of seed 000 chapter 2: per area and sub-area, the period's result,
/// its deviation and the forecast deviation, with totals; and the cost development.
enum OverviewChapter {
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let op = c.operating
        let unit = c.unit
        func t(_ m: Money) -> String { c.amount(m) }
        let span = ReportLabels.span(p.month)
        var rows: [Table.Row] = []
        for area in op.children(of: op.root.code) {
            let subs = op.children(of: area.code).filter { !$0.isLeaf }
            if subs.isEmpty {
                rows.append(row(area, level: 0, total: false))
            } else {
                rows += subs.map { row($0, level: 1, total: false) }
                rows.append(row(area, level: 0, total: true, prefix: "Totalt "))
            }
        }
        rows.append(row(op.root, level: 0, total: true, prefix: "Totalt "))
        let table = Table(
            id: "resultat-per-omrade", caption: "Resultat och prognos per område", unit: unit,
            columns: [
                "Område", "Periodens resultat \(span)", "Avvikelse mot budget \(span)",
                "Prognostiserad avvikelse \(p.year)",
            ], rows: rows,
            footnotes: [
                "Kostnader och negativa avvikelser redovisas med minustecken, intäkter och positiva avvikelser utan tecken."
            ])
        var blocks: [Block] = [.table(table)]
        let costRows = op.children(of: op.root.code).map { r in
            Table.Row(
                label: r.name,
                cells: [
                    ReportBuilder.percent(r.figures.costDevelopment),
                    ReportBuilder.percent(r.figures.budgetedCostDevelopment),
                    ReportBuilder.percent(
                        zip(r.figures.costDevelopment, r.figures.budgetedCostDevelopment).map { $0 - $1 }),
                ])
        }
        if costRows.contains(where: { $0.cells.first != .empty }) {
            blocks.append(
                .table(
                    Table(
                        id: "kostnadsutveckling",
                        caption: "Kostnadsutveckling \(span) jämfört med samma period \(p.year - 1)", unit: unit,
                        columns: [
                            "Område", "Kostnadsutveckling", "Budgeterad kostnadsutveckling",
                            "Skillnad (procentenheter)",
                        ], rows: costRows)))
        } else {
            blocks.append(
                .paragraph(
                    "Kostnadsutvecklingen kan inte beräknas: föregående års huvudbok för samma period saknas.",
                    missing: true))
        }
        let deficits = op.rows.filter { $0.depth > 0 && $0.isLeaf && $0.figures.forecastDeviation < .zero }.sorted {
            $0.figures.forecastDeviation < $1.figures.forecastDeviation
        }.prefix(5)
        if !deficits.isEmpty {
            blocks.append(.heading("Sammanfattning av större avvikelser"))
            blocks.append(.list(deficits.map { "\($0.name): \(t($0.figures.forecastDeviation))" }))
        }
        return Chapter(id: "ekonomiskt-utfall", title: "Ekonomiskt utfall och prognos", blocks: blocks)
    }

    static func row(_ r: OperatingRow, level: Int, total: Bool, prefix: String = "") -> Table.Row {
        Table.Row(
            label: prefix + r.name,
            cells: [
                .amount(r.figures.outcome.ore), .amount(r.figures.deviationToDate.ore),
                .amount(r.figures.forecastDeviation.ore),
            ], level: level, isTotal: total)
    }
}

private func zip(_ a: Decimal?, _ b: Decimal?) -> (Decimal, Decimal)? {
    guard let a, let b else { return nil }
    return (a, b)
}
