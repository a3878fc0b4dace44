import BalansStore
import Foundation
import Hummingbird
import HummingbirdAuth

/// Sessions recently looked up, so that a busy page does not read the session table on every
/// request. An entry serves only while the store's change version is the one it was read at —
/// any write empties the cache: a `balans user passwd/remove/role` in another process (seen
/// at once on SQLite, within 100 ms on PostgreSQL), a logout or login in this one — and never
/// after the session's end.
actor SessionCache {
    struct Entry {
        var session: Session
        var expiresAt: Int
    }

    let capacity: Int
    private(set) var entries: [String: Entry] = [:]
    /// Each user's count of unseen notices (the menu's), read at `version`: a notice written or seen moves it.
    private var unseen: [String: Int] = [:]
    private var version: ChangeVersion?

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The cached session of `tokenHash`, if it was read at `version` and has not ended at
    /// `now` (seconds since 1970). A new version empties the cache.
    func get(_ tokenHash: String, version: ChangeVersion, now: Int) -> Session? {
        guard version == self.version else {
            entries = [:]
            unseen = [:]
            self.version = version
            return nil
        }
        guard let e = entries[tokenHash] else { return nil }
        guard e.expiresAt >= now else {
            entries[tokenHash] = nil
            return nil
        }
        return e.session
    }

    /// Keeps a session read from the store at `version`; nothing if the cache has seen a newer
    /// version since (the row read may already be revoked).
    func put(_ s: Session, expiresAt: Int, version: ChangeVersion) {
        guard version == self.version else { return }
        if entries.count >= capacity { entries = [:] }
        entries[s.tokenHash] = Entry(session: s, expiresAt: expiresAt)
    }

    func remove(_ tokenHash: String) { entries[tokenHash] = nil }

    /// `user`'s unseen notices as counted at `version`, nil when not counted at it.
    func unseen(_ user: String, version: ChangeVersion) -> Int? { version == self.version ? unseen[user] : nil }

    /// Keeps `user`'s count of unseen notices read at `version`.
    func putUnseen(_ user: String, _ count: Int, version: ChangeVersion) {
        guard version == self.version else { return }
        if unseen.count >= capacity { unseen = [:] }
        unseen[user] = count
    }
}

extension WebApp {
    var sessionCookieName: String { Auth.cookieName(Auth.cookie, secure: secureCookies) }
    var loginCookieName: String { Auth.cookieName("balans_login", secure: secureCookies) }

    /// The request's session: from the cache of recent sessions, else the store. The change
    /// version is asked before the store, so a change after the read moves it.
    func session(_ request: Request) async throws -> Session? {
        guard let token = request.cookies[sessionCookieName]?.value, !token.isEmpty else { return nil }
        let h = Auth.hash(token)
        let now = Int(clock().timeIntervalSince1970)
        let version = try await store.changeVersion()
        if var s = await sessions.get(h, version: version, now: now) {
            s.readAt = version
            return s
        }
        guard let found = try await store.session(tokenHash: h, now: now) else { return nil }
        var s = Session(user: found.user, csrf: found.csrf, tokenHash: h, expiresAt: found.expiresAt)
        if served != nil { s.memberships = try await store.organisations(ofUser: found.user.name) }
        await sessions.put(s, expiresAt: found.expiresAt, version: version)
        s.readAt = version
        return s
    }

    /// The menu's count of `user`'s unseen notices: counted once per store version (`SessionCache`).
    func unseenNotices(_ user: String, at version: ChangeVersion?) async throws -> Int {
        if let version, let known = await sessions.unseen(user, version: version) { return known }
        let count = try await store.unseenNotices(user: user)
        if let version { await sessions.putUnseen(user, count, version: version) }
        return count
    }

    /// The session cookie: `Secure` (unless --insecure-cookies), `HttpOnly`, `SameSite=Strict`, for
    /// the whole site; an empty value with `maxAge: 0` removes it.
    func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: sessionCookieName, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true,
            sameSite: .strict)
    }
}

/// Sets the request's identity (`WebContext.identity`) from its session cookie: the session
/// cache, else the store. A request without a valid session goes on without one; the groups
/// that need one answer it (`RequireLogin`).
struct SessionAuthenticator: AuthenticatorMiddleware {
    typealias Context = WebContext
    let app: WebApp

    func authenticate(request: Request, context: WebContext) async throws -> Session? {
        var session = try await app.session(request)
        context.trace.user = session?.user.name
        session?.place = request.uri.description
        if let name = session?.user.name {
            let unseen = try await app.unseenNotices(name, at: session?.readAt)
            session?.unseen = unseen
        }
        if let s = session { session?.switcher = app.organisationMenu(s, authority: request.head.authority) }
        return session
    }
}
