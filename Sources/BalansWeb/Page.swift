import BalansCore
import Foundation

/// Every address of the web application as a value: `url` builds the path and query a link,
/// a form's action or a redirect carries, `init?(url:)` parses one back. Path segments and
/// query values are percent-encoded here and nowhere else (a node code may hold `-`, a space,
/// `/` or `å`), so that a page cannot link to an address the router reads differently.
enum Page: Hashable, Sendable {
    case login
    case logout
    /// Switching to another organisation the server serves (POST, `WebServer`).
    case organisation
    /// The overview, "/".
    case dashboard(period: Period?)
    /// A committee or group: its lines; `message` is the notice after a step of the workflow.
    case committee(NodeCode, period: Period?, message: String? = nil)
    /// The committee's forecast form (GET) and its save (POST).
    /// `unit` (`enhet`: tkr, mnkr) switches the unit; `proposal` (`forslag`) fills in a proposal's amounts.
    case forecastForm(NodeCode, period: Period?, unit: String? = nil, proposal: String? = nil)
    /// Approving or returning a committee's forecast (POST).
    case forecastDecision(NodeCode, Decision, period: Period?)
    /// The review of a committee's forecast: submitted beside in force, the history and the comment thread.
    case forecastReview(NodeCode, period: Period?, message: String? = nil)
    /// A post to the comment thread of a committee's forecast (POST).
    case forecastComment(NodeCode, period: Period?)
    /// The user's notifications (aviseringar).
    case notices
    /// The forecast form's script (the pages' Content-Security-Policy allows scripts of this origin only).
    case formScript
    /// A committee's forecast as an xlsx template (GET), and its upload (POST).
    case forecastTemplate(NodeCode, period: Period?)
    /// A committee's texts, activities and indicators, and their change requests (POST).
    case followUp(NodeCode, period: Period?, message: String? = nil)
    /// Approving or returning one change request (POST); the committee and period of the page
    /// to go back to.
    case changeDecision(id: Int64, Decision, period: Period?, committee: NodeCode?)
    /// A line: its accounts.
    case line(NodeCode, period: Period?)
    /// A line's rows of one account: a page of them in an order (`listing`), or with `format`
    /// "csv" or "xlsx" every row as a file.
    case account(NodeCode, account: Int, period: Period?, listing: RowListing = RowListing(), format: String? = nil)
    /// A voucher; `from` the drill-down it was opened from, where its way back leads.
    case voucher(id: Int64, from: DrillDownPlace? = nil)
    /// The audit log, filtered by user (`anvandare`), action (`handling`) and Swedish days (`fran`, `till`).
    case audit(AuditFilter = AuditFilter())
    /// The organisation's users (administrators): the list, and the form that adds one (POST).
    case users(message: String? = nil)
    /// One user of the organisation: role and node, e-mail, deactivation, a new password.
    case user(String, message: String? = nil)
    /// A change to one user (POST).
    case userChange(String, UserAction)
    /// The logged-in user's own password (Byt lösenord), and its change (POST).
    case password(message: String? = nil)
    /// A year's budget: the original budget, the register of its changes and the form that adds one (central
    /// controllers); `message` is the notice after a change was added.
    case budget(year: Int?, message: String? = nil)
    /// Adding a budget change to the year (POST); without a year the page is not found.
    case budgetChange(year: Int?)
    /// The year's original budget as an xlsx template (GET) and its upload (POST), issue 17 item 4.
    case budgetTemplate(year: Int?)
    /// A plan version (issue 18): its first year, the version, and the what-if fields as typed (`PlanWhatIf`'s
    /// field names, e.g. `skattesats-2026`).
    case plan(year: Int?, version: String?, assume: [String: String] = [:], message: String? = nil)
    /// A plan version's rows to change (GET) and their save (POST); `message`, the notice after a save.
    case planEdit(version: String?, message: String? = nil)
    /// A new plan version from another (POST).
    case planNew
    /// Deciding a plan version (POST): it becomes its year's original budget.
    case planDecide
    /// Two plan versions line by line.
    case planCompare(year: Int?, a: String?, b: String?)
    /// A committee's detailed budget of a year (issue 18, item 4): the form (GET) and its save (POST).
    case detailedBudget(NodeCode, year: Int?, message: String? = nil)
    /// Approving or returning a committee's submitted detailed budget (POST).
    case detailedBudgetDecision(NodeCode, Decision, year: Int?)
    /// A committee's detailed budget as an xlsx template (GET) and its upload (POST).
    case detailedBudgetTemplate(NodeCode, year: Int?)
    /// Every committee's detailed budget of a year, with its status (central controllers).
    case detailedBudgets(year: Int?)
    /// The status board: every committee's reporting of the period, and the period's deadline.
    case status(period: Period?, message: String? = nil)
    /// Setting the period's deadline (POST).
    case statusDeadline(period: Period?)
    /// The server's metrics (Prometheus's text format).
    case metrics
    /// A page made of report chapters.
    case chapters(ChapterPage, period: Period?)
    /// The list of reports.
    case reports(period: Period?)
    /// A report in a format; `frozen` for the stored (published) one, `org` for a node's.
    /// Kind and period are the strings a frozen report is stored under.
    case report(kind: String, period: String?, format: String?, frozen: Bool = false, node: NodeCode? = nil)
    /// Publishing a report: fastställ it (POST), and what changed since it was (GET).
    case publish(kind: String, period: Period?, node: NodeCode? = nil, message: String? = nil)
    case api(APIPage)

