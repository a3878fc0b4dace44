import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// A request that gets no pooled connection in time fails with ``DatabaseUnavailable`` instead of waiting without
/// end (the server gone away, or every connection busy); work that holds its connection runs to its end.
@Suite(.enabled(if: TestBackend.postgresURL != nil, "needs BALANS_TEST_POSTGRES_URL"))
struct LeaseDeadlineTests {
    @Test func noConnectionInTimeFailsAndHeldWorkRunsToItsEnd() async throws {
        let url = try TestBackend.postgres.newDatabase(in: FileManager.default.temporaryDirectory)
        let db = try PostgresBackend(url: url)
        // A first connection opened (connecting under the test run's load may take longer than the deadlines below).
        #expect(try await db.withConnection { c in try Int.fetchOne(c, sql: "SELECT 1") } == 1)
        // Work longer than its deadline, holding its connection: it ends with its value.
        let slept = try await db.withConnection(deadline: .milliseconds(200)) { c in
            try c.execute("SELECT pg_sleep(0.6)", values: [])
            return 7
        }
        #expect(slept == 7)
        // Every connection of the pool busy: one more waits 300 ms and is told (were it served when one freed, it
        // would answer 1 instead of throwing).
        let busy = (0..<PostgresBackend.maxConnections).map { _ in
            Task { try await db.withConnection { c in try c.execute("SELECT pg_sleep(4)", values: []) } }
        }
        let sleeping = """
            SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND query = 'SELECT pg_sleep(4)' AND state = 'active'
            """
        for _ in 0..<100 {
            let n: Int = try PostgresBackend.administer(url: url, sleeping).first?["n"] ?? 0
            if n == PostgresBackend.maxConnections { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        await #expect(throws: DatabaseUnavailable.self) {
            try await db.withConnection(deadline: .milliseconds(300)) { c in try Int.fetchOne(c, sql: "SELECT 1") }
        }
        for task in busy { _ = try await task.value }
        // The pool serves again once a connection is free.
        #expect(try await db.withConnection(deadline: .seconds(5)) { c in try Int.fetchOne(c, sql: "SELECT 1") } == 1)
    }
}
