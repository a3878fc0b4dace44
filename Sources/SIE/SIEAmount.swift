/// An exact SIE amount in hundredths (öre), so sums over a ledger never suffer binary
/// floating-point rounding.
///
/// SIE 4 writes amounts with a decimal point and at most two decimals (`-1234.5`, `0.00`,
/// `12`); ``init(parsing:)`` accepts exactly that and rejects anything else rather than
/// rounding silently.
public struct SIEAmount: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The amount in hundredths of the currency unit (öre for SEK): `-1234.5` is `-123450`.
    public var hundredths: Int64

    /// Creates an amount from a count of hundredths, e.g. `SIEAmount(hundredths: 150)` is 1.50.
    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    /// Zero, the balance every voucher must sum to.
    public static let zero = SIEAmount(hundredths: 0)

    /// Parses an SIE amount: optional sign, digits, optional `.` and at most two decimals.
    /// Returns nil for anything else (decimal comma, three decimals, letters, overflow).
    public init?(parsing text: String) {
        guard case .success(let value) = SIEAmount.parse(text) else { return nil }
        self = value
    }

    /// Orders amounts numerically, so amounts can be compared and sorted.
    public static func < (lhs: SIEAmount, rhs: SIEAmount) -> Bool {
        lhs.hundredths < rhs.hundredths
    }

    /// The amount as SIE writes it, always with two decimals: `-1234.50`, `0.00`.
    public var description: String {
        let negative = hundredths < 0
        let magnitude = hundredths.magnitude
        let units = magnitude / 100
        let cents = magnitude % 100
        return (negative ? "-" : "") + String(units) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// Why a text is not an amount; the reader turns this into an issue message.
    enum ParseError: Error, Equatable {
        case notANumber
        case tooManyDecimals
        case overflow
    }

    /// Parses `text` and says why it failed, so the reader can report a precise message.
    static func parse(_ text: String) -> Result<SIEAmount, ParseError> {
        parse(bytes: text.utf8)
    }

    /// The same on raw bytes, so the reader's fast path parses an amount without making a
    /// String first (a ledger has millions of them).
    @inline(__always)
    static func parse<Bytes: Collection<UInt8>>(bytes: Bytes) -> Result<SIEAmount, ParseError> {
        var utf8 = bytes[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        var units: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var digits = 0
        var seenPoint = false
        var overflow = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                if seenPoint { return .failure(.notANumber) }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return .failure(.notANumber)
            }
            let digit = Int64(byte - UInt8(ascii: "0"))
            digits += 1
            if seenPoint {
                fractionDigits += 1
                if fractionDigits <= 2 { fraction = fraction * 10 + digit }
            } else if !overflow {
                let (times10, o1) = units.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(digit)
                if o1 || o2 { overflow = true } else { units = sum }
            }
        }
        guard digits > 0 else { return .failure(.notANumber) }
        if fractionDigits > 2 { return .failure(.tooManyDecimals) }
        if overflow { return .failure(.overflow) }
        if fractionDigits == 1 { fraction *= 10 }
        let (scaled, o1) = units.multipliedReportingOverflow(by: 100)
        let (total, o2) = scaled.addingReportingOverflow(fraction)
        if o1 || o2 { return .failure(.overflow) }
        return .success(SIEAmount(hundredths: negative ? -total : total))
    }
}
