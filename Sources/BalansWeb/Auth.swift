import BalansCore
import BalansStore
import Crypto
import Foundation
import Hummingbird
import HummingbirdBcrypt

/// A logged-in user with the CSRF token of their session.
struct Session: Sendable {
    var user: AppUser
    var csrf: String
    var tokenHash: String

    /// Whether the user may read the figures of `node` (admin and central: everything; a
    /// committee controller: its own subtree; a reader: nothing but published reports).
    func canRead(_ node: String, tree: OrgTree) -> Bool {
        switch user.role {
        case .admin, .central: return true
        case .committee: return tree.subtree(user.node).contains { $0.code == node }
        case .reader: return false
        }
    }

    /// Whether the user may enter and submit the forecast of `committee`.
    func canWrite(_ committee: String, tree: OrgTree) -> Bool {
        switch user.role {
        case .admin: return true
        case .committee: return tree.subtree(user.node).contains { $0.code == committee }
        case .central, .reader: return false
        }
    }

    /// Approving and returning is the central controller's (and the admin's).
    var canApprove: Bool { user.role == .central || user.role == .admin }
}

public enum Auth {
    static let cookie = "balans_session"
    static let lifetime = 8 * 3600

    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Bcrypt, cost 12 (about a quarter of a second: slow for an attacker, fine at login).
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String { Bcrypt.hash(password, cost: cost) }
    static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
    /// A hash no password matches in practice, checked when the user name is unknown.
    static let dummyHash = Bcrypt.hash(randomToken(), cost: 12)

    static func session(_ request: Request, store: Store) throws -> Session? {
        guard let token = request.cookies[cookie]?.value, !token.isEmpty else { return nil }
        let h = hash(token)
        guard let found = try store.session(tokenHash: h, now: Int(Date().timeIntervalSince1970)) else { return nil }
        return Session(user: found.user, csrf: found.csrf, tokenHash: h)
    }

    /// Constant-time comparison of the form's (or header's) CSRF token with the session's.
    static func csrfMatches(_ given: String?, _ session: Session) -> Bool {
        guard let given, given.utf8.count == session.csrf.utf8.count else { return false }
        return zip(given.utf8, session.csrf.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Login attempts per user name: after five failures within fifteen minutes, further attempts
/// are refused until the window has passed (429), whatever the password.
actor LoginLimiter {
    let limit: Int
    let window: TimeInterval
    var failures: [String: [Date]] = [:]

    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    func isBlocked(_ name: String, now: Date = Date()) -> Bool {
        let recent = (failures[name] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[name] = recent
        return recent.count >= limit
    }

    func failed(_ name: String, now: Date = Date()) { failures[name, default: []].append(now) }
    func succeeded(_ name: String) { failures[name] = nil }
}

/// application/x-www-form-urlencoded bodies and query strings.
enum Form {
    static func parse(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
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
            if let problem = InputText.problem(in: key, multiline: false) { throw InvalidInput(field: key, problem: problem) }
            if let problem = InputText.problem(in: value, multiline: true) { throw InvalidInput(field: key, problem: problem) }
            out[key] = InputText.normalisingLineBreaks(value)
        }
        return out
    }
}
