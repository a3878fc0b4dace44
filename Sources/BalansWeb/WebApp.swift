import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// `balans serve`: the web application over the same store and report values as the command
/// line (issue 7). Server-rendered HTML that works without JavaScript, a JSON API under /api.
public struct WebApp: Sendable {
    let store: Store
    let cache: DataCache
    let limiter: LoginLimiter
    let hasher: PasswordHasher
    let sessions = SessionCache()
    /// Secure cookies (HTTPS, or a browser on localhost); off only for plain-HTTP tests.
    let secureCookies: Bool
    /// The time of sessions and login limits (a test's own clock moves without waiting).
    let clock: @Sendable () -> Date

    public init(store: Store, secureCookies: Bool = true) {
        self.init(
            store: store, secureCookies: secureCookies, limiter: LoginLimiter(), hasher: PasswordHasher(),
            clock: { Date() })
    }

    init(
        store: Store, secureCookies: Bool, limiter: LoginLimiter, hasher: PasswordHasher,
        clock: @escaping @Sendable () -> Date
    ) {
        self.store = store
        self.secureCookies = secureCookies
        self.limiter = limiter
        self.hasher = hasher
        self.clock = clock
        self.cache = DataCache(
            load: { (try store.dataVersion(), try store.followUpData()) }, version: { try store.dataVersion() })
    }