    /// The audit log's filter: nil (or empty) filters nothing.
    struct AuditFilter: Hashable, Sendable {
        var user, action, from, to: String?
    }

    /// What an administrator changes of a user, by its path segment.
    enum UserAction: String, CaseIterable, Sendable {
        case role = "roll"
        case email = "epost"
        case active = "aktiv"
        case password = "losenord"
    }

    /// Approve ("godkann") or return ("returnera") a step of the workflow.
    enum Decision: String, CaseIterable, Sendable {
        case approve = "godkann"
        case `return` = "returnera"
    }

    /// The JSON API's addresses under /api.
    enum APIPage: Hashable, Sendable {
        case openAPI
        case ratios(period: Period?, node: NodeCode?)
        case report(kind: String, period: Period?, node: NodeCode?)
        case forecast(NodeCode, period: Period?)
        case forecastStep(NodeCode, ForecastStep, period: Period?)
        case changes(NodeCode, period: Period?)
        case changeStep(id: Int64, approve: Bool)
        /// The status board of a period (issue 17).
        case status(period: Period?)
        /// A committee's forecast review: rows, kept versions, comments.
        case forecastReview(NodeCode, period: Period?)
        /// A post to a committee's comment thread (POST).
        case forecastComments(NodeCode, period: Period?)
        /// The user's notifications.
        case notices
        /// The organisation's users (GET), and adding one (POST): administrators.
        case users
        /// Changing a user (POST): administrators.
        case user(String)
        /// The published (frozen) reports.
        case published
        /// A report's publishing state (GET) and fastställa (POST): central controllers.
        case publish(kind: String, period: Period?, node: NodeCode?)
        /// A committee's forecast template (GET), an upload previewed or, with `save` (the version), saved (POST).
        case forecastTemplate(NodeCode, period: Period?, save: Int? = nil)
        /// The year's budget template (GET) and its upload (POST): central controllers.
        case budgetTemplate(year: Int)
        /// A plan version with every step (central controllers); the what-ifs are repeated `assume` parameters.
        case plan(year: Int, version: String)
        /// Two plan versions compared (central controllers).
        case planCompare(year: Int, a: String?, b: String?)
    }

    /// The steps of the forecast workflow the API takes, by their path segment.
    enum ForecastStep: String, CaseIterable, Sendable {
        case submit, approve
        case `return`
    }

    /// The pages of report chapters, by their path.
    enum ChapterPage: String, CaseIterable, Sendable {
        case staff = "personal"
        case investments = "investeringar"
        case activities = "aktiviteter"
        case goals = "mal"

        var title: String {
            switch self {
            case .staff: "Personal"
            case .investments: "Investeringar"
            case .activities: "Aktiviteter och måluppfyllelse"
            case .goals: "Mål och indikatorer"
            }
        }

