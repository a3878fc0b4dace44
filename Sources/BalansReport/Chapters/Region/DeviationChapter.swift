import BalansCore
import Foundation

/// "Budgetavvikelser": the budget lines with a forecast deviation of at least the organisation's threshold, the rest summed, and the forecast deviation per committee.
enum DeviationChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let p = c.period
        let op = c.operating
        let threshold = c.policy.largerDeviationThreshold
        func t(_ m: Money) -> String { c.amount(m) }
        let d = op.largestDeviations(threshold: threshold)
        var rows: [Table.Row] = [
            Table.Row(label: "Total \(op.root.name)", cells: [.amount(d.total.ore)], isTotal: true)
        ]
        rows.append(Table.Row(label: "Plusposter", cells: [.empty]))
        rows += d.plus.map { Table.Row(label: $0.name, cells: [.amount($0.figures.forecastDeviation.ore)], level: 1) }
        rows.append(Table.Row(label: "Minusposter", cells: [.empty]))
        rows += d.minus.map { Table.Row(label: $0.name, cells: [.amount($0.figures.forecastDeviation.ore)], level: 1) }
        rows.append(Table.Row(label: "Övriga avvikelser", cells: [.amount(d.remainder.ore)], level: 1))
        let table = Table(
            id: "storre-budgetavvikelser", caption: "Större budgetavvikelser \(p.year)", unit: .mnkr,
            columns: ["", "Prognostiserad budgetavvikelse \(p.year)"], rows: rows,
            footnotes: [
                "Budgetrader med en prognostiserad avvikelse på minst \(t(threshold)). Övriga avvikelser är resten, så att tabellen summerar till totalen."
            ])
        let bars = op.rows.filter { $0.kind == .committee || $0.code == OperatingStatement.unallocatedCode }.map {
            BarChart.Bar(label: $0.name, value: $0.figures.forecastDeviation.ore)
        }
        let chart = BarChart(
            id: "prognosavvikelse-per-namnd", title: "Prognostiserad budgetavvikelse per nämnd \(p.year)", unit: .mnkr,
            bars: bars)
        return Chapter(id: "budgetavvikelser", title: "Budgetavvikelser", blocks: [.table(table), .chart(chart)])
    }
}
