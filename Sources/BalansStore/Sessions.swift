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
    /// What the writes of `organisation` serialise on (and whose change counter they move).
    static func lockKey(_ organisation: OrganisationCode) -> String { "organisation \(organisation)" }

    /// A number that moves when another process may have changed the data (SQLite's
    /// data_version, PostgreSQL's change counter): a cached snapshot is stale when it moves.
    public func dataVersion() async throws -> Int {
        try await db.backend.dataVersion(lockKey: db.lockKey)
    }

    /// Reads so far from the hot standby, and from the primary when it was too far behind; nil without one.
    public var replicaReads: (standby: Int, primary: Int)? { (db.backend as? PostgresBackend)?.replicaReads }

    /// The backend's counter and this store's own committed writes.
    public func changeVersion() async throws -> ChangeVersion {
        await ChangeVersion(shared: try dataVersion(), local: db.localWrites.current)
    }

    /// Stores a session by the hash of its token (a stolen database gives no live session).
    public func createSession(tokenHash: String, user: String, csrf: String, expiresAt: Int) async throws {
        try await writing { s in
            try s.delete(from: "session", where: "expires_at < ?", [Int(Date().timeIntervalSince1970)])
            try s.insert(
                into: "session", ["token_hash", "user_name", "csrf", "expires_at"], [tokenHash, user, csrf, expiresAt])
        }
    }

    /// The live session of a token: its user, CSRF token and end (seconds since 1970); none for a deactivated user.
    public func session(tokenHash: String, now: Int) async throws -> (user: AppUser, csrf: String, expiresAt: Int)? {
        try await reading { s in
            guard
                let r = try s.selectOne(
                    "u.name, u.password_hash, r.role, r.node, u.email, r.active, s.csrf, s.expires_at",
                    from: """
                        session s JOIN app_user u ON u.name = s.user_name
                        JOIN user_role r ON r.user_name = u.name AND r.organisation = s.organisation
                        """,
                    scope: "s", where: "s.token_hash = ? AND s.expires_at >= ? AND r.active = 1", [tokenHash, now]),
                let user = AppUserRecord.decode(r)
            else { return nil }
            return (user, r["csrf"], r["expires_at"])
        }
    }

    /// Ends the session of a token.
    public func deleteSession(tokenHash: String) async throws {
        _ = try await writing { s in try s.delete(from: "session", where: "token_hash = ?", [tokenHash]) }
    }
}
