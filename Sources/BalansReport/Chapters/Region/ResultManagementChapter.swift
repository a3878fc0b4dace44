import BalansCore
import Foundation

/// "Resultathantering" (annual report, seed 002 5.2.5): each committee's result against
/// its budget for the year — the surplus or deficit to be handled — and the written proposal
/// of what is carried over.
enum ResultManagementChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        guard c.hasBudget else {
            return Chapter(
                id: "resultathantering", title: c.label(.resultManagement),
                blocks: [c.missing(c.say(.budgetNotReadNoSurplus, String(p.year)))])
        }
        let results = c.operating.resultsToHandle
        func row(_ r: ResultToHandle, label: String, total: Bool = false) -> Table.Row {
            Table.Row(
                label: label, cells: [.amount(r.outcome.ore), .amount(r.budget.ore), .amount(r.surplus.ore)],
                isTotal: total)
        }
        let rows =
            results.committees.map { row($0, label: $0.name) }
            + [row(results.total, label: c.label(.committeesTotal), total: true)]
        let year = String(p.year)
        let table = Table(
            id: "resultathantering", caption: c.label(.resultsToHandle), unit: .mnkr1,
            columns: [
                c.label(.committee), c.say(.outcomeSpanYear, c.span, year), c.say(.budgetSpanYear, c.span, year),
                c.label(.surplusDeficit),
            ], rows: rows)
        var blocks: [Block] = [.table(table)]
        for r in results.committees where !r.surplus.isZero {
            blocks.append(.heading(r.name))
            blocks.append(c.written(.resultManagement, node: r.code, what: .resultManagementWhat))
        }
        return Chapter(id: "resultathantering", title: c.label(.resultManagement), blocks: blocks)
    }
}
