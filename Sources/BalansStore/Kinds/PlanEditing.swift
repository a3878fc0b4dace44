import BalansCore
import Foundation

/// Why a change of a plan version is refused (issue 18, item 1), in Swedish as the user is shown it: the version is
/// decided, a new one's name is taken, or someone changed the version since the user's page showed it.
public struct PlanVersionRefusal: WorkflowRefusal {
    /// The reason.
    public var description: String
    /// A refusal with its reason.
    public init(description: String) { self.description = description }
}

extension Store {
    /// Saves every row of plan version `version` (what the web's form and `balans plan copy` make; imports replace
    /// whole versions too): the version's stored rows are replaced in one transaction, with a line in the audit
    /// trail (`plan.edit`, the old and the new stamp). `expecting` is the stamp of the rows the change was made on
    /// (`PlanVersions.stamp`), nil for a new version, whose name must then be free. Refused when the version is
    /// decided or its rows are no longer those; every committee and line must exist in its year. A new version made
    /// from `source` takes that version's investment plan and finance assumptions with it.
    public func savePlanVersion(
        _ version: String, taxes: [TaxAssumption], frames: [FrameRow], expecting: String?, user: String,
        from source: String? = nil
    ) async throws {
        try await writing { s in
            let old = try planStamp(s, version)
            if let expecting {
                if try isDecided(s, version) {
                    throw PlanVersionRefusal(description: "Planversionen \(version) är beslutad och kan inte ändras.")
                }
                guard old.exists, old.stamp == expecting else {
                    throw PlanVersionRefusal(
                        description: "Planversionen \(version) har ändrats av någon annan sedan du öppnade den. "
                            + "Ladda om sidan och gör ändringen igen.")
                }
            } else if try old.exists || isDecided(s, version) {
                throw PlanVersionRefusal(description: "Det finns redan en planversion som heter \(version).")
            }
            try checkNodes(
                s.db, frames.enumerated().map { ($0.offset + 1, $0.element.node, $0.element.year) }, file: version)
            try s.delete(from: TaxAssumptionRecord.table, where: "version = ?", [version])
            try s.delete(from: FrameRowRecord.table, where: "version = ?", [version])
            for (i, t) in taxes.enumerated() {
                var row = t
                row.version = version
                try s.insert(
                    into: TaxAssumptionRecord.table, TaxAssumptionRecord.columns,
                    TaxAssumptionRecord.encode(row, position: i))
            }
            for (i, f) in frames.enumerated() {
                var row = f
                row.version = version
                try s.insert(
                    into: FrameRowRecord.table, FrameRowRecord.columns, FrameRowRecord.encode(row, position: i))
            }
            if expecting == nil, let source {
                let investments = try s.all(
                    PlanInvestmentRecord.self, where: "version = ?", [source], then: "ORDER BY position")
                for (i, var row) in investments.enumerated() {
                    row.version = version
                    try s.insert(
                        into: PlanInvestmentRecord.table, PlanInvestmentRecord.columns,
                        PlanInvestmentRecord.encode(row, position: i))
                }
                let finance = try s.all(
                    PlanFinanceRecord.self, where: "version = ?", [source], then: "ORDER BY position")
                for (i, var row) in finance.enumerated() {
                    row.version = version
                    try s.insert(
                        into: PlanFinanceRecord.table, PlanFinanceRecord.columns,
                        PlanFinanceRecord.encode(row, position: i))
                }
            }
            let new = PlanVersions.stamp(taxes: taxes, frames: frames)
            try audit(
                s.db, user: user, action: "plan.edit", entity: version, old: old.exists ? old.stamp : "",
                new: "\(new) (\(taxes.count) antaganden, \(frames.count) ramrader)")
        }
    }

    /// Decides plan version `version` for `firstYear` as computed from the store's data now (`FramePlan.compute`,
    /// `PlanBudget.rows`): the CLI's `plan decide` and the web's Fastställ. `expecting`, the stamp of the rows the
    /// decision was made on, nil to decide what is stored. An `InputFailure` when the plan cannot be computed.
    public func decidePlan(
        version: String, firstYear: Int, user: String, at time: String, reference: String = "",
        expecting: String? = nil
    ) async throws -> (status: PlanVersion, rows: [BudgetRow]) {
        let data = try await followUpData()
        let plan: FramePlan
        switch FramePlan.compute(data, version: version, firstYear: firstYear) {
        case nil:
            throw InputFailure([InputIssue(file: "plan", line: nil, message: "no plan version \"\(version)\"")])
        case .failure(let missing)?:
            throw InputFailure(missing.problems.map { InputIssue(file: "plan \(version)", line: nil, message: $0) })
        case .success(let p)?: plan = p
        }
        let rows: [BudgetRow]
        switch PlanBudget.rows(plan, data: data) {
        case .success(let r): rows = r
        case .failure(let missing):
            throw InputFailure(missing.problems.map { InputIssue(file: "plan \(version)", line: nil, message: $0) })
        }
        let status = try await decidePlan(
            version: version, firstYear: firstYear, rows: rows, user: user, at: time, reference: reference,
            stamp: expecting ?? PlanVersions.stamp(version, in: data))
        return (status, rows)
    }

    /// Whether `version` is decided (or revised).
    func isDecided(_ s: Scoped, _ version: String) throws -> Bool {
        try s.all(PlanVersionRecord.self, where: "version = ?", [version]).contains { $0.status != .proposal }
    }

    /// The stamp of `version`'s stored rows, and whether it has any.
    func planStamp(_ s: Scoped, _ version: String) throws -> (stamp: String, exists: Bool) {
        let taxes = try s.all(TaxAssumptionRecord.self, where: "version = ?", [version], then: "ORDER BY position")
        let frames = try s.all(FrameRowRecord.self, where: "version = ?", [version], then: "ORDER BY position")
        return (PlanVersions.stamp(taxes: taxes, frames: frames), !taxes.isEmpty || !frames.isEmpty)
    }
}
