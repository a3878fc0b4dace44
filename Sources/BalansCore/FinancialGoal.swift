import Foundation

/// The long-term financial goals (finansiella mål) a region's key ratios are judged against:
/// SKR's practice as seed 003 2.3.1–2.3.3 states it — result at least 2 % of tax revenue,
/// grants and equalisation; self-financing of investments at least 100 %; soliditet including
/// pension obligations positive. The targets are the organisation's (`OrganisationPolicy`).
public struct FinancialGoal: Sendable, Equatable {
    /// Which key ratio a goal judges.
    public enum Kind: Sendable, Equatable { case resultToTaxRevenue, selfFinancingRatio, equityRatioInclPensions }
    /// The key ratio the goal judges.
    public var kind: Kind
    /// The target in percent; the goal is met at or above it (`strict`: above it).
    public var target: Decimal
    /// Met only above the target (soliditet "positive": above zero), not at it.
    public var strict: Bool

    /// Creates a goal on `kind`'s ratio with `target` percent.
    public init(kind: Kind, target: Decimal, strict: Bool) {
        self.kind = kind
        self.target = target
        self.strict = strict
    }

    /// The goals with SKR's targets (seed 003 2.3), the default of `OrganisationPolicy`.
    public static let all = OrganisationPolicy().financialGoals

    /// The goal's ratio in `k`, percent, or nil when it cannot be computed.
    public func value(_ k: KeyRatios) -> Decimal? {
        switch kind {
        case .resultToTaxRevenue: return k.resultToTaxRevenue
        case .selfFinancingRatio: return k.selfFinancingRatio
        case .equityRatioInclPensions: return k.equityRatioInclPensions
        }
    }

    /// Met, not met, or nil when the ratio cannot be computed.
    public func isMet(_ k: KeyRatios) -> Bool? { value(k).map { strict ? $0 > target : $0 >= target } }
}