    public func application(host: String, port: Int) -> some ApplicationProtocol {
        warmDummyHash()
        return Application(
            router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Balans"))
    }

    // MARK: Responses

    /// An HTML page. A page showing an overflowed sum (`Money.overflow`) is refused whole
    /// (`checked`), as a report would be: never a page with a wrong figure on it.
    static func html(_ text: String, status: HTTPResponse.Status = .ok, checked: Bool = true) -> Response {
        if checked && text.contains(SwedishNumberFormat.overflowMarker) {
            return errorPage(.internalServerError, overflowMessage)
        }
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .init("X-Content-Type-Options")!: "nosniff",
                .init("Content-Security-Policy")!:
                    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: value.rendered() + "\n")))
    }

    static func apiError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(.object([("error", .string(message))]), status: status)
    }

    static func redirect(_ page: Page) -> Response { Response(status: .seeOther, headers: [.location: page.url]) }

    static func text(_ body: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        if body.contains(SwedishNumberFormat.overflowMarker) {
            return type.hasPrefix("application/json")
                ? apiError(.internalServerError, overflowMessage) : errorPage(.internalServerError, overflowMessage)
        }
        return Response(
            status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func notFound(_ session: Session, _ text: String = "") -> Response {
        html(HTML.page("Finns inte", session: session, body: text), status: .notFound)
    }

    static let csrfRefused = text(
        "CSRF-kontrollen misslyckades.", type: "text/plain; charset=utf-8", status: .forbidden)

    /// A posted form of a logged-in user whose CSRF token matches: the login page otherwise,
    /// or 403 for a wrong token.
    func formPost(_ request: Request, _ body: (Session, [String: String], Request) async throws -> Response)
        async throws -> Response
    {
        var request = request
        let form = try await Form.body(&request)
        guard let s = try await session(request) else { return Self.redirect(.login) }
        guard Auth.csrfMatches(form["csrf"], s) else { return Self.csrfRefused }
        return try await body(s, form, request)
    }

    /// 409: the workflow refused the step; the reason and the way back.
    static func refused(_ e: any WorkflowRefusal, session: Session, back: Page) -> Response {
        html(
            HTML.page(
                "Ändringen gick inte igenom", session: session,
                body:
                    "<p class=\"error\" role=\"alert\">\(HTML.esc(e.description))</p><p><a href=\"\(HTML.href(back))\">Tillbaka</a></p>"
            ), status: .conflict)
    }

    static func forbidden(_ session: Session) -> Response {
        html(
            HTML.page(
                "Ingen behörighet", session: session,
                body: "<p class=\"error\">Du har inte behörighet till den här sidan.</p>"), status: .forbidden)
    }

    /// The report period from `?period=`, else the last month of the newest ledger.
    static func period(_ request: Request, _ data: FollowUpData) -> Period? {
        if let text = request.uri.queryParameters["period"].map(String.init) { return Period(text) }
        guard let year = data.ledgers.keys.max(), let month = data.ledgers[year]?.lastMonth, month > 0 else {
            return nil
        }
        return Period(year: year, month: month)
    }

    // MARK: Routes

    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        let app = self
        // Outermost: the headers go on every answer, the error pages' too.
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorAnswers())

        router.get("/login") { _, _ in app.loginPage(error: nil, status: .ok) }
        router.post("/login") { request, context in try await app.login(request, from: context.clientAddress(request)) }
        router.post("/logout") { request, _ in
            try await app.formPost(request) { s, _, _ in
                try app.store.deleteSession(tokenHash: s.tokenHash)
                await app.sessions.remove(s.tokenHash)
                var r = Self.redirect(.login)
                r.setCookie(app.sessionCookie("", maxAge: 0))
                return r
            }
        }

        router.get("/") { request, _ in
            try await app.page(request) { s, data in
                if s.user.role == .reader { return Self.redirect(.reports(period: nil)) }
                guard let p = Self.period(request, data) else {
                    return Self.html(HTML.page("Översikt", session: s, body: "<p>Ingen huvudbok är inläst.</p>"))
                }
                if s.user.role == .committee { return Self.redirect(.committee(s.user.node, period: p)) }
                // Admin and central controllers see the same region: its page body is built once
                // per data version and period, then only wrapped in the user's page.
                let body = try await app.cache.memo("dashboard-\(p)") { data in
                    let op = OperatingStatement.compute(data, period: p)
                    let ratios = KeyRatioReport.compute(data, period: p)
                    // The charts are the region report's own (forecast deviation per committee,
                    // the key ratios over the years, the result month by month).
                    let report = try ReportBuilder.build(.ur1, data: data, period: p, org: nil)
                    let charts = report.allBlocks.filter {
                        switch $0 {
                        case .chart, .lineChart: return true
                        default: return false
                        }
                    }
                    let chartHTML = HTMLRenderer.fragment(
                        Chapter(id: "diagram", title: "", blocks: Array(charts.prefix(3))))
                    return Pages.dashboardBody(
                        data, period: p, session: s, statement: op, ratios: ratios, charts: chartHTML)
                }
                return Self.html(HTML.page("Översikt \(data.tree(for: p.year).root.name)", session: s, body: body))
            }
        }
        router.get("/namnd/:code") { request, context in
            try await app.page(request) { s, data in
                let code = try context.pathValue("code")
                guard let p = Self.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return Self.notFound(s)
                }
                guard s.canRead(code, tree: data.tree(for: p.year)) else { return Self.forbidden(s) }
                let message = request.uri.queryParameters["meddelande"].map(String.init)
                // A line shows the state of the forecast it is part of: its committee's.
                let unit = data.tree(for: p.year).forecastUnit(of: code) ?? code
                return Self.html(
                    Pages.committee(
                        data, period: p, code: code, state: try app.store.forecastState(period: p, node: unit),
                        session: s, message: message))
            }
        }
        router.get("/namnd/:code/prognos") { request, context in
            try await app.page(request) { s, data in
                let code = try context.pathValue("code")
                guard let p = Self.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return Self.notFound(s)
                }
                let tree = data.tree(for: p.year)
                // A line's forecast is entered on its committee's form (one unit of the workflow).
                if let unit = tree.forecastUnit(of: code), unit != code, s.canWrite(unit, tree: tree) {
                    return Self.redirect(.forecastForm(unit, period: p))
                }
                guard s.canWrite(code, tree: tree) else { return Self.forbidden(s) }
                return Self.html(
                    Pages.forecastForm(
                        data, period: p, code: code, state: try app.store.forecastState(period: p, node: code),
                        session: s, error: nil))
            }
        }
        router.post("/namnd/:code/prognos") { request, context in
            try await app.saveForecastForm(request, code: try context.pathValue("code"))
        }
        router.post("/namnd/:code/prognos/godkann") { request, context in
            try await app.decide(request, code: try context.pathValue("code"), to: .approved)
        }
        router.post("/namnd/:code/prognos/returnera") { request, context in
            try await app.decide(request, code: try context.pathValue("code"), to: .returned)
        }

        router.get("/rad/:code") { request, context in
            try await app.page(request) { s, data in
                let code = try context.pathValue("code")
                guard let p = Self.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return Self.notFound(s)
                }
                guard s.canRead(code, tree: data.tree(for: p.year)) else { return Self.forbidden(s) }
                return Self.html(
                    Pages.line(
                        data, period: p, code: code, accountNames: try app.store.accountNames(year: p.year), session: s)
                )
            }
        }
        router.get("/rad/:code/konto/:account") { request, context in
            try await app.page(request) { s, data in
                let code = try context.pathValue("code")
                guard let account = Int(try context.pathValue("account")), let p = Self.period(request, data) else {
                    return Self.notFound(s)
                }
                let tree = data.tree(for: p.year)
                guard tree.node(code) != nil else { return Self.notFound(s) }
                guard s.canRead(code, tree: tree) else { return Self.forbidden(s) }
                let rows = try app.store.ledgerRows(
                    year: p.year, account: account, ansvar: tree.subtree(code).flatMap(\.ansvar), throughMonth: p.month)
                return Self.html(
                    Pages.ledgerRows(
                        rows, title: "\(tree.node(code)?.name ?? code), konto \(account)",
                        back: .line(code, period: p), session: s))
            }
        }
        router.get("/verifikation/:id") { request, context in
            try await app.page(request) { s, data in
                guard let id = Int64(try context.pathValue("id")) else { return Self.notFound(s) }
                let rows = try app.store.voucher(id: id)
                // A voucher may touch several units: a committee controller sees it only when every row is in their subtree.
                guard let year = rows.first.flatMap({ Int($0.date.prefix(4)) }) else { return Self.notFound(s) }
                let tree = data.tree(for: year)
                let readable = rows.allSatisfy { r in
                    tree.nodeCode(forAnsvar: r.ansvar).map { s.canRead($0, tree: tree) }
                        ?? (s.user.role == .admin || s.user.role == .central)
                }
                guard readable else { return Self.forbidden(s) }
                return Self.html(
                    Pages.ledgerRows(
                        rows, title: "Verifikation \(rows[0].series) \(rows[0].number)", back: .dashboard(period: nil),
                        session: s))
            }
        }
        router.get("/granskning") { request, _ in
            try await app.page(request) { s, _ in
                guard s.user.role == .admin || s.user.role == .central else { return Self.forbidden(s) }
                return Self.html(Pages.audit(try app.store.auditTrail(), session: s))
            }
        }
        // Staff, investments, activities: the report chapters of the region (ur1) or, for a
        // committee controller, of the own committee (namnd).
        for page in Page.ChapterPage.allCases {
            router.get(RouterPath(Page.chapters(page, period: nil).url)) { request, _ in
                try await app.page(request) { s, data in
                    guard s.user.role != .reader, let p = Self.period(request, data) else { return Self.forbidden(s) }
                    let report =
                        s.user.role == .committee
                        ? try ReportBuilder.build(.namnd, data: data, period: p, org: s.user.node)
                        : try ReportBuilder.build(.ur1, data: data, period: p, org: nil)
                    return Self.html(Pages.chapters(report, ids: page.chapterIDs, title: page.title, session: s))
                }
            }
        }
        router.get("/rapporter") { request, _ in
            try await app.page(request) { s, data in
                let p = Self.period(request, data) ?? Period(year: 2024, month: 1)!
                let kinds =
                    s.user.role == .admin || s.user.role == .central
                    ? ReportKind.allCases.filter { $0 != .namnd }.map { ($0.rawValue, ReportKindTitle.title($0)) } : []
                return Self.html(
                    Pages.reports(kinds: kinds, frozen: try app.store.frozenReports(), period: p, session: s))
            }
        }
        router.get("/rapporter/:kind") { request, context in
            try await app.page(request) { s, data in
                guard let kind = ReportKind(rawValue: try context.pathValue("kind")) else { return Self.notFound(s) }
                let format = request.uri.queryParameters["format"].map(String.init) ?? "html"
                return try app.reportResponse(request, session: s, data: data, kind: kind, format: format)
            }
        }

        registerFollowUp(on: router)
        API.register(on: router, app: app)
        return router
    }

    // MARK: Handlers

    /// A page for a logged-in user: the session and the current snapshot, or the login page.
    func page(_ request: Request, _ body: (Session, FollowUpData) async throws -> Response) async throws -> Response {
        guard let s = try await session(request) else { return Self.redirect(.login) }
        return try await body(s, try await cache.data())
    }

    func saveForecastForm(_ request: Request, code: String) async throws -> Response {
        try await formPost(request) { s, form, request in try await saveForecastForm(request, s, form, code: code) }
    }

    func saveForecastForm(_ request: Request, _ s: Session, _ form: [String: String], code: String) async throws
        -> Response
    {
        let data = try await cache.data()
        guard let p = Self.period(request, data), data.tree(for: p.year).node(code) != nil else {
            return Self.notFound(s)
        }
        let tree = data.tree(for: p.year)
        guard s.canWrite(code, tree: tree) else { return Self.forbidden(s) }
        if let unit = tree.forecastUnit(of: code), unit != code {
            return Self.refused(
                WorkflowError(
                    description:
                        "Prognosen för \(tree.node(code)?.name ?? code) lämnas i \(tree.node(unit)?.name ?? unit)s prognos, för hela nämnden."
                ),
                session: s, back: .forecastForm(unit, period: p))
        }
        let entries = ForecastEntry.rows(data, period: p, committee: code)
        var rows: [ForecastRow] = []
        var problems: [String] = []
        for (i, e) in entries.enumerated() {
            let text = (form["amount_\(i)"] ?? "").replacingOccurrences(of: " ", with: "").replacingOccurrences(
                of: "\u{00A0}", with: ""
            ).replacingOccurrences(of: "−", with: "-")
            let amount: Money
            switch Money.parsing(text) {
            case .success(let m): amount = m
            case .failure(let error):
                let why =
                    error == .tooLarge
                    ? "är större än 1 000 000 000 000 kronor, det största belopp Balans tar emot"
                    : "är inte ett belopp i kronor"
                problems.append(
                    "\(tree.node(e.node)?.name ?? e.node) konto \(e.account.map(String.init) ?? ""): \"\(form["amount_\(i)"] ?? "")\" \(why)"
                )
                continue
            }
            rows.append(
                ForecastRow(
                    period: p, node: e.node, account: e.account, amount: amount, comment: form["comment_\(i)"] ?? "",
                    author: s.user.name, status: .draft))
        }
        let state = try store.forecastState(period: p, node: code)
        guard problems.isEmpty, let version = Int(form["version"] ?? "") else {
            return Self.html(
                Pages.forecastForm(
                    data, period: p, code: code, state: state, session: s,
                    error: problems.isEmpty ? "Versionen saknas." : problems.joined(separator: "; ")),
                status: problems.isEmpty ? .badRequest : .unprocessableContent)
        }
        do {
            var newVersion = try store.saveForecast(
                period: p, committee: code, rows: rows, expectedVersion: version, user: s.user.name)
            var message = "Prognosen är sparad som utkast."
            if form["action"] == "submit" {
                newVersion = try store.transitionForecast(
                    period: p, committee: code, to: .submitted, expectedVersion: newVersion, comment: "",
                    user: s.user.name)
                message = "Prognosen är inlämnad för godkännande."
            }
            await cache.invalidate()
            _ = newVersion
            return Self.redirect(.committee(code, period: p, message: message))
        } catch let e as any WorkflowRefusal {
            return Self.html(
                Pages.forecastForm(
                    try await cache.data(), period: p, code: code,
                    state: try store.forecastState(period: p, node: code), session: s, error: e.description),
                status: .conflict)
        }
    }

    func decide(_ request: Request, code: String, to target: ForecastState.Status) async throws -> Response {
        try await formPost(request) { s, form, request in try await decide(request, s, form, code: code, to: target) }
    }

    func decide(
        _ request: Request, _ s: Session, _ form: [String: String], code: String, to target: ForecastState.Status
    ) async throws -> Response {
        guard s.canApprove else { return Self.forbidden(s) }
        let data = try await cache.data()
        guard let p = Self.period(request, data), let version = Int(form["version"] ?? "") else {
            return Self.html(HTML.page("Fel", session: s, body: ""), status: .badRequest)
        }
        do {
            _ = try store.transitionForecast(
                period: p, committee: code, to: target, expectedVersion: version, comment: form["comment"] ?? "",
                user: s.user.name)
            await cache.invalidate()
            let message = target == .approved ? "Prognosen är godkänd." : "Prognosen är returnerad."
            return Self.redirect(.committee(code, period: p, message: message))
        } catch let e as any WorkflowRefusal {
            return Self.refused(e, session: s, back: .committee(code, period: p))
        }
    }

    func reportResponse(_ request: Request, session s: Session, data: FollowUpData, kind: ReportKind, format: String)
        throws -> Response
    {
        guard let p = Self.period(request, data) else { return Self.notFound(s) }
        let org = request.uri.queryParameters["org"].map(String.init)
        let report: Report
        if request.uri.queryParameters["frozen"] != nil || s.user.role == .reader {
            // Readers see published reports only.
            guard let frozen = try store.frozenReport(kind: kind.rawValue, period: p.description, node: org ?? "")
            else {
                return Self.html(
                    HTML.page("Finns inte", session: s, body: "<p>Rapporten är inte fastställd.</p>"), status: .notFound
                )
            }
            report = try Report.decoded(frozen.value)
        } else {
            let tree = data.tree(for: p.year)
            // An unknown node is not found, not a failure of the report (it was a 500 with no body).
            if let org, tree.node(org) == nil {
                return Self.notFound(s, "<p>Det finns ingen enhet med koden \(HTML.esc(org)) \(p.year).</p>")
            }
            let allowed =
                kind == .namnd
                ? s.canRead(org ?? tree.root.code, tree: tree) : (s.user.role == .admin || s.user.role == .central)
            guard allowed else { return Self.forbidden(s) }
            report = try ReportBuilder.build(kind, data: data, period: p, org: org)
        }
        let stem = "\(kind.rawValue)-\(p)\(org.map { "-\($0)" } ?? "")"
        func download(_ data: Data, _ type: String, _ ext: String) -> Response {
            Response(
                status: .ok,
                headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(stem).\(ext)\""],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        switch format {
        case "md": return Self.text(MarkdownRenderer.render(report), type: "text/markdown; charset=utf-8")
        case "json": return Self.text(JSONReportRenderer.render(report), type: "application/json; charset=utf-8")
        case "xlsx":
            return download(
                try XLSXWriter.render(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx")
        case "csv": return download(try CSVTables.zip(report), "application/zip", "csv.zip")
        case "pdf":
            do {
                return download(try PDFRenderer.render(html: HTMLRenderer.render(report)), "application/pdf", "pdf")
            } catch let e as PDFRenderer.Unavailable {
                return Self.html(
                    HTML.page("PDF", session: s, body: "<p class=\"error\">\(HTML.esc(e.description))</p>"),
                    status: .serviceUnavailable)
            }
        default: return Self.html(HTMLRenderer.render(report))
        }
    }
}

enum ReportKindTitle {
    static func title(_ kind: ReportKind) -> String { ReportLabels.reportTitles[kind.rawValue] ?? kind.rawValue }
}
