import Foundation

/// Sjukfrånvaro as the förvaltningsberättelse of the annual report states it (LKBR 11 kap. on väsentliga
/// personalförhållanden): the total sick leave in percent of the scheduled hours, the share of the sick leave that is
/// 60 days or more, and the sick leave of women, of men and of the age bands 29 or younger, 30–49 and 50 or older —
/// each over the calendar year (January..December), from the staff rows of the node's subtree. A group whose months
/// are not all there, or whose rows are in bands that straddle the law's (e.g. "20-49"), has no figure.
public struct StatutorySickLeave: Sendable, Equatable {
    /// The age bands the law names.
    public enum AgeBand: String, Sendable, CaseIterable {
        /// 29 år eller yngre.
        case upTo29
        /// 30–49 år.
        case from30To49
        /// 50 år eller äldre.
        case from50

        /// Whether a staff row's band lies wholly inside this one ("-29", "20-29", "30-49", "50-", "50-64").
        func holds(_ band: String) -> Bool {
            let parts = band.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return false }
            let low = Int(parts[0]) ?? 0
            let high = Int(parts[1]) ?? Int.max
            switch self {
            case .upTo29: return high <= 29
            case .from30To49: return low >= 30 && high <= 49
            case .from50: return low >= 50
            }
        }
    }

    /// The year the figures cover.
    public var year: Int
    /// Total sjukfrånvaro, percent of the scheduled hours.
    public var total: Decimal?
    /// The share of the sick hours that are of absences of 60 days or more, percent of the sick hours.
    public var longShare: Decimal?
    /// Women's sick leave, percent of their scheduled hours.
    public var women: Decimal?
    /// Men's sick leave, percent of their scheduled hours.
    public var men: Decimal?
    /// Each age band's sick leave, percent of its scheduled hours.
    public var ageBands: [AgeBand: Decimal]

    /// The figures of `node`'s subtree (default: the whole organisation) for `year`.
    public static func compute(_ data: FollowUpData, year: Int, node: NodeCode? = nil) -> StatutorySickLeave {
        let tree = data.tree(for: year)
        let codes = Set(tree.subtree(node ?? tree.root.code).map(\.code))
        let rows = data.staff.filter { $0.year == year && $0.month != nil && codes.contains($0.node) }
        /// The year's sum of `measures` over the rows `keep` accepts; nil unless every month has one.
        func sum(_ measures: Set<StaffMeasure>, _ keep: (StaffRow) -> Bool) -> Decimal? {
            var months: [Int: Decimal] = [:]
            for r in rows where measures.contains(r.measure) && keep(r) {
                months[r.month ?? 0, default: 0] += r.value
            }
            return months.count == 12 ? months.values.reduce(0, +) : nil
        }
        /// Sick hours: the `sick_hours` rows, or where a group gives none, its rows by length.
        func sick(_ keep: (StaffRow) -> Bool) -> Decimal? {
            sum([.sickHours], keep) ?? sum([.sickHoursShort, .sickHoursMedium, .sickHoursLong], keep)
        }
        func percent(_ part: Decimal?, _ whole: Decimal?) -> Decimal? {
            guard let part, let whole, whole != 0 else { return nil }
            return part / whole * 100
        }
        func rate(_ keep: (StaffRow) -> Bool) -> Decimal? { percent(sick(keep), sum([.scheduledHours], keep)) }
        var s = StatutorySickLeave(year: year, ageBands: [:])
        s.total = rate { _ in true }
        s.longShare = percent(sum([.sickHoursLong]) { _ in true }, sick { _ in true })
        s.women = rate { $0.gender == "kvinnor" }
        s.men = rate { $0.gender == "män" }
        // Rows in a band that straddles the law's ("20-49") leave every band without a figure, rather than a part.
        let straddles = rows.contains { r in !r.ageBand.isEmpty && !AgeBand.allCases.contains { $0.holds(r.ageBand) } }
        for band in AgeBand.allCases where !straddles {
            if let r = rate({ band.holds($0.ageBand) }) { s.ageBands[band] = r }
        }
        return s
    }
}
