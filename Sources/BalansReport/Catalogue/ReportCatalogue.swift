import BalansCore
import Foundation

/// The words of the reports in one language, in one place (ENGINEERING.md: "UI and report
/// labels in Swedish, kept in one place so an English locale can be added"). Builders ask for a
/// label or a sentence by its key (`ReportLabel`, `ReportSentence`) and never hold the text
/// themselves; a sentence with figures is a template whose {1}, {2}, … the builder fills with
/// formatted figures. A second locale is a second pair of tables (a second `swedish`), and
/// the switch over every key makes the compiler check that none is left out.
struct ReportCatalogue: Sendable {
    /// The text of a label.
    var label: @Sendable (ReportLabel) -> String
    /// The template of a sentence.
    var template: @Sendable (ReportSentence) -> String

    /// The Swedish catalogue, the one the reports print.
    static let swedishCatalogue = ReportCatalogue(label: { swedish($0) }, template: { swedish($0) })

    /// The label `key`.
    subscript(_ key: ReportLabel) -> String { label(key) }

    /// The sentence `key` with its {1}, {2}, … replaced by `arguments` in one pass, so that
    /// an argument's own braces (a name, a comment) are never read as a place.
    func callAsFunction(_ key: ReportSentence, _ arguments: String...) -> String {
        ReportCatalogue.fill(template(key), arguments)
    }

    /// `template` with {n} replaced by `arguments[n - 1]`; a place without an argument is kept.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, n <= arguments.count {
                out += arguments[n - 1]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    // MARK: - Calendar words

    /// The month's name, "april" (1...12).
    func month(_ m: Int) -> String { self[ReportLabel.months[m - 1]] }
    /// The month's short name, "apr".
    func monthShort(_ m: Int) -> String { self[ReportLabel.monthsShort[m - 1]] }
    /// The month count in words, "fyra" (månader).
    func monthCount(_ m: Int) -> String { self[ReportLabel.monthCounts[m - 1]] }
    /// "jan–apr" for a period ending in April, "jan" for January.
    func span(_ month: Int) -> String { month == 1 ? monthShort(1) : self(.span, monthShort(1), monthShort(month)) }
    /// "januari–april 2024", "januari 2024".
    func longSpan(_ year: Int, _ month: Int) -> String {
        month == 1
            ? self(.monthYear, self.month(1), String(year))
            : self(.longSpan, self.month(1), self.month(month), String(year))
    }
    /// "april 2024": a balance at a month's end.
    func monthYear(_ p: Period) -> String { self(.monthYear, month(p.month), String(p.year)) }
    /// "apr 24": a month on a chart's axis.
    func chartMonth(_ p: Period) -> String { self(.monthYear, monthShort(p.month), String(String(p.year).suffix(2))) }
}

extension ReportLabel {
    /// The months' names, January first.
    static let months: [ReportLabel] = [
        .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
    ]
    /// The months' short names.
    static let monthsShort: [ReportLabel] = [
        .jan, .feb, .mar, .apr, .mayShort, .jun, .jul, .aug, .sep, .oct, .nov, .dec,
    ]
    /// "en" … "tolv" (månader).
    static let monthCounts: [ReportLabel] = [
        .one, .two, .three, .four, .five, .six, .seven, .eight, .nine, .ten, .eleven, .twelve,
    ]
}
