import BalansCore
import Foundation

extension Store {
    /// Moves a committee's detailed budget along the workflow, as a forecast moves: draft/returned → submitted (the
    /// committee), submitted → approved or returned with a comment (the central controller; the `four-eyes` setting
    /// keeps the submitter from approving). On approval the detailed budget's rows (`DetailedBudget.budgetRows`)
    /// replace the committee's rows in the year's original budget — every row of a node of its subtree on an account
    /// that is not internal; the regionbidrag and the other internal rows stay — in the same transaction, with the
    /// audit trail (`detailbudget.<status>`, and `budget.detail` with the committee's totals before and after).
    /// Refused on another version than the stored one (`StaleVersion`). Returns the new version.
    public func transitionDetailedBudget(
        year: Int, committee: NodeCode, to target: ForecastState.Status, expectedVersion: Int, comment: String,
        user: String
    ) async throws -> Int {
        try await writing { s in
            if let problem = InputText.problem(in: comment, multiline: true) {
                throw WorkflowError(description: "Kommentaren \(problem).")
            }
            let nodes = Set(try self.subtree(s, committee, year).map(\.code))
            var state = try self.detailState(s, year, committee)
            try state.check(version: expectedVersion, subject: "Detaljbudgeten")
            try state.checkStep(to: target)
            if target == .approved {
                try requireFourEyes(s.db, submittedBy: state.updatedBy, approver: user)
                let budget = try self.detailedBudget(s, year: year, committee: committee)
                try self.replaceCommitteeRows(
                    s, year: year, nodes: nodes, with: budget.budgetRows, user: user, committee)
            }
            try audit(
                s.db, user: user, action: "detailbudget.\(target.rawValue)", entity: "\(year) \(committee)",
                old: state.status.rawValue, new: target.rawValue + (comment.isEmpty ? "" : ": \(comment)"))
            state = state.stepped(to: target, comment: comment, by: user)
            try self.setDetailState(s, year, committee, state)
            return state.version
        }
    }

    /// The year's original budget with the rows of `nodes` on accounts that are not internal replaced by `rows`, put
    /// where the first of them stood (at the end when there was none); through `replaceOriginal`.
    func replaceCommitteeRows(
        _ s: Scoped, year: Int, nodes: Set<NodeCode>, with rows: [BudgetRow], user: String, _ committee: NodeCode
    ) throws {
        let rules = try mappingRules(s)
        let mapping = rules.isEmpty ? AccountMapping.kommunBas13 : AccountMapping(rules: rules)
        let current = try s.all(BudgetRecord.self, where: "year = ?", [year], then: "ORDER BY id").filter(\.isOriginal)
        func replaced(_ r: BudgetRow) -> Bool {
            nodes.contains(r.node) && !(r.account.map(mapping.isInternal) ?? false)
        }
        var result: [BudgetRow] = []
        var placed = false
        for r in current {
            if replaced(r) {
                if !placed { result += rows }
                placed = true
            } else {
                result.append(r)
            }
        }
        if !placed { result += rows }
        _ = try replaceOriginal(s, year: year, rows: result)
        try audit(
            s.db, user: user, action: "budget.detail", entity: "\(year) \(committee)",
            old: current.filter(replaced).map(\.amount).sum().description, new: rows.map(\.amount).sum().description)
    }
}
