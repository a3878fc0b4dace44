import BalansCore
import Foundation

/// A user's role (roll), scoped to an org node where it says so (SPEC §6, issue 7).
public enum Role: String, CaseIterable, Sendable {
    /// Administratör: everything, and users.
    case admin
    /// Central controller (central ekonom): reads and approves the whole region.
    case central
    /// Committee controller (nämndcontroller): reads and writes its own subtree only.
    case committee
    /// Reader (läsare): published (frozen) reports only.
    case reader
}

/// A login and its role in this store's organisation.
public struct AppUser: Sendable, Equatable {
    /// The login name: 1 to 64 characters, no control characters; one login for every organisation it has a role in.
    public var name: String
    /// The password's bcrypt hash (`Auth.hashPassword`): the store never holds the password itself.
    public var passwordHash: String
    /// What the user may do in this organisation (roll): admin, central, committee or reader.
    public var role: Role
    /// The org node a committee controller is scoped to; "" for the others.
    public var node: NodeCode
    /// The login's e-mail address for notifications (aviseringar), "" when none is given.
    public var email: String = ""
    /// False when the organisation's administrator has deactivated (inaktiverat) the user here: no login, no session.
    public var active = true
}

/// A user as `user_role` (this organisation's role, `r`) joined to `app_user` (the login,
/// `u`) gives it; `r` scopes the query to the organisation.
enum AppUserRecord {
    static let columns = "u.name, u.password_hash, r.role, r.node, u.email, r.active"
    static let from = "user_role r JOIN app_user u ON u.name = r.user_name"

    static func decode(_ r: SQLRow) -> AppUser? {
        guard let role = Role(rawValue: r["role"]) else { return nil }
        return AppUser(
            name: r["name"], passwordHash: r["password_hash"], role: role, node: r["node"], email: r["email"],
            active: r["active"])
    }
}

extension Store {
    /// The longest user name, in characters: a login form's name longer than this is no user
    /// and is never looked up nor remembered.
    public static let maxUserNameLength = 64

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

