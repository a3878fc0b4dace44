import BalansCore
import BalansStore
import Foundation
import Hummingbird
import Logging

/// `balans serve` over every organisation of a database: one ``WebApp`` per organisation (its own store, data cache
/// and sessions), and each request answered by one of them (``OrganisationResponder``): by its host name when the
/// operator maps one to the organisation, else by the user's choice (the organisation cookie, set at login and by
/// the switcher), else the default organisation.
public struct WebServer: Sendable {
    /// The application of each organisation served.
    public let apps: [OrganisationCode: WebApp]
    let served: ServedOrganisations

    /// The applications of `stores` (one per organisation, each opened on its own), with the names of `entries`.
    /// `hosts` maps host names to organisations (each such organisation is served at its host only);
    /// `fallback` is the organisation of a request no host or cookie chooses one for. `mailers` are by organisation.
    public init(
        stores: [Store], entries: [OrganisationEntry], hosts: [String: OrganisationCode] = [:],
        fallback: OrganisationCode? = nil, secureCookies: Bool = true, requestLogger: Logger = WebApp.silent,
        mailers: [OrganisationCode: Mailer] = [:]
    ) {
        self.init(
            stores: stores, entries: entries, hosts: hosts, fallback: fallback,
            make: { store, served in
                var logger = requestLogger
                // Each line of the request log names the organisation that answered.
                logger[metadataKey: "organisation"] = .string(store.organisation.rawValue)
                var app = WebApp(
                    store: store, secureCookies: secureCookies, requestLogger: logger,
                    mailer: mailers[store.organisation])
                app.served = served
                return app
            })
    }

    /// The server of the apps `make` builds, for tests (a clock, a limiter of their own).
    init(
        stores: [Store], entries: [OrganisationEntry], hosts: [String: OrganisationCode],
        fallback: OrganisationCode?, make: (Store, ServedOrganisations) -> WebApp
    ) {
        let codes = Set(stores.map(\.organisation))
        let served = ServedOrganisations(
            entries: stores.map { store in
                entries.first { $0.code == store.organisation }
                    ?? OrganisationEntry(code: store.organisation, name: store.organisation.rawValue)
            },
            stores: Dictionary(stores.map { ($0.organisation, $0) }, uniquingKeysWith: { a, _ in a }),
            hosts: Dictionary(
                hosts.filter { codes.contains($0.value) }.map { ($0.key.lowercased(), $0.value) },
                uniquingKeysWith: { a, _ in a }),
            fallback: fallback)
        self.served = served
        apps = Dictionary(stores.map { ($0.organisation, make($0, served)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The HTTP server on `host` and `port`, for `balans serve` to run.
    public func application(host: String, port: Int) -> some ApplicationProtocol {
        for app in apps.values { app.warmDummyHash() }
        return Application(
            responder: responder(), configuration: .init(address: .hostname(host, port: port), serverName: "Balans"))
    }

    /// What answers each request: the router of the organisation it resolves to.
    public func responder() -> OrganisationResponder {
        OrganisationResponder(
            served: served, responders: apps.mapValues { $0.router().buildResponder() },
            cookieName: Auth.cookieName(Auth.organisationCookie, secure: apps.values.first?.secureCookies ?? true))
    }

    /// Each organisation's deadline reminders (`WebApp.remindDeadlines`); an organisation's failure is logged and
    /// does not stop the others'.
    public func remindDeadlines(today: Date, log: Logger) async {
        for code in served.entries.map(\.code) {
            do { try await apps[code]?.remindDeadlines(today: today) } catch {
                log.warning("reminders of \(code): \(error)")
            }
        }
    }
}

/// The organisations one server serves, as each of its applications knows them (the switcher, the login form).
struct ServedOrganisations: Sendable {
    /// Every organisation served, in code order, with its name.
    var entries: [OrganisationEntry]
    /// Each organisation's store: a switch creates the session in the other organisation's.
    var stores: [OrganisationCode: Store]
    /// Host names (lower case, no port) and the organisation served at each; a mapped organisation is served at its
    /// host and nowhere else, and its host serves nothing else.
    var hosts: [String: OrganisationCode]
    /// The organisation of an unmapped host when the request does not choose one.
    var fallback: OrganisationCode?

    /// The organisations a user chooses among on a host no organisation is mapped to.
    var choosable: [OrganisationEntry] {
        let mapped = Set(hosts.values)
        return entries.filter { !mapped.contains($0.code) }
    }

    /// The host name of a request's authority (`Host`): lower case, without the port.
    static func hostName(_ authority: String?) -> String? {
        guard let authority, !authority.isEmpty else { return nil }
        let lower = authority.lowercased()
        if lower.hasPrefix("["), let end = lower.firstIndex(of: "]") { return String(lower[...end]) }
        return String(lower.prefix { $0 != ":" })
    }

    /// Whether the request's host is mapped to an organisation.
    func isMapped(host authority: String?) -> Bool { Self.hostName(authority).map { hosts[$0] != nil } ?? false }

    /// The organisation of a request: its host's; else on any other host the one the cookie names if it may be
    /// chosen there (an unknown code falls back), else the fallback if it may be, else the first that may be.
    /// Nil when every organisation is mapped to another host.
    func organisation(host authority: String?, cookie: String?) -> OrganisationCode? {
        if let host = Self.hostName(authority), let code = hosts[host] { return code }
        let choosable = self.choosable.map(\.code)
        if let cookie, let code = choosable.first(where: { $0.rawValue == cookie }) { return code }
        if let fallback, choosable.contains(fallback) { return fallback }
        return choosable.first
    }

    /// The host an organisation is mapped to, if any (the first by name when several are).
    func host(of code: OrganisationCode) -> String? {
        hosts.filter { $0.value == code }.keys.sorted().first
    }
}

/// Answers a request with the router of its organisation (`ServedOrganisations.organisation`); a login form posted
/// with an organisation chosen on it goes to that organisation's router.
public struct OrganisationResponder: HTTPResponder {
    /// The request context of every organisation's router.
    public typealias Context = WebContext
    let served: ServedOrganisations
    let responders: [OrganisationCode: RouterResponder<WebContext>]
    let cookieName: String

    /// The answer of the request's organisation; 404 where no organisation is served.
    public func respond(to request: Request, context: WebContext) async throws -> Response {
        var request = request
        var code = served.organisation(host: request.head.authority, cookie: request.cookies[cookieName]?.value)
        if code != nil, request.method == .post, request.uri.path == Page.login.url,
            !served.isMapped(host: request.head.authority)
        {
            // The login form's choice of organisation (the body stays in the request for the login to read).
            let form = Form.parse(String(buffer: try await request.collectBody(upTo: 1 << 20)))
            if let chosen = served.choosable.first(where: { $0.code.rawValue == form["organisation"] }) {
                code = chosen.code
            }
        }
        guard let code, let responder = responders[code] else {
            return Response(
                status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "Ingen organisation på den här adressen.\n")))
        }
        return try await responder.respond(to: request, context: context)
    }
}
