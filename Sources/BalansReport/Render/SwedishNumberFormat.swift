import BalansCore
import Foundation

/// Swedish number formatting for reports (SPEC §4.1): space as thousands separator, comma as
/// decimal mark, minus sign, "103,2 %". Each figure is rounded on its own, half away from
/// zero, from its exact value — never from another rounded figure.
public enum SwedishNumberFormat {
    /// An amount in öre shown in `unit`: "−13 575", "1 909,8". A value that rounds to zero
    /// prints without a minus sign.
    public static func amount(
        _ ore: Int64, unit: AmountUnit, thousandsSeparator: String = "\u{00A0}", minus: String = "\u{2212}"
    ) -> String {
        // Never a number for an overflowed sum: the report or page holding it is refused.
        if ore == Money.overflow.ore { return overflowMarker }
        let units = Money.divideRoundingHalfAwayFromZero(ore, unit.orePerUnit)
        return digits(units, decimals: unit.decimals, thousandsSeparator: thousandsSeparator, minus: minus)
    }

    /// What `amount` writes for `Money.overflow`; a report or page containing it is refused
    /// (`Report.overflowPlace`, the web application's page check).
    public static let overflowMarker = "#BELOPP-UTANFÖR-INTERVALLET"
    static let overflowMarkerBytes = Array(overflowMarker.utf8)

    /// Whether `text` holds `overflowMarker`, searched as UTF-8 bytes. Every page and download is checked before
    /// it is sent: `String.contains` went through Foundation's UTF-16 search, a fifth of a cached dashboard's time
    /// (issue 19).
    public static func containsOverflowMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            overflowMarkerBytes.withUnsafeBufferPointer { marker in
                guard let base = bytes.baseAddress, let first = marker.first, bytes.count >= marker.count else {
                    return false
                }
                var offset = 0
                while offset <= bytes.count - marker.count {
                    guard let hit = memchr(base + offset, Int32(first), bytes.count - marker.count + 1 - offset)
                    else { return false }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, marker.baseAddress!, marker.count) == 0 { return true }  // count > 0
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// A percent value: "103,2 %", "−3,2 %", "5 %".
    public static func percent(
        _ value: Decimal, decimals: Int, thousandsSeparator: String = "\u{00A0}", minus: String = "\u{2212}",
        space: String = "\u{00A0}"
    ) -> String {
        let rounded = value.roundedHalfAwayFromZero(scale: decimals)
        var scaled = rounded
        for _ in 0..<decimals { scaled *= 10 }
        let units = Int64(truncating: NSDecimalNumber(decimal: scaled))
        return digits(units, decimals: decimals, thousandsSeparator: thousandsSeparator, minus: minus) + space + "%"
    }

    /// A plain number: "1 234", "10,93".
    public static func number(
        _ value: Decimal, decimals: Int, thousandsSeparator: String = "\u{00A0}", minus: String = "\u{2212}"
    ) -> String {
        var scaled = value.roundedHalfAwayFromZero(scale: decimals)
        for _ in 0..<decimals { scaled *= 10 }
        return digits(
            Int64(truncating: NSDecimalNumber(decimal: scaled)), decimals: decimals,
            thousandsSeparator: thousandsSeparator, minus: minus)
    }

    /// `units` is the value times 10^decimals, already rounded.
    static func digits(_ units: Int64, decimals: Int, thousandsSeparator: String, minus: String) -> String {
        let magnitude = units.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let whole = String(magnitude / divisor)
        var grouped = ""
        for (i, ch) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped += thousandsSeparator }
            grouped.append(ch)
        }
        if decimals > 0 {
            let frac = String(magnitude % divisor)
            grouped += "," + String(repeating: "0", count: decimals - frac.count) + frac
        }
        return (units < 0 ? minus : "") + grouped
    }
}
