import Foundation

/// Values an organisation decides for itself and the reports apply (issue 14: policy is the
/// organisation's data, not a constant in code). Set with `balans organisation set`; the
/// defaults are the values the reports used before they were settings.
public struct OrganisationPolicy: Sendable, Equatable {
    /// Större budgetavvikelser: a budget line is listed on its own when its forecast deviation
    /// is at least this much either way (seed 003 2.5.1 lists those of at least 20 mnkr).
    public var largerDeviationThreshold: Money
    /// The most hired staff (bemanningskostnader) may cost as a share of the own staff's costs,
    /// percent (SPEC §4.4: 2 %); the beslutsförslag names the committees above it. A target for
    /// the year in the staff data is more specific and goes before it.
    public var hiredStaffTarget: Decimal
    /// Finansiellt mål: the result as a share of tax revenue, grants and equalisation, at
    /// least this many percent (seed 003 2.3.1: 2 %).
    public var resultToTaxRevenueTarget: Decimal
    /// Finansiellt mål: investments financed by the year's own funds, at least this many
    /// percent (seed 003 2.3.2: 100 %).
    public var selfFinancingTarget: Decimal
    /// Finansiellt mål: soliditet including pension obligations above this many percent
    /// (seed 003 2.3.3: positive, above 0 %).
    public var equityRatioInclPensionsTarget: Decimal

    /// A policy; each value left out is its default.
    public init(
        largerDeviationThreshold: Money = Money(kronor: 20_000_000), hiredStaffTarget: Decimal = 2,
        resultToTaxRevenueTarget: Decimal = 2, selfFinancingTarget: Decimal = 100,
        equityRatioInclPensionsTarget: Decimal = 0
    ) {
        self.largerDeviationThreshold = largerDeviationThreshold
        self.hiredStaffTarget = hiredStaffTarget
        self.resultToTaxRevenueTarget = resultToTaxRevenueTarget
        self.selfFinancingTarget = selfFinancingTarget
        self.equityRatioInclPensionsTarget = equityRatioInclPensionsTarget
    }

    /// The financial goals with the organisation's targets, in the order reports list them.
    public var financialGoals: [FinancialGoal] {
        [
            FinancialGoal(kind: .resultToTaxRevenue, target: resultToTaxRevenueTarget, strict: false),
            FinancialGoal(kind: .selfFinancingRatio, target: selfFinancingTarget, strict: false),
            FinancialGoal(kind: .equityRatioInclPensions, target: equityRatioInclPensionsTarget, strict: true),
        ]
    }

    /// A percentage as a setting holds it: an optional minus, digits and at most one decimal
    /// point ("2", "2.5", "-10"); nil for anything else, so "2,5 %" or "två" is refused.
    public static func percent(_ text: String) -> Decimal? {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
