import BalansCore
import Foundation

/// "Mål och indikatorer" of Mål och budget: the indicators with a target for a year of the plan, under their focus
/// area and goal as the follow-up's "Indikatorer och målvärden" groups them, with the target of each year. Absent
/// when no indicator has a target for the plan's years.
enum PlanGoalsChapter {
    /// The chapter of the document `c` describes, or nil.
    static func build(_ c: ReportContext) -> Chapter? {
        let years = c.plan?.plan.years.map(\.year) ?? [c.period.year]
        let root = Set(c.tree.subtree(c.node).map(\.code))
        let targets = IndicatorRow.targets(c.data.indicators.filter { root.contains($0.node) }, years: years)
        guard !targets.isEmpty else { return nil }
        // The years some indicator has a target for.
        let shown = years.indices.filter { i in targets.contains { $0.targets[i] != nil } }
        var byCode: [String: [Decimal?]] = [:]
        for t in targets { byCode[t.row.code] = t.targets }
        let results = targets.map { IndicatorResult(target: $0.row) }
        var rows: [Table.Row] = []
        var focus: String?
        let blank = [CellValue](repeating: .empty, count: shown.count)
        for g in IndicatorTargetsChapter.groups(c, results) {
            if g.focusArea != focus, !g.focusArea.isEmpty { rows.append(Table.Row(label: g.focusArea, cells: blank)) }
            focus = g.focusArea
            let level = g.focusArea.isEmpty ? 0 : 1
            rows.append(Table.Row(label: g.goal.isEmpty ? c.label(.indicators) : g.goal, cells: blank, level: level))
            rows += g.results.map { r in
                let values = byCode[r.row.code] ?? []
                return Table.Row(
                    label: IndicatorChapter.label(c, r.row),
                    cells: shown.map { IndicatorChapter.value(c, values[$0], r.row) }, level: level + 1)
            }
        }
        let table = Table(
            id: "mal-och-malvarden", caption: c.label(.planGoalsTable), unit: .mnkr,
            columns: [c.label(.indicator)] + shown.map { c.say(.targetYear, String(years[$0])) }, rows: rows,
            showsUnit: false)
        return Chapter(
            id: "mal-och-indikatorer", title: c.label(.planGoalsChapter),
            blocks: [.paragraph(c.label(.planGoalsIntro), missing: false), .table(table)])
    }
}
