import BalansCore
import Foundation

/// One line of the audit trail (granskningslogg): who changed what, when, from what to what.
public struct AuditEntry: Sendable, Equatable {
    /// When, an ISO 8601 UTC timestamp stamped by the store.
    public var at: String
    /// Who did it: the logged-in user, or "system" for user administration from the command line.
    public var user: String
    /// What was done, e.g. `forecast.save`, `forecast.approved`, `text.submitted`, `user.add` or `setting`.
    public var action: String
    /// What it was done to, e.g. the period, node and account of a forecast amount, a setting or a user's name.
    public var entity: String
    /// The value before, "" if there was none: an amount, a workflow status, a setting's value, a role and node.
    public var oldValue: String
    /// The value after: an amount, or a new status with the comment given (`returned: …`).
    public var newValue: String
}

/// A row of `audit`, numbered in the order written (`id`).
enum AuditRecord: Record {
    static let table = "audit"
    static let columns = ["at", "user_name", "action", "entity", "old_value", "new_value"]

    static func decode(_ r: SQLRow) -> AuditEntry? {
        AuditEntry(
            at: r["at"], user: r["user_name"], action: r["action"], entity: r["entity"], oldValue: r["old_value"],
            newValue: r["new_value"])
    }

    static func encode(_ e: AuditEntry) -> SQLArguments {
        [e.at, e.user, e.action, e.entity, e.oldValue, e.newValue]
    }
}

extension Store {
    /// Writes a line of the audit trail, stamped now, in the transaction of `db`.
    func audit(_ db: any SQLConnection, user: String, action: String, entity: String, old: String, new: String) throws {
        let entry = AuditEntry(
            at: Store.now(), user: user, action: action, entity: entity, oldValue: old, newValue: new)
        try scoped(db).insert(entry, as: AuditRecord.self)
    }

    /// The newest entries first, at most `limit`, filtered in SQL: by who (`user`), by what (`action`, e.g.
    /// `forecast.save`) and by when — from `from` (inclusive) to `to` (exclusive), ISO 8601 UTC timestamps as stored.
    public func auditTrail(
        limit: Int = 200, user: String? = nil, action: String? = nil, from: String? = nil, to: String? = nil
    ) async throws -> [AuditEntry] {
        let filters = [("user_name = ?", user), ("action = ?", action), ("at >= ?", from), ("at < ?", to)]
            .compactMap { condition, value in value.map { (condition, $0) } }
        let condition = filters.isEmpty ? nil : filters.map(\.0).joined(separator: " AND ")
        return try await reading { s in
            try s.all(
                AuditRecord.self, where: condition, filters.map(\.1) + [limit], then: "ORDER BY id DESC LIMIT ?")
        }
    }

    /// Who and what the audit trail names, each sorted: the choices of its filter.
    public func auditFacets() async throws -> (users: [String], actions: [String]) {
        try await reading { s in
            (
                try s.values(String.self, "DISTINCT user_name", from: "audit", then: "ORDER BY 1"),
                try s.values(String.self, "DISTINCT action", from: "audit", then: "ORDER BY 1")
            )
        }
    }
}
