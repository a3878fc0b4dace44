import BalansCore
import Foundation

/// "Planerade investeringar med årsprognos" (seed 000, 3): the node's investments per category
/// where its category totals are given (seed 002, 5.3), its projects with budget, outcome,
/// forecast and deviation (shown as costs: negative), and the property investments decided
/// against the year's frame with what is left of it.
enum CommitteeInvestmentChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let p = c.period
        let codes = Set(c.tree.subtree(c.node).map(\.code))
        let rows = c.data.investments.filter { $0.period == p && codes.contains($0.node) }
        let projects = rows.filter { $0.project != nil }
        let totals = rows.filter { $0.project == nil }
        guard !projects.isEmpty || !totals.isEmpty else { return nil }
        var blocks: [Block] = []
        if !totals.isEmpty { blocks.append(.table(categoryTable(c, rows.countedInTotals))) }
        // Property projects are decided against the year's frame where there is one (seed 000);
        // without a frame they are projects like the others (seed 002: Regionfastigheter).
        let frame = c.data.figure(.investmentFrame, year: p.year)?.amount
        let running = projects.filter { frame == nil || $0.category != .property }
        if !running.isEmpty { blocks.append(.table(projectTable(c, running))) }
        let decided = projects.filter { $0.category == .property }
        if let frame, !decided.isEmpty {
            blocks.append(.table(frameTable(c, frame, decided)))
        }
        return Chapter(id: "investeringar", title: c.label(.plannedInvestments), blocks: blocks)
    }

    /// Per category: budget, outcome, forecast and deviation, as costs (negative), with the sum.
    static func categoryTable(_ c: ReportContext, _ counted: [InvestmentRow]) -> Table {
        var rows = InvestmentCategory.allCases.compactMap { cat -> Table.Row? in
            let of = counted.filter { $0.category == cat }
            guard !of.isEmpty else { return nil }
            return Table.Row(
                label: c.label(RegionInvestmentChapter.name(cat)),
                cells: cells(InvestmentTotals(of, missing: .leavesBlank)))
        }
        rows.append(
            Table.Row(
                label: c.label(.sumWord), cells: cells(InvestmentTotals(counted, missing: .leavesBlank)), isTotal: true)
        )
        return Table(
            id: "investeringar-per-kategori", caption: c.label(.investmentsPerCategory), unit: c.unit,
            columns: [
                c.label(.investments), c.label(.budget), c.label(.periodOutcome), c.label(.annualForecast),
                c.label(.annualDeviation),
            ], rows: rows, footnotes: [c.label(.investmentCostFootnote)])
    }

    /// Budget, outcome and forecast as costs (negative), and the deviation budget − forecast.
    static func cells(_ t: InvestmentTotals) -> [CellValue] {
        [
            ReportBuilder.amount(t.budget.map { -$0 }), ReportBuilder.amount(-t.outcome),
            ReportBuilder.amount(t.forecast.map { -$0 }), ReportBuilder.amount(t.budgetDeviation),
        ]
    }

    /// The running projects: budget, outcome, forecast and deviation, as costs (negative).
    static func projectTable(_ c: ReportContext, _ running: [InvestmentRow]) -> Table {
        var rows = running.map {
            Table.Row(label: $0.project ?? "", cells: cells(InvestmentTotals([$0], missing: .leavesBlank)))
        }
        rows.append(
            Table.Row(
                label: c.label(.sumWord), cells: cells(InvestmentTotals(running, missing: .leavesBlank)), isTotal: true)
        )
        return Table(
            id: "investeringsprojekt", caption: c.label(.investments), unit: c.unit,
            columns: [
                c.label(.investments), c.label(.budget), c.label(.periodOutcome), c.label(.annualForecast),
                c.label(.annualDeviation),
            ], rows: rows, footnotes: [c.label(.investmentCostFootnote)])
    }

    /// The property investments decided against the year's frame, and what is left of it.
    static func frameTable(_ c: ReportContext, _ frame: Money, _ decided: [InvestmentRow]) -> Table {
        var rows = [Table.Row(label: c.say(.totalFrame, String(c.period.year)), cells: [ReportBuilder.amount(frame)])]
        rows += decided.map {
            Table.Row(label: $0.project ?? "", cells: [ReportBuilder.amount($0.budget)], level: 1)
        }
        let total = InvestmentTotals.decidedTotal(decided)
        rows.append(
            Table.Row(label: c.label(.decidedPropertyTotal), cells: [ReportBuilder.amount(total)], isTotal: true))
        rows.append(
            Table.Row(
                label: c.label(.frameLeft),
                cells: [ReportBuilder.amount(InvestmentTotals.frameLeft(frame, decided: decided))],
                isTotal: true))
        return Table(
            id: "investeringsram", caption: c.label(.investmentFrame), unit: .tkr, columns: ["", c.label(.amount)],
            rows: rows)
    }
}
