import BalansCore
import Foundation

/// "Budgetavvikelser": the budget lines with a forecast deviation of at least the
/// organisation's threshold, the rest summed, and the forecast deviation per committee.
enum DeviationChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let year = String(c.period.year)
        let op = c.operating
        let threshold = c.policy.largerDeviationThreshold
        let d = op.largestDeviations(threshold: threshold)
        func line(_ r: OperatingRow) -> Table.Row {
            Table.Row(label: r.name, cells: [.amount(r.figures.forecastDeviation.ore)], level: 1)
        }
        var rows: [Table.Row] = [
            Table.Row(label: c.say(.total, op.root.name), cells: [.amount(d.total.ore)], isTotal: true)
        ]
        rows.append(Table.Row(label: c.label(.plusItems), cells: [.empty]))
        rows += d.plus.map(line)
        rows.append(Table.Row(label: c.label(.minusItems), cells: [.empty]))
        rows += d.minus.map(line)
        rows.append(Table.Row(label: c.label(.otherDeviations), cells: [.amount(d.remainder.ore)], level: 1))
        let table = Table(
            id: "storre-budgetavvikelser", caption: c.say(.largerDeviations, year), unit: .mnkr,
            columns: ["", c.say(.forecastBudgetDeviationYear, year)], rows: rows,
            footnotes: [c.say(.largerDeviationsFootnote, c.amount(threshold))])
        let bars = op.committeesAndUnallocated.map {
            BarChart.Bar(label: $0.name, value: $0.figures.forecastDeviation.ore)
        }
        let chart = BarChart(
            id: "prognosavvikelse-per-namnd", title: c.say(.forecastDeviationPerCommittee, year), unit: .mnkr,
            bars: bars, source: c.say(.sourceAccountsAndForecasts, c.tree.root.name))
        return Chapter(
            id: "budgetavvikelser", title: c.label(.budgetDeviations), blocks: [.table(table), .chart(chart)])
    }
}
