import BalansCore
import BalansStore
import Foundation
import Hummingbird

/// The menu's organisations for a user with active roles in several (the switcher, `LayoutView`): those served on
/// this host, to switch between, and those with a host of their own, as links there.
struct OrganisationMenu: Sendable {
    /// The organisation of the request.
    var current: OrganisationEntry
    /// The organisations the user may switch to here, the current one among them; empty on a mapped host.
    var choices: [OrganisationEntry]
    /// The user's organisations mapped to other hosts: a link to each (cookies are the host's own, so the user
    /// logs in there).
    var links: [HostLink]

    struct HostLink: Sendable {
        var name: String
        var url: String
    }
}

extension WebApp {
    var organisationCookieName: String { Auth.cookieName(Auth.organisationCookie, secure: secureCookies) }

    /// The organisation cookie: the code the user chose, with the session cookie's flags (not a secret, a choice).
    func organisationCookie(_ code: OrganisationCode) -> Cookie {
        Cookie(
            name: organisationCookieName, value: code.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            secure: secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// The organisations of `s`'s menu on a request to `authority`: nil unless the server serves several and the
    /// user has an active role in more than one of them.
    func organisationMenu(_ s: Session, authority: String?) -> OrganisationMenu? {
        guard let served, s.memberships.count > 1,
            let current = served.entries.first(where: { $0.code == store.organisation })
        else { return nil }
        let mine = Set(s.memberships.map(\.code))
        // A mapped host serves its organisation only: no switching there, nor to a mapped organisation here.
        let choices =
            served.isMapped(host: authority) ? [] : served.choosable.filter { mine.contains($0.code) }
        let port = ServedOrganisations.port(authority)
        let links = served.entries.compactMap { e -> OrganisationMenu.HostLink? in
            guard e.code != current.code, mine.contains(e.code), let host = served.host(of: e.code) else { return nil }
            return .init(name: e.name, url: "\(secureCookies ? "https" : "http")://\(host)\(port)/")
        }
        guard choices.count > 1 || !links.isEmpty else { return nil }
        return OrganisationMenu(current: current, choices: choices.count > 1 ? choices : [], links: links)
    }

    /// POST /organisation: the logged-in user goes over to another organisation of the menu. The user has
    /// authenticated (the session of this organisation), so no password is asked again: a session of the same user
    /// is made in the other organisation — only if the user has an active role there, checked in the transaction that
    /// makes it — and this one ends; both organisations' audit trails record the switch. The new session ends when
    /// this one would have (a switch never lengthens a login).
    func switchOrganisation(_ request: Request, _ context: WebContext) async throws -> Response {
        try await formPost(request, context) { s, form, _ in
            guard let served, let menu = s.switcher,
                let target = menu.choices.first(where: { $0.code.rawValue == form["organisation"] })
            else { return Self.forbidden(s) }
            guard target.code != store.organisation else { return Self.redirect(.dashboard(period: nil)) }
            guard let other = served.stores[target.code] else { return Self.forbidden(s) }
            let token = Auth.randomToken()
            let made = try await other.createSwitchedSession(
                tokenHash: Auth.hash(token), user: s.user.name, csrf: Auth.randomToken(), expiresAt: s.expiresAt,
                from: store.organisation)
            guard made else { return Self.forbidden(s) }
            try await store.endSwitchedSession(tokenHash: s.tokenHash, user: s.user.name, to: target.code)
            await sessions.remove(s.tokenHash)
            var r = Self.redirect(.dashboard(period: nil))
            r.setCookie(sessionCookie(token, maxAge: max(s.expiresAt - Int(clock().timeIntervalSince1970), 0)))
            r.setCookie(organisationCookie(target.code))
            return r
        }
    }
}

extension ServedOrganisations {
    /// ":PORT" of an authority, "" without one.
    static func port(_ authority: String?) -> String {
        guard let authority, let host = hostName(authority) else { return "" }
        let rest = authority.dropFirst(host.count)
        return rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber) ? String(rest) : ""
    }
}

/// POST /organisation: the switcher (`WebApp.switchOrganisation`).
struct OrganisationController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.post(RouterPath(Page.organisation.url)) { request, context in
            try await app.switchOrganisation(request, context)
        }
    }
}
