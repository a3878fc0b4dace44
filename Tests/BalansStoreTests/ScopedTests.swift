import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// The scoped query helper (issue 14, item 1): every statement made through it reads,
/// changes and writes its own organisation's rows only, whatever the condition says.
@Suite struct ScopedTests {
    @Test(arguments: TestBackend.all) func everyStatementKeepsToItsOrganisation(_ b: TestBackend) async throws {
        let store = try await b.store(organisation: "a")
        _ = try await Store(backend: store.db.backend, organisation: "b", create: true, location: "test")
        try await store.db.write { db in
            for org: OrganisationCode in ["a", "b"] {
                let s = Scoped(db: db, organisation: org)
                try s.insert(
                    into: "figure", ["year", "month", "key", "amount", "comment"], [2024, nil, "tax", 7, org])
                try s.insert(
                    into: "figure", ["year", "month", "key", "amount", "comment"], [2023, nil, "tax", 5, org])
            }
        }
        let counts = try await store.db.write { db -> [Int] in
            let a = Scoped(db: db, organisation: "a")
            // A condition that would match the other organisation's rows too changes only a's.
            let updated = try a.update("figure", set: "amount = ?", [9], where: "year = ? OR year = ?", [2024, 2023])
            let deleted = try a.delete(from: "figure", where: "year = ?", [2023])
            return [updated, deleted]
        }
        #expect(counts == [2, 1])
        let rows = try await store.db.read { db in
            try SQLRow.fetchAll(db, sql: "SELECT organisation, year, amount FROM figure ORDER BY organisation, year")
                .map { "\($0["organisation"] as String) \($0["year"] as Int) \($0["amount"] as Int)" }
        }
        #expect(rows == ["a 2024 9", "b 2023 5", "b 2024 7"])
        let seen = try await store.db.read { db in
            try Scoped(db: db, organisation: "b").values(Int.self, "amount", from: "figure", then: "ORDER BY year")
        }
        #expect(seen == [5, 7])
    }
}
