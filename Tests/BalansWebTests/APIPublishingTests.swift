import BalansCore
import BalansImport
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Publishing and the forecast template in the JSON API (issue 17, "Done when": the API covers the template's
/// download and upload and publishing), on both backends.
@Suite struct APIPublishingTests {
    static let p = Period(year: 2024, month: 4)!

    static func object(_ r: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
    }

    static func postXLSX(_ b: inout Browser, _ uri: String, _ file: Data, csrf: String) async throws -> TestResponse {
        var headers = b.cookieHeader
        headers[.contentType] = TemplateController.xlsx
        headers[.init("X-CSRF-Token")!] = csrf
        return try await b.client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(data: file))
    }

    @Test(arguments: TestBackend.all) func theTemplateByTheAPI(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let entries = ForecastEntry.rows(data, period: Self.p, committee: "HS")
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        let uri = "/api/committees/HS/forecast/template?period=2024-04"
        // 2 000 000,01 kr less on the first row: an amount no row has, typed as a spreadsheet keeps it.
        let new = entries[0].forecast - Money(ore: 200_000_001)
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let csrf = try #require(try await hs.sessionCSRF())
            let download = try await hs.get(uri)
            #expect(download.status == .ok && download.headers[.contentType] == TemplateController.xlsx)
            let cells = try XLSXSheetReader.cells(of: Data(buffer: download.body), sheet: "Prognos")
            #expect(cells["A2"] == entries[0].node.rawValue)

            let bad = try await Self.postXLSX(
                &hs, uri, try TemplateTests.filled(entries, amounts: [2: "tio"], comments: [:]), csrf: csrf)
            #expect(bad.status == .unprocessableContent)
            let problems = try Self.object(bad)["problems"] as? [String]
            #expect(problems?.first?.hasPrefix("Prognos!E4: \"tio\"") == true, "\(problems ?? [])")
            #expect(
                try await Self.postXLSX(&hs, uri, Data("not a workbook".utf8), csrf: csrf).status
                    == .unprocessableContent)
            #expect(try await Self.postXLSX(&hs, uri, Data(), csrf: "wrong").status == .forbidden)

            let file = try TemplateTests.filled(entries, amounts: [0: new.description], comments: [0: "API"])
            let answer = try await Self.postXLSX(&hs, uri, file, csrf: csrf)
            let preview = try Self.object(answer)
            let changes = try #require(preview["changes"] as? [[String: Any]])
            #expect(changes.count == 1 && preview["unchanged"] as? Int == entries.count - 1)
            // Exact to the öre in the JSON text (a parsed number would be a Double).
            #expect(String(buffer: answer.body).contains("\"new\": \(JSONValue.kronor(new).rendered())"))
            #expect(preview["savedVersion"] is NSNull)

            let version = try #require(
                try Self.object(try await hs.get("/api/committees/HS/forecast?period=2024-04"))["version"] as? Int)
            let saved = try Self.object(try await Self.postXLSX(&hs, uri + "&save=\(version)", file, csrf: csrf))
            #expect(saved["savedVersion"] as? Int == version + 1)
            // A stale version is refused, as the form's save is.
            #expect(
                try await Self.postXLSX(&hs, uri + "&save=\(version)", file, csrf: csrf).status == .conflict)

            var reader = Browser(client: client)
            try await reader.login("lasare")
            #expect(try await reader.get(uri).status == .forbidden)
        }
        let drafts = try await store.followUpData().forecasts.filter { $0.period == Self.p && $0.status == .draft }
        for (i, e) in entries.enumerated() {
            let sum = drafts.filter { $0.node == e.node && $0.account == e.account }.map(\.amount).sum()
            #expect(sum == (i == 0 ? new : e.forecast), "row \(i)")
        }
    }

    @Test(arguments: TestBackend.all) func publishingByTheAPI(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        let uri = "/api/reports/ur1/publish?period=2024-04"
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get(uri).status == .forbidden)

            var central = Browser(client: client)
            try await central.login("central")
            let csrf = try #require(try await central.sessionCSRF())
            let before = try Self.object(try await central.get(uri))
            #expect(before["frozenAt"] is NSNull && before["title"] as? String == "Uppföljningsrapport 1 2024")
            #expect(try await central.postJSON(uri, "", csrf: "wrong").status == .forbidden)
            #expect(try await hs.postJSON(uri, "", csrf: try await hs.sessionCSRF()).status == .forbidden)

            let published = try await central.postJSON(uri, "", csrf: csrf)
            #expect(published.status == .ok, "\(String(buffer: published.body))")
            let after = try Self.object(try await central.get(uri))
            #expect(after["frozenAt"] is String && after["sameData"] as? Bool == true)
            #expect((after["differences"] as? [String])?.isEmpty == true)
            // Fastställd once: a second freeze is refused and changes nothing.
            #expect(try await central.postJSON(uri, "", csrf: csrf).status == .unprocessableContent)

            var reader = Browser(client: client)
            try await reader.login("lasare")
            let list = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: try await reader.get("/api/published").body))
                    as? [[String: Any]])
            let ur1 = try #require(
                list.first { $0["kind"] as? String == "ur1" && $0["period"] as? String == "2024-04" })
            let html = try #require((ur1["links"] as? [String: String])?["html"])
            #expect(ur1["title"] as? String == "Uppföljningsrapport 1 2024")
            let page = try await reader.get(html)
            #expect(page.status == .ok && String(buffer: page.body).contains("Uppföljningsrapport 1 2024"))
        }
        #expect(try await store.frozenReports().filter { $0.kind == "ur1" && $0.period == "2024-04" }.count == 1)
    }
}
