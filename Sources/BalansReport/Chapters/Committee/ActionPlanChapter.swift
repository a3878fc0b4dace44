import BalansCore
import Foundation

/// "Åtgärdsplan": each measure's expected effect for the year and to date against the
/// realised effect, and the plan month by month. Absent without action plans.
enum ActionPlanChapter {
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        let node = c.node
        let unit = c.unit
        let plans = ActionPlanFollowUp.compute(data, node: node, period: p)
        guard !plans.isEmpty else { return nil }
        let span = ReportLabels.span(p.month)
        var blocks: [Block] = []
        for (i, plan) in plans.enumerated() {
            var rows = plan.measures.map { m in
                Table.Row(
                    label: m.name,
                    cells: [
                        ReportBuilder.amount(m.expectedYear), ReportBuilder.amount(m.expectedToDate),
                        ReportBuilder.amount(m.realisedToDate), ReportBuilder.amount(m.deviation),
                    ])
            }
            let realised =
                plan.measures.contains { $0.realisedToDate == nil }
                ? nil : plan.measures.compactMap(\.realisedToDate).sum()
            let expectedToDate = plan.measures.map(\.expectedToDate).sum()
            rows.append(
                Table.Row(
                    label: "Summa",
                    cells: [
                        ReportBuilder.amount(plan.measures.map(\.expectedYear).sum()),
                        ReportBuilder.amount(expectedToDate), ReportBuilder.amount(realised),
                        ReportBuilder.amount(realised.map { $0 - expectedToDate }),
                    ], isTotal: true))
            blocks.append(
                .table(
                    Table(
                        id: "atgardsplan-\(i)", caption: plan.plan, unit: unit,
                        columns: [
                            "Åtgärd", "Förväntad effekt \(p.year)", "Förväntad \(span)", "Realiserad \(span)",
                            "Avvikelse",
                        ], rows: rows)))
            blocks.append(
                .table(
                    Table(
                        id: "atgardsplan-\(i)-manad", caption: "\(plan.plan) per månad", unit: unit,
                        columns: ["Effekt"] + ReportLabels.months.map { String($0.prefix(3)) },
                        rows: [
                            Table.Row(label: "Förväntad", cells: plan.expectedByMonth.map { ReportBuilder.amount($0) }),
                            Table.Row(
                                label: "Realiserad", cells: plan.realisedByMonth.map { ReportBuilder.amount($0) }),
                        ])))
            for m in plan.measures where !m.comment.isEmpty {
                blocks.append(.paragraph("\(m.name): \(m.comment)", missing: false))
            }
        }
        return Chapter(id: "atgardsplan", title: "Åtgärdsplaner", blocks: blocks)
    }
}
