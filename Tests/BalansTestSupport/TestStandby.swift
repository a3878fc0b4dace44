import BalansStore
import Foundation

/// A streaming-replication hot standby of the test server (issue 19): `.ci/run` starts one and
/// sets `BALANS_TEST_POSTGRES_STANDBY_URL`; the tests that need it are skipped without it.
public enum TestStandby {
    /// The standby's URL (`postgres://balans@127.0.0.1:PORT/postgres`), or nil.
    public static let url: String? = {
        guard TestBackend.postgresURL != nil,
            let url = ProcessInfo.processInfo.environment["BALANS_TEST_POSTGRES_STANDBY_URL"],
            !url.isEmpty
        else { return nil }
        return url
    }()

    /// The URL of a primary's database on the standby: the same database, the standby's server.
    public static func standby(of database: String) throws -> String {
        guard let url, var standby = URLComponents(string: url), let primary = URLComponents(string: database) else {
            throw TestSupportError("BALANS_TEST_POSTGRES_STANDBY_URL is not set")
        }
        standby.path = primary.path
        return standby.string ?? url
    }

    static func position(_ url: String, _ sql: String) throws -> Int64 {
        try PostgresBackend.administer(url: url, sql).first?.values.first.flatMap(Int64.init(sqlValue:)) ?? 0
    }

    /// Waits (at most 20 s) until the standby has the database of `primary` and has replayed all the
    /// primary has written so far; returns the standby's URL of it.
    @discardableResult
    public static func caughtUp(_ primary: String) async throws -> String {
        let standby = try standby(of: primary)
        let target = try position(primary, "SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint")
        for _ in 0..<2000 {
            if let replayed = try? position(standby, "SELECT (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint"),
                replayed >= target
            {
                return standby
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw TestSupportError("the standby did not catch up with \(primary) in 20 s")
    }

    /// Runs `body` while the standby replays nothing (`pg_wal_replay_pause()`): it keeps receiving
    /// the primary's WAL but shows what it had, as a standby far behind would.
    public static func withReplayPaused<T>(_ database: String, _ body: () async throws -> T) async throws -> T {
        let standby = try standby(of: database)
        try PostgresBackend.administer(url: standby, "SELECT pg_wal_replay_pause()")
        do {
            let result = try await body()
            try PostgresBackend.administer(url: standby, "SELECT pg_wal_replay_resume()")
            return result
        } catch {
            try PostgresBackend.administer(url: standby, "SELECT pg_wal_replay_resume()")
            throw error
        }
    }
}

extension TestStandby {
    /// Runs `body` with the standby to itself: a test that pauses its replay must not stop another's.
    public static func exclusively(_ body: () async throws -> Void) async throws {
        await gate.take()
        do {
            try await body()
            await gate.give()
        } catch {
            await gate.give()
            throw error
        }
    }

    private static let gate = ProcessSlots(1)
}
