import BalansCore
import Foundation

/// The snapshot the pages are computed from, read again only when the database changed
/// (SQLite's data_version for other processes, `invalidate()` after this process's writes).
actor DataCache {
    let load: @Sendable () throws -> (version: Int, data: FollowUpData)
    let version: @Sendable () throws -> Int
    var cached: (version: Int, data: FollowUpData)?

    init(
        load: @escaping @Sendable () throws -> (version: Int, data: FollowUpData),
        version: @escaping @Sendable () throws -> Int
    ) {
        self.load = load
        self.version = version
    }

    func data() throws -> FollowUpData {
        let now = try version()
        if let cached, cached.version == now { return cached.data }
        let fresh = try load()
        cached = fresh
        return fresh.data
    }

    func invalidate() {
        cached = nil
        derived = [:]
    }

    /// Values computed from the snapshot (a statement, a page's JSON), kept until the data
    /// changes: under load most requests then only render.
    var derived: [String: Derived] = [:]
    var derivedVersion: Int?

    struct Derived: @unchecked Sendable { let value: Any }

    func memo<T: Sendable>(_ key: String, _ compute: @Sendable (FollowUpData) throws -> T) throws -> T {
        let data = try data()
        if derivedVersion != cached?.version {
            derived = [:]
            derivedVersion = cached?.version
        }
        if let hit = derived[key]?.value as? T { return hit }
        let value = try compute(data)
        derived[key] = Derived(value: value)
        return value
    }
}
