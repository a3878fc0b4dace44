import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird
import Logging

/// `balans serve`: the web application over the same store and report values as the command
/// line (issue 7). Server-rendered HTML that works without JavaScript, a JSON API under /api.
public struct WebApp: Sendable {
    let store: Store
    let cache: DataCache
    let limiter: LoginLimiter
    let hasher: PasswordHasher
    let sessions = SessionCache()
    /// Whole pages as answered, per session and store version (`PageCacheMiddleware`).
    let pages = PageCache()
    /// Secure cookies (HTTPS, or a browser on localhost); off only for plain-HTTP tests.
    let secureCookies: Bool
    /// The time of sessions and login limits (a test's own clock moves without waiting).
    let clock: @Sendable () -> Date
    /// One line per request (`RequestLog`).
    let requestLogger: Logger
    /// The requests counted and timed, shown at /metrics.
    let metrics = WebMetrics()
    /// E-mail for notifications, when the operator configures a sendmail command (`balans serve --sendmail`).
    let mailer: Mailer?
    /// The organisations of the server this application is one of (`WebServer`); nil when it serves its own only.
    var served: ServedOrganisations?
    /// Prints reports as PDF (Chromium; a test's own counts the printings).
    var printer = ReportPrinter.chromium

    /// `requestLogger` writes one line per request; by default nothing (`balans serve` passes
    /// its own).
    public init(
        store: Store, secureCookies: Bool = true, requestLogger: Logger = WebApp.silent, mailer: Mailer? = nil
    ) {
        self.init(
            store: store, secureCookies: secureCookies, limiter: LoginLimiter(), hasher: PasswordHasher(),
            clock: { Date() }, requestLogger: requestLogger, mailer: mailer)
    }

    /// A logger that writes nothing.
    public static let silent = Logger(label: "balans.requests", factory: { _ in SwiftLogNoOpLogHandler() })

    init(
        store: Store, secureCookies: Bool, limiter: LoginLimiter, hasher: PasswordHasher,
        clock: @escaping @Sendable () -> Date, requestLogger: Logger = WebApp.silent, mailer: Mailer? = nil
    ) {
        self.requestLogger = requestLogger
        self.mailer = mailer
        self.store = store
        self.secureCookies = secureCookies
        self.limiter = limiter
        self.hasher = hasher
        self.clock = clock
        self.cache = DataCache(
            load: { (try await store.dataVersion(), try await store.followUpData()) },
            version: { try await store.dataVersion() })
    }

    /// The HTTP server of ``router()`` on `host` and `port`, for `balans serve` to run. It starts
    /// making the login's dummy hash in the background, so the first unknown name is not slower.
    public func application(host: String, port: Int) -> some ApplicationProtocol {
        warmDummyHash()
        return Application(
            router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Balans"))
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

    /// The application's routes: the middleware every answer passes (headers, error pages,
    /// the session), then one controller per resource.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        // Outermost: every answer is logged and counted, with its final status.
        router.add(middleware: RequestLog(logger: requestLogger, metrics: metrics))
        // Then the headers go on every answer, the error pages' too.
        router.add(middleware: SecurityHeaders())
        // Outside the error answers, so an answer made of an error after a write still carries its position.
        router.add(middleware: WritePositionCookie(app: self))
        router.add(middleware: ErrorAnswers())
        router.add(middleware: SessionAuthenticator(app: self))

        LoginController(app: self).addRoutes(to: router.group())
        APIController(app: self).addRoutes(to: router.group())
        let pages = router.group().add(middleware: RequireLogin()).add(middleware: PageCacheMiddleware(app: self))
            .add(middleware: ResponseCompression())
        let controllers: [any WebController] = [
            DashboardController(app: self), CommitteeController(app: self), DrillDownController(app: self),
            ForecastController(app: self), ChangeController(app: self), ReportController(app: self),
            AuditController(app: self), BudgetController(app: self), PlanController(app: self),
            PlanEditController(app: self),
            StatusController(app: self), DetailedBudgetController(app: self),
            MetricsController(app: self), NoticeController(app: self), ReviewController(app: self),
            TemplateController(app: self), BudgetTemplateController(app: self), PublishController(app: self),
            UserController(app: self), PasswordController(app: self), OrganisationController(app: self),
        ]
        for controller in controllers { controller.addRoutes(to: pages) }
        return router
    }

    // MARK: Handlers

    /// A page for a logged-in user: the session and the current snapshot, or the login page.
    func page(_ context: WebContext, _ body: (Session, FollowUpData) async throws -> Response) async throws
        -> Response
    {
        guard var s = context.identity else { return Self.redirect(.login) }
        let data = try await cache.data()
        let periods = try await cache.memo("ledger-periods") { $0.ledgerPeriods }
        s.periods = PeriodChoice(place: s.place, periods: periods)
        return try await body(s, data)
    }

    /// A posted form of a logged-in user whose CSRF token matches: the login page otherwise,
    /// or 403 for a wrong token.
    func formPost(
        _ request: Request, _ context: WebContext,
        _ body: (Session, [String: String], Request) async throws -> Response
    ) async throws -> Response {
        var request = request
        let form = try await Form.body(&request)
        guard let s = context.identity else { return Self.redirect(.login) }
        guard Auth.csrfMatches(form["csrf"], s) else { return Self.csrfRefused }
        return try await body(s, form, request)
    }
}

/// The routes of one resource, added to the group the router gives it (`WebApp.router`).
protocol WebController: Sendable {
    func addRoutes(to group: RouterGroup<WebContext>)
}
