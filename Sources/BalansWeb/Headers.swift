import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The web application's request context: Hummingbird's core context, the connection's
/// peer, from which the login limits take the client's address, and the logged-in user
/// (`SessionAuthenticator` sets it from the session cookie).
public struct WebContext: AuthRequestContext, RemoteAddressRequestContext {
    /// Hummingbird's storage for the request (logger, route parameters, …), as the protocol requires.
    public var coreContext: CoreRequestContextStorage
    /// The connection's TCP peer; nil when there is no connection (the tests' router).
    public let remoteAddress: SocketAddress?
    /// The session of the request's cookie; nil when no one is logged in.
    public var identity: Session?
    /// What the request log learns of the request (the user).
    let trace = RequestTrace()

    /// The context of a request on `source`'s connection; no one is logged in until the session
    /// cookie is read.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's address: the TCP peer's, or — when the peer is this machine, a reverse
    /// proxy on the same host as docs/operations.md sets up — the last address in
    /// `X-Forwarded-For`, the one the proxy added (a client can put others before it, not
    /// after). "" when unknown (the tests' router has no connection).
    static func clientAddress(peer: String?, forwardedFor: String?) -> String {
        guard let peer else { return "" }
        let loopback = peer == "::1" || peer.hasPrefix("127.") || peer.hasPrefix("::ffff:127.")
        guard loopback, let last = forwardedFor?.split(separator: ",").last else { return peer }
        let address = last.trimmingCharacters(in: .whitespaces)
        return address.isEmpty ? peer : String(address.prefix(64))
    }

    func clientAddress(_ request: Request) -> String {
        Self.clientAddress(peer: remoteAddress?.ipAddress, forwardedFor: request.headers[.init("X-Forwarded-For")!])
    }
}

/// Headers on every response, errors included: `X-Content-Type-Options: nosniff` (a browser
/// never guesses another type than the one given, for JSON, Markdown and downloads as for
/// HTML), and `Cache-Control: no-store` unless the handler set its own — pages and API answers
/// carry figures and names of a logged-in user that no browser or proxy cache may keep, and
/// the login page a fresh CSRF token. Only public, unchanging answers (the OpenAPI document)
/// say they may be cached.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // What the server would answer (an empty 500), with the headers.
            context.logger.error("Unrecognised error", metadata: ["error": "\(error)"])
            response = Response(status: .internalServerError)
        }
        Self.apply(to: &response.headers)
        return response
    }

    static func apply(to headers: inout HTTPFields) {
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
