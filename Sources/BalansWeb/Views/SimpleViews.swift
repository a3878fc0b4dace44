import BalansCore
import BalansStore

/// The login form (`Templates.login`).
struct LoginView: PageView {
    static let template = "login"
    var error: String?
    var action = Page.login.url
    /// The double-submit token of the form (before a session exists).
    var csrf: String
    /// The name typed in the last try.
    var name: String
}

/// The reports (`Templates.reports`): today's in every format for whoever may see them, and
/// the frozen ones.
struct ReportsView: PageView {
    static let template = "reports"
    static let formats = ["html", "pdf", "xlsx", "csv", "md", "json"]

    var showCurrent: Bool
    var current: [Current]
    var anyFrozen: Bool
    var frozen: [Frozen]

    struct Current {
        var title, period: String
        var links: [FormatLink]
    }

    struct Frozen {
        var kind, period: String
        var node: String?
        var frozenAt: String
        var links: [FormatLink]
    }

    struct FormatLink {
        var url, format: String
        var last: Bool
    }

    /// `kinds`: the kinds of report the user may have computed, by their name and title.
    init(kinds: [(String, String)], frozen: [FrozenReport], period p: Period, session s: Session) {
        func links(_ page: (String) -> Page) -> [FormatLink] {
            Self.formats.enumerated().map {
                FormatLink(url: page($1).url, format: $1, last: $0 == Self.formats.count - 1)
            }
        }
        showCurrent = s.may(.followUp)
        current = kinds.map { kind, title in
            Current(
                title: title, period: p.description,
                links: links { .report(kind: kind, period: p.description, format: $0) })
        }
        anyFrozen = !frozen.isEmpty
        self.frozen = frozen.map { f in
            let node = f.node.rawValue.isEmpty ? nil : f.node
            return Frozen(
                kind: f.kind, period: f.period, node: node?.rawValue, frozenAt: f.frozenAt,
                links: links { .report(kind: f.kind, period: f.period, format: $0, frozen: true, node: node) })
        }
    }
}
