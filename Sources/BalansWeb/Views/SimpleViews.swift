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

/// The audit log (`Templates.audit`).
struct AuditView: PageView {
    static let template = "audit"
    var entries: [Entry]

    struct Entry {
        var at, user, action, entity, oldValue, newValue: String
    }

    init(_ entries: [AuditEntry]) {
        self.entries = entries.map {
            Entry(
                at: $0.at, user: $0.user, action: $0.action, entity: $0.entity, oldValue: $0.oldValue,
                newValue: $0.newValue)
        }
    }
}

/// Ledger rows (`Templates.ledgerRows`). A voucher is linked only for admin and central
/// controllers: a committee controller may open a voucher only when every row of it is
/// theirs, which the list cannot tell, and a page shows no link its reader cannot open.
struct LedgerRowsView: PageView {
    static let template = "ledgerRows"
    var back: String
    var rows: [Row]

    struct Row {
        var voucherURL: String?
        var series, number, date, text, account, ansvar, objects, amount: String
    }

    /// The ledger's names of dimensions and objects (`#DIM`, `#OBJEKT`) of the rows' year.
    struct ObjectNames {
        var dimensions: [Int: String] = [:]
        var objects: [LedgerImport.ObjectRef: String] = [:]

        /// A row's objects beyond ansvar (its own column): "Verksamhet Primärvård · Motpart Staten".
        func describe(_ objects: [LedgerImport.ObjectRef]) -> String {
            objects.filter { $0.dimension != 1 }.map { o in
                let dimension = dimensions[o.dimension] ?? "Dimension \(o.dimension)"
                return "\(dimension) \(self.objects[o].map { "\($0) (\(o.code))" } ?? o.code)"
            }.joined(separator: " · ")
        }
    }

    init(_ rows: [Store.VoucherRow], names: ObjectNames, back: Page, session s: Session) {
        let linkVouchers = s.may(.region)
        self.back = back.url
        self.rows = rows.map { r in
            Row(
                voucherURL: linkVouchers ? Page.voucher(id: r.voucherID).url : nil, series: r.series, number: r.number,
                date: r.date, text: r.text, account: String(r.account), ansvar: r.ansvar,
                objects: names.describe(r.objects), amount: HTML.kr(r.amount))
        }
    }
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
