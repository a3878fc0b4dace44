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

/// The Excel round-trip of the year's original budget and monthly profiles (issue 17, item 4): the central
/// controller downloads the protected template, changes amounts and profiles and adds a row, sees every change (or
/// every wrong cell by name) and saves; the budget changes stay, the same file twice changes nothing, a committee
/// controller may do none of it — through the pages and the JSON API, and from a file LibreOffice saved.
@Suite struct BudgetTemplateTests {
    static let year = 2024

    /// The downloaded workbook with `cells` of its sheet set (a number where the text is one, else a text; nil
    /// empties it), as a user leaves it: the sheet's XML patched, every other part as it was.
    static func patched(_ book: Data, _ cells: [String: String?]) throws -> Data {
        let source = try Archive(data: book, accessMode: .read)
        let out = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var bytes = Data()
            _ = try source.extract(entry) { bytes.append($0) }
            if entry.path == "xl/worksheets/sheet1.xml" {
                var xml = String(decoding: bytes, as: UTF8.self)
                for (ref, value) in cells {
                    let new =
                        value.map { v in
                            Double(v) != nil
                                ? "<c r=\"\(ref)\"><v>\(v)</v></c>"
                                : "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(v)</t></is></c>"
                        } ?? ""
                    let pattern = try Regex("<c r=\"\(ref)\"[^>]*?(/>|>.*?</c>)")
                    #expect(xml.contains(pattern), "no cell \(ref)")
                    xml.replace(pattern, maxReplacements: 1) { _ in new }
                }
                bytes = Data(xml.utf8)
            }
            let data = bytes
            try out.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return try #require(out.data)
    }

