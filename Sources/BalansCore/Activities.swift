import Foundation

/// Where an activity (aktivitet) stands against its plan.
public enum ActivityStatus: String, CaseIterable, Sendable {
    /// Följer planeringen.
    case following = "följer"
    /// Följer delvis planeringen.
    case partly = "delvis"
    /// Följer inte planeringen.
    case notFollowing = "följer inte"
    case finished = "avslutad"
    case project = "projekt"
}

/// The forecast fulfilment of a commitment (åtagande/uppdrag) for the year.
public enum Assessment: String, CaseIterable, Sendable {
    /// Uppfylls.
    case fulfilled = "uppfylls"
    /// Uppfylls delvis.
    case partly = "delvis"
    /// Uppfylls inte.
    case notFulfilled = "uppfylls inte"
}

/// A commitment's or an activity's state in one report period. A row without `activity` is
/// the commitment itself, carrying its assessment and comment.
public struct ActivityRow: Hashable, Sendable {
    /// The report period the status and assessment are given at.
    public var period: Period
    /// The org node (code) that reports the commitment.
    public var node: NodeCode
    /// Åtagande/uppdrag: the commitment's name, which groups its activities.
    public var commitment: String
    /// "" for the commitment's own row.
    public var activity: String
    /// The activity's status against its plan; nil on the commitment's own row.
    public var status: ActivityStatus?
    /// Slutdatum, `YYYY-MM-DD`.
    public var endDate: String
    /// The responsible unit (ansvarig enhet).
    public var unit: String
    /// The commitment's forecast fulfilment for the year, on its own row only; nil: not assessed (ej bedömd).
    public var assessment: Assessment?
    /// The reporting unit's comment; "" when none.
    public var comment: String

    /// A commitment's own row (no `activity`) or one of its activities.
    public init(
        period: Period, node: NodeCode, commitment: String, activity: String = "", status: ActivityStatus? = nil,
        endDate: String = "", unit: String = "", assessment: Assessment? = nil, comment: String = ""
    ) {
        self.period = period
        self.node = node
        self.commitment = commitment
        self.activity = activity
        self.status = status
        self.endDate = endDate
        self.unit = unit
        self.assessment = assessment
        self.comment = comment
    }
}

/// The goal-fulfilment summary of a report (SPEC §4.6): commitments per assessment, the same
/// counts in the previous report, the commitments neither assessed nor commented, and the
/// activities that do not or only partly follow plan.
public struct GoalFulfilment: Sendable, Equatable {
    /// The report period the counts are for.
    public var period: Period
    /// Commitments per assessment at `period` (uppfylls, delvis, uppfylls inte); an unassessed one is in no count.
    public var counts: [Assessment: Int]
    /// The latest earlier period of the same year with any commitment of the node.
    public var previousPeriod: Period?
    /// The same counts at `previousPeriod` ("i februarirapporten 12 delvis och inget inte", SPEC §4.6); empty without
    /// one.
    public var previousCounts: [Assessment: Int]
    /// Commitments with neither an assessment nor a comment ("sex åtaganden har inte
    /// kommenterats eller prognossatts", seed 000).
    public var unassessed: Int
    /// The number of commitments reported at `period`.
    public var commitments: Int
    /// Activities with status delvis or följer inte, in file order.
    public var notFollowing: [ActivityRow]

    /// The summary for `node` and its subtree at `period` (SPEC §4.6; docs/formats.md, `activities`).
    public static func compute(_ data: FollowUpData, node: NodeCode, period: Period) -> GoalFulfilment {
        let codes = Set(data.tree(for: period.year).subtree(node).map(\.code))
        let rows = data.activities.filter { codes.contains($0.node) && $0.period.year == period.year }
        func summary(_ p: Period) -> (counts: [Assessment: Int], unassessed: Int, commitments: Int) {
            let here = rows.filter { $0.period == p }
            var names: [String] = []
            for r in here where !names.contains(r.commitment) { names.append(r.commitment) }
            var counts: [Assessment: Int] = [:]
            var unassessed = 0
            for name in names {
                let own = here.first { $0.commitment == name && $0.activity.isEmpty }
                if let a = own?.assessment { counts[a, default: 0] += 1 }
                if own?.assessment == nil && (own?.comment ?? "").isEmpty { unassessed += 1 }
            }
            return (counts, unassessed, names.count)
        }
        let now = summary(period)
        let previous = rows.map(\.period).filter { $0 < period }.max()
        return GoalFulfilment(
            period: period, counts: now.counts, previousPeriod: previous,
            previousCounts: previous.map { summary($0).counts } ?? [:],
            unassessed: now.unassessed, commitments: now.commitments,
            notFollowing: rows.filter {
                $0.period == period && !$0.activity.isEmpty && ($0.status == .partly || $0.status == .notFollowing)
            })
    }
}
