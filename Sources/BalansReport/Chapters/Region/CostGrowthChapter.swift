import BalansCore
import Foundation

/// "Kostnadsutveckling", in the shape of seed 004's slide "Hög kostnadsökningstakt och en ofinansierad post i
/// budget": the cost reduction the budget assumes (the action plans' expected effect) and what of it remains; each
/// cost kind's growth January..month against the same months last year; the net costs' and the tax revenue's growth
/// with the forecast growth of the year. Absent when there is neither an action plan nor last year's ledger.
enum CostGrowthChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        var blocks = ActionPlanFollowUp.compute(c.data, node: c.node, period: c.period).map { reduction(c, $0) }
        let kinds = CostKindGrowth.compute(c.data, period: c.period)
        if let now = c.outcome, let before = c.previousOutcome, !kinds.isEmpty {
            blocks.append(.list(sentences(c, kinds)))
            if let net = c.ratios.outcome.netCostGrowth, let tax = c.ratios.outcome.taxRevenueGrowth, net > tax {
                blocks.append(.paragraph(c.label(.netCostsOutgrowTax), missing: false))
            }
            blocks.append(.table(table(c, kinds, now: now, before: before)))
        }
        guard !blocks.isEmpty else { return nil }
        return Chapter(id: "kostnadsutveckling", title: c.label(.costGrowthChapter), blocks: blocks)
    }

    /// "Budgeten förutsätter … en kostnadsminskning på 138 mnkr", and what is realised and remains.
    static func reduction(_ c: ReportContext, _ plan: ActionPlanFollowUp) -> Block {
        let total = plan.total
        var text = c.say(.budgetAssumesReduction, c.amount(total.expectedYear), plan.plan)
        if let realised = total.realisedToDate, let remaining = plan.remainingForYear {
            text +=
                " "
                + c.say(
                    .reductionRealisedRemaining, c.words.month(c.period.month), c.amount(realised),
                    c.amount(remaining))
        }
        return .paragraph(text, missing: false)
    }

    /// The slide's bullets: each kind, the net costs and the tax revenue, with the forecast growth of the year.
    static func sentences(_ c: ReportContext, _ kinds: [CostKindGrowth]) -> [String] {
        let year = String(c.period.year)
        func changed(_ d: Decimal) -> (String, String) {
            (c.label(d < 0 ? .decreased : .increased), ReportBuilder.text(abs(d)))
        }
        var out: [String] = kinds.compactMap { k in
            k.growth.map { g in changed(g) }.map { c.say(.costKindChanged, name(c, k.kind), $0.0, $0.1) }
        }
        let (o, f) = (c.ratios.outcome, c.ratios.forecast)
        if let g = o.netCostGrowth { out.append(c.say(.netCostsChanged, changed(g).0, changed(g).1)) }
        if let g = f.netCostGrowth { out.append(c.say(.netCostForecastGrowth, year, ReportBuilder.text(g))) }
        if let g = o.taxRevenueGrowth { out.append(c.say(.taxChanged, changed(g).0, changed(g).1)) }
        if let g = f.taxRevenueGrowth { out.append(c.say(.taxForecastGrowth, year, ReportBuilder.text(g))) }
        return out
    }

    /// Outcome last year and this year per kind, the net costs and tax revenue, growth and forecast growth.
    static func table(_ c: ReportContext, _ kinds: [CostKindGrowth], now: IncomeStatement, before: IncomeStatement)
        -> Table
    {
        let (year, last) = (String(c.period.year), String(c.period.year - 1))
        var rows = kinds.map {
            Table.Row(
                label: name(c, $0.kind),
                cells: [
                    ReportBuilder.amount($0.previousOutcome), ReportBuilder.amount($0.outcome),
                    ReportBuilder.percent($0.growth), .empty,
                ])
        }
        rows.append(
            Table.Row(
                label: c.label(.netCosts),
                cells: [
                    ReportBuilder.amount(before.netCosts), ReportBuilder.amount(now.netCosts),
                    ReportBuilder.percent(c.ratios.outcome.netCostGrowth),
                    ReportBuilder.percent(c.ratios.forecast.netCostGrowth),
                ], isTotal: true))
        rows.append(
            Table.Row(
                label: c.label(.taxAndGrants),
                cells: [
                    ReportBuilder.amount(before.taxAndGrants), ReportBuilder.amount(now.taxAndGrants),
                    ReportBuilder.percent(c.ratios.outcome.taxRevenueGrowth),
                    ReportBuilder.percent(c.ratios.forecast.taxRevenueGrowth),
                ]))
        return Table(
            id: "kostnadsutveckling-per-kostnadsslag", caption: c.say(.costGrowthCaption, c.span, year, last),
            unit: .mnkr,
            columns: [
                c.label(.costKind), c.say(.outcomeSpanYear, c.span, last), c.say(.outcomeSpanYear, c.span, year),
                c.label(.costGrowthColumn), c.label(.forecastGrowthColumn),
            ], rows: rows, footnotes: [c.say(.costGrowthFootnote, c.span, year, last)])
    }

    /// The kind's name as the seed words it.
    static func name(_ c: ReportContext, _ kind: CostKind) -> String {
        switch kind {
        case .personnel: c.label(.personnelCosts)
        case .purchasedCare: c.label(.purchasedCareCosts)
        case .drugs: c.label(.drugCosts)
        }
    }
}
