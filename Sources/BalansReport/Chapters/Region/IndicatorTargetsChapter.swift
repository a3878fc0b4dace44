import BalansCore
import Foundation

/// "Indikatorer och målvärden" (seed 003 chapter 4, whose table the seed's text lost; only its
/// footnote is left): every indicator of the period in one table under its focus area and goal,
/// with its target, outcome and assessment. Absent without indicators.
enum IndicatorTargetsChapter {
    /// One goal's indicators, under its focus area (empty when it has none).
    struct Group {
        var focusArea: String
        var goal: String
        var results: [IndicatorResult]
    }

    /// The chapter of the report `c` describes, or nil.
    static func build(_ c: ReportContext) -> Chapter? {
        let results = IndicatorResult.compute(c.data, node: c.node, period: c.period)
        guard !results.isEmpty else { return nil }
        let year = String(c.period.year)
        var rows: [Table.Row] = []
        var focus: String?
        for g in groups(c, results) {
            if g.focusArea != focus, !g.focusArea.isEmpty { rows.append(heading(g.focusArea, level: 0)) }
            focus = g.focusArea
            let level = g.focusArea.isEmpty ? 0 : 1
            rows.append(heading(g.goal.isEmpty ? c.label(.indicators) : g.goal, level: level))
            rows += g.results.map { r in
                Table.Row(
                    label: IndicatorChapter.label(c, r.row),
                    cells: [
                        IndicatorChapter.value(c, r.row.target, r.row), IndicatorChapter.value(c, r.row.outcome, r.row),
                        .text(c.label(IndicatorChapter.status(r.status))),
                    ], level: level + 1)
            }
        }
        let title = c.say(.indicatorTargetsChapter, year)
        let table = Table(
            id: "indikatorer-och-malvarden", caption: title, unit: .mnkr,
            columns: [c.label(.indicator), c.say(.targetYear, year), c.say(.outcomeYear, year), c.label(.assessment)],
            rows: rows, showsUnit: false)
        var blocks: [Block] = [.paragraph(IndicatorChapter.summary(c, results), missing: false), .table(table)]
        // The comments and the series against riket of the indicators no written goal or operation
        // shows (those show them there), so that nothing the indicator chapter showed is lost.
        let topics =
            c.data.topicTexts(.goals, node: c.node, period: c.period)
            + c.data.topicTexts(.operations, node: c.node, period: c.period)
        let elsewhere = Set(topics.flatMap { TopicBlocks.indicators($0, results).map(\.row.code) })
        let rest = results.filter { !elsewhere.contains($0.row.code) }
        for r in rest where !r.row.comment.isEmpty {
            blocks.append(
                .paragraph(c.say(.nameColonText, IndicatorChapter.label(c, r.row), r.row.comment), missing: false))
        }
        for r in rest where r.row.month != nil && r.row.national != nil {
            blocks += IndicatorChapter.national(c, r.row)
        }
        return Chapter(id: "indikatorer-och-malvarden", title: title, blocks: blocks)
    }

    /// The indicators by goal: first the goals of the year's plan (`topics`, chapter goals) in their
    /// order, each with the indicators it shows; then the other indicators under their own focus area
    /// and goal, in the order of the file. An indicator a goal shows is not repeated under its own.
    static func groups(_ c: ReportContext, _ results: [IndicatorResult]) -> [Group] {
        var out: [Group] = []
        var shown: Set<String> = []
        for t in c.data.topicTexts(.goals, node: c.node, period: c.period) where !t.topic.isEmpty {
            let rs = TopicBlocks.indicators(t, results)
            guard !rs.isEmpty else { continue }
            out.append(Group(focusArea: t.heading, goal: t.topic, results: rs))
            shown.formUnion(rs.map(\.row.code))
        }
        for r in results where !shown.contains(r.row.code) {
            if let i = out.firstIndex(where: { $0.focusArea == r.row.focusArea && $0.goal == r.row.goal }) {
                out[i].results.append(r)
            } else {
                out.append(Group(focusArea: r.row.focusArea, goal: r.row.goal, results: [r]))
            }
        }
        // A focus area's goals together, in the order the focus area first appears.
        var areas: [String] = []
        for g in out where !areas.contains(g.focusArea) { areas.append(g.focusArea) }
        return areas.flatMap { a in out.filter { $0.focusArea == a } }
    }

    /// A row that heads the rows below it (no figures).
    static func heading(_ label: String, level: Int) -> Table.Row {
        Table.Row(label: label, cells: [.empty, .empty, .empty], level: level)
    }
}
