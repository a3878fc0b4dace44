import BalansCore
import Foundation

/// An organisation of the database as a person chooses it: its code and its name.
public struct OrganisationEntry: Sendable, Equatable {
    /// The organisation's code (`--organisation`).
    public var code: OrganisationCode
    /// Its name: the ledger's #FNAMN as stored, else the code.
    public var name: String

    /// An organisation's code and name.
    public init(code: OrganisationCode, name: String) {
        self.code = code
        self.name = name
    }
}

extension Store {
    /// Every organisation of the database at `location` (migrated first) with its name, by code: the ones
    /// `balans serve` serves (a database need not have the `default` organisation).
    public static func organisationEntries(path location: String) async throws -> [OrganisationEntry] {
        let backend = try backend(location, create: false)
        try await backend.migrate(Schema.steps)
        return try await backend.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT code, name FROM organisation ORDER BY code", arguments: []).map(entry)
        }
    }

    /// The organisations in which the login `name` has an active role, by code. Logins are every
    /// organisation's, so this one question is asked of the whole database (the switcher of `balans serve`).
    public func organisations(ofUser name: String) async throws -> [OrganisationEntry] {
        try await db.read { db in
            try SQLRow.fetchAll(
                db,
                sql: """
                    SELECT o.code, o.name FROM user_role r JOIN organisation o ON o.code = r.organisation
                    WHERE r.user_name = ? AND r.active = 1 ORDER BY o.code
                    """, arguments: [name]
            ).map(Self.entry)
        }
    }

    private static func entry(_ r: SQLRow) -> OrganisationEntry {
        let name: String = r["name"]
        let code = OrganisationCode(rawValue: r["code"])
        return OrganisationEntry(code: code, name: name.isEmpty ? code.rawValue : name)
    }

    /// A session of `user` in this organisation for a user who is logged in to organisation `from` and switches
    /// here, in one transaction with its line in this organisation's audit trail (`organisation.switch`). No
    /// password is asked again: the user has authenticated in `from`. False, and nothing written, unless the user
    /// has an active role here.
    public func createSwitchedSession(
        tokenHash: String, user: String, csrf: String, expiresAt: Int, from: OrganisationCode
    ) async throws -> Bool {
        let here = organisation
        return try await writing { s in
            guard try s.exists("user_role", where: "user_name = ? AND active = 1", [user]) else { return false }
            try s.delete(from: "session", where: "expires_at < ?", [Int(Date().timeIntervalSince1970)])
            try s.insert(
                into: "session", ["token_hash", "user_name", "csrf", "expires_at"], [tokenHash, user, csrf, expiresAt])
            try audit(
                s.db, user: user, action: "organisation.switch", entity: user, old: from.rawValue, new: here.rawValue)
            return true
        }
    }

    /// Ends the session of a token of a user who switched to organisation `to`, with its line in this
    /// organisation's audit trail (`organisation.switch`).
    public func endSwitchedSession(tokenHash: String, user: String, to: OrganisationCode) async throws {
        let here = organisation
        try await writing { s in
            try s.delete(from: "session", where: "token_hash = ?", [tokenHash])
            try audit(
                s.db, user: user, action: "organisation.switch", entity: user, old: here.rawValue, new: to.rawValue)
        }
    }
}
