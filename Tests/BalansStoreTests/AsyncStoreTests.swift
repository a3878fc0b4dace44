import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// Issue 14 item 2: the store is awaited and its transactions wait on threads of their own.
/// With the store synchronous, writers waiting for another process's write lock held every one
/// of Swift's cooperative threads (two on the CI machine), and nothing else ran — no read, no
/// page — until the lock was let go.
/// (The time limit is generous: the whole suite's CLI tests hold the cooperative threads for
/// seconds at a time themselves; a store that blocks them hangs here for good.)
@Suite struct AsyncStoreTests {
    static let touch = "UPDATE organisation SET name = name WHERE code = ?"

    /// A database of its own in a new directory (removed by the caller).
    static func database(_ backend: TestBackend) async throws -> (dir: URL, location: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-async-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (dir, try await backend.newDatabase(in: dir))
    }

    /// `holder` takes its organisation's write lock, as another process's import would, and keeps it
    /// until `gate` is signalled; returns once it holds it.
    static func holdLock(_ holder: Store) async -> (holding: Task<Void, any Error>, gate: DispatchSemaphore) {
        let gate = DispatchSemaphore(value: 0)
        let (taken, tookLock) = AsyncStream<Void>.makeStream()
        let holding = Task {
            // A write that fails before it holds the lock ends the wait below (and fails the test
            // with its error at `holding.value`), never leaves it waiting.
            defer { tookLock.finish() }
            try await holder.db.write { db in
                try db.execute(sql: touch, arguments: [holder.organisation])
                tookLock.yield()
                gate.wait()
            }
        }
        for await _ in taken { break }
        return (holding, gate)
    }

    /// A write of `store`'s organisation, started.
    static func writer(_ store: Store) -> Task<Void, any Error> {
        Task {
            try await store.db.write { db in
                try db.execute(sql: touch, arguments: [store.organisation])
                return ()
            }
        }
    }

    @Test(.timeLimit(.minutes(5)), arguments: TestBackend.all) func writersWaitingForALockLeaveReadsRunning(
        _ backend: TestBackend
    ) async throws {
        let (dir, location) = try await Self.database(backend)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store(path: location)
        let (holding, gate) = await Self.holdLock(try await Store(path: location))
        defer { gate.signal() }

        // More writers than the machine has cooperative threads, and than the store has
        // connections: each waits for the lock (on PostgreSQL all but one for their turn first,
        // without a connection — waiting at the lock, they took the whole pool from the read).
        let waiting = max(ProcessInfo.processInfo.activeProcessorCount * 2, PostgresBackend.maxConnections) + 2
        let writers = (0..<waiting).map { _ in Self.writer(store) }
        try await Task.sleep(for: .milliseconds(200))

        // A read still runs, and sees the data as it was.
        let organisations = try await store.organisations()
        #expect(organisations == [Store.defaultOrganisation])
        #expect(try await store.followUpData().nodes.isEmpty)

        gate.signal()
        try await holding.value
        for writer in writers { _ = try await writer.value }
    }

    /// Writers waiting for a lock in stores of their own leave the reads of another organisation
    /// running. On PostgreSQL every store has a pool of its own; the threads transactions run on
    /// were one fixed pool for the whole process, as many as one pool's connections, and this read
    /// waited for the lock's holder (for good: the holder waits for the read).
    @Test(.timeLimit(.minutes(5)), arguments: TestBackend.all) func writersOfOneOrganisationLeaveAnothersReadsRunning(
        _ backend: TestBackend
    ) async throws {
        let (dir, location) = try await Self.database(backend)
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = try await Store(path: location, organisation: "B", create: true)
        var stores: [Store] = []
        for _ in 0..<PostgresBackend.maxConnections { stores.append(try await Store(path: location)) }
        let (holding, gate) = await Self.holdLock(try await Store(path: location))
        defer { gate.signal() }

        // As many writers as one pool has connections, each with a connection, waiting for the lock.
        let writers = stores.map { Self.writer($0) }
        try await Task.sleep(for: .milliseconds(500))

        #expect(try await other.organisations().contains("B"))
        #expect(try await other.followUpData().nodes.isEmpty)

        gate.signal()
        try await holding.value
        for writer in writers { _ = try await writer.value }
    }
}
