import BalansCore
import BalansImport
import BalansStore
import Crypto
import Foundation
import Hummingbird
import HummingbirdBcrypt

/// A logged-in user with the CSRF token of their session: the identity a request carries
/// (`WebContext.identity`, set by `SessionAuthenticator`).
public struct Session: Sendable {
    var user: AppUser
    var csrf: String
    var tokenHash: String
    /// The user's unseen notifications, counted for each request (the menu shows the number).
    var unseen = 0
    /// The path and query asked for: the layout's period selector offers this page at the other periods.
    var place = ""
    /// The period selector of the page (`WebApp.page` fills it in for a page that shows a report period).
    var periods: PeriodChoice?
    /// When the session ends (seconds since 1970): a switch to another organisation keeps it.
    var expiresAt = 0
    /// The organisations in which the user has an active role, read with the session when the server serves
    /// several (`WebServer`); empty otherwise.
    var memberships: [OrganisationEntry] = []
    /// The menu's organisations (the switcher) of the request, for a user with roles in several.
    var switcher: OrganisationMenu?
    /// Where the store stood when the session was checked: the request's pages are of that version (`PageCache`).
    var readAt: ChangeVersion?
}

/// Sessions and passwords: cookie names, session tokens, bcrypt password hashes and the CSRF check;
/// public for `balans user` and `balans demo`, which hash the passwords they store.
public enum Auth {
    /// The session cookie's name with --insecure-cookies (`cookieName` adds the prefix).
    static let cookie = "balans_session"
    /// The organisation cookie's name with --insecure-cookies: the code of the organisation the user chose.
    static let organisationCookie = "balans_org"
    static let lifetime = 8 * 3600

    /// A cookie's name: with the `__Host-` prefix when cookies are Secure, so that the browser
    /// takes it only from this host over HTTPS with the path `/` (no subdomain or plain-HTTP
    /// page can set or shadow it); the plain name for plain-HTTP tests.
    static func cookieName(_ base: String, secure: Bool) -> String { secure ? "__Host-" + base : base }

    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// SHA-256 of a session token as hex, the key its session is stored and cached under. Asked on every request:
    /// `String(format:)` per byte took a fifth of a cached page's CPU.
    static func hash(_ token: String) -> String { ContentHash.hex(Array(token.utf8)) }

    /// Bcrypt, cost 12 (about a quarter of a second: slow for an attacker, fine at login).
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }
    static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// The cost of a bcrypt hash (`$2b$12$…`), nil for anything else.
    static func cost(ofHash hash: String) -> Int? {
        let fields = hash.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count >= 4, fields[0].isEmpty, fields[1].hasPrefix("2") else { return nil }
        return Int(fields[2])
    }

    /// A hash no password matches in practice, checked when the user name is unknown. Its
    /// cost is the stored hashes' (`usualCost`), so an unknown name takes as long as a wrong
    /// password; made once per cost.
    static func dummyHash(cost: Int) -> String {
        let cost = UInt8(min(max(cost, 4), 31))
        return dummies.value(cost) { Bcrypt.hash(randomToken(), cost: cost) }
    }
    private static let dummies = Memo<UInt8, String>()

    /// Constant-time comparison of the form's (or header's) CSRF token with the session's.
    static func csrfMatches(_ given: String?, _ session: Session) -> Bool {
        guard let given, given.utf8.count == session.csrf.utf8.count else { return false }
        return zip(given.utf8, session.csrf.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Values made once per key, shared by threads.
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        if let raced = values[key] { return raced }
        values[key] = made
        return made
    }
}

/// application/x-www-form-urlencoded bodies and query strings.
enum Form {
    static func parse(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            guard let key = parts.first else { continue }
            out[decode(key)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return out
    }

    /// The posted form, its line breaks as LF (browsers send CRLF). A field with a control
    /// character other than tab and line breaks is refused whole with the field named
    /// (`InvalidInput`, 400): it would be stored cut at a NUL (issue 13).
    static func body(_ request: inout Request) async throws -> [String: String] {
        let buffer = try await request.collectBody(upTo: 1 << 20)
        return try checked(parse(String(buffer: buffer)))
    }

    static func checked(_ form: [String: String]) throws -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in form {
            if let problem = InputText.problem(in: key, multiline: false) {
                throw InvalidInput(field: key, problem: problem)
            }
            if let problem = InputText.problem(in: value, multiline: true) {
                throw InvalidInput(field: key, problem: problem)
            }
            out[key] = InputText.normalisingLineBreaks(value)
        }
        return out
    }
}
