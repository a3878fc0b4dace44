import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// Issue 13: a sum beyond 64 bits is an error on both backends — SQLite raised one, but
/// PostgreSQL's numeric sum was truncated into a wrong total.
@Suite struct OverflowTests {
    @Test(arguments: TestBackend.all) func aSumBeyondSixtyFourBitsIsAnErrorNotAWrongTotal(_ backend: TestBackend)
        async throws
    {
        let store = try await backend.store()
        let sql =
            "SELECT sum(v) AS total FROM (SELECT 9000000000000000000 AS v UNION ALL SELECT 9000000000000000000) AS t"
        await #expect(throws: (any Error).self) { try await store.db.read { db in try Int64.fetchOne(db, sql: sql) } }
        let inRange =
            "SELECT sum(v) AS total FROM (SELECT 4000000000000000000 AS v UNION ALL SELECT 5000000000000000000) AS t"
        #expect(try await store.db.read { db in try Int64.fetchOne(db, sql: inRange) } == 9_000_000_000_000_000_000)
    }
}