        /// The ids of the report chapters the page shows.
        var chapterIDs: [String] {
            switch self {
            case .staff: ["personal", "medarbetare"]
            case .investments: ["investeringar"]
            case .activities: ["maluppfyllelse", "atgardsplan"]
            // The region's report has the year's goals and chapter 4's table (seed 003 2.2 and 4),
            // a committee's report its indicators' chapter.
            case .goals: ["fokusomraden-och-mal", "indikatorer", "indikatorer-och-malvarden"]
            }
        }
    }

    // MARK: Building

    /// The path and query, percent-encoded (a template escapes it in an attribute: `&amp;`).
    var url: String {
        let (segments, query) = parts
        let path = "/" + segments.map(Self.encode).joined(separator: "/")
        let pairs = query.compactMap { key, value in value.map { "\(key)=\(Self.encode($0))" } }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    /// The path's segments (not encoded) and the query's pairs in order (nil: left out).
    private var parts: (path: [String], query: [(String, String?)]) {
        switch self {
        case .login: return (["login"], [])
        case .logout: return (["logout"], [])
        case .organisation: return (["organisation"], [])
        case .dashboard(let p): return ([], [("period", p?.description)])
        case .committee(let code, let p, let message):
            return (["namnd", code.rawValue], [("period", p?.description), ("meddelande", message)])
        case .forecastForm(let code, let p, let unit, let proposal):
            return (
                ["namnd", code.rawValue, "prognos"],
                [("period", p?.description), ("enhet", unit), ("forslag", proposal)]
            )
        case .forecastDecision(let code, let d, let p):
            return (["namnd", code.rawValue, "prognos", d.rawValue], [("period", p?.description)])
        case .forecastReview(let code, let p, let message):
            return (
                ["namnd", code.rawValue, "prognos", "granska"], [("period", p?.description), ("meddelande", message)]
            )
        case .forecastComment(let code, let p):
            return (["namnd", code.rawValue, "prognos", "kommentar"], [("period", p?.description)])
        case .notices: return (["aviseringar"], [])
        case .formScript: return (["static", "prognos.js"], [])
        case .forecastTemplate(let code, let p):
            return (["namnd", code.rawValue, "prognos", "mall"], [("period", p?.description)])
        case .followUp(let code, let p, let message):
            return (["namnd", code.rawValue, "uppfoljning"], [("period", p?.description), ("meddelande", message)])
        case .changeDecision(let id, let d, let p, let committee):
            return (["andring", String(id), d.rawValue], [("period", p?.description), ("namnd", committee?.rawValue)])
        case .line(let code, let p): return (["rad", code.rawValue], [("period", p?.description)])
        case .account(let code, let account, let p, let listing, let format):
            return (
                ["rad", code.rawValue, "konto", String(account)],
                [("period", p?.description)] + listing.query + [("format", format)]
            )
        case .voucher(let id, let from):
            return (["verifikation", String(id)], from?.query ?? [])
        case .audit(let f):
            return (["granskning"], [("anvandare", f.user), ("handling", f.action), ("fran", f.from), ("till", f.to)])
        case .users(let message): return (["anvandare"], [("meddelande", message)])
        case .user(let name, let message): return (["anvandare", name], [("meddelande", message)])
        case .userChange(let name, let action): return (["anvandare", name, action.rawValue], [])
        case .password(let message): return (["losenord"], [("meddelande", message)])
        case .budget(let year, let message):
            return (["budget"], [("ar", year.map(String.init)), ("meddelande", message)])
        case .budgetChange(let year): return (["budget", "andring"], [("ar", year.map(String.init))])
        case .budgetTemplate(let year): return (["budget", "mall"], [("ar", year.map(String.init))])
        case .plan(let year, let version, let assume, let message):
            return (
                ["plan"],
                [("ar", year.map(String.init)), ("version", version)]
                    + assume.keys.sorted().map { ($0, assume[$0].flatMap { $0.isEmpty ? nil : $0 }) }
                    + [("meddelande", message)]
            )
        case .planEdit(let version, let message):
            return (["plan", "redigera"], [("version", version), ("meddelande", message)])
        case .planNew: return (["plan", "ny"], [])
        case .planDecide: return (["plan", "faststall"], [])
        case .planCompare(let year, let a, let b):
            return (["plan", "jamfor"], [("ar", year.map(String.init)), ("a", a), ("b", b)])
        case .detailedBudget(let code, let year, let message):
            return (
                ["namnd", code.rawValue, "detaljbudget"], [("ar", year.map(String.init)), ("meddelande", message)]
            )
        case .detailedBudgetDecision(let code, let d, let year):
            return (["namnd", code.rawValue, "detaljbudget", d.rawValue], [("ar", year.map(String.init))])
        case .detailedBudgetTemplate(let code, let year):
            return (["namnd", code.rawValue, "detaljbudget", "mall"], [("ar", year.map(String.init))])
        case .detailedBudgets(let year): return (["detaljbudget"], [("ar", year.map(String.init))])
        case .status(let p, let message): return (["status"], [("period", p?.description), ("meddelande", message)])
        case .statusDeadline(let p): return (["status", "sista-dag"], [("period", p?.description)])
        case .metrics: return (["metrics"], [])
        case .chapters(let page, let p): return ([page.rawValue], [("period", p?.description)])
        case .reports(let p): return (["rapporter"], [("period", p?.description)])
        case .report(let kind, let p, let format, let frozen, let node):
            return (
                ["rapporter", kind],
                [("period", p), ("format", format), ("frozen", frozen ? "1" : nil), ("org", node?.rawValue)]
            )
        case .publish(let kind, let p, let node, let message):
            return (
                ["rapporter", kind, "publicera"],
                [("period", p?.description), ("org", node?.rawValue), ("meddelande", message)]
            )
        case .api(let page): return page.parts
        }
    }

    /// A path segment or query value, percent-encoded but for RFC 3986's unreserved
    /// characters (ASCII letters, digits, `-._~`). `.alphanumerics` would encode `-` (every
    /// line code) and pass non-ASCII letters through.
    static func encode(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }

    /// The inverse of `encode`; nil for a malformed escape (`%G1`, a cut `%4`).
    static func decode(_ s: Substring) -> String? { String(s).removingPercentEncoding }

    static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}

extension Page.APIPage {
    fileprivate var parts: (path: [String], query: [(String, String?)]) {
        switch self {
        case .openAPI: return (["api", "openapi.json"], [])
        case .ratios(let p, let node):
            return (["api", "ratios"], [("period", p?.description), ("org", node?.rawValue)])
        case .report(let kind, let p, let node):
            return (["api", "reports", kind], [("period", p?.description), ("org", node?.rawValue)])
        case .forecast(let code, let p):
            return (["api", "committees", code.rawValue, "forecast"], [("period", p?.description)])
        case .forecastStep(let code, let step, let p):
            return (["api", "committees", code.rawValue, "forecast", step.rawValue], [("period", p?.description)])
        case .changes(let code, let p):
            return (["api", "committees", code.rawValue, "changes"], [("period", p?.description)])
        case .changeStep(let id, let approve):
            return (["api", "changes", String(id), approve ? "approve" : "return"], [])
        case .status(let p): return (["api", "status"], [("period", p?.description)])
        case .forecastReview(let code, let p):
            return (["api", "committees", code.rawValue, "forecast", "review"], [("period", p?.description)])
        case .forecastComments(let code, let p):
            return (["api", "committees", code.rawValue, "forecast", "comments"], [("period", p?.description)])
        case .notices: return (["api", "notices"], [])
        case .users: return (["api", "users"], [])
        case .user(let name): return (["api", "users", name], [])
        case .published: return (["api", "published"], [])
        case .publish(let kind, let p, let node):
            return (["api", "reports", kind, "publish"], [("period", p?.description), ("org", node?.rawValue)])
        case .forecastTemplate(let code, let p, let save):
            return (
                ["api", "committees", code.rawValue, "forecast", "template"],
                [("period", p?.description), ("save", save.map(String.init))]
            )
        case .budgetTemplate(let year): return (["api", "budget", String(year), "template"], [])
        case .plan(let year, let version): return (["api", "plan", String(year), version], [])
        case .planCompare(let year, let a, let b):
            return (["api", "plan", String(year), "compare"], [("a", a), ("b", b)])
        }
    }
}
