import BalansCore
import BalansReport
import BalansStore

/// The login form (`Templates.login`).
struct LoginView: PageView, MustacheView {
    static let template = "login"
    var error: String?
    var action = Page.login.url
    /// The double-submit token of the form (before a session exists).
    var csrf: String
    /// The name typed in the last try.
    var name: String
    /// The organisations to log in to, when the server offers a choice here (`WebServer`).
    var organisations: [Choice] = []
    var chooseOrganisation = false

    struct Choice: MustacheView {
        var code, name: String
        var selected: Bool
    }
}

/// The reports (`Templates.reports`): today's in every format for whoever may see them, with the way to publish
/// them for central controllers, and the published (frozen) ones by year, title and kind, in Swedish local time —
/// for a reader as HTML, PDF and xlsx.
struct ReportsView: PageView, MustacheView {
    static let template = "reports"
    static let formats = ["html", "pdf", "xlsx", "csv", "md", "json"]
    static let readerFormats = ["html", "pdf", "xlsx"]

    var showCurrent: Bool
    var current: [Current]
    var anyFrozen: Bool
    var years: [Year]

    struct Current: MustacheView {
        var title, period: String
        var links: [FormatLink]
        var publish: String?
    }

    struct Year: MustacheView {
        var year: String
        var frozen: [Frozen]
    }

    struct Frozen: MustacheView {
        var title, kind, period: String
        var node: String?
        var frozenAt: String
        var links: [FormatLink]
    }

    struct FormatLink: MustacheView {
        var url, format: String
        var last: Bool
    }

    /// `kinds`: the kinds of report the user may have computed, by their name and title.
    init(kinds: [(String, String)], frozen: [FrozenReport], period p: Period, session s: Session) {
        func links(_ formats: [String], _ page: (String) -> Page) -> [FormatLink] {
            formats.enumerated().map { FormatLink(url: page($1).url, format: $1, last: $0 == formats.count - 1) }
        }
        showCurrent = s.may(.followUp)
        current = kinds.map { kind, title in
            Current(
                title: title, period: p.description,
                links: links(Self.formats) { .report(kind: kind, period: p.description, format: $0) },
                publish: s.may(.region) ? Page.publish(kind: kind, period: p).url : nil)
        }
        anyFrozen = !frozen.isEmpty
        let formats = s.may(.followUp) ? Self.formats : Self.readerFormats
        let rows = frozen.map { f in
            let node = f.node.rawValue.isEmpty ? nil : f.node
            // The title as published ("Uppföljningsrapport 1 2024"); the kind's name where the value cannot be read.
            let title = (try? Report.decoded(f.value).title) ?? ReportLabels.reportTitles[f.kind] ?? f.kind
            return Frozen(
                title: title, kind: ReportLabels.reportTitles[f.kind] ?? f.kind, period: f.period,
                node: node?.rawValue, frozenAt: HTML.localTime(f.frozenAt),
                links: links(formats) { .report(kind: f.kind, period: f.period, format: $0, frozen: true, node: node) })
        }
        years = Dictionary(grouping: rows) { String($0.period.prefix(4)) }.sorted { $0.key > $1.key }.map {
            Year(year: $0.key, frozen: $0.value)
        }
    }
}
