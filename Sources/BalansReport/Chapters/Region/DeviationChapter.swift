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
        func line(_ r: OperatingRow) -> Table.Row {
            Table.Row(label: r.name, cells: [.amount(r.figures.forecastDeviation.ore)], level: 1)
        }
        var plus: [Table.Row]
        var minus: [Table.Row]
        let total: Money
        let remainder: Money
        let central = c.data.financeCommittee(year: c.period.year)
        if let central {
            // The region's shape (seed 003): the common finances' items, the operating committees in one row.
            let d = op.regionDeviations(threshold: threshold, central: central)
            (plus, minus, total, remainder) = (d.plus.map(line), d.minus.map(line), d.total, d.remainder)
            let committees = Table.Row(
                label: c.label(.operatingCommitteesRow), cells: [.amount(d.committees.ore)], level: 1)
            if d.committees < .zero { minus.append(committees) } else { plus.append(committees) }
        } else {
            let d = op.largestDeviations(threshold: threshold)
            (plus, minus, total, remainder) = (d.plus.map(line), d.minus.map(line), d.total, d.remainder)
        }
        var rows: [Table.Row] = [
            Table.Row(label: c.say(.total, op.root.name), cells: [.amount(total.ore)], isTotal: true)
        ]
        rows.append(Table.Row(label: c.label(.plusItems), cells: [.empty]))
        rows += plus
        rows.append(Table.Row(label: c.label(.minusItems), cells: [.empty]))
        rows += minus
        rows.append(Table.Row(label: c.label(.otherDeviations), cells: [.amount(remainder.ore)], level: 1))
        let table = Table(
            id: "storre-budgetavvikelser", caption: c.say(.largerDeviations, year), unit: .mnkr,
            columns: ["", c.say(.forecastBudgetDeviationYear, year)], rows: rows,
            footnotes: [
                c.say(
                    central == nil ? .largerDeviationsFootnote : .largerDeviationsRegionFootnote, c.amount(threshold),
                    central.flatMap { op.row($0)?.name } ?? "")
            ])
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
