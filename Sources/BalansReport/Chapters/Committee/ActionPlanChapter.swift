import BalansCore
import Foundation

/// "Åtgärdsplan": each measure's expected effect for the year and to date against the
/// realised effect, and the plan month by month. Absent without action plans.
enum ActionPlanChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let p = c.period
        let plans = ActionPlanFollowUp.compute(c.data, node: c.node, period: p)
        guard !plans.isEmpty else { return nil }
        var blocks: [Block] = []
        for (i, plan) in plans.enumerated() {
            func row(_ m: ActionPlanFollowUp.Measure, label: String, total: Bool = false) -> Table.Row {
                Table.Row(
                    label: label,
                    cells: [
                        ReportBuilder.amount(m.expectedYear), ReportBuilder.amount(m.expectedToDate),
                        ReportBuilder.amount(m.realisedToDate), ReportBuilder.amount(m.deviation),
                    ], isTotal: total)
            }
            let rows =
                plan.measures.map { row($0, label: $0.name) } + [
                    row(plan.total, label: c.label(.sumWord), total: true)
                ]
            blocks.append(
                .table(
                    Table(
                        id: "atgardsplan-\(i)", caption: plan.plan, unit: c.unit,
                        columns: [
                            c.label(.measure), c.say(.expectedEffectYear, String(p.year)),
                            c.say(.expectedSpan, c.span), c.say(.realisedSpan, c.span), c.label(.deviationWord),
                        ], rows: rows)))
            blocks.append(
                .table(
                    Table(
                        id: "atgardsplan-\(i)-manad", caption: c.say(.perMonth, plan.plan), unit: c.unit,
                        columns: [c.label(.effect)] + (1...12).map(c.words.monthShort),
                        rows: [
                            Table.Row(label: c.label(.expected), cells: plan.expectedByMonth.map(ReportBuilder.amount)),
                            Table.Row(label: c.label(.realised), cells: plan.realisedByMonth.map(ReportBuilder.amount)),
                        ])))
            for m in plan.measures where !m.comment.isEmpty {
                blocks.append(.paragraph(c.say(.nameColonText, m.name, m.comment), missing: false))
            }
        }
        return Chapter(id: "atgardsplan", title: c.label(.actionPlans), blocks: blocks)
    }
}
