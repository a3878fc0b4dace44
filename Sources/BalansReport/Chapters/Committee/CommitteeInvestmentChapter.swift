import BalansCore
import Foundation

/// "Planerade investeringar med årsprognos" (seed 000, 3): the node's investment projects
/// with budget, outcome, forecast and deviation (shown as costs: negative), and the property
/// investments decided against the year's frame with what is left of it.
enum CommitteeInvestmentChapter {
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        let node = c.node
        let unit = c.unit
        let codes = Set(data.tree(for: p.year).subtree(node).map(\.code))
        let projects = data.investments.filter { $0.period == p && $0.project != nil && codes.contains($0.node) }
        guard !projects.isEmpty else { return nil }
        var blocks: [Block] = []
        let running = projects.filter { $0.category != .property }
        if !running.isEmpty {
            func cells(_ budget: Money?, _ outcome: Money, _ forecast: Money?) -> [CellValue] {
                [
                    ReportBuilder.amount(budget.map { -$0 }), ReportBuilder.amount(-outcome),
                    ReportBuilder.amount(forecast.map { -$0 }),
                    ReportBuilder.amount(budget.flatMap { b in forecast.map { b - $0 } }),
                ]
            }
            var rows = running.map {
                Table.Row(label: $0.project ?? "", cells: cells($0.budget, $0.outcome, $0.forecast))
            }
            let budget = running.contains { $0.budget == nil } ? nil : running.compactMap(\.budget).sum()
            let forecast = running.contains { $0.forecast == nil } ? nil : running.compactMap(\.forecast).sum()
            rows.append(
                Table.Row(label: "Summa", cells: cells(budget, running.map(\.outcome).sum(), forecast), isTotal: true))
            blocks.append(
                .table(
                    Table(
                        id: "investeringsprojekt", caption: "Investeringar", unit: unit,
                        columns: ["Investeringar", "Budget", "Periodens utfall", "Prognos helår", "Avvikelse helår"],
                        rows: rows,
                        footnotes: [
                            "Investeringsutgifter redovisas med minustecken; en positiv avvikelse är ett lägre utfall än budget."
                        ])))
        }
        let decided = projects.filter { $0.category == .property }
        if let frame = data.figure(.investmentFrame, year: p.year)?.amount, !decided.isEmpty {
            let tkr = AmountUnit.tkr
            var rows = [Table.Row(label: "Total ram \(p.year)", cells: [ReportBuilder.amount(frame)])]
            rows += decided.map {
                Table.Row(label: $0.project ?? "", cells: [ReportBuilder.amount($0.budget)], level: 1)
            }
            let total = decided.compactMap(\.budget).sum()
            rows.append(
                Table.Row(
                    label: "Beslutade fastighetsinvesteringar totalt", cells: [ReportBuilder.amount(total)],
                    isTotal: true))
            rows.append(Table.Row(label: "Kvar av ram", cells: [ReportBuilder.amount(frame - total)], isTotal: true))
            blocks.append(
                .table(
                    Table(
                        id: "investeringsram", caption: "Regionövergripande investeringar – investeringsram", unit: tkr,
                        columns: ["", "Belopp"], rows: rows)))
        }
        return Chapter(id: "investeringar", title: "Planerade investeringar med årsprognos", blocks: blocks)
    }
}
