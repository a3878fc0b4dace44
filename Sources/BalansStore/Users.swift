import BalansCore
import Foundation

/// Where the store stands for a cache of sessions: it moves at once with this process's own
/// writes and, for another process's (a `balans user` command), as soon as the backend's
/// counter does — SQLite at once, PostgreSQL within 100 ms (`PostgresBackend.dataVersionInterval`).
public struct ChangeVersion: Sendable, Equatable {
    /// The backend's counter of the organisation's writes by any process (`dataVersion`).
    public var shared: Int
    /// The writes of this store object that have committed.
    public var local: Int
}

extension Store {
    /// The longest user name, in characters: a login form's name longer than this is no user
    /// and is never looked up nor remembered.
    public static let maxUserNameLength = 64

    /// What the writes of `organisation` serialise on (and whose change counter they move).
    static func lockKey(_ organisation: String) -> String { "organisation \(organisation)" }

    /// A user name: 1 to 64 characters, no control characters (it is shown on pages and in
    /// the audit trail).
    static func checkUserName(_ name: String) throws {
        let control = name.unicodeScalars.contains { $0.properties.generalCategory == .control }
        guard !name.isEmpty, name.count <= maxUserNameLength, !control else {
            let shown = String(
                name.prefix(maxUserNameLength).unicodeScalars.filter { $0.properties.generalCategory != .control })
            throw InputFailure([
                InputIssue(
                    file: "user \(shown)", line: nil,
                    message: "a user name has 1 to \(maxUserNameLength) characters and no control characters")
            ])
        }
    }

    public func changeVersion() throws -> ChangeVersion {
        ChangeVersion(shared: try dataVersion(), local: db.localWrites.current)
    }

    /// The user `name` of this organisation for a login, and the cost of most of the
    /// organisation's stored password hashes (nil without users). Both are asked whether the
    /// name exists or not, so an unknown name is answered by the same queries and a bcrypt
    /// round of the same cost as a wrong password.
    public func loginLookup(name: String) throws -> (user: AppUser?, usualCost: Int?) {
        try db.read { db in
            let user = try SQLRow.fetchOne(
                db,
                sql: """
                    SELECT u.name, u.password_hash, r.role, r.node
                    FROM app_user u JOIN user_role r ON r.user_name = u.name
                    WHERE u.name = ? AND r.organisation = ?
                    """,
                arguments: [name, organisation]
            ).flatMap(Self.user)
            // "$2b$12$…": the cost is the third field.
            let cost = try String.fetchOne(
                db,
                sql: """
                    SELECT substr(u.password_hash, 5, 2) FROM app_user u JOIN user_role r ON r.user_name = u.name
                    WHERE r.organisation = ? GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1
                    """,
                arguments: [organisation])
            return (user, cost.flatMap { Int($0) })
        }
    }

    /// The role and node of `name` in this organisation, or an input failure naming the user.
    private func existingRole(_ db: any SQLConnection, _ name: String) throws -> (role: String, node: String) {
        guard
            let r = try SQLRow.fetchOne(
                db, sql: "SELECT role, node FROM user_role WHERE organisation = ? AND user_name = ?",
                arguments: [organisation, name])
        else {
            throw InputFailure([
                InputIssue(file: "user \(name)", line: nil, message: "no such user in organisation \"\(organisation)\"")
            ])
        }
        return (r["role"], r["node"])
    }

    /// Deletes the sessions of `name` in this organisation; returns how many there were.
    private func endSessions(_ db: any SQLConnection, _ name: String) throws -> Int {
        try db.execute(
            sql: "DELETE FROM session WHERE organisation = ? AND user_name = ?", arguments: [organisation, name])
    }

    /// A new password for `name`, a user of this organisation. The password is the login's,
    /// so every session of the user ends at once in every organisation. Returns the number
    /// of sessions ended.
    @discardableResult
    public func setPassword(name: String, passwordHash: String) throws -> Int {
        let (ended, others) = try db.write { db -> (Int, [String]) in
            _ = try existingRole(db, name)
            try db.execute(
                sql: "UPDATE app_user SET password_hash = ? WHERE name = ?", arguments: [passwordHash, name])
            let ended = try db.execute(sql: "DELETE FROM session WHERE user_name = ?", arguments: [name])
            try audit(db, user: "system", action: "user.passwd", entity: name, old: "", new: "")
            let others = try String.fetchAll(
                db,
                sql: "SELECT organisation FROM user_role WHERE user_name = ? AND organisation != ? ORDER BY 1",
                arguments: [name, organisation])
            return (ended, others)
        }
        // The servers of the user's other organisations watch those organisations' change
        // counters: a write under each one's key moves it (its sessions are already gone).
        for other in others {
            _ = try db.backend.write(lockKey: Self.lockKey(other)) { db in
                try db.execute(
                    sql: "DELETE FROM session WHERE organisation = ? AND user_name = ?", arguments: [other, name])
            }
        }
        return ended
    }

    /// Removes `name`'s role in this organisation and ends the user's sessions here; a login
    /// left without any role is removed with its password. Returns the sessions ended.
    @discardableResult
    public func removeUser(name: String) throws -> Int {
        try db.write { db in
            let old = try existingRole(db, name)
            let ended = try endSessions(db, name)
            try db.execute(
                sql: "DELETE FROM user_role WHERE organisation = ? AND user_name = ?", arguments: [organisation, name])
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM user_role WHERE user_name = ?", arguments: [name]) ?? 0
                == 0
            {
                try db.execute(sql: "DELETE FROM session WHERE user_name = ?", arguments: [name])
                try db.execute(sql: "DELETE FROM app_user WHERE name = ?", arguments: [name])
            }
            try audit(db, user: "system", action: "user.remove", entity: name, old: "\(old.role) \(old.node)", new: "")
            return ended
        }
    }

    /// Gives `name` another role (and node) in this organisation and ends the user's sessions
    /// here, so no page is served under the old role. Returns the sessions ended.
    @discardableResult
    public func setRole(name: String, role: Role, node: String) throws -> Int {
        try db.write { db in
            let old = try existingRole(db, name)
            if role == .committee,
                try String.fetchOne(
                    db, sql: "SELECT code FROM org_node WHERE organisation = ? AND code = ?",
                    arguments: [organisation, node]) == nil
            {
                throw InputFailure([
                    InputIssue(
                        file: "user \(name)", line: nil,
                        message: "unknown organisation node \"\(node)\" for a committee controller")
                ])
            }
            try db.execute(
                sql: "UPDATE user_role SET role = ?, node = ? WHERE organisation = ? AND user_name = ?",
                arguments: [role.rawValue, node, organisation, name])
            let ended = try endSessions(db, name)
            try audit(
                db, user: "system", action: "user.role", entity: name, old: "\(old.role) \(old.node)",
                new: "\(role.rawValue) \(node)")
            return ended
        }
    }
}
