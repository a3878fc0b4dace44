import Foundation

/// An exact amount of Swedish kronor, held as a whole number of öre.
///
/// Amounts are never binary floating point: a region's year is billions of kronor summed
/// from millions of rows, and a total must equal the sum of its parts to the öre
/// (ENGINEERING.md, "Money is exact"). Rounding happens only when a figure is displayed.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in öre (1/100 krona).
    public var ore: Int64

    /// An amount of `ore` öre (1/100 krona).
    public init(ore: Int64) { self.ore = ore }
    /// An amount of whole kronor (`overflow` beyond Int64's range).
    public init(kronor: Int64) {
        let (ore, overflowed) = kronor.multipliedReportingOverflow(by: 100)
        self.ore = overflowed ? Money.overflow.ore : ore
    }

    /// Noll kronor: where every sum starts.
    public static let zero = Money(ore: 0)

    /// The result of arithmetic beyond ±92 biljarder kronor (Int64 öre), which no real figure
    /// reaches but stored data may (issue 13: ten forecast rows of 16 digits trapped the server
    /// on every page). Like a floating-point NaN it is sticky — any operation on it gives it
    /// again — so no stored data can trap the process: arithmetic never traps, and a report or
    /// page that would show such a figure refuses with a clear error instead (`isOverflow`,
    /// checked where figures are shown). Int64.min, the one value with no negation.
    public static let overflow = Money(ore: .min)
    /// Whether this is `overflow`, the result of arithmetic out of range.
    public var isOverflow: Bool { ore == .min }

    /// The largest amount a single input figure may have: 10¹² kronor, far above any region's
    /// budget, and low enough that no realistic number of figures sums beyond Int64 (issue 13).
    public static let largestInput = Money(ore: 100_000_000_000_000)

    /// The exact sum; `overflow` when it is out of range or either side is `overflow`.
    public static func + (a: Money, b: Money) -> Money { checked(a, b, a.ore.addingReportingOverflow(b.ore)) }
    /// The exact difference; `overflow` when it is out of range or either side is `overflow`.
    public static func - (a: Money, b: Money) -> Money { checked(a, b, a.ore.subtractingReportingOverflow(b.ore)) }
    /// The amount with its sign turned (ledger sign to report sign); `overflow` stays `overflow`.
    public static prefix func - (a: Money) -> Money { a.isOverflow ? .overflow : Money(ore: -a.ore) }
    /// Adds `b` to `a` exactly (`overflow` beyond the range).
    public static func += (a: inout Money, b: Money) { a = a + b }
    /// Subtracts `b` from `a` exactly (`overflow` beyond the range).
    public static func -= (a: inout Money, b: Money) { a = a - b }
    /// Orders by öre; `overflow` (Int64.min) comes before every amount.
    public static func < (a: Money, b: Money) -> Bool { a.ore < b.ore }

    private static func checked(_ a: Money, _ b: Money, _ r: (partialValue: Int64, overflow: Bool)) -> Money {
        a.isOverflow || b.isOverflow || r.overflow || r.partialValue == .min ? .overflow : Money(ore: r.partialValue)
    }

    /// The amount without its sign.
    public var magnitude: Money { self < .zero ? -self : self }

    /// Whether the amount is 0 öre.
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
        if isOverflow { return "overflow" }
        let sign = ore < 0 ? "-" : ""
        let a = ore.magnitude
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    /// Why a text is not an input amount.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not kronor with at most two decimals.
        case notAnAmount
        /// More than `largestInput` (10¹² kronor) either way.
        case tooLarge

        /// The reason in words, for the message of an `InputIssue`.
        public var description: String {
            switch self {
            case .notAnAmount: return "is not an amount in kronor (at most two decimals)"
            case .tooLarge: return "is larger than 1 000 000 000 000 kronor, the largest amount Balans takes"
            }
        }
    }

    /// Parses an amount in kronor as written in CSV files and forms: decimal point or comma,
    /// spaces or non-breaking spaces as thousands separators, `-` or `−` as minus, at most two
    /// decimals, at most `largestInput`. Never rounds silently.
    public static func parsing(_ text: String) -> Result<Money, ParseError> { parsing(text, orePerUnit: 100) }

    /// Parses an amount counted in units of `orePerUnit` öre (100: kronor; 100 000: tkr; 100 000 000: mnkr), as
    /// `parsing` does, with as many decimals as reach the öre (tkr: five, mnkr: eight): "−830,5" mnkr is exactly
    /// −830 500 000 kr. `orePerUnit` is a power of ten from 100.
    public static func parsing(_ text: String, orePerUnit: Int64) -> Result<Money, ParseError> {
        var s = text.trimmingCharacters(in: .whitespaces)
        s = s.replacingOccurrences(of: "\u{2212}", with: "-")
        s.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        guard !s.isEmpty else { return .failure(.notAnAmount) }
        var negative = false
        if s.hasPrefix("-") {
            negative = true
            s.removeFirst()
        } else if s.hasPrefix("+") {
            s.removeFirst()
        }
        // The decimals a unit has down to the öre: 100 → 2, 100 000 → 5.
        let decimals = String(orePerUnit).count - 1
        let parts = s.split(separator: s.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return .failure(.notAnAmount) }
        var fraction: Substring = ""
        if parts.count == 2 {
            fraction = parts[1]
            guard !fraction.isEmpty, fraction.count <= decimals, fraction.allSatisfy({ $0.isASCII && $0.isNumber })
            else { return .failure(.notAnAmount) }
        }
        // At most 15 digits of öre (leading zeros aside) before any arithmetic, so none overflows.
        let significant = whole.drop { $0 == "0" }
        guard significant.count <= 15 - decimals, let w = Int64(significant.isEmpty ? "0" : significant) else {
            return .failure(.tooLarge)
        }
        var f: Int64 = 0
        if !fraction.isEmpty, let v = Int64(fraction) {
            f = v
            for _ in fraction.count..<decimals { f *= 10 }
        }
        let ore = w * orePerUnit + f
        guard ore <= largestInput.ore else { return .failure(.tooLarge) }
        return .success(Money(ore: negative ? -ore : ore))
    }

    /// `parsing`, for callers that need no reason: nil for anything that is not an input amount.
    public static func parse(_ text: String) -> Money? { try? parsing(text).get() }
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
