import BalansCore

/// A row of `action_plan`: one measure of a node's action plan (åtgärdsplan) in a month, its
/// expected and realised effect.
enum ActionPlanRecord: Record {
    static let table = "action_plan"
    static let columns = ["node", "plan", "measure", "year", "month", "expected", "realised", "comment"]

    static func decode(_ r: SQLRow) -> ActionPlanRow? {
        let realised: Int64? = r["realised"]
        return ActionPlanRow(
            node: r["node"], plan: r["plan"], measure: r["measure"], year: r["year"], month: r["month"],
            expected: Money(ore: r["expected"]), realised: realised.map(Money.init(ore:)), comment: r["comment"])
    }

    static func encode(_ r: ActionPlanRow) -> SQLArguments {
        [r.node, r.plan, r.measure, r.year, r.month, r.expected.ore, r.realised?.ore, r.comment]
    }
}

extension Store {
    /// Replaces the action plans the file names (by node and plan), all their months.
    public func importActionPlans(_ rows: [Located<ActionPlanRow>], file: String, hash: String) async throws
        -> ImportSummary
    {
        var plans: [String: (NodeCode, String)] = [:]
        for r in rows.map(\.value) { plans["\(r.node);\(r.plan)"] = (r.node, r.plan) }
        let found = plans
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for (node, plan) in found.values {
                try s.delete(from: ActionPlanRecord.table, where: "node = ? AND plan = ?", [node, plan])
            }
            for r in rows { try s.insert(r.value, as: ActionPlanRecord.self) }
            try log(s.db, kind: "actionplans", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) action-plan rows", changed: true)
    }

    /// Every action-plan row, in the order written.
    func actionPlans(_ s: Scoped) throws -> [ActionPlanRow] {
        try s.all(ActionPlanRecord.self, then: "ORDER BY rowid")
    }
}
