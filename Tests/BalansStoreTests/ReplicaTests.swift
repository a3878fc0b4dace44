import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// Issue 19 goal 6: reads from a streaming-replication hot standby, writes to the primary, and a
/// user's own writes read at once. PostgreSQL only (SQLite has no standby): runs when `.ci/run`
/// has started a standby of the test server (`BALANS_TEST_POSTGRES_STANDBY_URL`).
@Suite(.enabled(if: TestStandby.url != nil)) struct ReplicaTests {
    /// A new database on the primary and a store on it that reads from the standby, once the standby has it.
    static func store(_ primary: String) async throws -> Store {
        let standby = try await TestStandby.caughtUp(primary)
        return try await Store(path: primary, readPath: standby)
    }

    static func inRecovery(_ store: Store) async throws -> Bool {
        try await store.db.read { try Bool.fetchOne($0, sql: "SELECT pg_is_in_recovery()") } ?? false
    }

    static let threshold = OrganisationSetting.largerDeviationThreshold

    @Test func readsComeFromTheStandbyAndSeeTheProcesssOwnWrites() async throws {
        try await TestStandby.exclusively {
            let primary = try await TestBackend.postgres.newDatabase(in: FileManager.default.temporaryDirectory)
            let store = try await Self.store(primary)
            try await TestStandby.caughtUp(primary)
            // The read connection is the standby's (a server in recovery); writes go to the primary.
            #expect(try await Self.inRecovery(store))
            let before = try #require(store.replicaReads)
            // A write, then at once a read of the same process: it sees the write, each time.
            for amount in 1...20 {
                try await store.setSetting(Self.threshold, to: "\(amount)00000", user: "anna")
                #expect(try await store.setting(Self.threshold) == "\(amount)00000")
            }
            let after = try #require(store.replicaReads)
            #expect(after.standby + after.primary == before.standby + before.primary + 20)
            #expect(after.standby > before.standby)
        }
    }

    @Test func aUsersPositionReachesAnotherProcessAndAForgedOneIsBounded() async throws {
        try await TestStandby.exclusively {
            let primary = try await TestBackend.postgres.newDatabase(in: FileManager.default.temporaryDirectory)
            // Two processes: A takes the user's write, B serves her next request.
            let a = try await Self.store(primary)
            try await a.setSetting(Self.threshold, to: "100000", user: "anna")
            let b = try await Self.store(primary)
            try await TestStandby.caughtUp(primary)
            try await TestStandby.withReplayPaused(primary) {
                let position = WritePosition()
                try await ReadYourWrites.$position.withValue(position) {
                    try await a.setSetting(Self.threshold, to: "200000", user: "anna")
                }
                #expect(position.lsn > 0)
                // B, without her position, reads the standby, which has not replayed her write.
                #expect(try await b.setting(Self.threshold) == "100000")
                // With it (her cookie), B waits for the standby, then reads the primary.
                let before = try #require(b.replicaReads)
                let seen = try await ReadYourWrites.$position.withValue(WritePosition(position.lsn)) {
                    try await b.setting(Self.threshold)
                }
                #expect(seen == "200000")
                #expect(b.replicaReads?.primary == before.primary + 1)
                // A sees its own write without being told.
                #expect(try await a.setting(Self.threshold) == "200000")
            }
            // Replayed: her position is read from the standby; a forged position far beyond the primary's
            // waits for no more than the primary has written.
            try await TestStandby.caughtUp(primary)
            for lsn in [Int64(1), Int64.max / 2] {
                let seen = try await ReadYourWrites.$position.withValue(WritePosition(lsn)) {
                    try await b.setting(Self.threshold)
                }
                #expect(seen == "200000")
            }
        }
    }

    @Test func sqliteHasNoStandby() async throws {
        let dir = FileManager.default.temporaryDirectory
        await #expect(throws: InputFailure.self) {
            _ = try await Store(path: dir.appendingPathComponent("r-\(UUID()).sqlite").path, readPath: "postgres://x/y")
        }
    }
}
