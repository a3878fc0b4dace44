/// A calendar date as SIE writes it (`YYYYMMDD`), always a real date: the reader rejects
/// `20240231` instead of letting it roll over into March.
public struct SIEDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day of the month, valid for `year` and `month` (29 February only in leap years).
    public var day: Int

    /// Creates a date, or nil when the parts do not form a real calendar date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= SIEDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses SIE's `YYYYMMDD` (exactly eight digits); nil if malformed or not a real date.
    public init?(sie text: String) {
        // The UTF-8 view read in place: an array of its bytes was an allocation a voucher.
        let bytes = text.utf8
        guard bytes.count == 8, let value = SIEDate.digits(bytes) else { return nil }
        self.init(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    /// The date as SIE writes it, `YYYYMMDD`.
    public var sieString: String {
        SIEDate.pad(year, 4) + SIEDate.pad(month, 2) + SIEDate.pad(day, 2)
    }

    /// The date in ISO 8601 form, `YYYY-MM-DD`, for messages and display.
    public var description: String {
        SIEDate.pad(year, 4) + "-" + SIEDate.pad(month, 2) + "-" + SIEDate.pad(day, 2)
    }

    /// Orders dates chronologically, so fiscal-year ranges can be checked.
    public static func < (lhs: SIEDate, rhs: SIEDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Number of days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The decimal value of an all-digit byte string, or nil if any byte is not a digit.
    @inline(__always)
    static func digits<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
