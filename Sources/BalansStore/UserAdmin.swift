import BalansCore
import Foundation

/// Changes to one user of an organisation, made together in one transaction (the administrator's form or
/// `POST /api/users/NAME`): what is nil stays as it is.
public struct UserChange: Sendable, Equatable {
    /// The new role (roll).
    public var role: Role?
    /// A committee controller's node (the one held if nil); "" for the other roles.
    public var node: NodeCode?
    /// The login's e-mail address, "" for none.
    public var email: String?
    /// Deactivated (false) or active again (true) in this organisation.
    public var active: Bool?
    /// A new password's bcrypt hash: the login's, in every organisation.
    public var passwordHash: String?

    /// The changes given; the rest stays.
    public init(
        role: Role? = nil, node: NodeCode? = nil, email: String? = nil, active: Bool? = nil,
        passwordHash: String? = nil
    ) {
        (self.role, self.node, self.email, self.active, self.passwordHash) = (role, node, email, active, passwordHash)
    }
}

extension Store {
    /// The role and node of `name` in this organisation, or an input failure naming the user.
    func existingRole(_ s: Scoped, _ name: String) throws -> (role: String, node: NodeCode) {
        guard let r = try s.selectOne("role, node", from: "user_role", where: "user_name = ?", [name]) else {
            throw InputFailure([
                InputIssue(file: "user \(name)", line: nil, message: "no such user in organisation \"\(organisation)\"")
            ])
        }
        return (r["role"], r["node"])
    }

    /// Makes the changes to `name`, a user of this organisation, in one transaction, each with its line of the audit
    /// trail under `user` (who did it). A new role, a deactivation or a new password ends the user's sessions here at
    /// once, so no page is served under the old role or to a locked-out user; a new password, which is the login's,
    /// ends them in every organisation — but `keeping` (the token hash of the session that changed its own password).
    /// Returns the number of sessions ended (with a new password, in every organisation).
    @discardableResult
    public func changeUser(
        _ name: String, _ change: UserChange, by user: String = "system", keeping: String? = nil
    ) async throws -> Int {
        if let email = change.email { try Self.checkEmail(email, of: name) }
        let (ended, others) = try await writing { s -> (Int, [OrganisationCode]) in
            let old = try existingRole(s, name)
            var endSessions = false
            if let role = change.role {
                let node = role == .committee ? change.node ?? old.node : ""
                try requireCommitteeNode(s, user: name, role: role, node: node)
                if role.rawValue != old.role || node != old.node {
                    try s.update(
                        "user_role", set: "role = ?, node = ?", [role.rawValue, node], where: "user_name = ?", [name])
                    try audit(
                        s.db, user: user, action: "user.role", entity: name, old: "\(old.role) \(old.node)",
                        new: "\(role.rawValue) \(node)")
                    endSessions = true
                }
            }
            if let email = change.email { try changeEmail(s, name, email, by: user) }
            if let active = change.active,
                try s.value(Bool.self, "active", from: "user_role", where: "user_name = ?", [name]) != active
            {
                try s.update("user_role", set: "active = ?", [active], where: "user_name = ?", [name])
                try audit(
                    s.db, user: user, action: active ? "user.activate" : "user.deactivate", entity: name, old: "",
                    new: "")
                endSessions = endSessions || !active
            }
            var others: [OrganisationCode] = []
            if let hash = change.passwordHash {
                // The login is every organisation's: this statement is not scoped.
                try s.db.execute(sql: "UPDATE app_user SET password_hash = ? WHERE name = ?", arguments: [hash, name])
                try audit(s.db, user: user, action: "user.passwd", entity: name, old: "", new: "")
                others = try OrganisationCode.fetchAll(
                    s.db,
                    sql: "SELECT organisation FROM user_role WHERE user_name = ? AND organisation != ? ORDER BY 1",
                    arguments: [name, organisation])
            }
            if change.passwordHash != nil {
                // Every organisation's sessions of the login (the others' counters are moved below).
                let ended = try s.db.execute(
                    sql: "DELETE FROM session WHERE user_name = ? AND token_hash != ?",
                    arguments: [name, keeping ?? ""])
                return (ended, others)
            }
            guard endSessions else { return (0, others) }
            return (try Self.endSessions(s, name, keeping: keeping), others)
        }
        // The servers of the user's other organisations watch those organisations' change
        // counters: a write under each one's key moves it and ends the sessions there.
        for other in others {
            _ = try await db.backend.write(lockKey: Self.lockKey(other)) { db in
                try Self.endSessions(Scoped(db: db, organisation: other), name, keeping: keeping)
            }
        }
        return ended
    }

    /// Deactivates (`active` false) or reactivates `name` in this organisation; a deactivated user's sessions here end
    /// at once and their login is refused (the login and password stay). Returns the sessions ended.
    @discardableResult
    public func setActive(name: String, active: Bool, by user: String = "system") async throws -> Int {
        try await changeUser(name, UserChange(active: active), by: user)
    }

    /// Deletes the sessions of `name` in the organisation of `s` but the one of `keeping`; how many there were.
    private static func endSessions(_ s: Scoped, _ name: String, keeping: String?) throws -> Int {
        try s.delete(from: "session", where: "user_name = ? AND token_hash != ?", [name, keeping ?? ""])
    }
}