    /// A multipart POST of `fields` and, if given, `file` as the part "file".
    static func multipart(_ b: inout Browser, _ uri: String, fields: [String: String], file: Data?) async throws
        -> TestResponse
    {
        let boundary = "----balans\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.xlsx\"\r\n".utf8)
            body += Data("Content-Type: \(TemplateController.xlsx)\r\n\r\n".utf8) + file + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        var headers = b.cookieHeader
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let r = try await b.client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(data: body))
        b.keep(r)
        return r
    }

    /// The hidden fields of a page's form, their entities decoded.
    static func fields(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in html.matches(of: /<input type="hidden" name="([^"]+)" value="([^"]*)">/) {
            var value = String(m.2)
            for (entity, c) in [("&#61;", "="), ("&#43;", "+"), ("&#47;", "/"), ("&quot;", "\""), ("&amp;", "&")] {
                value = value.replacingOccurrences(of: entity, with: c)
            }
            out[String(m.1)] = value
        }
        return out
    }

    /// The budget change the demo's year gets before the upload: it must stay.
    static func supplementary() throws -> BudgetRow {
        let amount = Money(kronor: 1_000_000)
        return BudgetRow(
            year: year, node: "HS-SOM", account: 5010, amount: amount,
            monthly: try #require(Periodisation.split(amount)),
            change: BudgetChange(
                date: "2024-03-15", period: try #require(Period("2024-03")), kind: .supplementary, reference: "RF §9"))
    }

    @Test(arguments: TestBackend.all) func theBudgetGoesOutAndComesBack(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        try await store.addBudgetChange([try Self.supplementary()], user: "central")
        let before = try await store.followUpData()
        let original = before.budgets.filter { $0.year == Self.year && $0.version == "original" && $0.change == nil }
        try #require(original.count > 3)
        let newRow = original.count + 2  // the first empty row below the stored ones
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let page = String(buffer: try await central.get("/budget?ar=2024").body)
            #expect(page.contains("href=\"/budget/mall?ar=2024\""))
            let csrf = try #require(Browser.csrf(in: page))
            let download = try await central.get("/budget/mall?ar=2024")
            #expect(download.status == .ok && download.headers[.contentType] == TemplateController.xlsx)
            let book = Data(buffer: download.body)
            let cells = try XLSXSheetReader.cells(of: book, sheet: "Budget")
            #expect(cells["E1"] == "Budget helår (kr)" && cells["F1"] == "Vikt jan" && cells["R1"] == "Jan (kr)")
            for (i, r) in original.enumerated() {
                #expect(cells["A\(i + 2)"] == r.node.rawValue && cells["C\(i + 2)"] == r.account.map(String.init))
                #expect(XLSXTemplate.kronor(cells["E\(i + 2)"] ?? "") == r.amount, "row \(i + 2)")
                #expect(XLSXTemplate.kronor(cells["R\(i + 2)"] ?? "") == r.monthly[0], "row \(i + 2)")
            }
            let files = try ZIPArchive.files(book)
            #expect(files["xl/worksheets/sheet1.xml"]?.contains("<sheetProtection sheet=\"1\"") == true)
            #expect(files["xl/worksheets/sheet1.xml"]?.contains("<f>IF($E2=&quot;&quot;,&quot;&quot;") == true)

            // Wrong cells are named, nothing is written.
            let bad = try Self.patched(
                book,
                [
                    "E3": "tio", "G4": "-1", "A\(newRow)": "XX-NOPE", "C\(newRow)": "12", "E\(newRow)": "5",
                ].merging(Dictionary(uniqueKeysWithValues: BudgetTemplate.weightColumns.map { ("\($0)5", "0") })) {
                    a, _ in a
                })
            let refused = try await Self.multipart(&central, "/budget/mall?ar=2024", fields: ["csrf": csrf], file: bad)
            let text = String(buffer: refused.body)
            #expect(refused.status == .unprocessableContent)
            for expected in [
                "Budget!E3: &quot;tio&quot; är inte ett belopp i kronor", "Budget!G4: &quot;-1&quot; är ingen vikt",
                "Budget!F5: vikterna är alla noll", "Budget!A\(newRow): &quot;XX-NOPE&quot; är ingen verksamhet",
                "Budget!C\(newRow): &quot;12&quot; är inget konto",
            ] {
                #expect(text.contains(expected), "\(expected)")
            }

            // Row 2 up by 1 234 567,89 kr; row 3 at 14 000 000 kr with weights 2 2 2 1 … 1 0; a new row for HS-SOM
            // account 6410 at −250 000,50 kr, even.
            var edits: [String: String?] = [
                "E2": (original[0].amount + Money(ore: 123_456_789)).description, "E3": "14000000",
                "A\(newRow)": "HS-SOM", "C\(newRow)": "6410", "E\(newRow)": "-250000.5",
            ]
            for (m, column) in BudgetTemplate.weightColumns.enumerated() {
                edits["\(column)3"] = ["2", "1", "0"][m < 3 ? 0 : m < 11 ? 1 : 2]
            }
            let good = try Self.patched(book, edits)
            let preview = try await Self.multipart(&central, "/budget/mall?ar=2024", fields: ["csrf": csrf], file: good)
            let shown = String(buffer: preview.body)
            #expect(preview.status == .ok, "\(shown.prefix(2000))")
            #expect(shown.contains("2 rader ändras och 1 läggs till; \(original.count - 2) är oförändrade"))
            #expect(shown.contains(BudgetUploadView.kr(Money(ore: 123_456_789))) && shown.contains("2 · 2 · 2 · 1"))
            #expect(shown.contains("Budget!A\(newRow)") && shown.contains("(ny rad)"))
            let form = Self.fields(shown)
            #expect(form["basis"] == BudgetRow.digest(original) && Data(base64Encoded: form["book"] ?? "") == good)
            let saved = try await Self.multipart(
                &central, "/budget/mall?ar=2024", fields: form.merging(["action": "save"]) { a, _ in a }, file: nil)
            #expect(saved.status == .seeOther, "\(String(buffer: saved.body).prefix(2000))")
            #expect(
                String(buffer: try await central.get(saved.headers[.location] ?? "").body).contains(
                    "inläst från mallen"))
            // The same file again: nothing changes, nothing to save; a save on the old preview is refused.
            let again = try await Self.multipart(&central, "/budget/mall?ar=2024", fields: ["csrf": csrf], file: good)
            #expect(String(buffer: again.body).contains("Inga belopp eller profiler ändras"))
            let stale = try await Self.multipart(
                &central, "/budget/mall?ar=2024", fields: form.merging(["action": "save"]) { a, _ in a }, file: nil)
            #expect(stale.status == .conflict && String(buffer: stale.body).contains("har ändrats sedan"))
            let audit = String(buffer: try await central.get("/granskning").body)
            #expect(audit.contains("Budget inläst från mall"))

            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/budget/mall?ar=2024").status == .forbidden)
            let hsCSRF = try await hs.sessionCSRF() ?? ""
            let hsPost = try await Self.multipart(&hs, "/budget/mall?ar=2024", fields: ["csrf": hsCSRF], file: good)
            #expect(hsPost.status == .forbidden)
        }
        let after = try await store.followUpData()
        let rows = after.budgets.filter { $0.year == Self.year && $0.version == "original" && $0.change == nil }
        #expect(rows.count == original.count + 1)
        // The budget in force at April: before, plus the change on row 2, row 3 set to 14 000 000 kr, the new row.
        let april = try #require(Period("2024-04"))
        let expected =
            before.budgets(at: april).map(\.amount).sum() + Money(ore: 123_456_789)
            + (Money(kronor: 14_000_000) - original[1].amount) + Money(ore: -25_000_050)
        #expect(after.budgets(at: april).map(\.amount).sum() == expected)
        #expect(after.budgets.contains(try Self.supplementary()))
        // Row 3's months: 14 000 000 kr × 2/14 in January to March, × 1/14 April to November, nothing in December.
        let third = try #require(rows.first { $0.node == original[1].node && $0.account == original[1].account })
        #expect(third.monthly[0] == Money(kronor: 2_000_000) && third.monthly[3] == Money(kronor: 1_000_000))
        #expect(third.monthly[11] == .zero)
        // The new row evenly: 25 000 050 öre / 12 = 2 083 337 rest 6, the six öre to January–June.
        let added = try #require(rows.first { $0.node == "HS-SOM" && $0.account == 6410 })
        #expect(added.monthly[0] == Money(ore: -2_083_338) && added.monthly[11] == Money(ore: -2_083_337))
        let trail = try await store.auditTrail().filter { $0.action == "budget.upload" }
        #expect(trail.count == 1 && trail.first?.user == "central" && trail.first?.entity == "2024")
    }

    /// The API: the workbook, the preview of an upload as JSON, the save on the preview's basis (a stale basis is
    /// refused), CSRF and roles as the other writes.
    @Test(arguments: TestBackend.all) func theAPITakesTheTemplate(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let original = try await store.followUpData().budgets.filter {
            $0.year == Self.year && $0.version == "original" && $0.change == nil
        }
        let new = original[0].amount + Money(kronor: 10)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let csrf = try #require(try await central.sessionCSRF())
            func post(_ b: inout Browser, _ query: String, _ body: Data, csrf: String?) async throws -> TestResponse {
                var headers = b.cookieHeader
                headers[.contentType] = TemplateController.xlsx
                if let csrf { headers[.init("X-CSRF-Token")!] = csrf }
                return try await b.client.execute(
                    uri: "/api/budget/2024/template\(query)", method: .post, headers: headers,
                    body: ByteBuffer(data: body))
            }
            let download = try await central.get("/api/budget/2024/template")
            #expect(download.status == .ok && download.headers[.contentType] == TemplateController.xlsx)
            let book = try Self.patched(Data(buffer: download.body), ["E2": new.description])
            #expect(try await post(&central, "", book, csrf: nil).status == .forbidden)
            let preview = try await post(&central, "", book, csrf: csrf)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: preview.body)) as? [String: Any])
            #expect(preview.status == .ok, "\(json)")
            #expect(json["basis"] as? String == BudgetRow.digest(original) && json["saved"] as? Bool == false)
            let rows = try #require(json["rows"] as? [[String: Any]])
            #expect(rows.count == 1 && rows.first?["cell"] as? String == "Budget!A2")
            // Exact in the text (a JSON number is parsed as a double here).
            #expect(String(buffer: preview.body).contains("\"amount\": \(JSONValue.kronor(new).rendered())"))
            #expect(json["unchanged"] as? Int == original.count - 1)
            let notABook = try await post(&central, "", Data("year;node".utf8), csrf: csrf)
            #expect(notABook.status == .unprocessableContent)
            #expect(String(buffer: notABook.body).contains("filen är inte en xlsx-arbetsbok"))
            #expect(try await post(&central, "?save=true&basis=0", book, csrf: csrf).status == .conflict)
            let basis = BudgetRow.digest(original)
            let saved = try await post(&central, "?save=true&basis=\(basis)", book, csrf: csrf)
            #expect(saved.status == .ok && String(buffer: saved.body).contains("\"saved\": true"))
            let again = try await post(&central, "?save=true", book, csrf: csrf)
            #expect(String(buffer: again.body).contains("\"saved\": false"))

            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/api/budget/2024/template").status == .forbidden)
            let hsCSRF = try #require(try await hs.sessionCSRF())
            #expect(try await post(&hs, "?save=true", book, csrf: hsCSRF).status == .forbidden)
        }
        let rows = try await store.followUpData().budgets.filter {
            $0.year == Self.year && $0.version == "original" && $0.change == nil
        }
        #expect(rows.map(\.amount) == [new] + original.dropFirst().map(\.amount))
        #expect(try await store.auditTrail().filter { $0.action == "budget.upload" }.count == 1)
    }

    /// A template filled and saved by LibreOffice Calc (Tests/Fixtures/xlsx/README.md): row 2 half a krona up,
    /// row 3 with the weights 3 3 3 1 … 1, a new row HS-TAND 6410 at −1 000 000 kr.
    @Test(arguments: TestBackend.all) func aWorkbookSavedByLibreOfficeReadsBack(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let original = BudgetTemplate.rows(data, year: Self.year)
        let file = try Data(
            contentsOf: WebFixture.repoRoot.appendingPathComponent("Tests/Fixtures/xlsx/budget-2024-libreoffice.xlsx"))
        let (changes, problems) = try BudgetTemplate.read(file, data: data, year: Self.year)
        #expect(problems.isEmpty, "\(problems)")
        #expect(changes.count == original.count + 1)
        let changed = changes.filter(\.changed)
        #expect(changed.map(\.row) == [2, 3, original.count + 2])
        #expect(changes[0].new.amount == original[0].amount + Money(ore: 50))
        // Weights 3 3 3 1 … 1 (sum 18): January to March a sixth each, April to December an eighteenth to the öre.
        let amount = original[1].amount
        try #require(amount.ore % 6 == 0)
        #expect(changes[1].new.amount == amount && changes[1].new.monthly[0] == Money(ore: amount.ore / 6))
        #expect(changes[1].new.monthly.dropFirst(3).allSatisfy { ($0.ore * 18 - amount.ore).magnitude < 18 })
        let added = changes[original.count].new
        #expect(added.node == "HS-TAND" && added.account == 6410 && added.amount == Money(kronor: -1_000_000))
        for c in changes.dropFirst(2).dropLast() { #expect(c.new == c.old) }
    }
}
