import BalansCore
import BalansImport
import Foundation
import Hummingbird

/// What the Excel round-trips share (issue 17, item 4: the forecast template, `ForecastTemplate`, and the budget
/// template, `BudgetTemplate`): the download's answer, the upload's file and CSRF check, and a cell's number read
/// exactly.
enum XLSXTemplate {
    /// The workbook `book` as a download named `filename`.
    static func download(_ book: Data, filename: String) -> Response {
        WebApp.download(book, type: TemplateController.xlsx, fileName: filename)
    }

    /// An upload: its multipart form read (at most 8 MB) and handed to `body` when the user is logged in and the
    /// CSRF field is right; otherwise the login, 400 without a multipart body, 403 for a wrong CSRF token.
    static func upload(
        _ request: Request, _ context: WebContext, _ body: (Session, Multipart) async throws -> Response
    ) async throws -> Response {
        var request = request
        let bytes = try await request.collectBody(upTo: 8 << 20)
        guard let s = context.identity else { return WebApp.redirect(.login) }
        let type = request.headers[.contentType] ?? ""
        guard let form = Multipart(contentType: type, body: Data(buffer: bytes)) else {
            return WebApp.html(HTML.page("Fel", session: s, body: "<p>Ingen fil kom med.</p>"), status: .badRequest)
        }
        guard Auth.csrfMatches(form.text("csrf"), s) else { return WebApp.csrfRefused }
        return try await body(s, form)
    }

    /// The workbook `bytes` (an upload's file part, named `filename`) read by `read`; no file, or a file that is
    /// no workbook with the sheet, is the one problem.
    static func reading<T>(
        _ bytes: Data?, filename: String?, empty: T, _ read: (Data) throws -> (T, [String])
    ) throws -> (T, [String]) {
        guard let bytes, !bytes.isEmpty else { return (empty, ["Välj en ifylld mall (xlsx) att läsa in."]) }
        do {
            return try read(bytes)
        } catch let e as XLSXSheetReader.Failure {
            return (empty, ["\(filename ?? "filen"): \(e.description)"])
        }
    }

    /// A cell's number as kronor, exact: "-2904000000", "1234.5", "1.2345E+5"; nil for anything else or more than
    /// two decimals (a spreadsheet's binary rest such as 0.30000000000000004 is taken as the öre it is within
    /// a millionth of an öre of).
    static func kronor(_ text: String) -> Money? {
        guard !text.isEmpty, text.allSatisfy({ "0123456789.-+eE".contains($0) }),
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        let ore = value * 100
        let rounded = ore.roundedHalfAwayFromZero(scale: 0)
        guard (ore - rounded).magnitude < Decimal(sign: .plus, exponent: -6, significand: 1),
            rounded.magnitude <= Decimal(Money.largestInput.ore)
        else { return nil }
        return Money(ore: NSDecimalNumber(decimal: rounded).int64Value)
    }

    static func integer(_ text: String) -> Int? {
        if text.isEmpty { return nil }
        return kronor(text).flatMap { $0.ore % 100 == 0 ? Int($0.ore / 100) : nil }
    }

    static func row(of ref: String) -> Int? { Int(ref.drop { $0.isLetter }) }

    /// A cell reference's column letters: "AC" of "AC12".
    static func column(of ref: String) -> String { String(ref.prefix { $0.isLetter }) }
}
