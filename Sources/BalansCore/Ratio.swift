import Foundation

/// Exact ratios as percent values. Key ratios are computed on the unrounded amounts
/// (SPEC §4.4) with Decimal's 38 significant digits, never binary floating point.
public enum Ratio {
    /// `numerator / denominator` in percent; nil when the denominator is zero.
    public static func percent(_ numerator: Money, of denominator: Money) -> Decimal? {
        // An overflowed sum has no ratio; the figure itself is refused where it is shown.
        guard !denominator.isZero, !numerator.isOverflow, !denominator.isOverflow else { return nil }
        return Decimal(numerator.ore) * 100 / Decimal(denominator.ore)
    }

    /// Growth `value / base − 1` in percent; nil when the base is zero.
    public static func growth(_ value: Money, over base: Money) -> Decimal? {
        guard !base.isZero, !value.isOverflow, !base.isOverflow else { return nil }
        return (Decimal(value.ore) / Decimal(base.ore) - 1) * 100
    }
}
