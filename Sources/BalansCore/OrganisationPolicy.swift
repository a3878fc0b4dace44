/// Values an organisation decides for itself and the reports apply (issue 14: policy is the
/// organisation's data, not a constant in code). Set with `balans organisation set`.
public struct OrganisationPolicy: Sendable, Equatable {
    /// Större budgetavvikelser: a budget line is listed on its own when its forecast deviation
    /// is at least this much either way (seed 003 2.5.1 lists those of at least 20 mnkr).
    public var largerDeviationThreshold: Money

    public init(largerDeviationThreshold: Money = Money(kronor: 20_000_000)) {
        self.largerDeviationThreshold = largerDeviationThreshold
    }
}
