import BalansCore
import BalansReport
import Foundation
import Hummingbird

/// A form or API field that Balans cannot store as it came (issue 13: control characters).
struct InvalidInput: Error, CustomStringConvertible {
    var field: String
    var problem: String
    var description: String { "Fältet \"\(field)\" \(problem)." }
}

/// What a handler throws becomes an answer that says what happened — a page, or JSON under
/// /api — instead of a 500 with an empty body; the server goes on serving either way.
/// Hummingbird's own HTTP errors (an unknown route, a body too large) pass through.
struct ErrorAnswers<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let api = request.uri.path.hasPrefix("/api/")
        func answer(_ status: HTTPResponse.Status, _ message: String) -> Response {
            api ? WebApp.apiError(status, message) : WebApp.errorPage(status, message)
        }
        do {
            return try await next(request, context)
        } catch let e as InvalidInput {
            return answer(.badRequest, e.description)
        } catch let e as any HTTPResponseError {
            throw e
        } catch let e as ReportAmountOverflow {
            context.logger.error("\(request.uri.path): \(e.description)")
            return answer(.internalServerError, "\(e.place): " + WebApp.overflowMessage)
        } catch let e as ReportRequestError {
            context.logger.error("\(request.uri.path): \(e.description)")
            return answer(.internalServerError, e.description)
        } catch {
            // Not shown: a database error may name tables and values. The log has it.
            context.logger.error("\(request.uri.path): \(String(describing: error))")
            return answer(
                .internalServerError,
                "Ett internt fel inträffade. Felet är loggat på servern; försök igen eller kontakta förvaltningen.")
        }
    }
}

extension WebApp {
    /// A page that says what went wrong, without the session's menu (the error may have come
    /// before the session was known).
    static func errorPage(_ status: HTTPResponse.Status, _ message: String) -> Response {
        html(
            HTML.page(
                status == .badRequest ? "Felaktig uppgift" : "Fel", session: nil,
                body: MessageView.error(message, back: (.dashboard(period: nil), "Till översikten")).rendered()),
            status: status, checked: false)
    }

    /// The answer to a page showing `Money.overflow` (a sum beyond Int64 öre from stored data):
    /// a clear error in place of a wrong figure.
    static let overflowMessage =
        "Ett belopp i underlaget är för stort för att summeras (över 92 biljarder kronor), så sidan kan inte visas. "
        + "Rätta den inlästa filen eller prognosen med det orimliga beloppet."
}
