import BalansCore
import Foundation

/// A row of `detail_budget_line`: one row of a committee's detailed budget (its year, committee and place are the key).
enum DetailedLineRecord: ReadableRecord {
    static let table = "detail_budget_line"
    static let columns = ["node", "account", "amount", "profile", "weights", "monthly"]

    static func decode(_ r: SQLRow) -> DetailedBudget.Line? {
        let weights = (r["weights"] as String).split(separator: ",").compactMap { Int64($0) }
        guard let profile = DetailedBudget.Profile(kind: r["profile"], weights: weights) else { return nil }
        let monthly = (r["monthly"] as String).split(separator: ",").compactMap { Int64($0) }.map(Money.init(ore:))
        guard monthly.count == 12 else { return nil }
        return DetailedBudget.Line(
            node: r["node"], account: r["account"], amount: Money(ore: r["amount"]), profile: profile, monthly: monthly)
    }

    static func encode(_ l: DetailedBudget.Line) -> SQLArguments {
        var weights: [Int64] = []
        if case .typed(let w) = l.profile { weights = w }
        return [
            l.node, l.account, l.amount.ore, l.profile.kind, weights.map(String.init).joined(separator: ","),
            l.monthly.map { String($0.ore) }.joined(separator: ","),
        ]
    }
}

/// A row of `detail_budget_staff`: one staff row of a committee's detailed budget.
enum DetailedStaffRecord: ReadableRecord {
    static let table = "detail_budget_staff"
    static let columns = ["node", "account", "category", "fte", "salary", "overhead"]
    static let posix = Locale(identifier: "en_US_POSIX")

    static func decode(_ r: SQLRow) -> DetailedBudget.Staff? {
        guard let fte = Decimal(string: r["fte"] as String, locale: posix),
            let overhead = Decimal(string: r["overhead"] as String, locale: posix)
        else { return nil }
        return DetailedBudget.Staff(
            node: r["node"], account: r["account"], category: r["category"], fullTimeEquivalents: fte,
            monthlySalary: Money(ore: r["salary"]), overheadPercent: overhead)
    }

    static func encode(_ s: DetailedBudget.Staff) -> SQLArguments {
        [
            s.node, s.account, s.category, s.fullTimeEquivalents.description, s.monthlySalary.ore,
            s.overheadPercent.description,
        ]
    }
}

extension Store {
    static let detailKey = "year = ? AND committee = ?"

    /// A committee's detailed budget of a year and where it stands in the workflow (`ForecastState.new` and no rows
    /// before the first save).
    public func detailedBudget(year: Int, committee: NodeCode) async throws -> (DetailedBudget, ForecastState) {
        try await reading { s in
            (try self.detailedBudget(s, year: year, committee: committee), try self.detailState(s, year, committee))
        }
    }

    /// The workflow state of every committee's detailed budget of a year that has been saved, by committee.
    public func detailedBudgetStates(year: Int) async throws -> [NodeCode: ForecastState] {
        try await reading { s in
            var states: [NodeCode: ForecastState] = [:]
            for r in try s.select(
                "committee, " + Self.stateColumns, from: "detail_budget_state", where: "year = ?", [year])
            {
                states[NodeCode(r["committee"] as String)] = ForecastStateRecord.decode(r)
            }
            return states
        }
    }

    static let stateColumns = "status, version, comment, updated_by, updated_at"

    func detailedBudget(_ s: Scoped, year: Int, committee: NodeCode) throws -> DetailedBudget {
        let key: SQLArguments = [year, committee]
        return DetailedBudget(
            year: year, committee: committee,
            lines: try s.all(DetailedLineRecord.self, where: Self.detailKey, key, then: "ORDER BY seq"),
            staff: try s.all(DetailedStaffRecord.self, where: Self.detailKey, key, then: "ORDER BY seq"))
    }

    func detailState(_ s: Scoped, _ year: Int, _ committee: NodeCode) throws -> ForecastState {
        try s.selectOne(Self.stateColumns, from: "detail_budget_state", where: Self.detailKey, [year, committee])
            .flatMap(ForecastStateRecord.decode) ?? .new
    }

