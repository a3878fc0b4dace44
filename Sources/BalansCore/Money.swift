import Foundation

/// An exact amount of Swedish kronor, held as a whole number of öre.
///
/// Amounts are never binary floating point: a region's year is billions of kronor summed
/// from millions of rows, and a total must equal the sum of its parts to the öre
/// (ENGINEERING.md, "Money is exact"). Rounding happens only when a figure is displayed.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in öre (1/100 krona).
    public var ore: Int64

    public init(ore: Int64) { self.ore = ore }
    /// An amount of whole kronor.
    public init(kronor: Int64) { self.ore = kronor * 100 }

    public static let zero = Money(ore: 0)

    public static func + (a: Money, b: Money) -> Money { Money(ore: a.ore + b.ore) }
    public static func - (a: Money, b: Money) -> Money { Money(ore: a.ore - b.ore) }
    public static prefix func - (a: Money) -> Money { Money(ore: -a.ore) }
    public static func += (a: inout Money, b: Money) { a.ore += b.ore }
    public static func -= (a: inout Money, b: Money) { a.ore -= b.ore }
    public static func < (a: Money, b: Money) -> Bool { a.ore < b.ore }

    public var isZero: Bool { ore == 0 }

    /// The amount as a Decimal number of kronor (for JSON output, where SPEC §6.1 wants SEK).
    public var kronorDecimal: Decimal { Decimal(ore) / 100 }

    /// The amount counted in display units of `orePerUnit` öre, rounded half away from zero
    /// (SPEC §4: each displayed figure is rounded on its own). `orePerUnit` 100 000 000 gives
    /// whole mnkr; 10 000 000 gives tenths of mnkr.
    public func rounded(toUnitsOf orePerUnit: Int64) -> Int64 {
        Money.divideRoundingHalfAwayFromZero(ore, orePerUnit)
    }

    /// Integer division rounding half away from zero: 25/10 → 3, −25/10 → −3.
    public static func divideRoundingHalfAwayFromZero(_ n: Int64, _ d: Int64) -> Int64 {
        precondition(d > 0)  // safe: callers pass a positive unit constant
        let q = n / d
        let r = n % d
        if 2 * abs(r) >= d { return n < 0 ? q - 1 : q + 1 }
        return q
    }

    /// "1234567.89" style, for logs and tests.
    public var description: String {
        let sign = ore < 0 ? "-" : ""
        let a = ore.magnitude
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    /// Parses an amount in kronor as written in CSV files: decimal point or comma, spaces or
    /// non-breaking spaces as thousands separators, `-` or `−` as minus, at most two decimals.
    /// Returns nil for anything else (never rounds silently).
    public static func parse(_ text: String) -> Money? {
        var s = text.trimmingCharacters(in: .whitespaces)
        s = s.replacingOccurrences(of: "\u{2212}", with: "-")
        s.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        guard !s.isEmpty else { return nil }
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() } else if s.hasPrefix("+") { s.removeFirst() }
        let parts = s.split(separator: s.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= 16
        else { return nil }
        var fraction: Substring = ""
        if parts.count == 2 {
            fraction = parts[1]
            guard !fraction.isEmpty, fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        guard let w = Int64(whole) else { return nil }
        var f: Int64 = 0
        if !fraction.isEmpty, let v = Int64(fraction) { f = fraction.count == 1 ? v * 10 : v }
        let ore = w * 100 + f
        return Money(ore: negative ? -ore : ore)
    }
}

extension Sequence where Element == Money {
    /// The exact sum.
    public func sum() -> Money { reduce(.zero, +) }
}

extension Decimal {
    /// Rounded to `scale` decimals, half away from zero (SPEC §4).
    public func roundedHalfAwayFromZero(scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        // .plain rounds a half away from zero for both signs.
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }
}
