/// A plan version's status (issue 18, item 1): a proposal until decided; the first decided version of a year is
/// `decided`, a later one that replaces it `revised` (reviderad budget). Versions without a status row are proposals.
public struct PlanVersion: Hashable, Sendable {
    /// The status.
    public enum Status: String, Sendable, CaseIterable {
        /// Förslag: not decided; counted by no report.
        case proposal
        /// Beslutad: its first year's original budget.
        case decided
        /// Reviderad: decided after an earlier version of the same year, which it replaced as the original budget.
        case revised
    }

    /// The version's name.
    public var version: String
    /// Its budget year.
    public var firstYear: Int
    /// Its status.
    public var status: Status
    /// Who decided it ("" for a proposal).
    public var decidedBy: String
    /// When, ISO 8601 ("" for a proposal).
    public var decidedAt: String
    /// The decision (e.g. "RF §60 2024").
    public var reference: String

    /// A status row.
    public init(
        version: String, firstYear: Int, status: Status, decidedBy: String = "", decidedAt: String = "",
        reference: String = ""
    ) {
        self.version = version
        self.firstYear = firstYear
        self.status = status
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reference = reference
    }
}
