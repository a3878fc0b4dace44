import BalansCore
import BalansReport
import BalansStore

/// The unit a forecast is typed in (issue 17, item 3), remembered per user (`Store.userSetting`, key
/// `forecast-unit`). Amounts are stored in öre whatever the unit.
enum EntryUnit: String, CaseIterable {
    case tkr, mnkr

    static let settingKey = "forecast-unit"
    var orePerUnit: Int64 { self == .tkr ? 100_000 : 100_000_000 }
    /// How a figure is shown in the form: tkr whole, mnkr with one decimal.
    var display: AmountUnit { self == .tkr ? .tkr : .mnkr1 }
    /// A form amount in this unit, without thousands separators' ambiguity: "−1 234" tkr, "−830,5" mnkr.
    func format(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: display) }
}

/// What a save found wrong or doubtful, per row (the index of the form's row).
struct EntryCheck: MustacheView {
    /// Amounts that are not amounts: the field is marked and the text kept.
    var problems: [Int: String] = [:]
    /// Amounts that look wrong (a unit slip, or far from the budget): saved only when confirmed.
    var warnings: [Int: String] = [:]
    var isEmpty: Bool { problems.isEmpty && warnings.isEmpty }
}

/// The forecast form (`Templates.forecastForm`, issue 17 item 3): per line and account the name, the account's name,
/// outcome to date, the forecast in force, the budget, the amount typed in tkr or mnkr, the deviation and the
/// comment; subtotals per node; proposals by a named method; the typed text kept and the bad field marked when a
/// save is refused.
struct ForecastFormView: PageView, MustacheView {
    static let template = "forecastForm"
    var error: String?
    var status, action, csrf, version, year, span, unit, orePerUnit, templateURL: String
    var units: [UnitChoice]
    var proposals: [Proposal]
    var proposalNote: String?
    var rows: [Row]
    var total: Total
    var editable, confirm: Bool
    var scriptURL = Page.formScript.url

    struct UnitChoice: MustacheView {
        var label, url: String
        var current: Bool
    }
    struct Proposal: MustacheView { var label, url: String }
    struct Row: MustacheView {
        var index, node, name, account, accountName, outcome, inForce, budget, budgetOre: String
        var amount, shown, exact, deviation, comment: String
        var problem, warning: String?
        var invalid: Bool
        var subtotal: Total?
    }
    struct Total: MustacheView { var label, node, outcome, inForce, budget, amount, deviation: String }

    init(
        _ data: FollowUpData, period p: Period, code: NodeCode, state: ForecastState, session s: Session,
        unit: EntryUnit,
        proposal: ForecastProposalMethod? = nil, typed: [String: String]? = nil, check: EntryCheck = EntryCheck(),
        error: String? = nil
    ) {
        let tree = data.tree(for: p.year)
        self.error = error
        status = Labels.status[state.status] ?? ""
        action = Page.forecastForm(code, period: p).url
        templateURL = Page.forecastTemplate(code, period: p).url
        csrf = s.csrf
        version = typed?["version"] ?? String(state.version)
        year = String(p.year)
        span = ReportLabelsWeb.longSpan(p)
        self.unit = unit.rawValue
        orePerUnit = String(unit.orePerUnit)
        units = EntryUnit.allCases.map {
            UnitChoice(
                label: $0.rawValue, url: Page.forecastForm(code, period: p, unit: $0.rawValue).url, current: $0 == unit)
        }
        let methodNames: [ForecastProposalMethod: String] = [
            .budgetRest: "utfall hittills + återstående periodiserad budget", .lastYearProfile: "fjolårets profil",
        ]
        proposals = ForecastProposalMethod.allCases.map {
            Proposal(
                label: "Föreslå prognos: \(methodNames[$0] ?? $0.rawValue)",
                url: Page.forecastForm(code, period: p, proposal: $0.rawValue).url)
        }
        proposalNote = proposal.map {
            "Förslaget är gjort med metoden \(methodNames[$0] ?? $0.rawValue). Justera beloppen och spara."
        }
        let entries = ForecastEntry.rows(data, period: p, committee: code)
        let figures = ForecastEntry.figures(data, period: p, committee: code)
        let names = data.accountNames[p.year] ?? [:]
        var rows: [Row] = []
        var sums = (outcome: Money.zero, inForce: Money.zero, budget: Money.zero, amount: Money.zero)
        var group = sums
        for (i, e) in entries.enumerated() {
            let f = figures[i]
            let proposed = proposal.flatMap { f.proposal($0) }
            let value = proposed ?? e.forecast
            let shown = unit.format(value)
            let amount = typed?["amount_\(i)"] ?? shown
            let parsed = typed == nil ? value : (try? Money.parsing(amount, orePerUnit: unit.orePerUnit).get())
            let nodeName = tree.node(e.node)?.name ?? e.node.rawValue
            rows.append(
                Row(
                    index: String(i), node: e.node.rawValue, name: nodeName, account: e.account.map(String.init) ?? "",
                    accountName: e.account.flatMap { names[$0] } ?? "", outcome: unit.format(f.outcome),
                    inForce: unit.format(f.inForce), budget: unit.format(e.budget), budgetOre: String(e.budget.ore),
                    amount: amount, shown: typed?["shown_\(i)"] ?? shown,
                    exact: typed?["exact_\(i)"] ?? String(value.ore),
                    deviation: parsed.map { unit.format($0 - e.budget) } ?? "",
                    comment: typed?["comment_\(i)"] ?? e.comment, problem: check.problems[i],
                    warning: check.warnings[i], invalid: check.problems[i] != nil, subtotal: nil))
            let amountValue = parsed ?? .zero
            group.outcome += f.outcome
            group.inForce += f.inForce
            group.budget += e.budget
            group.amount += amountValue
            // A node's last row carries its subtotal when the committee has rows of several nodes.
            if i == entries.count - 1 || entries[i + 1].node != e.node {
                if Set(entries.map(\.node)).count > 1 {
                    rows[rows.count - 1].subtotal = Total(
                        label: "Summa \(nodeName)", node: e.node.rawValue, outcome: unit.format(group.outcome),
                        inForce: unit.format(group.inForce), budget: unit.format(group.budget),
                        amount: unit.format(group.amount), deviation: unit.format(group.amount - group.budget))
                }
                sums.outcome += group.outcome
                sums.inForce += group.inForce
                sums.budget += group.budget
                sums.amount += group.amount
                group = (.zero, .zero, .zero, .zero)
            }
        }
        self.rows = rows
        total = Total(
            label: "Summa \(tree.node(code)?.name ?? code.rawValue)", node: "", outcome: unit.format(sums.outcome),
            inForce: unit.format(sums.inForce), budget: unit.format(sums.budget), amount: unit.format(sums.amount),
            deviation: unit.format(sums.amount - sums.budget))
        editable = state.status == .draft || state.status == .returned
        confirm = !check.warnings.isEmpty
    }
}
