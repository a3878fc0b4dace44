import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// The answers of the web application: pages, JSON, redirects, the refusals.
extension WebApp {
    /// An HTML page. A page showing an overflowed sum (`Money.overflow`) is refused whole
    /// (`checked`), as a report would be: never a page with a wrong figure on it.
    static func html(_ text: String, status: HTTPResponse.Status = .ok, checked: Bool = true) -> Response {
        if checked && SwedishNumberFormat.containsOverflowMarker(text) {
            return errorPage(.internalServerError, overflowMessage)
        }
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .init("X-Content-Type-Options")!: "nosniff",
                .init("Content-Security-Policy")!:
                    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "frame-ancestors 'none'",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: value.rendered() + "\n")))
    }

    static func apiError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(.object([("error", .string(message))]), status: status)
    }

    /// A file to save: its type and a file name of letters, digits, `-`, `_` and `.` only (a
    /// node code may hold anything).
    static func download(_ data: Data, type: String, fileName: String) -> Response {
        let safe = String(fileName.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
        return Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(safe)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func redirect(_ page: Page) -> Response { Response(status: .seeOther, headers: [.location: page.url]) }

    static func text(_ body: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        if SwedishNumberFormat.containsOverflowMarker(body) {
            return type.hasPrefix("application/json")
                ? apiError(.internalServerError, overflowMessage) : errorPage(.internalServerError, overflowMessage)
        }
        return Response(
            status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// 404 with the page that says so; `message`, where there is more to say.
    static func notFound(_ session: Session, _ message: MessageView? = nil) -> Response {
        html(HTML.page("Finns inte", session: session, body: message?.rendered() ?? ""), status: .notFound)
    }

    static let csrfRefused = text(
        "CSRF-kontrollen misslyckades.", type: "text/plain; charset=utf-8", status: .forbidden)

    /// 409: the workflow refused the step; the reason and the way back.
    static func refused(_ e: any WorkflowRefusal, session: Session, back: Page) -> Response {
        html(
            HTML.page(
                "Ändringen gick inte igenom", session: session,
                body: MessageView.error(e.description, back: (back, "Tillbaka")).rendered()), status: .conflict)
    }

    static func forbidden(_ session: Session) -> Response {
        html(
            HTML.page(
                "Ingen behörighet", session: session,
                body: MessageView("Du har inte behörighet till den här sidan.", cssClass: "error").rendered()),
            status: .forbidden)
    }
}
