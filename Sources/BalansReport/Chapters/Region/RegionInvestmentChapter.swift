import BalansCore
import Foundation

/// "Investeringsredovisning": investments per category and committee, and the larger property projects.
enum RegionInvestmentChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let p = c.period
        let counted = c.data.investments.countedInTotals
        let rows = counted.filter { $0.period == p }
        guard !rows.isEmpty else { return nil }
        let prev = counted.filter { $0.period == p.previousYear }
        let prevYear = counted.filter { $0.period == Period(year: p.year - 1, month: 12) }
        var out: [Table.Row] = []
        func cells(_ node: NodeCode?, _ cat: InvestmentCategory?) -> [CellValue] {
            func pick(_ list: [InvestmentRow]) -> [InvestmentRow] {
                list.filter { (node == nil || $0.node == node) && (cat == nil || $0.category == cat) }
            }
            let now = InvestmentTotals(pick(rows), missing: .countsAsZero)
            return [
                ReportBuilder.amount(prev.isEmpty ? nil : InvestmentTotals(pick(prev), missing: .countsAsZero).outcome),
                ReportBuilder.amount(now.outcome), ReportBuilder.amount(now.budget), ReportBuilder.amount(now.forecast),
                ReportBuilder.amount(now.budgetDeviation),
                ReportBuilder.amount(
                    prevYear.isEmpty ? nil : InvestmentTotals(pick(prevYear), missing: .countsAsZero).outcome),
            ]
        }
        for cat in InvestmentCategory.allCases {
            let nodes = (rows + prev + prevYear).filter { $0.category == cat }.map(\.node)
            guard !nodes.isEmpty else { continue }
            out.append(Table.Row(label: c.label(name(cat)), cells: Array(repeating: .empty, count: 6)))
            var seen = Set<NodeCode>()
            for n in nodes where seen.insert(n).inserted {
                out.append(Table.Row(label: c.tree.node(n)?.name ?? n.rawValue, cells: cells(n, cat), level: 1))
            }
            out.append(
                Table.Row(
                    label: c.say(.sum, c.label(name(cat)).lowercased()), cells: cells(nil, cat), isTotal: true))
        }
        out.append(Table.Row(label: c.label(.investmentsTotal), cells: cells(nil, nil), isTotal: true))
        let year = String(p.year)
        let last = String(p.year - 1)
        let table = Table(
            id: "investeringar", caption: c.label(.investmentsPerCommittee), unit: .mnkr,
            columns: [
                "", c.say(.outcomeSpanYear, c.span, last), c.say(.outcomeSpanYear, c.span, year),
                c.say(.budgetYear, year), c.say(.forecastYear, year), c.label(.forecastBudgetDeviation),
                c.say(.outcomeYear, last),
            ], rows: out, footnotes: [c.label(.investmentFootnote)])
        let summary = summary(c, now: InvestmentTotals(rows, missing: .countsAsZero), rows: rows, previous: prev)
        var blocks: [Block] = [.paragraph(summary, missing: false)]
        if let changes = budgetChanges(c, InvestmentTotals(rows, missing: .countsAsZero)) {
            blocks.append(.table(changes))
        }
        blocks.append(.table(table))
        if let projects = propertyProjectTable(c) { blocks.append(.table(projects)) }
        return Chapter(id: "investeringar", title: c.label(.investmentChapter), blocks: blocks)
    }

    /// RKR R14's investment budget: the original budget of Mål och budget, the money carried over from last year
    /// (ombudgetering, figures key `investment_carry_over`) and the budget after the change; nil without a carry-over.
    static func budgetChanges(_ c: ReportContext, _ now: InvestmentTotals) -> Table? {
        let year = c.period.year
        guard let budget = now.budget, let carried = c.data.figure(.investmentCarryOver, year: year)?.amount,
            !carried.isZero
        else { return nil }
        return Table(
            id: "investeringsbudget", caption: c.say(.investmentBudgetYear, String(year)), unit: .mnkr,
            columns: [
                "", c.label(.originalBudget), c.say(.carryOverFrom, String(year - 1)), c.label(.budgetAfterChanges),
            ],
            rows: [
                Table.Row(
                    label: c.label(.investmentsTotal),
                    cells: [.amount((budget - carried).ore), .amount(carried.ore), .amount(budget.ore)], isTotal: true)
            ])
    }

    /// Seed 003 3.4's opening: the budget of Mål och budget, the carry-over and the new
    /// budget; the period's outcome against last year's; the forecast and its larger parts.
    static func summary(_ c: ReportContext, now: InvestmentTotals, rows: [InvestmentRow], previous: [InvestmentRow])
        -> String
    {
        let p = c.period
        let year = String(p.year)
        var parts: [String] = []
        if let budget = now.budget {
            if let carried = c.data.figure(.investmentCarryOver, year: p.year)?.amount, !carried.isZero {
                parts.append(
                    c.say(
                        .investmentBudgetBridge, year, c.amount(budget - carried), c.amount(carried),
                        String(p.year - 1), c.amount(budget)))
            } else {
                parts.append(c.say(.investmentBudgetIs, year, c.amount(budget)))
            }
        }
        var outcome = c.say(.investmentOutcome, c.words.longSpan(p.year, p.month), c.amount(now.outcome))
        if !previous.isEmpty {
            let change = now.outcome - InvestmentTotals(previous, missing: .countsAsZero).outcome
            outcome += c.say(
                .investmentOutcomeAgainstLastYear, c.amount(change.magnitude),
                c.label(change < .zero ? .lower : .higher))
        }
        parts.append(outcome + ".")
        if let forecast = now.forecast {
            // In the seed's order: property, equipment, intangible.
            let order: [InvestmentCategory] = [.property, .equipment, .intangible, .infrastructure]
            let larger = order.compactMap { cat -> String? in
                guard let f = InvestmentTotals(rows.filter { $0.category == cat }, missing: .countsAsZero).forecast,
                    !f.isZero
                else { return nil }
                return c.say(.nameAndAmount, c.label(shortName(cat)), c.amount(f.magnitude))
            }
            parts.append(c.say(.investmentForecast, c.amount(forecast.magnitude), c.names(larger)))
        }
        return parts.joined(separator: " ")
    }

    /// The category as running text names it ("fastigheter", "utrustning").
    static func shortName(_ category: InvestmentCategory) -> ReportLabel {
        switch category {
        case .equipment: return .equipmentShort
        case .intangible: return .intangibleShort
        case .property: return .propertyShort
        case .infrastructure: return .infrastructureShort
        }
    }

    /// The category's name.
    static func name(_ category: InvestmentCategory) -> ReportLabel {
        switch category {
        case .equipment: return .equipment
        case .intangible: return .intangible
        case .property: return .property
        case .infrastructure: return .infrastructure
        }
    }

    /// "Fastigheter – större enskilda investeringar" (seed 003 3.4): each property project with
    /// lifetime figures on its own row, the other property projects summed in one row, and
    /// the sum. Nil when no project of the period has lifetime figures.
    static func propertyProjectTable(_ c: ReportContext) -> Table? {
        let p = c.period
        let projects = c.data.investments.filter { $0.period == p && $0.project != nil && $0.category == .property }
        let major = projects.filter { $0.projectTotals != nil }
        guard !major.isEmpty else { return nil }
        let others = projects.filter { $0.projectTotals == nil }
        func year(_ list: [InvestmentRow]) -> [CellValue] {
            let totals = InvestmentTotals(list, missing: .leavesBlank)
            return [
                .amount(totals.outcome.ore), ReportBuilder.amount(totals.budget), ReportBuilder.amount(totals.forecast),
            ]
        }
        var rows = major.map { r -> Table.Row in
            let t = r.projectTotals
            return Table.Row(
                label: r.project ?? "",
                cells: [
                    t.map { .text($0.site) } ?? .empty, ReportBuilder.amount(t?.budget),
                    ReportBuilder.amount(t?.outcome), ReportBuilder.amount(t?.forecast),
                ]
                    + year([r]) + [t?.finishedYear.map { .text(String($0)) } ?? .empty])
        }
        let blank: [CellValue] = [.empty, .empty, .empty, .empty]
        if !others.isEmpty {
            rows.append(Table.Row(label: c.label(.otherPropertyProjects), cells: blank + year(others) + [.empty]))
        }
        rows.append(
            Table.Row(label: c.label(.propertyTotal), cells: blank + year(projects) + [.empty], isTotal: true))
        let year = String(p.year)
        return Table(
            id: "fastighetsprojekt", caption: c.label(.propertyProjects), unit: .mnkr,
            columns: [
                c.label(.investmentObject), c.label(.site), c.label(.totalDecidedBudget),
                c.say(.accumulatedOutcomeThrough, c.words.monthShort(p.month), year), c.label(.projectForecastTotal),
                c.say(.outcomeSpanYear, c.span, year), c.say(.budgetYear, year), c.say(.forecastYear, year),
                c.label(.finishedYear),
            ], rows: rows)
    }
}
