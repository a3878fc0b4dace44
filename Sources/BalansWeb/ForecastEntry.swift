import BalansCore
import Foundation

/// The rows of a committee's forecast form: every line and account the committee has a
/// budget for, with the forecast to show — what was saved for this period (any status), else
/// the latest forecast of the year, else the budget (a nollprognos).
struct ForecastEntry: Sendable, Equatable {
    var node: String
    var account: Int?
    var budget: Money
    var forecast: Money
    var comment: String

    static func rows(_ data: FollowUpData, period p: Period, committee: String) -> [ForecastEntry] {
        let codes = data.tree(for: p.year).subtree(committee).map(\.code)
        let inTree = Set(codes)
        let order = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let budgets = data.budgets.filter { $0.year == p.year && inTree.contains($0.node) }
        let forecasts = data.forecasts.filter { $0.period.year == p.year && $0.period <= p && inTree.contains($0.node) }
        struct Key: Hashable { var node: String; var account: Int? }
        var budget: [Key: Money] = [:]
        for b in budgets { budget[Key(node: b.node, account: b.account), default: .zero] += b.amount }
        var keys = Set(budget.keys)
        for f in forecasts where f.period == p { keys.insert(Key(node: f.node, account: f.account)) }
        return keys.sorted { (order[$0.node] ?? 0, $0.account ?? 0) < (order[$1.node] ?? 0, $1.account ?? 0) }.map { k in
            let mine = forecasts.filter { $0.node == k.node && $0.account == k.account }
            let latest = mine.map(\.period).max()
            // A pending (draft or submitted) forecast of the period before the approved one.
            let ofLatest = mine.filter { $0.period == latest }
            let pending = ofLatest.filter { $0.status != .approved }
            let rows = pending.isEmpty ? ofLatest : pending
            return ForecastEntry(node: k.node, account: k.account, budget: budget[k] ?? .zero,
                                 forecast: rows.isEmpty ? (budget[k] ?? .zero) : rows.map(\.amount).sum(),
                                 comment: rows.first { !$0.comment.isEmpty }?.comment ?? "")
        }
    }
}

/// The snapshot the pages are computed from, read again only when the database changed
/// (SQLite's data_version for other processes, `invalidate()` after this process's writes).
actor DataCache {
    let load: @Sendable () throws -> (version: Int, data: FollowUpData)
    let version: @Sendable () throws -> Int
    var cached: (version: Int, data: FollowUpData)?

    init(load: @escaping @Sendable () throws -> (version: Int, data: FollowUpData), version: @escaping @Sendable () throws -> Int) {
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

/// Sessions looked up in the last minute, so that a busy page does not read the session table
/// on every request; logging out removes the entry at once.
actor SessionCache {
    var entries: [String: (session: Session, until: Date)] = [:]

    func get(_ tokenHash: String) -> Session? {
        guard let e = entries[tokenHash], e.until > Date() else { return nil }
        return e.session
    }

    func put(_ s: Session) {
        if entries.count > 10_000 { entries = [:] }
        entries[s.tokenHash] = (s, Date().addingTimeInterval(60))
    }

    func remove(_ tokenHash: String) { entries[tokenHash] = nil }
}
