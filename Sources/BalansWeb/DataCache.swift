import BalansCore
import Foundation

/// The snapshot the pages are computed from, read again only when the database changed
/// (SQLite's data_version for other processes, `invalidate()` after this process's writes).
actor DataCache {
    typealias Snapshot = (version: Int, data: FollowUpData)
    let load: @Sendable () async throws -> Snapshot
    let version: @Sendable () async throws -> Int
    var cached: Snapshot?
    /// The load under way: requests that find the data changed meanwhile wait for it instead
    /// of each reading the whole store (the actor is re-entered at every `await`).
    var pending: Task<Snapshot, any Error>?

    init(
        load: @escaping @Sendable () async throws -> Snapshot,
        version: @escaping @Sendable () async throws -> Int
    ) {
        self.load = load
        self.version = version
    }

    func data() async throws -> FollowUpData {
        let now = try await version()
        if let cached, cached.version == now { return cached.data }
        // A load under way is joined when it reads the version this request was told (a request that
        // must see its user's write, read from a hot standby, may be told a newer one than the load's).
        if let pending {
            let joined = try await pending.value
            if joined.version == now { return joined.data }
        }
        let task = Task { [load] in try await load() }
        pending = task
        defer { if pending == task { pending = nil } }
        let fresh = try await task.value
        // A load that began before an `invalidate()` is kept with its older version number:
        // the next request sees the number moved and loads again.
        cached = fresh
        return fresh.data
    }

    func invalidate() {
        cached = nil
        pending = nil
        derived = [:]
    }

    /// Values computed from the snapshot (a statement, a page's JSON), kept until the data
    /// changes: under load most requests then only render.
    var derived: [String: Derived] = [:]
    var derivedVersion: Int?
    /// At most this many values read from the store are kept per version.
    static let maxDerived = 10_000

    struct Derived: @unchecked Sendable { let value: Any }

    func memo<T: Sendable>(_ key: String, _ compute: @Sendable (FollowUpData) throws -> T) async throws -> T {
        let data = try await data()
        if derivedVersion != cached?.version {
            derived = [:]
            derivedVersion = cached?.version
        }
        if let hit = derived[key]?.value as? T { return hit }
        let value = try compute(data)
        derived[key] = Derived(value: value)
        return value
    }

    /// A value read from the store for the snapshot's version (a drill-down's count of rows),
    /// kept as `memo`'s are. A value read while the data changed is returned but not kept.
    func memo<T: Sendable>(_ key: String, reading read: @Sendable () async throws -> T) async throws -> T {
        _ = try await data()
        let version = cached?.version
        if derivedVersion != version {
            derived = [:]
            derivedVersion = version
        }
        if let hit = derived[key]?.value as? T { return hit }
        let value = try await read()
        // Kept while there is room: one per drill-down opened, so a crawl of every account cannot fill the memory.
        if cached?.version == version && derivedVersion == version && derived.count < Self.maxDerived {
            derived[key] = Derived(value: value)
        }
        return value
    }
}
