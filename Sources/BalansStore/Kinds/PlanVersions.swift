import BalansCore
import Foundation

/// A row of `plan_version`: a decided plan version.
enum PlanVersionRecord: Record {
    static let table = "plan_version"
    static let columns = ["version", "first_year", "status", "decided_by", "decided_at", "reference"]

    static func decode(_ r: SQLRow) -> PlanVersion? {
        PlanVersion.Status(rawValue: r["status"]).map {
            PlanVersion(
                version: r["version"], firstYear: r["first_year"], status: $0, decidedBy: r["decided_by"],
                decidedAt: r["decided_at"], reference: r["reference"])
        }
    }

    static func encode(_ v: PlanVersion) -> SQLArguments {
        [v.version, v.firstYear, v.status.rawValue, v.decidedBy, v.decidedAt, v.reference]
    }
}

/// A plan version that is decided already cannot be decided again.
public struct PlanDecidedAlready: WorkflowRefusal {
    /// The version.
    public var version: String
    /// The refusal.
    public var description: String { "Planversionen \(version) är redan beslutad." }
}

extension Store {
    /// Decides plan version `version` (issue 18): `rows` (`PlanBudget.rows`) become the original budget of
    /// `firstYear` — the year's budget changes and proposals stay — and the version is `decided`, or `revised` when
    /// another version of the year was decided before; with a line in the audit trail (`plan.decide`). One
    /// transaction; refused when the version is decided already, or, given the `stamp` of the rows `rows` were
    /// computed from, when the version's rows have changed since.
    public func decidePlan(
        version: String, firstYear: Int, rows: [BudgetRow], user: String, at time: String, reference: String = "",
        stamp: String? = nil
    ) async throws -> PlanVersion {
        try await writing { s in
            let decided = try s.all(PlanVersionRecord.self, where: "first_year = ?", [firstYear])
            if decided.contains(where: { $0.version == version }) { throw PlanDecidedAlready(version: version) }
            if let stamp, try planStamp(s, version).stamp != stamp {
                throw PlanVersionRefusal(
                    description: "Planversionen \(version) har ändrats sedan den beräknades. Ladda om sidan.")
            }
            try checkNodes(s.db, rows.enumerated().map { ($0.offset + 1, $0.element.node, firstYear) }, file: "plan")
            let old = try replaceOriginal(s, year: firstYear, rows: rows)
            let status = PlanVersion(
                version: version, firstYear: firstYear, status: decided.isEmpty ? .decided : .revised, decidedBy: user,
                decidedAt: time, reference: reference)
            try s.insert(status, as: PlanVersionRecord.self)
            try audit(
                s.db, user: user, action: "plan.decide", entity: "\(version) \(firstYear)", old: old.description,
                new: rows.map(\.amount).sum().description)
            return status
        }
    }

    /// The decided plan versions.
    func planVersions(_ s: Scoped) throws -> [PlanVersion] {
        try s.all(PlanVersionRecord.self, then: "ORDER BY first_year, decided_at")
    }
}
