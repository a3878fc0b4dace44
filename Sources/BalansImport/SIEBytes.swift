/// The bytes of numbers as the SIE files Balans writes carry them, shared by the synthetic
/// ledger (`balans generate`) and the demo's ERP expansion, which write millions of rows
/// without going through `String`.
extension Array where Element == UInt8 {
    /// Öre as kronor with two decimals: `-1234.05`.
    mutating func appendKronor(_ ore: Int64) {
        if ore < 0 { append(UInt8(ascii: "-")) }
        let magnitude = ore.magnitude
        appendDigits(magnitude / 100)
        append(UInt8(ascii: "."))
        append(UInt8(ascii: "0") + UInt8(magnitude / 10 % 10))
        append(UInt8(ascii: "0") + UInt8(magnitude % 10))
    }

    /// A whole number's decimal digits.
    mutating func appendDigits(_ value: UInt64) {
        if value >= 10 { appendDigits(value / 10) }
        append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
