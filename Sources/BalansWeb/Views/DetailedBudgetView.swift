import BalansCore
import BalansReport
import BalansStore
import Foundation

/// A committee's detailed budget (`Templates.detailedBudget`): the frame, the budget's net cost and what is left of the
/// frame at the top; the rows and the staff rows as a form (refilled with what was sent when a save was refused); the
/// workflow's buttons.
struct DetailedBudgetView: PageView, MustacheView {
    static let template = "detailedBudget"
    var name, year: String
    var message, error: String?
    var summary: DetailedBudgetSummary
    var status, version: String
    var updatedBy, comment: String?
    var editable: Bool
    var action, csrf, lineCount, staffCount, templateURL: String
    var lines: [LineRow]
    var staffRows: [StaffRow]
    var decision: Decision?
    var years: [YearLink]
    var overviewURL: String?
    var months: [Month]
    /// The form shows the original budget's rows as a starting point (nothing saved yet).
    var starting: Bool

    struct Month: MustacheView { var label, amount: String }

    struct Option: MustacheView {
        var code, name: String
        var selected: Bool
    }
    struct LineRow: MustacheView {
        var index, number: Int
        var nodes: [Option]
        var account, amount, weights: String
        var profiles: [Option]
    }
    struct StaffRow: MustacheView {
        var index, number: Int
        var nodes: [Option]
        var account, category, fte, salary, po: String
        var cost: String
    }
    struct Decision: MustacheView { var approveURL, returnURL: String }
    struct YearLink: MustacheView {
        var url, label: String
        var current: Bool
    }

    /// Empty rows below the stored ones.
    static let emptyLines = 5
    static let emptyStaff = 3

    init(
        _ data: FollowUpData, year: Int, committee: NodeCode, budget: DetailedBudget, state: ForecastState,
        session s: Session, typed: [String: String]? = nil, message: String? = nil, error: String? = nil
    ) {
        let tree = data.tree(for: year)
        name = tree.node(committee)?.name ?? committee.rawValue
        self.year = String(year)
        self.message = message
        self.error = error
        summary = DetailedBudgetSummary(data, year: year, committee: committee, budget: budget)
        months = zip(BudgetTemplate.months, budget.monthlyTotals).map {
            Month(label: $0.capitalized, amount: HTML.kronor($1))
        }
        starting = state.version == 0 && !budget.lines.isEmpty
        status = state.version == 0 ? "Inte påbörjad" : Labels.status[state.status] ?? state.status.rawValue
        // A refilled form keeps the version it was made on (a save on it is refused if another came in between).
        version = typed?["version"] ?? String(state.version)
        updatedBy = state.updatedBy.isEmpty ? nil : "\(state.updatedBy), \(HTML.localTime(state.updatedAt))"
        comment = state.comment.isEmpty ? nil : state.comment
        editable = s.may(.write(committee, in: tree)) && state.status != .submitted
        action = Page.detailedBudget(committee, year: year).url
        templateURL = Page.detailedBudgetTemplate(committee, year: year).url
        csrf = s.csrf
        let form = typed ?? Self.fields(budget)
        let nodes = DetailedBudget.lines(of: committee, year: year, in: data)
        func options(_ chosen: String) -> [Option] {
            nodes.map { Option(code: $0.code.rawValue, name: $0.name, selected: $0.code.rawValue == chosen) }
        }
        let lineSlots = (Int(form["lines"] ?? "") ?? 0) + (typed == nil && editable ? Self.emptyLines : 0)
        lineCount = String(lineSlots)
        lines = (0..<lineSlots).map { i in
            let profile = form["profile_\(i)"] ?? "even"
            let profiles = [("even", "Jämn"), ("last-year", "Fjolårets utfall"), ("typed", "Egen (vikter)")].map {
                Option(code: $0.0, name: $0.1, selected: $0.0 == profile)
            }
            return LineRow(
                index: i, number: i + 1, nodes: options(form["node_\(i)"] ?? ""), account: form["account_\(i)"] ?? "",
                amount: form["amount_\(i)"] ?? "", weights: form["weights_\(i)"] ?? "", profiles: profiles)
        }
        let staffSlots = (Int(form["staffRows"] ?? "") ?? 0) + (typed == nil && editable ? Self.emptyStaff : 0)
        staffCount = String(staffSlots)
        staffRows = (0..<staffSlots).map { i in
            let f = ["saccount", "category", "fte", "salary", "po"].map { form["\($0)_\(i)"] ?? "" }
            var cost = ""
            if let fte = DetailedBudgetForm.decimal(f[2]), let salary = Money.parse(f[3]),
                let po = DetailedBudgetForm.decimal(f[4])
            {
                let row = DetailedBudget.Staff(
                    node: "", account: 0, category: "", fullTimeEquivalents: fte, monthlySalary: salary,
                    overheadPercent: po)
                cost = HTML.kronor(row.amount)
            }
            return StaffRow(
                index: i, number: i + 1, nodes: options(form["snode_\(i)"] ?? ""), account: f[0], category: f[1],
                fte: f[2], salary: f[3], po: f[4], cost: cost)
        }
        if s.may(.approve) && state.status == .submitted {
            decision = Decision(
                approveURL: Page.detailedBudgetDecision(committee, .approve, year: year).url,
                returnURL: Page.detailedBudgetDecision(committee, .return, year: year).url)
        }
        years = DetailedBudgetController.years(data, committee: committee).map {
            YearLink(url: Page.detailedBudget(committee, year: $0).url, label: String($0), current: $0 == year)
        }
        overviewURL = s.may(.region) ? Page.detailedBudgets(year: year).url : nil
    }

