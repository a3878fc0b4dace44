import BalansStore
import Foundation
import Hummingbird

/// Whole answers to GET as they were given (issue 19, goal 5): a page, a download (a drill-down's rows as CSV or
/// xlsx, a template, a report file) or an API document asked for again by the same session at the same store
/// version is served as it was, without computing or rendering it again. The key holds
/// everything a page is made of: the session (its user, role, node scope, CSRF token and organisations), the
/// method, path and query, the host (the organisation switcher), the store's change version (any write by any
/// process: data, notices, users, sessions — a logout or a role change included) and the hour (pages compare
/// deadlines with today). Bounded in entries and bytes, the oldest dropped; a new version empties it.
final class PageCache: @unchecked Sendable {
    struct Key: Hashable {
        var session: String
        var user: String
        var role: String
        var node: String
        var method: String
        var uri: String
        var host: String
        /// Whether the client takes gzip (``ResponseCompression``, inside this cache, compressed the answer).
        var gzip: Bool
        var hour: Int
        var shared: Int
        var local: Int
    }

    let maxEntries: Int
    let maxBytes: Int
    /// A larger page (a report's whole HTML, kept by `WebApp.reportFile` already) is not kept here.
    let maxEntryBytes: Int
    private let lock = NSLock()
    private var entries: [Key: (response: Response, bytes: Int)] = [:]
    /// The keys, oldest first.
    private var order: [Key] = []
    private var bytes = 0
    /// The store version the entries belong to.
    private var version: (shared: Int, local: Int)?

    init(maxEntries: Int = 400, maxBytes: Int = 48 << 20, maxEntryBytes: Int = 2 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
        self.maxEntryBytes = maxEntryBytes
    }

    /// The page kept for `key`; a key of another store version empties the cache.
    func get(_ key: Key) -> Response? {
        lock.withLock {
            guard version.map({ $0 == (key.shared, key.local) }) ?? false else {
                clear(version: (key.shared, key.local))
                return nil
            }
            return entries[key]?.response
        }
    }

    /// Keeps `response` (`bytes` long) for `key`, dropping the oldest beyond the bounds.
    func put(_ key: Key, _ response: Response, bytes size: Int) {
        guard size <= maxEntryBytes else { return }
        lock.withLock {
            if version.map({ $0 != (key.shared, key.local) }) ?? true { clear(version: (key.shared, key.local)) }
            if let old = entries[key] {
                bytes -= old.bytes
                order.removeAll { $0 == key }
            }
            entries[key] = (response, size)
            order.append(key)
            bytes += size
            while order.count > maxEntries || bytes > maxBytes, !order.isEmpty {
                let oldest = order.removeFirst()
                bytes -= entries.removeValue(forKey: oldest)?.bytes ?? 0
            }
        }
    }

    /// How many pages are kept and their bytes.
    var size: (entries: Int, bytes: Int) { lock.withLock { (entries.count, bytes) } }

    private func clear(version new: (shared: Int, local: Int)) {
        entries = [:]
        order = []
        bytes = 0
        version = new
    }

    /// Whether the page at `uri` may be kept: not one showing a one-shot message (`?meddelande=`, after a form).
    static func mayKeep(uri: String) -> Bool { !uri.contains("meddelande=") }

    /// Whether an answer may be kept: one answered 200 (a page, a file, a JSON document), setting no cookie, of a
    /// known length. An answer of another status (a redirect, a refusal, an error) is made again each time, and so
    /// is one whose handler said `Cache-Control: no-store` itself (`/metrics`: live counters, not the store's data).
    static func keepable(_ response: Response) -> (bytes: Int, ok: Bool) {
        guard response.status == .ok, response.headers[.setCookie] == nil, let length = response.body.contentLength,
            response.headers[.cacheControl]?.contains("no-store") != true
        else { return (0, false) }
        return (length, true)
    }
}

/// Serves a logged-in user's GET (and HEAD) pages, downloads and API documents from ``PageCache``; an answer is
/// kept only when nothing was written while it was made (the store's version is the same after as before), so a
/// page that writes as it is shown (the notices, marked seen) is made again for each request. Behind `RequireLogin`
/// (the pages' and the API's), before ``ResponseCompression`` and the controllers.
struct PageCacheMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let app: WebApp

    func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        let uri = request.uri.description
        guard request.method == .get || request.method == .head, let s = context.identity, let at = s.readAt,
            PageCache.mayKeep(uri: uri)
        else { return try await next(request, context) }
        let key = PageCache.Key(
            session: s.tokenHash, user: s.user.name, role: s.user.role.rawValue, node: s.user.node.rawValue,
            method: request.method.rawValue, uri: uri, host: request.head.authority ?? "",
            gzip: ResponseCompression.acceptsGzip(request.headers[.acceptEncoding]),
            hour: Int(app.clock().timeIntervalSince1970) / 3600, shared: at.shared, local: at.local)
        if let hit = app.pages.get(key) { return hit }
        let response = try await next(request, context)
        let (bytes, ok) = PageCache.keepable(response)
        guard ok, try await app.store.changeVersion() == at else { return response }
        app.pages.put(key, response, bytes: bytes)
        return response
    }
}
