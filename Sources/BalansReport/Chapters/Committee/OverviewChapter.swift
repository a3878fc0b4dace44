import BalansCore
import Foundation

/// The summary table of seed 000 chapter 2: per area and sub-area, the period's result,
/// its deviation and the forecast deviation, with totals; the cost development; and the
/// larger deviations.
enum OverviewChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let op = c.operating
        // The monthly report groups as seed 001 1.2.1 does; the others as seed 000 chapter 2.
        var blocks: [Block] = [.table(c.kind == .manad ? resultsPerGroup(c) : results(c))]
        // The annual report of a förvaltning opens its economy with the year's result in tkr (seed 002 5.2).
        if c.kind == .arsredovisning { blocks.insert(.table(resultAgainstBudget(c)), at: 0) }
        blocks += BudgetChangesTable.blocks(c, rows: op.children(of: op.root.code), total: op.root)
        blocks.append(costDevelopment(c))
        if let sentence = costDevelopmentSentence(c) { blocks.append(.paragraph(sentence, missing: false)) }
        if let amounts = costAmounts(c) { blocks.append(amounts) }
        let items = c.yearIsClosed ? yearDeviations(c) : estimatedDeficits(c)
        if !items.isEmpty {
            blocks.append(.heading(c.label(.largerDeviationsSummary)))
            blocks.append(.list(items))
        }
        return Chapter(id: "ekonomiskt-utfall", title: c.label(.economicOutcome), blocks: blocks)
    }

    /// Seed 002 5.2.4.1: "Nämndens kostnadsutveckling uppgår till 16 procent jämfört med motsvarande period
    /// föregående år. Utfallet är 7,2 procentenheter högre än den budgeterade kostnadsutvecklingen."
    static func costDevelopmentSentence(_ c: ReportContext) -> String? {
        let f = c.operating.root.figures
        guard let actual = f.costDevelopment else { return nil }
        func number(_ d: Decimal) -> String { SwedishNumberFormat.number(d, decimals: 1) }
        var text = c.say(.costDevelopmentIs, c.own(c.operating.root.name), number(actual))
        if let gap = f.costDevelopmentGap, !gap.isZero {
            text += c.say(.costDevelopmentAgainstBudget, number(gap.magnitude), c.label(gap < 0 ? .higher : .lower))
        }
        return text
    }

    /// The lines with the largest forecast deficits.
    static func estimatedDeficits(_ c: ReportContext) -> [String] {
        c.operating.largestDeficits(limit: 5).map {
            c.say(.estimatedDeficit, $0.name, c.amount($0.figures.forecastDeviation.magnitude))
        }
    }

    /// A closed year: the lines with the largest deviations of the year's outcome from the budget, either way, each
    /// against the forecast of the year's first follow-up (seed 002: "ePlan drift redovisar ett underskott med -12,4
    /// mnkr vilket är en förbättring med +8 mnkr jämfört med prognosen i Uppföljningsrapport ett").
    static func yearDeviations(_ c: ReportContext) -> [String] {
        let op = c.operating
        let lines = op.rows.filter { $0.isLeaf && $0.depth > 0 && !$0.figures.deviationToDate.isZero }
            .sorted { $0.figures.deviationToDate.magnitude > $1.figures.deviationToDate.magnitude }.prefix(5)
        let first = c.firstForecastPeriod
        let earlier = first.map { OperatingStatement.compute(c.data, period: $0, root: c.node) }
        return lines.map { r in
            var text = CommitteeSummaryChapter.yearDeviation(c, r)
            if let first, let before = earlier?.row(r.code)?.figures.forecastDeviation {
                let change = r.figures.deviationToDate - before
                if !change.isZero {
                    text += c.say(
                        .againstFirstForecast, c.label(change < .zero ? .deterioration : .improvement),
                        c.amount(change.magnitude), c.words.monthCount(first.month))
                }
            }
            return text
        }
    }

    /// "Resultat och prognos per område".
    static func results(_ c: ReportContext) -> Table {
        let op = c.operating
        var rows: [Table.Row] = []
        for area in op.children(of: op.root.code) {
            let subs = op.children(of: area.code).filter { !$0.isLeaf }
            if subs.isEmpty {
                rows.append(row(area, label: area.name, level: 0))
            } else {
                rows += subs.map { row($0, label: $0.name, level: 1) }
                // The area's own lines beside its sub-areas, in one row, so the rows add up to the area's total.
                let own = op.children(of: area.code).filter(\.isLeaf)
                if !own.isEmpty {
                    var rest = area
                    rest.figures = op.figuresOfOwnLines(area.code)
                    rows.append(row(rest, label: c.label(.otherAssignments), level: 1))
                }
                rows.append(row(area, label: c.say(.totalOf, area.name), level: 0, total: true))
            }
        }
        rows.append(row(op.root, label: c.say(.totalOf, op.root.name), level: 0, total: true))
        return Table(
            id: "resultat-per-omrade", caption: c.label(.resultPerArea), unit: c.unit,
            columns: [
                c.label(.area), c.say(.periodResultSpan, c.span), c.say(.deviationFromBudgetSpan, c.span),
                c.say(.forecastDeviationYear, String(c.period.year)),
            ], rows: rows, footnotes: [c.label(.signFootnote)])
    }

    /// Seed 001 1.2.1: per group the regionbidrag in one row, each area without its
    /// regionbidrag, and the group's total; every operating column but last year's.
    static func resultsPerGroup(_ c: ReportContext) -> Table {
        let op = c.operating
        func line(_ label: String, _ f: OperatingFigures, level: Int, total: Bool = false) -> Table.Row {
            Table.Row(
                label: label, cells: Array(ReportBuilder.operatingCells(f).dropLast()), level: level, isTotal: total)
        }
        var rows: [Table.Row] = []
        for group in op.children(of: op.root.code) {
            let parts = op.children(of: group.code).filter { !$0.isAllocation }
            if let allocations = op.allocations(under: group.code) {
                rows.append(line(c.label(.allocation), allocations, level: 1))
            }
            if parts.allSatisfy(\.isLeaf) {
                rows.append(line(group.name, op.figuresWithoutAllocations(group.code), level: 1))
            } else {
                rows += parts.map { line($0.name, op.figuresWithoutAllocations($0.code), level: 1) }
            }
            rows.append(line(c.say(.totalOf, group.name), group.figures, level: 0, total: true))
        }
        rows.append(line(c.say(.totalOf, op.root.name), op.root.figures, level: 0, total: true))
        return Table(
            id: "resultat-per-omrade", caption: c.label(.resultPerArea), unit: c.unit,
            columns: Array(c.operatingColumns(first: c.label(.assignment)).dropLast()), rows: rows,
            footnotes: [c.label(.signFootnote)])
    }

    /// Seed 002 5.2: "Resultat jämfört med budget, ackumulerat 55 100 tkr 0 tkr 55 100 tkr".
    static func resultAgainstBudget(_ c: ReportContext) -> Table {
        let f = c.operating.root.figures
        return Table(
            id: "resultat-mot-budget", caption: c.label(.economicResult), unit: .tkr,
            columns: ["", c.label(.accumulatedResult), c.label(.accumulatedBudget), c.label(.accumulatedDeviation)],
            rows: [
                Table.Row(
                    label: c.label(.resultAgainstBudgetAccumulated),
                    cells: [.amount(f.outcome.ore), .amount(f.budgetToDate.ore), .amount(f.deviationToDate.ore)])
            ])
    }

    /// "Kostnadsutveckling" per area against the budgeted, or why it cannot be computed.
    static func costDevelopment(_ c: ReportContext) -> Block {
        let rows = c.operating.children(of: c.operating.root.code).map { r in
            Table.Row(
                label: r.name,
                cells: [
                    ReportBuilder.percent(r.figures.costDevelopment),
                    ReportBuilder.percent(r.figures.budgetedCostDevelopment),
                    r.figures.costDevelopmentGap.map { .points($0, decimals: 1) } ?? .empty,
                ])
        }
        guard rows.contains(where: { $0.cells.first != .empty }) else {
            return .paragraph(c.label(.costDevelopmentCannotBeComputed), missing: true)
        }
        return .table(
            Table(
                id: "kostnadsutveckling",
                caption: c.say(.costDevelopmentAgainst, c.span, String(c.period.year - 1)), unit: c.unit,
                columns: [
                    c.label(.area), c.label(.costDevelopment), c.label(.budgetedCostDevelopment),
                    c.label(.differencePoints),
                ], rows: rows, showsUnit: false))
    }

    /// The committee's costs (klass 4–7) against last year's and the budget's, in tkr (seed 002
    /// 5.2.4.1: "Ack. utfall förra året", "Ack. utfall i år", …); nil without last year's ledger.
    static func costAmounts(_ c: ReportContext) -> Block? {
        let f = c.operating.root.figures
        guard let previous = f.previousCostsToDate, !previous.isZero else { return nil }
        let year = String(c.period.year)
        let row = Table.Row(
            label: c.operating.root.name,
            cells: [
                .amount(previous.ore), .amount(f.costsToDate.ore), .amount((f.costsToDate - previous).ore),
                .amount(f.budgetCostsToDate.ore), .amount((f.costsToDate - f.budgetCostsToDate).ore),
            ])
        return .table(
            Table(
                id: "kostnader-mot-foregaende-ar", caption: c.label(.costsAgainstLastYear), unit: .tkr,
                columns: [
                    "", c.say(.outcomeSpanYear, c.span, String(c.period.year - 1)),
                    c.say(.outcomeSpanYear, c.span, year), c.label(.differenceFromLastYear),
                    c.say(.budgetSpanYear, c.span, year), c.say(.deviationFromBudgetSpan, c.span),
                ], rows: [row]))
    }

    /// An area's row: result, deviation to date and forecast deviation.
    static func row(_ r: OperatingRow, label: String, level: Int, total: Bool = false) -> Table.Row {
        Table.Row(
            label: label,
            cells: [
                .amount(r.figures.outcome.ore), .amount(r.figures.deviationToDate.ore),
                .amount(r.figures.forecastDeviation.ore),
            ], level: level, isTotal: total)
    }
}