    func setDetailState(_ s: Scoped, _ year: Int, _ committee: NodeCode, _ st: ForecastState) throws {
        try s.insert(
            into: "detail_budget_state", ["year", "committee"] + Self.stateColumns.components(separatedBy: ", "),
            [year, committee, st.status.rawValue, st.version, st.comment, st.updatedBy, st.updatedAt],
            then: """
                ON CONFLICT (organisation, year, committee) DO UPDATE SET status = excluded.status,
                    version = excluded.version, comment = excluded.comment, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                """)
    }

    /// Saves a committee's detailed budget as a draft, replacing its rows and staff rows of the year, with a line in
    /// the audit trail (`detailbudget.save`) per line and account whose amount changed. Refused when `expectedVersion`
    /// is not the stored version (someone saved in between: `StaleVersion`, nothing lost), when the budget is
    /// submitted (waiting for approval), or when a row is not on a node of the committee's subtree. An approved budget
    /// saved again is a new draft; the approved rows stay in the original budget until it is approved. Returns the new
    /// version.
    public func saveDetailedBudget(_ budget: DetailedBudget, expectedVersion: Int, user: String) async throws -> Int {
        let (year, committee) = (budget.year, budget.committee)
        return try await writing { s in
            let nodes = Set(try self.subtree(s, committee, year).map(\.code))
            let placed = budget.lines.map(\.node) + budget.staff.map(\.node)
            if let stray = placed.first(where: { !nodes.contains($0) }) {
                throw WorkflowError(description: "Raden för \(stray) hör inte till \(committee).")
            }
            if let bad = budget.lines.first(where: { $0.monthly.count != 12 || $0.monthly.sum() != $0.amount }) {
                throw WorkflowError(description: "Raden för \(bad.node) \(bad.account) har fel månadsbelopp.")
            }
            var state = try self.detailState(s, year, committee)
            try state.check(version: expectedVersion, subject: "Detaljbudgeten")
            guard state.status != .submitted else {
                throw WorkflowError(
                    description: "Detaljbudgeten är inlämnad och kan inte ändras förrän den är granskad.")
            }
            let old = try self.detailedBudget(s, year: year, committee: committee)
            let key: SQLArguments = [year, committee]
            try s.delete(from: DetailedLineRecord.table, where: Self.detailKey, key)
            try s.delete(from: DetailedStaffRecord.table, where: Self.detailKey, key)
            let head = ["year", "committee", "seq"]
            for (i, l) in budget.lines.enumerated() {
                try s.insert(
                    into: DetailedLineRecord.table, head + DetailedLineRecord.columns,
                    [year, committee, i] + DetailedLineRecord.encode(l))
            }
            for (i, r) in budget.staff.enumerated() {
                try s.insert(
                    into: DetailedStaffRecord.table, head + DetailedStaffRecord.columns,
                    [year, committee, i] + DetailedStaffRecord.encode(r))
            }
            func amounts(_ b: DetailedBudget) -> [String: Money] {
                Dictionary(b.budgetRows.map { ("\($0.node) \($0.account ?? 0)", $0.amount) }, uniquingKeysWith: +)
            }
            let (before, after) = (amounts(old), amounts(budget))
            for k in Set(before.keys).union(after.keys).sorted() where before[k] != after[k] {
                try audit(
                    s.db, user: user, action: "detailbudget.save", entity: "\(year) \(committee) \(k)",
                    old: before[k]?.description ?? "", new: after[k]?.description ?? "")
            }
            state = state.stepped(to: .draft, by: user)
            try self.setDetailState(s, year, committee, state)
            return state.version
        }
    }

    /// The nodes of `committee`'s subtree in `year`; refused when it is no committee of the year's tree.
    func subtree(_ s: Scoped, _ committee: NodeCode, _ year: Int) throws -> [OrgNode] {
        guard let tree = OrgTree(nodes: try loadNodes(s.db), year: year),
            tree.committees.contains(where: { $0.code == committee })
        else { throw WorkflowError(description: "Det finns ingen nämnd \(committee) \(year).") }
        return tree.subtree(committee)
    }
}
