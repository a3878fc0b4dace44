import BalansCore
import Foundation

/// "Resultathantering" (annual report, seed 002 5.2.5): each committee's result against
/// its budget for the year — the surplus or deficit to be handled — and the written proposal
/// of what is carried over.
enum ResultManagementChapter {
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let op = c.operating
        let committees = op.rows.filter { $0.kind == .committee }
        guard data.budgets.contains(where: { $0.year == p.year }) else {
            return Chapter(
                id: "resultathantering", title: "Resultathantering",
                blocks: [
                    ReportBuilder.missingText(
                        "budget för \(p.year) är inte inläst: nämndernas över- och underskott kan inte beräknas")
                ])
        }
        var rows = committees.map { c in
            Table.Row(
                label: c.name,
                cells: [
                    .amount(c.figures.outcome.ore), .amount(c.figures.budgetToDate.ore),
                    .amount((c.figures.outcome - c.figures.budgetToDate).ore),
                ])
        }
        let outcome = committees.map(\.figures.outcome).sum()
        let budget = committees.map(\.figures.budgetToDate).sum()
        rows.append(
            Table.Row(
                label: "Summa nämnder",
                cells: [.amount(outcome.ore), .amount(budget.ore), .amount((outcome - budget).ore)], isTotal: true))
        let table = Table(
            id: "resultathantering", caption: "Nämndernas resultat att hantera", unit: .mnkr1,
            columns: [
                "Nämnd/styrelse", "Utfall \(ReportLabels.span(p.month)) \(p.year)",
                "Budget \(ReportLabels.span(p.month)) \(p.year)", "Överskott (+) / underskott (−)",
            ], rows: rows)
        var blocks: [Block] = [.table(table)]
        for c in committees where !(c.figures.outcome - c.figures.budgetToDate).isZero {
            blocks.append(.heading(c.name))
            blocks.append(
                ReportBuilder.written(
                    data, .resultManagement, node: c.code, period: p, what: "förslag till resultathantering"))
        }
        return Chapter(id: "resultathantering", title: "Resultathantering", blocks: blocks)
    }
}
