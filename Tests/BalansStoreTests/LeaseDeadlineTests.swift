import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// A request that gets no pooled connection in time fails with ``DatabaseUnavailable`` when the server does not take
/// a connection either (it has gone away), instead of waiting without end; a busy pool on a server that answers is
/// waited for, and work that holds its connection runs to its end.
@Suite(.enabled(if: TestBackend.postgresURL != nil, "needs BALANS_TEST_POSTGRES_URL"))
struct LeaseDeadlineTests {
    @Test func aServerGoneAwayIsToldABusyOneWaitedFor() async throws {
        let admin = try #require(TestBackend.postgresURL)
        let url = try TestBackend.postgres.newDatabase(in: FileManager.default.temporaryDirectory)
        let name = try #require(URLComponents(string: url)?.path.dropFirst()).description
        let db = try PostgresBackend(url: url)
        // A first connection opened (connecting under the test run's load may take longer than the deadlines below).
        #expect(try await db.withConnection { c in try Int.fetchOne(c, sql: "SELECT 1") } == 1)
        // Work longer than its deadline, holding its connection: it ends with its value.
        let slept = try await db.withConnection(deadline: .milliseconds(200)) { c in
            try c.execute("SELECT pg_sleep(0.6)", values: [])
            return 7
        }
        #expect(slept == 7)

        // Every connection of the pool busy, the server there: one more waits past its deadline and is served.
        let busy = (0..<PostgresBackend.maxConnections).map { _ in
            Task { try await db.withConnection { c in try c.execute("SELECT pg_sleep(2)", values: []) } }
        }
        let sleeping = """
            SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'SELECT pg_sleep(2)' AND state = 'active'
            """
        for _ in 0..<100 {
            let n: Int = try PostgresBackend.administer(url: url, sleeping).first?["n"] ?? 0
            if n == PostgresBackend.maxConnections { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let served = try await db.withConnection(deadline: .milliseconds(300)) { c in
            try Int.fetchOne(c, sql: "SELECT 1")
        }
        #expect(served == 1)
        for task in busy { _ = try await task.value }

        // The server takes no connection to the database and has dropped the pool's: told, not left waiting.
        _ = try PostgresBackend.administer(url: admin, "ALTER DATABASE \(name) ALLOW_CONNECTIONS false")
        _ = try PostgresBackend.administer(
            url: admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)'")
        // The pool sees its connections closed (a request in between would get one as it is being cut).
        try await Task.sleep(for: .seconds(1))
        await #expect(throws: DatabaseUnavailable.self) {
            try await db.withConnection(deadline: .milliseconds(300)) { c in try Int.fetchOne(c, sql: "SELECT 1") }
        }
        // Back again: the pool serves once it has reconnected (a connection it still held from before may fail once).
        _ = try PostgresBackend.administer(url: admin, "ALTER DATABASE \(name) ALLOW_CONNECTIONS true")
        var again: Int?
        for _ in 0..<10 where again == nil {
            again = try? await db.withConnection { c in try Int.fetchOne(c, sql: "SELECT 1") }
            if again == nil { try await Task.sleep(for: .milliseconds(500)) }
        }
        #expect(again == 1)
    }
}
