/// A report period (rapportperiod): month `month` of fiscal year `year`. Figures "for the
/// period" are accumulated from January to the end of that month (SPEC §2). Fiscal years are
/// calendar years, as for Swedish regions and municipalities.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The fiscal year, a calendar year (1900...9999).
    public var year: Int
    /// 1...12
    public var month: Int

    /// Month `month` of `year`; nil when the month is not 1...12 or the year not 1900...9999.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1900...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(year: y, month: m)
    }

    /// The period of a day written `YYYY-MM-DD` (a decision's date, a deadline); nil unless the day exists.
    public init?(day text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 2, let period = Period(parts[0] + "-" + parts[1]),
            let d = Int(parts[2]), (1...Period.lastDay(year: period.year, month: period.month)).contains(d)
        else { return nil }
        self = period
    }

    /// The same period one year earlier.
    public var previousYear: Period { Period(uncheckedYear: year - 1, month: month) }
    /// December of the same year (the full year).
    public var yearEnd: Period { Period(uncheckedYear: year, month: 12) }
    /// The period `months` months later (earlier when negative).
    public func adding(months: Int) -> Period {
        let index = year * 12 + month - 1 + months
        return Period(uncheckedYear: index >= 0 ? index / 12 : (index - 11) / 12, month: ((index % 12) + 12) % 12 + 1)
    }

    init(uncheckedYear: Int, month: Int) {
        self.year = uncheckedYear
        self.month = month
    }

    /// Chronological order.
    public static func < (a: Period, b: Period) -> Bool { (a.year, a.month) < (b.year, b.month) }
    /// `YYYY-MM`
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
}

/// A period is written as its text, `YYYY-MM`, in stored values (frozen reports): the same
/// JSON as when the period was a string, so reports frozen by earlier versions still open.
extension Period: Codable {
    /// Decodes the period from its `YYYY-MM` text; any other text is a data-corrupted error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a period YYYY-MM")
        }
        self = period
    }

    /// Encodes the period as its `YYYY-MM` text (``description``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
