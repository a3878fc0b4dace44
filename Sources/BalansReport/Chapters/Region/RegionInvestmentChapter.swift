import BalansCore
import Foundation

/// "Investeringsredovisning": investments per category and committee, and the larger property projects.
enum RegionInvestmentChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        let counted = data.investments.countedInTotals
        let rows = counted.filter { $0.period == p }
        guard !rows.isEmpty else { return nil }
        let tree = data.tree(for: p.year)
        let prev = counted.filter { $0.period == p.previousYear }
        let prevYear = counted.filter { $0.period == Period(year: p.year - 1, month: 12) }
        let names: [InvestmentCategory: String] = [
            .equipment: "Utrustning/inventarier", .intangible: "Immateriella tillgångar",
            .property: "Fastighetsinvesteringar", .infrastructure: "Infrastruktur",
        ]
        var out: [Table.Row] = []
        func cells(_ node: String?, _ cat: InvestmentCategory?) -> [CellValue] {
            func pick(_ list: [InvestmentRow]) -> [InvestmentRow] {
                list.filter { (node == nil || $0.node == node) && (cat == nil || $0.category == cat) }
            }
            let cur = pick(rows)
            let budget = cur.compactMap(\.budget).sum()
            let forecast = cur.compactMap(\.forecast).sum()
            return [
                ReportBuilder.amount(prev.isEmpty ? nil : pick(prev).map(\.outcome).sum()),
                .amount(cur.map(\.outcome).sum().ore), .amount(budget.ore), .amount(forecast.ore),
                .amount((budget - forecast).ore),
                ReportBuilder.amount(prevYear.isEmpty ? nil : pick(prevYear).map(\.outcome).sum()),
            ]
        }
        for cat in InvestmentCategory.allCases {
            let nodes = (rows + prev + prevYear).filter { $0.category == cat }.map(\.node)
            guard !nodes.isEmpty else { continue }
            out.append(Table.Row(label: names[cat] ?? cat.rawValue, cells: Array(repeating: .empty, count: 6)))
            var seen = Set<String>()
            for n in nodes where seen.insert(n).inserted {
                out.append(Table.Row(label: tree.node(n)?.name ?? n, cells: cells(n, cat), level: 1))
            }
            out.append(
                Table.Row(
                    label: "Summa \(names[cat]?.lowercased() ?? cat.rawValue)", cells: cells(nil, cat), isTotal: true))
        }
        out.append(Table.Row(label: "Summa investeringar", cells: cells(nil, nil), isTotal: true))
        let span = ReportLabels.span(p.month)
        let table = Table(
            id: "investeringar", caption: "Investeringar per nämnd/styrelse", unit: .mnkr,
            columns: [
                "", "Utfall \(span) \(p.year - 1)", "Utfall \(span) \(p.year)", "Budget \(p.year)", "Prognos \(p.year)",
                "Budgetavvikelse prognos", "Utfall \(p.year - 1)",
            ], rows: out,
            footnotes: ["Budgetavvikelse = budget − prognos: positiv när mindre än budgeterat investeras."])
        var blocks: [Block] = [.table(table)]
        if let projects = propertyProjectTable(data, p) { blocks.append(.table(projects)) }
        return Chapter(id: "investeringar", title: "Investeringsredovisning", blocks: blocks)
    }

    /// "Fastigheter – större enskilda investeringar" (seed 003 3.4): each property project with
    /// lifetime figures on its own row, the other property projects summed in one row, and
    /// the sum. Nil when no project of the period has lifetime figures.
    static func propertyProjectTable(_ data: FollowUpData, _ p: Period) -> Table? {
        let projects = data.investments.filter { $0.period == p && $0.project != nil && $0.category == .property }
        let major = projects.filter { $0.projectTotals != nil }
        guard !major.isEmpty else { return nil }
        let others = projects.filter { $0.projectTotals == nil }
        func year(_ list: [InvestmentRow]) -> [CellValue] {
            [
                .amount(list.map(\.outcome).sum().ore),
                ReportBuilder.amount(list.contains { $0.budget == nil } ? nil : list.compactMap(\.budget).sum()),
                ReportBuilder.amount(list.contains { $0.forecast == nil } ? nil : list.compactMap(\.forecast).sum()),
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
            rows.append(Table.Row(label: "Summering övriga fastighetsobjekt", cells: blank + year(others) + [.empty]))
        }
        rows.append(
            Table.Row(label: "Summa fastighetsinvesteringar", cells: blank + year(projects) + [.empty], isTotal: true))
        let month = ReportLabels.monthsShort[p.month - 1]
        let span = ReportLabels.span(p.month)
        return Table(
            id: "fastighetsprojekt", caption: "Fastigheter – större enskilda investeringar", unit: .mnkr,
            columns: [
                "Investeringsobjekt", "Fastighet", "Total beslutad budget", "Ack. utfall t.o.m. \(month) \(p.year)",
                "Prognos objekt totalt",
                "Utfall \(span) \(p.year)", "Budget \(p.year)", "Prognos \(p.year)", "Färdigt år",
            ], rows: rows)
    }
}
