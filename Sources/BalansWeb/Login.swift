import BalansCore
import BalansStore
import Foundation
import Hummingbird

extension WebApp {
    static let wrongLogin = "Fel användarnamn eller lösenord."

    /// The hash a login checks the password against: the user's, or for an unknown name a
    /// dummy of the cost most stored hashes have (12, the default, without users).
    static func hashToVerify(_ stored: String?, usualCost: Int?) -> String {
        stored ?? Auth.dummyHash(cost: usualCost ?? 12)
    }

    /// Makes the dummy hash of the stored hashes' cost at the start, on the hasher's threads:
    /// made at the first unknown name instead, that answer would take twice as long.
    func warmDummyHash() {
        let (store, hasher) = (self.store, self.hasher)
        Task {
            let usualCost = (try? await store.loginLookup(name: ""))?.usualCost ?? nil
            _ = try? await hasher.run { Self.hashToVerify(nil, usualCost: usualCost) }
        }
    }

    /// The login page; on a host where the server offers several organisations, with the choice among them (this
    /// one chosen).
    func loginPage(
        error: String?, status: HTTPResponse.Status, name: String = "", retryAfter: Int? = nil, authority: String?
    ) -> Response {
        // Before a session exists, the login form is protected by a double-submit token.
        let token = Auth.randomToken()
        var choices: [LoginView.Choice] = []
        if let served, !served.isMapped(host: authority), served.choosable.count > 1 {
            choices = served.choosable.map {
                .init(code: $0.code.rawValue, name: $0.name, selected: $0.code == store.organisation)
            }
        }
        var r = Self.html(
            Pages.login(error: error, csrf: token, name: name, organisations: choices), status: status)
        r.setCookie(
            Cookie(
                name: loginCookieName, value: token, maxAge: 3600, path: "/", secure: secureCookies, httpOnly: true,
                sameSite: .strict))
        if let retryAfter { r.headers[.retryAfter] = String(retryAfter) }
        return r
    }

    /// POST /login. Cheap refusals first (a wrong form token, an overlong name, a wait the
    /// limiter imposes), then one bcrypt round on the hasher's own threads — of a dummy hash
    /// of the stored hashes' cost for an unknown name, so the answer's time does not tell
    /// which names exist.
    func login(_ request: Request, from address: String) async throws -> Response {
        var request = request
        let authority = request.head.authority
        func loginPage(
            error: String?, status: HTTPResponse.Status, name: String = "", retryAfter: Int? = nil
        ) -> Response {
            self.loginPage(error: error, status: status, name: name, retryAfter: retryAfter, authority: authority)
        }
        let form = try await Form.body(&request)
        let name = form["name"] ?? ""
        let password = form["password"] ?? ""
        // A user name is one line of printable text (a NUL in it slipped past the rate limit).
        if let problem = InputText.problem(in: name, multiline: false) {
            throw InvalidInput(field: "name", problem: problem)
        }
        guard let cookieToken = request.cookies[loginCookieName]?.value, let given = form["csrf"], !given.isEmpty,
            cookieToken == given
        else {
            return loginPage(
                error: "Formuläret hade gått ut. Försök igen.", status: .forbidden,
                name: String(name.prefix(Store.maxUserNameLength)))
        }
        // No user has a longer name: nothing to look up, hash or remember.
        guard name.count <= Store.maxUserNameLength else {
            return loginPage(error: Self.wrongLogin, status: .badRequest)
        }
        let now = clock()
        if let wait = await limiter.retryAfter(name: name, address: address, now: now) {
            return loginPage(
                error: "För många misslyckade inloggningar. Vänta en stund och försök igen.", status: .tooManyRequests,
                name: name,
                retryAfter: Int(wait.rounded(.up)))
        }
        let (user, usualCost) = try await store.loginLookup(name: name)
        let hash = user?.passwordHash
        let matches: Bool
        do {
            matches = try await hasher.run {
                Auth.verify(password, hash: Self.hashToVerify(hash, usualCost: usualCost))
            }
        } catch is PasswordHasher.Busy {
            return loginPage(
                error: "Många loggar in just nu. Försök igen om en stund.", status: .serviceUnavailable, name: name,
                retryAfter: 1)
        }
        // A deactivated user is answered as a wrong password: the form does not tell which names are locked.
        guard let user, matches, user.active else {
            await limiter.failed(name: name, address: address, now: now)
            return loginPage(error: Self.wrongLogin, status: .unauthorized, name: name)
        }
        await limiter.succeeded(name: name, address: address)
        let token = Auth.randomToken()
        try await store.createSession(
            tokenHash: Auth.hash(token), user: user.name, csrf: Auth.randomToken(),
            expiresAt: Int(now.timeIntervalSince1970) + Auth.lifetime)
        var r = Self.redirect(.dashboard(period: nil))
        r.setCookie(sessionCookie(token, maxAge: Auth.lifetime))
        // The organisation logged in to stays the one of this browser's requests (a mapped host needs no cookie).
        if let served, !served.isMapped(host: authority) {
            r.setCookie(organisationCookie(store.organisation))
        }
        return r
    }
}

/// The login page and form, and logging out (which ends the session in the store and in the
/// cache of sessions).
struct LoginController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/login") { request, _ in
            app.loginPage(error: nil, status: .ok, authority: request.head.authority)
        }
        group.post("/login") { request, context in
            try await app.login(request, from: context.clientAddress(request))
        }
        group.post("/logout") { request, context in
            try await app.formPost(request, context) { s, _, _ in
                try await app.store.deleteSession(tokenHash: s.tokenHash)
                await app.sessions.remove(s.tokenHash)
                var r = WebApp.redirect(.login)
                r.setCookie(app.sessionCookie("", maxAge: 0))
                return r
            }
        }
    }
}