    /// Adds a user with a role in this organisation, and the login's e-mail address if one is given; a login of
    /// another organisation keeps its password and gets the role here too. `user` is who did it, for the audit trail.
    public func addUser(
        name: String, passwordHash: String, role: Role, node: NodeCode, email: String = "", by user: String = "system"
    ) async throws {
        try Self.checkUserName(name)
        try Self.checkEmail(email, of: name)
        try await writing { s in
            if try s.exists("user_role", where: "user_name = ?", [name]) {
                throw InputFailure([InputIssue(file: "user \(name)", line: nil, message: "already exists")])
            }
            try requireCommitteeNode(s, user: name, role: role, node: node)
            // One login per person: a user of another organisation keeps their password and
            // gets a role in this one too.
            try s.db.execute(
                sql: "INSERT INTO app_user (name, password_hash) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                arguments: [name, passwordHash])
            try s.insert(into: "user_role", ["user_name", "role", "node"], [name, role.rawValue, node])
            try audit(s.db, user: user, action: "user.add", entity: name, old: "", new: "\(role.rawValue) \(node)")
            if !email.isEmpty { try changeEmail(s, name, email, by: user) }
        }
    }

    /// A committee controller's node must be a node of the tree.
    func requireCommitteeNode(_ s: Scoped, user name: String, role: Role, node: NodeCode) throws {
        guard role == .committee, try !nodeExists(s, node) else { return }
        throw InputFailure([
            InputIssue(
                file: "user \(name)", line: nil,
                message: "unknown organisation node \"\(node)\" for a committee controller")
        ])
    }

    /// The user `name` of this organisation.
    public func user(named name: String) async throws -> AppUser? {
        try await reading { s in
            try s.selectOne(AppUserRecord.columns, from: AppUserRecord.from, scope: "r", where: "u.name = ?", [name])
                .flatMap(AppUserRecord.decode)
        }
    }

    /// The user `name` of this organisation for a login, and the cost of most of the
    /// organisation's stored password hashes (nil without users). Both are asked whether the
    /// name exists or not, so an unknown name is answered by the same queries and a bcrypt
    /// round of the same cost as a wrong password.
    public func loginLookup(name: String) async throws -> (user: AppUser?, usualCost: Int?) {
        try await reading { s in
            let user = try s.selectOne(
                AppUserRecord.columns, from: AppUserRecord.from, scope: "r", where: "u.name = ?", [name]
            ).flatMap(AppUserRecord.decode)
            // "$2b$12$…": the cost is the third field.
            let cost = try s.value(
                String.self, "substr(u.password_hash, 5, 2)", from: AppUserRecord.from, scope: "r",
                then: "GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1")
            return (user, cost.flatMap { Int($0) })
        }
    }

    /// A new password for `name`, a user of this organisation. The password is the login's,
    /// so every session of the user ends at once in every organisation. Returns the number
    /// of sessions ended here.
    @discardableResult
    public func setPassword(name: String, passwordHash: String, by user: String = "system") async throws -> Int {
        try await changeUser(name, UserChange(passwordHash: passwordHash), by: user)
    }

    /// Removes `name`'s role in this organisation and ends the user's sessions here; a login
    /// left without any role is removed with its password. Returns the sessions ended.
    @discardableResult
    public func removeUser(name: String, by user: String = "system") async throws -> Int {
        try await writing { s in
            let old = try existingRole(s, name)
            let ended = try s.delete(from: "session", where: "user_name = ?", [name])
            try s.delete(from: "user_role", where: "user_name = ?", [name])
            // A login with no role in any organisation goes (the count is every organisation's).
            let roles = "SELECT count(*) FROM user_role WHERE user_name = ?"
            if try Int.fetchOne(s.db, sql: roles, arguments: [name]) ?? 0 == 0 {
                try s.db.execute(sql: "DELETE FROM session WHERE user_name = ?", arguments: [name])
                try s.db.execute(sql: "DELETE FROM app_user WHERE name = ?", arguments: [name])
            }
            try audit(s.db, user: user, action: "user.remove", entity: name, old: "\(old.role) \(old.node)", new: "")
            return ended
        }
    }

    /// Gives `name` another role (and node) in this organisation and ends the user's sessions
    /// here, so no page is served under the old role. Returns the sessions ended.
    @discardableResult
    public func setRole(name: String, role: Role, node: NodeCode, by user: String = "system") async throws -> Int {
        try await changeUser(name, UserChange(role: role, node: node), by: user)
    }

    /// Every user with a role in this organisation, by name.
    public func users() async throws -> [AppUser] {
        try await reading { s in
            try s.select(AppUserRecord.columns, from: AppUserRecord.from, scope: "r", then: "ORDER BY u.name")
                .compactMap(AppUserRecord.decode)
        }
    }

    /// Sets (or with "" removes) the e-mail address of the login `name`, a user of this organisation: one
    /// address per person, as the password. Refused for an address without exactly one "@" or with spaces or
    /// control characters (it goes into a mail header).
    public func setEmail(name: String, email: String, by user: String = "system") async throws {
        try await changeUser(name, UserChange(email: email), by: user)
    }

    /// An e-mail address (or "", none): exactly one "@" with something before it and a dot after it, no spaces or
    /// control characters (it goes into a mail header).
    public static func checkEmail(_ email: String, of name: String) throws {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let bad = email.unicodeScalars.contains {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
        }
        guard email.isEmpty || (parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !bad) else {
            throw InputFailure([InputIssue(file: "user \(name)", line: nil, message: "not an e-mail address: \(email)")]
            )
        }
    }

    /// The e-mail of `name`'s login set in the transaction of `s`, with its line of the audit trail.
    func changeEmail(_ s: Scoped, _ name: String, _ email: String, by user: String) throws {
        let old = try String.fetchOne(s.db, sql: "SELECT email FROM app_user WHERE name = ?", arguments: [name]) ?? ""
        guard old != email else { return }
        try s.db.execute(sql: "UPDATE app_user SET email = ? WHERE name = ?", arguments: [email, name])
        try audit(s.db, user: user, action: "user.email", entity: name, old: old, new: email)
    }
}