    /// A typed profile's weights as the budget template writes them (small whole numbers, else the months in kronor);
    /// for months that came out even, the weights over their greatest common divisor.
    static func weights(_ l: DetailedBudget.Line, _ w: [Int64]) -> [String] {
        let row = BudgetRow(year: 0, node: l.node, account: l.account, amount: l.amount, monthly: l.monthly)
        if let written = BudgetTemplate.weights(row) { return written }
        let divisor = max(1, w.reduce(0) { Periodisation.gcd($0, $1) })
        return w.map { String($0 / divisor) }
    }

    /// A stored detailed budget as the form's fields.
    static func fields(_ b: DetailedBudget) -> [String: String] {
        var f = ["lines": String(b.lines.count), "staffRows": String(b.staff.count)]
        for (i, l) in b.lines.enumerated() {
            f["node_\(i)"] = l.node.rawValue
            f["account_\(i)"] = String(l.account)
            f["amount_\(i)"] = HTML.formAmount(l.amount)
            f["profile_\(i)"] = l.profile.kind
            if case .typed(let w) = l.profile {
                f["weights_\(i)"] = weights(l, w).joined(separator: " ")
            }
        }
        for (i, r) in b.staff.enumerated() {
            f["snode_\(i)"] = r.node.rawValue
            f["saccount_\(i)"] = String(r.account)
            f["category_\(i)"] = r.category
            f["fte_\(i)"] = PlanFormat.number(r.fullTimeEquivalents)
            f["salary_\(i)"] = HTML.formAmount(r.monthlySalary)
            f["po_\(i)"] = PlanFormat.number(r.overheadPercent)
        }
        return f
    }
}

/// The frame, the detailed budget's net cost and the remainder, formatted, with where the frame comes from: the top of
/// the detailed budget's page and a row of the overview.
struct DetailedBudgetSummary: MustacheView {
    var frame, netCost, remainder, source: String
    var over: Bool

    init(_ data: FollowUpData, year: Int, committee: NodeCode, budget: DetailedBudget) {
        let f = CommitteeFrame.of(committee, year: year, in: data)
        frame = f.amount.map(HTML.kronor) ?? "saknas"
        netCost = HTML.kronor(budget.netCost)
        remainder = f.amount.map { HTML.kronor(budget.remainder(of: $0)) } ?? "–"
        over = f.amount.map { budget.remainder(of: $0) < .zero } ?? false
        let proposal = f.undecidedVersion.map { " (\($0) är ett förslag)" } ?? ""
        switch f.source {
        case .plan(let version): source = "Ramen i den beslutade planversionen \(version)."
        case .originalBudget:
            source =
                "Ingen planversion för \(year) är beslutad\(proposal): ramen är nämndens regionbidrag i den "
                + "ursprungliga budgeten \(year)."
        case .none:
            source =
                "Ingen planversion för \(year) är beslutad\(proposal) och budgeten \(year) har inget "
                + "regionbidrag för nämnden: ramen saknas."
        }
    }
}

/// Every committee's detailed budget of a year (`Templates.detailedBudgets`): status, frame, net cost and remainder.
struct DetailedBudgetsView: PageView, MustacheView {
    static let template = "detailedBudgets"
    var year: String
    var rows: [Row]
    var years: [DetailedBudgetView.YearLink]

    struct Row: MustacheView {
        var url, name, status: String
        var summary: DetailedBudgetSummary
    }

    init(_ data: FollowUpData, year: Int, states: [NodeCode: ForecastState], budgets: [NodeCode: DetailedBudget]) {
        self.year = String(year)
        rows = data.tree(for: year).committees.map { c in
            let budget = budgets[c.code] ?? DetailedBudget(year: year, committee: c.code, lines: [], staff: [])
            return Row(
                url: Page.detailedBudget(c.code, year: year).url, name: c.name,
                status: states[c.code].flatMap { Labels.status[$0.status] } ?? "Inte påbörjad",
                summary: DetailedBudgetSummary(data, year: year, committee: c.code, budget: budget))
        }
        years = DetailedBudgetController.years(data).map {
            .init(url: Page.detailedBudgets(year: $0).url, label: String($0), current: $0 == year)
        }
    }
}
