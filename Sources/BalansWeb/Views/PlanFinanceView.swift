import BalansCore
import BalansReport
import Foundation

/// The plan page's investment part (`Templates.planFinance`, issue 18, items 5 and 6): the version's investments per
/// committee and project, their operating consequences per committee (the capital costs its frame carries), the
/// projected balansräkning and kassaflödesanalys and the self-financing of the investments against its goal — every
/// figure from `CapitalCosts` and `PlanProjection`, formatted in mnkr with one decimal.
struct PlanFinanceView: MustacheView {
    var tables: [TableView]
    /// Why there is no balance sheet (no ledger of the year before), or nil.
    var problem: String?
    var goals: [Goal]
    var hasGoals: Bool

    struct TableView: MustacheView {
        var caption: String
        var columns: [String]
        var rows: [Row]
        var footnote: String?
    }
    struct Row: MustacheView {
        var label: String
        var values: [String]
        var strong: Bool
        var indent: Int
    }
    struct Goal: MustacheView {
        var year, ratio, target, verdict: String
        var met: Bool
    }

    /// The part of `plan` (version `version`); nil when the version has neither investments nor a projection.
    init?(_ data: FollowUpData, plan: FramePlan, version: String) {
        let ys = plan.years.map { String($0.year) }
        func m(_ money: Money) -> String { HTML.mnkr(money) }
        func row(_ label: String, _ values: [Money], strong: Bool = false, indent: Int = 0) -> Row {
            Row(label: label, values: values.map(m), strong: strong, indent: indent)
        }
        var tables: [TableView] = []
        if let capital = plan.capitalCosts, !capital.lines.isEmpty {
            tables += Self.investments(data, capital, years: ys, row)
        }
        let projection = PlanProjection.compute(data, plan: plan, version: version)
        guard !tables.isEmpty || (try? projection.get()) != nil else { return nil }
        switch projection {
        case .failure(let missing): problem = "Balansräkningen kan inte räknas fram: \(missing.description)."
        case .success(let p):
            tables += Self.projection(p, years: ys, row)
        }
        self.tables = tables
        let projected = (try? projection.get())?.years ?? []
        goals = projected.compactMap { y in
            guard let ratio = y.selfFinancing, let met = y.meetsSelfFinancingTarget else { return nil }
            return Goal(
                year: String(y.year), ratio: SwedishNumberFormat.percent(ratio, decimals: 0),
                target: SwedishNumberFormat.percent(y.selfFinancingTarget, decimals: 0),
                verdict: met ? "uppfylls" : "uppfylls inte", met: met)
        }
        hasGoals = !goals.isEmpty
    }

    /// The investments per committee and project, and the capital costs per committee.
    static func investments(
        _ data: FollowUpData, _ capital: CapitalCosts, years: [String],
        _ row: (String, [Money], Bool, Int) -> Row
    ) -> [TableView] {
        let tree = data.tree(for: capital.years.first ?? 0)
        func name(_ node: NodeCode) -> String { tree.node(node)?.name ?? node.rawValue }
        let indices = Array(capital.years.indices)
        let inPlan = capital.lines.filter { capital.years.contains($0.investment.year) }
        func amounts(_ lines: [CapitalCosts.Line]) -> [Money] { capital.invested(lines) }
        var rows: [Row] = []
        for node in capital.nodes {
            let own = inPlan.filter { $0.investment.node == node }
            guard !own.isEmpty else { continue }
            rows.append(row(name(node), amounts(own), false, 0))
            var projects: [String] = []
            for l in own where !projects.contains(l.investment.project) { projects.append(l.investment.project) }
            rows += projects.map { p in row(p, amounts(own.filter { $0.investment.project == p }), false, 1) }
        }
        rows.append(row("Summa investeringar", amounts(inPlan), true, 0))
        var costs = capital.nodes.filter { n in indices.contains { !capital.cost($0, node: n).isZero } }.map { n in
            row(name(n), indices.map { capital.cost($0, node: n) }, false, 0)
        }
        costs += [
            row("Avskrivningar", indices.map { capital.depreciation($0) }, false, 0),
            row("Ränta", indices.map { capital.interest($0) }, false, 0),
            row("Summa kapitalkostnader", indices.map { capital.cost($0) }, true, 0),
            row("Förändring mot året före (steg i ramarna)", indices.map { capital.step($0) }, false, 0),
        ]
        return [
            TableView(
                caption: "Investeringar per nämnd och projekt (mnkr)", columns: years, rows: rows, footnote: nil),
            TableView(
                caption: "Driftkonsekvenser: kapitalkostnader nya investeringar (mnkr)", columns: years, rows: costs,
                footnote: "Linjära avskrivningar och ränta på bokfört värde från året efter investeringsåret; "
                    + "de ingår i nämndernas ramar som steget ”Kapitalkostnader nya investeringar”."),
        ]
    }

    /// The projected balance sheets and cash flows.
    static func projection(_ p: PlanProjection, years: [String], _ row: (String, [Money], Bool, Int) -> Row)
        -> [TableView]
    {
        let sheets = [p.opening] + p.years.map(\.closing)
        func b(_ label: String, _ f: (PlanProjection.Balance) -> Money, _ strong: Bool = false) -> Row {
            row(label, sheets.map(f), strong, 0)
        }
        let opening = "Ingående \(p.openingYear)-\(String(format: "%02d", p.openingMonth))"
        let balance = TableView(
            caption: "Budgeterad balansräkning (mnkr)", columns: [opening] + years,
            rows: [
                b("Anläggningstillgångar", \.fixedAssets),
                b("Bidrag till statlig infrastruktur", \.infrastructureGrants),
                b("Omsättningstillgångar utom likvida medel", \.otherCurrentAssets), b("Likvida medel", \.cash),
                b("Summa tillgångar", \.totalAssets, true), b("Eget kapital", \.equity, true),
                b("Avsättningar för pensioner", \.pensionProvisions), b("Andra avsättningar", \.otherProvisions),
                b("Långfristiga skulder", \.longTermLiabilities), b("Kortfristiga skulder", \.shortTermLiabilities),
                b("Summa eget kapital, avsättningar och skulder", \.totalEquityAndLiabilities, true),
            ], footnote: "Ingående balans enligt huvudboken; övriga poster oförändrade.")
        func c(_ label: String, _ f: (PlanProjection.Year) -> Money, _ strong: Bool = false) -> Row {
            row(label, p.years.map(f), strong, 0)
        }
        let flow = TableView(
            caption: "Budgeterad kassaflödesanalys (mnkr)", columns: years,
            rows: [
                c("Årets resultat", \.result), c("Avskrivningar", \.depreciation),
                c("Medel från verksamheten", \.operating, true), c("Investeringar", \.investing),
                c("Nyupptagna lån", \.borrowing), c("Amortering", { .zero - $0.amortisation }),
                c("Årets kassaflöde", \.cashFlow, true), c("Likvida medel vid årets början", \.openingCash),
                c("Likvida medel vid årets slut", \.closing.cash, true),
            ], footnote: nil)
        return [balance, flow]
    }
}
