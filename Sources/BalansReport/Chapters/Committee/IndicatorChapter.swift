import BalansCore
import Foundation

/// "Indikatorer": each indicator of the node's subtree for the period with its target,
/// outcome, last year's outcome and the assessment (SPEC §4.6). Absent without indicators.
enum IndicatorChapter {
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        let node = c.node
        let results = IndicatorResult.compute(data, node: node, period: p)
        guard !results.isEmpty else { return nil }
        func value(_ d: Decimal?, _ r: IndicatorRow) -> CellValue {
            guard let d else { return .empty }
            switch r.unit {
            case .yesNo: return .text(d == 1 ? "Ja" : "Nej")
            case .percent: return .percent(d, decimals: d == d.roundedHalfAwayFromZero(scale: 0) ? 0 : 2)
            case .count: return .text(SwedishNumberFormat.number(d, decimals: 0))
            case .days:
                return .text(SwedishNumberFormat.number(d, decimals: d == d.roundedHalfAwayFromZero(scale: 0) ? 0 : 1))
            case .amount: return .text(SwedishNumberFormat.number(d, decimals: 0) + " kr")
            }
        }
        func label(_ r: IndicatorRow) -> String { r.rolling12 && !r.name.contains("R12") ? "\(r.name) (R12)" : r.name }
        var blocks: [Block] = []
        // Focus area → goal → indicators (SPEC §3), in the order of the file.
        var groups: [(focus: String, goal: String)] = []
        for r in results where !groups.contains(where: { $0 == (r.row.focusArea, r.row.goal) }) {
            groups.append((r.row.focusArea, r.row.goal))
        }
        var focus: String?
        for (index, group) in groups.enumerated() {
            if group.focus != focus, !group.focus.isEmpty { blocks.append(.heading("Fokusområde: \(group.focus)")) }
            focus = group.focus
            let goal = group.goal
            let rows = results.filter { $0.row.focusArea == group.focus && $0.row.goal == goal }
            // Columns for women and men only where an indicator of the table is split.
            let split = rows.contains { $0.row.outcomeWomen != nil || $0.row.outcomeMen != nil }
            let table = Table(
                id: "indikatorer-\(index)", caption: goal.isEmpty ? "Indikatorer" : goal, unit: .mnkr,
                columns: ["Indikator", "Målvärde \(p.year)", "Utfall \(p.year)"] + (split ? ["Kvinnor", "Män"] : []) + [
                    "Utfall \(p.year - 1)", "Bedömning",
                ],
                rows: rows.map { r in
                    Table.Row(
                        label: label(r.row),
                        cells: [value(r.row.target, r.row), value(r.row.outcome, r.row)]
                            + (split ? [value(r.row.outcomeWomen, r.row), value(r.row.outcomeMen, r.row)] : [])
                            + [value(r.previousOutcome, r.row), .text(ReportLabels.indicatorStatus[r.status] ?? "")])
                }, showsUnit: false)
            blocks.append(.table(table))
            for r in rows where !r.row.comment.isEmpty {
                blocks.append(.paragraph("\(label(r.row)): \(r.row.comment)", missing: false))
            }
            // A monthly indicator with a national figure: its last 13 months against riket
            // and the target (seed 004's availability table).
            for r in rows where r.row.month != nil && r.row.national != nil {
                let series = IndicatorResult.series(data, code: r.row.code, through: p)
                guard series.count > 1 else { continue }
                let cols = ["Månad"] + series.map { "\(ReportLabels.months[($0.month ?? 1) - 1].prefix(3)) \($0.year)" }
                let chartValue = { (d: Decimal?) -> CellValue in d.map { .percent($0, decimals: 0) } ?? .empty }
                if r.row.unit == .percent {
                    blocks.append(
                        .lineChart(
                            LineChart(
                                id: "diagram-\(r.row.code.lowercased())",
                                title: "\(r.row.name) jämfört med riket och målvärdet", unit: .mnkr,
                                categories: series.map {
                                    "\(ReportLabels.monthsShort[($0.month ?? 1) - 1]) \(String($0.year).suffix(2))"
                                },
                                series: [
                                    LineChart.Series(
                                        name: data.tree(for: p.year).node(r.row.node)?.name ?? r.row.node,
                                        values: series.map { chartValue($0.outcome) }),
                                    LineChart.Series(name: "Riket", values: series.map { chartValue($0.national) }),
                                    LineChart.Series(name: "Målvärde", values: series.map { chartValue($0.target) }),
                                ])))
                }
                blocks.append(
                    .table(
                        Table(
                            id: "serie-\(r.row.code.lowercased())",
                            caption:
                                "\(r.row.name): \(data.tree(for: p.year).node(r.row.node)?.name ?? r.row.node) jämfört med riket",
                            unit: .mnkr, columns: cols,
                            rows: [
                                Table.Row(
                                    label: data.tree(for: p.year).node(r.row.node)?.name ?? r.row.node,
                                    cells: series.map { value($0.outcome, $0) }),
                                Table.Row(label: "Riket", cells: series.map { value($0.national, $0) }),
                                Table.Row(label: "Målvärde", cells: series.map { value($0.target, $0) }),
                            ], showsUnit: false)))
            }
        }
        let met = results.filter { $0.status == .met }.count
        let notMet = results.filter { $0.status == .notMet }.count
        let unassessed = results.count - met - notMet
        let summary =
            met + notMet == 0
            ? "Ingen av de \(results.count) indikatorerna kan bedömas: utfall eller målvärde saknas."
            : "\(met) av \(results.count) indikatorer når sitt målvärde, \(notMet) gör det inte\(unassessed > 0 ? " och \(unassessed) saknar utfall eller målvärde" : "")."
        blocks.insert(.paragraph(summary, missing: false), at: 0)
        return Chapter(id: "indikatorer", title: "Mål och indikatorer", blocks: blocks)
    }
}
