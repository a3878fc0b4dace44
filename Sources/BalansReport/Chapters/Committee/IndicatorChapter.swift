import BalansCore
import Foundation

/// "Indikatorer": each indicator of the node's subtree for the period with its target,
/// outcome, last year's outcome and the assessment (SPEC §4.6). Absent without indicators.
enum IndicatorChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let results = IndicatorResult.compute(c.data, node: c.node, period: c.period)
        guard !results.isEmpty else { return nil }
        var blocks: [Block] = [.paragraph(summary(c, results), missing: false)]
        // Focus area → goal → indicators (SPEC §3), in the order of the file.
        var groups: [(focus: String, goal: String)] = []
        for r in results where !groups.contains(where: { $0 == (r.row.focusArea, r.row.goal) }) {
            groups.append((r.row.focusArea, r.row.goal))
        }
        var focus: String?
        for (index, group) in groups.enumerated() {
            if group.focus != focus, !group.focus.isEmpty { blocks.append(.heading(c.say(.focusArea, group.focus))) }
            // Indicators of no focus area after one that has one get a heading of their own, so they
            // do not read as the previous focus area's (seed 002 4.1.5 "Medarbetarindikatorer").
            if group.focus.isEmpty, let previous = focus, !previous.isEmpty {
                blocks.append(.heading(group.goal.isEmpty ? c.label(.indicators) : group.goal))
            }
            focus = group.focus
            let rows = results.filter { $0.row.focusArea == group.focus && $0.row.goal == group.goal }
            blocks.append(.table(table(c, index, group.goal, rows)))
            for r in rows where !r.row.comment.isEmpty {
                blocks.append(.paragraph(c.say(.nameColonText, label(c, r.row), r.row.comment), missing: false))
            }
            // A monthly indicator with a national figure: its last 13 months against riket
            // and the target (seed 004's availability table).
            for r in rows where r.row.month != nil && r.row.national != nil { blocks += national(c, r.row) }
        }
        return Chapter(id: "indikatorer", title: c.label(.indicatorChapter), blocks: blocks)
    }

    /// How many indicators reach their target.
    static func summary(_ c: ReportContext, _ results: [IndicatorResult]) -> String {
        let tally = Tally(results)
        if tally.judged == 0 { return c.say(.indicatorsCannotBeJudged, String(tally.total)) }
        return c.say(
            .indicatorsMet, String(tally.met), String(tally.total), String(tally.notMet),
            tally.unjudged > 0 ? c.say(.indicatorsUnjudged, String(tally.unjudged)) : "")
    }

    /// One goal's indicators: target, outcome (by gender where split), last year and assessment.
    static func table(_ c: ReportContext, _ index: Int, _ goal: String, _ rows: [IndicatorResult]) -> Table {
        let p = c.period
        // Columns for women and men only where an indicator of the table is split.
        let split = rows.contains { $0.row.outcomeWomen != nil || $0.row.outcomeMen != nil }
        return Table(
            id: "indikatorer-\(index)", caption: goal.isEmpty ? c.label(.indicators) : goal, unit: .mnkr,
            columns: [c.label(.indicator), c.say(.targetYear, String(p.year)), c.say(.outcomeYear, String(p.year))]
                + (split ? [c.label(.womenColumn), c.label(.menColumn)] : []) + [
                    c.say(.outcomeYear, String(p.year - 1)), c.label(.assessment),
                ],
            rows: rows.map { r in
                Table.Row(
                    label: label(c, r.row),
                    cells: [value(c, r.row.target, r.row), value(c, r.row.outcome, r.row)]
                        + (split ? [value(c, r.row.outcomeWomen, r.row), value(c, r.row.outcomeMen, r.row)] : [])
                        + [value(c, r.previousOutcome, r.row), .text(c.label(status(r.status)))])
            }, showsUnit: false)
    }

    /// A monthly indicator's last 13 months against riket and the target: a chart where it is a
    /// percentage, and the table.
    static func national(_ c: ReportContext, _ row: IndicatorRow) -> [Block] {
        let series = IndicatorResult.series(c.data, code: row.code, through: c.period)
        guard series.count > 1 else { return [] }
        let name = c.tree.node(row.node)?.name ?? row.node.rawValue
        var blocks: [Block] = []
        let chartValue = { (d: Decimal?) -> CellValue in d.map { .percent($0, decimals: 0) } ?? .empty }
        if row.unit == .percent {
            blocks.append(
                .lineChart(
                    LineChart(
                        id: "diagram-\(row.code.lowercased())", title: c.say(.againstNationalAndTarget, row.name),
                        unit: .mnkr,
                        categories: series.map {
                            c.say(.monthYear, c.words.monthShort($0.month ?? 1), String(String($0.year).suffix(2)))
                        },
                        series: [
                            LineChart.Series(name: name, values: series.map { chartValue($0.outcome) }),
                            LineChart.Series(name: c.label(.national), values: series.map { chartValue($0.national) }),
                            LineChart.Series(name: c.label(.targetValue), values: series.map { chartValue($0.target) }),
                        ], source: series.last.flatMap { $0.source.isEmpty ? nil : c.say(.sourceNamed, $0.source) })))
        }
        let cols =
            [c.label(.month)] + series.map { c.say(.monthYear, c.words.monthShort($0.month ?? 1), String($0.year)) }
        blocks.append(
            .table(
                Table(
                    id: "serie-\(row.code.lowercased())", caption: c.say(.againstNational, row.name, name), unit: .mnkr,
                    columns: cols,
                    rows: [
                        Table.Row(label: name, cells: series.map { value(c, $0.outcome, $0) }),
                        Table.Row(label: c.label(.national), cells: series.map { value(c, $0.national, $0) }),
                        Table.Row(label: c.label(.targetValue), cells: series.map { value(c, $0.target, $0) }),
                    ], showsUnit: false)))
        return blocks
    }

    /// An indicator's value as its unit is shown.
    static func value(_ c: ReportContext, _ d: Decimal?, _ r: IndicatorRow) -> CellValue {
        guard let d else { return .empty }
        let whole = d == d.roundedHalfAwayFromZero(scale: 0)
        switch r.unit {
        case .yesNo: return .text(c.label(d == 1 ? .yes : .no))
        case .percent: return .percent(d, decimals: whole ? 0 : 2)
        case .count: return .text(SwedishNumberFormat.number(d, decimals: 0))
        case .days: return .text(SwedishNumberFormat.number(d, decimals: whole ? 0 : 1))
        case .amount: return .text(c.say(.kronor, SwedishNumberFormat.number(d, decimals: 0)))
        }
    }

    /// The indicator's name, marked R12 when it is a rolling-12 value not so named.
    static func label(_ c: ReportContext, _ r: IndicatorRow) -> String {
        r.rolling12 && !r.name.contains("R12") ? c.say(.rolling12, r.name) : r.name
    }

    /// An assessment's label.
    static func status(_ s: IndicatorStatus) -> ReportLabel {
        switch s {
        case .met: return .met
        case .notMet: return .notMet
        case .noValue: return .notAssessed
        }
    }
}
