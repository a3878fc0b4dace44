import BalansStore
import Foundation
import Hummingbird

/// Read-your-writes across several `balans serve` processes reading from a hot standby
/// (`--read-db`, ``ReadYourWrites``): the answer to a request that wrote carries the primary's WAL
/// position after the write in a cookie, and every later request of that browser, in whichever
/// process, reads what is at least that far (the standby once it has replayed it, else the
/// primary). A forged position makes only the forger's own requests wait (never beyond the
/// primary's real position). Without a standby no write moves the position and no cookie is set.
struct WritePositionCookie: RouterMiddleware {
    typealias Context = WebContext
    let app: WebApp

    func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        let name = app.positionCookieName
        let sent = request.cookies[name].flatMap { Int64($0.value) } ?? 0
        let position = WritePosition(sent)
        var response = try await ReadYourWrites.$position.withValue(position) { try await next(request, context) }
        if position.lsn > sent {
            // As long as a session: a standby is milliseconds behind, but the cookie costs nothing.
            response.setCookie(
                Cookie(
                    name: name, value: String(position.lsn), maxAge: Auth.lifetime, path: "/",
                    secure: app.secureCookies, httpOnly: true, sameSite: .strict))
        }
        return response
    }
}

extension WebApp {
    /// `__Host-balans_position` (plain `balans_position` with --insecure-cookies).
    var positionCookieName: String { Auth.cookieName("balans_position", secure: secureCookies) }
}
