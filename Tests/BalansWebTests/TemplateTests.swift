import BalansCore
import BalansImport
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

@testable import BalansWeb

/// The Excel round-trip of a committee's forecast (issue 17, item 4): the template is protected but for its input
/// columns, an upload is previewed change by change with every wrong cell named, and saved exactly as a draft —
/// from a workbook Balans wrote and from one LibreOffice saved (a fixture made once with `soffice --headless
/// --convert-to xlsx`).
@Suite struct TemplateTests {
    static let p = Period(year: 2024, month: 4)!

    /// A filled template as a user leaves it: the form's rows with `amounts` in column E and `comments` in I.
    static func filled(_ entries: [ForecastEntry], amounts: [Int: String], comments: [Int: String]) throws -> Data {
        let rows: [[XLSXForm.Cell]] = entries.enumerated().map { i, e in
            [
                .text(e.node.rawValue), .text(""), e.account.map { .integer($0) } ?? .text(""), .text(""),
                amounts[i].map { .inputText($0) } ?? .input(e.forecast), .text(""), .text(""), .text(""),
                .inputText(comments[i] ?? e.comment),
            ]
        }
        return try XLSXForm.workbook(
            title: "t", sheet: "Prognos", header: ForecastTemplate.header, rows: rows, widths: [10])
    }

    static func upload(_ b: inout Browser, _ file: Data, csrf: String) async throws -> TestResponse {
        let boundary = "----balans\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n".utf8)
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.xlsx\"\r\n".utf8)
        body += Data("Content-Type: \(TemplateController.xlsx)\r\n\r\n".utf8) + file
        body += Data("\r\n--\(boundary)--\r\n".utf8)
        var headers = b.cookieHeader
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await b.client.execute(
            uri: "/namnd/HS/prognos/mall?period=2024-04", method: .post, headers: headers,
            body: ByteBuffer(data: body))
    }

    /// The hidden fields of the preview's save form.
    static func fields(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in html.matches(of: /<input type="hidden" name="([^"]+)" value="([^"]*)">/) {
            out[String(m.1)] = String(m.2).replacingOccurrences(of: "&amp;", with: "&")
        }
        return out
    }

    @Test(arguments: TestBackend.all) func theTemplateGoesOutAndComesBack(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let entries = ForecastEntry.rows(data, period: Self.p, committee: "HS")
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let page = String(buffer: try await hs.get("/namnd/HS/prognos?period=2024-04").body)
            let csrf = try #require(Browser.csrf(in: page))
            let download = try await hs.get("/namnd/HS/prognos/mall?period=2024-04")
            #expect(download.headers[.contentType] == TemplateController.xlsx)
            let book = Data(buffer: download.body)
            let cells = try XLSXSheetReader.cells(of: book, sheet: "Prognos")
            #expect(cells["A2"] == entries[0].node.rawValue && cells["E1"] == "Prognos helår (kr)")
            for (i, e) in entries.enumerated() {
                #expect(XLSXTemplate.kronor(cells["E\(i + 2)"] ?? "") == e.forecast, "row \(i + 2)")
            }
            // Only E and I can be changed: the sheet is protected, their style unlocked.
            let archive = try #require(try? ZIPArchive.files(book))
            #expect(archive["xl/worksheets/sheet1.xml"]?.contains("<sheetProtection sheet=\"1\"") == true)
            #expect(archive["xl/styles.xml"]?.contains("<protection locked=\"0\"/>") == true)

            // A wrong cell is named; nothing is saved.
            let bad = try await Self.upload(
                &hs, try Self.filled(entries, amounts: [2: "tio"], comments: [:]), csrf: csrf)
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("Prognos!E4: &quot;tio&quot; är inte ett belopp i kronor"))

            // Row 2 (E3) is 1 234 567,89 kr more; the preview shows the one change; saving keeps it exactly.
            let new = entries[1].forecast + Money(ore: 123_456_789)
            let good = try await Self.upload(
                &hs, try Self.filled(entries, amounts: [1: new.description], comments: [1: "Från Excel"]), csrf: csrf)
            let preview = String(buffer: good.body)
            #expect(good.status == .ok && preview.contains("\(entries.count - 1) rader är oförändrade"))
            #expect(preview.contains(HTML.kr(new)) && preview.contains(HTML.kr(Money(ore: 123_456_789))))
            let form = Self.fields(preview)
            #expect(form["exact_1"] == String(new.ore))
            let saved = try await hs.post(
                "/namnd/HS/prognos?period=2024-04", form: form.merging(["action": "save"]) { a, _ in a })
            #expect(saved.status == .seeOther, "\(String(buffer: saved.body).prefix(400))")
        }
        let drafts = try await store.followUpData().forecasts.filter { $0.period == Self.p && $0.status == .draft }
        for (i, e) in entries.enumerated() {
            let sum = drafts.filter { $0.node == e.node && $0.account == e.account }.map(\.amount).sum()
            #expect(sum == (i == 1 ? e.forecast + Money(ore: 123_456_789) : e.forecast), "row \(i)")
        }
        #expect(drafts.contains { $0.comment == "Från Excel" })
    }

    /// A template filled and saved by LibreOffice Calc: its own XML (shared strings, its styles, numbers as it
    /// writes them). The fixture has row 2 (HS-SOM 3990) at 4 500 000 000,50 kr and the comment "LibreOffice".
    @Test(arguments: TestBackend.all) func aWorkbookSavedByLibreOfficeReadsBack(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let entries = ForecastEntry.rows(data, period: Self.p, committee: "HS")
        let file = try Data(
            contentsOf: WebFixture.repoRoot.appendingPathComponent(
                "Tests/Fixtures/xlsx/prognos-HS-2024-04-libreoffice.xlsx"))
        let (changes, problems) = try ForecastTemplate.read(file, forms: data, period: Self.p, committee: "HS")
        #expect(problems.isEmpty, "\(problems)")
        #expect(changes.count == entries.count)
        let changed = changes.filter { $0.amount != $0.entry.forecast }
        #expect(changed.map(\.index) == [1] && changed.first?.amount == Money(ore: 450_000_000_050))
        #expect(changes[1].comment == "LibreOffice")
        for c in changes where c.index != 1 { #expect(c.amount == c.entry.forecast && c.comment == c.entry.comment) }
    }
}

/// The files of a zip archive as text, for a test to look into a workbook.
enum ZIPArchive {
    static func files(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var files: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            files[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return files
    }
}
