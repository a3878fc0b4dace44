import Foundation

/// The plan versions in the data (issue 18): each version is the tax and frame rows with its name, and its first
/// year is the budget year it is a plan for — the earliest year of its frame rows and of its tax rows that belong to
/// a plan year (skattesats, slutavräkning, korrigering, statsbidrag; the skatteunderlag and uppräkning rows also
/// describe the years before, so they do not count).
public enum PlanVersions {
    /// Each version's first year, by name.
    public static func firstYears(_ data: FollowUpData) -> [String: Int] {
        var first: [String: Int] = [:]
        func see(_ version: String, _ year: Int) { first[version] = min(first[version] ?? year, year) }
        for r in data.frameRows { see(r.version, r.year) }
        for r in data.taxAssumptions where r.item != .taxBase && r.item != .uplift { see(r.version, r.year) }
        return first
    }

    /// The version a Mål och budget of `year` is made from when none is named: the decided version in force for
    /// `year` (the last decided, so a revised budget wins over the one it replaced); without one, the version whose
    /// first year is `year`, with several the last name in byte order (`2025-2-forslag` over `2025-1-forslag`); nil
    /// when no version begins in `year`.
    public static func version(for year: Int, in data: FollowUpData) -> String? {
        let decided = data.planVersions.filter { $0.firstYear == year && $0.status != .proposal }
        if let inForce = decided.max(by: { $0.decidedAt < $1.decidedAt }), exists(inForce.version, in: data) {
            return inForce.version
        }
        return firstYears(data).filter { $0.value == year }.keys.max {
            Array($0.utf8).lexicographicallyPrecedes($1.utf8)
        }
    }

    /// The status of `version`: its decision, or nil for a proposal.
    public static func decision(_ version: String, in data: FollowUpData) -> PlanVersion? {
        data.planVersions.first { $0.version == version && $0.status != .proposal }
    }

    /// Whether the data hold rows of `version`.
    public static func exists(_ version: String, in data: FollowUpData) -> Bool {
        data.frameRows.contains { $0.version == version } || data.taxAssumptions.contains { $0.version == version }
    }
}
