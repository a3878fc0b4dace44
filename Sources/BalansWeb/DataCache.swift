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
    /// Counts `invalidate()`s: a snapshot or value computed from data read before one is
    /// returned to its request but not kept (this process's own writes leave SQLite's
    /// data_version where it was, so the version alone cannot tell).
    var epoch = 0

    init(
        load: @escaping @Sendable () async throws -> Snapshot,
        version: @escaping @Sendable () async throws -> Int
    ) {
        self.load = load
        self.version = version
    }

    func data() async throws -> FollowUpData { try await snapshot().data }

    /// The data and its version number.
    func snapshot() async throws -> Snapshot {
        let now = try await version()
        if let cached, cached.version == now { return cached }
        // A load under way is joined when it reads the version this request was told (a request that
        // must see its user's write, read from a hot standby, may be told a newer one than the load's).
        if let pending {
            let joined = try await pending.value
            if joined.version == now { return joined }
        }
        let started = epoch
        let task = Task { [load] in try await load() }
        pending = task
        defer { if pending == task { pending = nil } }
        let fresh = try await task.value
        // A load that began before an `invalidate()` is kept with its older version number:
        // the next request sees the number moved and loads again.
        if epoch == started { cached = fresh }
        return fresh
    }

    func invalidate() {
        cached = nil
        pending = nil
        derived = [:]
        large = []
        epoch += 1
    }

    /// Values computed from the snapshot (a statement, a page's JSON, a report and its
    /// downloads), kept until the data changes: under load most requests then only render.
    /// Each is computed once: the requests that ask while it is computed wait for that task,
    /// and the computation runs outside the actor, so other pages are not held up by it.
    var derived: [String: Task<Derived, any Error>] = [:]
    /// The epoch and data version `derived` belongs to.
    var derivedStamp: (epoch: Int, version: Int)?
    /// The keys of the large values (reports, files, PDFs), oldest first.
    var large: [String] = []
    /// At most this many values are kept per version (one per drill-down opened, so a crawl of
    /// every account cannot fill the memory).
    static let maxDerived = 10_000
    /// At most this many large values (a region's report is a few megabytes as values, its PDF
    /// about one); beyond that the oldest is dropped.
    static let maxLarge = 48

    struct Derived: @unchecked Sendable { let value: Any }

    /// How much of the memory a value takes: `large` ones are bounded by ``maxLarge``.
    enum Size: Sendable { case small, large }

    /// A value read from the store for the snapshot's version (a drill-down's count of rows),
    /// kept as `memo`'s are.
    func memo<T: Sendable>(_ key: String, reading read: @escaping @Sendable () async throws -> T) async throws -> T {
        try await memo(key, size: .small) { (_: FollowUpData) async throws -> T in try await read() }
    }

    /// The value of `key` for the current data: kept, being computed, or computed now (off the
    /// actor, and kept if the data did not change meanwhile). A failure is not kept.
    func memo<T: Sendable>(
        _ key: String, size: Size = .small, _ compute: @escaping @Sendable (FollowUpData) async throws -> T
    ) async throws -> T {
        let started = epoch
        let snap = try await snapshot()
        let stamp = (epoch: started, version: snap.version)
        guard epoch == started else { return try await compute(snap.data) }
        if derivedStamp.map({ $0 != stamp }) ?? true {
            derived = [:]
            large = []
            derivedStamp = stamp
        }
        if let task = derived[key], let hit = try await task.value.value as? T { return hit }
        let data = snap.data
        let task = Task.detached { Derived(value: try await compute(data)) }
        if derived.count < Self.maxDerived {
            derived[key] = task
            if size == .large { keepLarge(key) }
        }
        do {
            guard let value = try await task.value.value as? T else { throw CacheTypeMismatch(key: key) }
            return value
        } catch {
            if derived[key] == task { derived[key] = nil }
            throw error
        }
    }

    /// Counts `key` among the large values, dropping the oldest beyond ``maxLarge``.
    private func keepLarge(_ key: String) {
        large.append(key)
        while large.count > Self.maxLarge { derived[large.removeFirst()] = nil }
    }

    /// Two callers used one key for values of different types (a programming error).
    struct CacheTypeMismatch: Error, CustomStringConvertible {
        let key: String
        var description: String { "DataCache: the value of \(key) is of another type" }
    }
}
