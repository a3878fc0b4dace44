import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The demo database, built once by the `balans` executable (as `balans demo` does), copied
/// for each test that writes.
enum WebFixture {
    static var repoRoot: URL { TestDemo.repoRoot }
    static var binary: String { TestDemo.binary }

    /// The demo's database per backend, built once.
    static func demo(_ backend: TestBackend) -> Swift.Result<String, any Error> {
        backend == .sqlite ? sqliteDemo : postgresDemo
    }
    private static let sqliteDemo = Swift.Result { try TestDemo.build(.sqlite).database }
    private static let postgresDemo = Swift.Result { try TestDemo.build(.postgres).database }

    /// A fresh copy of the demo database.
    static func store(_ backend: TestBackend) throws -> Store {
        try Store(
            path: backend.copy(of: demo(backend).get(), in: FileManager.default.temporaryDirectory, name: "balans-web"),
            create: false)
    }
}

/// A browser in a test: keeps cookies, knows its CSRF token.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    mutating func keep(_ r: TestResponse) {
        for value in r.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        let r = try await client.execute(uri: uri, method: .get, headers: cookieHeader, body: nil)
        keep(r)
        return r
    }

    mutating func post(_ uri: String, form: [String: String]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map {
            "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        keep(r)
        return r
    }

    mutating func postJSON(_ uri: String, _ json: String, csrf: String?) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/json"
        if let csrf { headers[.init("X-CSRF-Token")!] = csrf }
        let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
        keep(r)
        return r
    }

    /// Logs in through the form, as a person would; returns the response of the POST.
    @discardableResult
    mutating func login(_ name: String, _ password: String = "balans-demo") async throws -> TestResponse {
        let page = try await get("/login")
        let csrf = Self.csrf(in: String(buffer: page.body)) ?? ""
        return try await post("/login", form: ["csrf": csrf, "name": name, "password": password])
    }

    /// The session's CSRF token, as the pages carry it in their forms.
    mutating func sessionCSRF() async throws -> String? {
        Self.csrf(in: String(buffer: try await get("/rapporter").body))
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

@Suite struct WebTests {
    func withApp(_ backend: TestBackend, _ body: @Sendable (inout Browser, Store) async throws -> Void) async throws {
        let store = try WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var browser = Browser(client: client)
            try await body(&browser, store)
        }
    }

    @Test(arguments: TestBackend.all) func everyPageForTheCentralController(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, _ in
            #expect(try await b.get("/").status == .seeOther)
            let login = try await b.login("central")
            #expect(login.status == .seeOther && login.headers[.location] == "/")
            let dashboard = try await b.get("/")
            #expect(dashboard.status == .ok)
            let html = String(buffer: dashboard.body)
            #expect(html.contains("<html lang=\"sv\">") && html.contains("Driftnämnden Hallands sjukhus"))
            // Seed 003: the region's forecast deviation 310 mnkr; Hallands sjukhus −175.
            #expect(html.contains("310\u{A0}mnkr") && html.contains("−175,0"))
            for uri in [
                "/namnd/HS?period=2024-04", "/rad/HS-SOM?period=2024-04", "/rad/HS-SOM/konto/5010?period=2024-04",
                "/granskning", "/mal?period=2019-12", "/personal?period=2024-04", "/investeringar?period=2024-04",
                "/aktiviteter?period=2017-07",
                "/rapporter", "/rapporter/ur1?period=2024-04&format=html", "/rapporter/manad?period=2024-04&format=md",
                "/api/ratios?period=2024-04",
                "/api/reports/ur1?period=2024-04", "/api/committees/HS/forecast?period=2024-04", "/api/openapi.json",
            ] {
                let r = try await b.get(uri)
                #expect(r.status == .ok, "\(uri): \(r.status)")
            }
            // Downloads in every format: an xlsx is a zip, a CSV a zip of tables.
            let xlsx = try await b.get("/rapporter/ur1?period=2024-04&format=xlsx")
            #expect(
                xlsx.status == .ok && xlsx.headers[.contentDisposition] == "attachment; filename=\"ur1-2024-04.xlsx\""
                    && Data(buffer: xlsx.body).starts(with: [0x50, 0x4B]))
            #expect(
                try await b.get("/rapporter/ur1?period=2024-04&format=csv").headers[.contentType] == "application/zip")
            let openAPI =
                try JSONSerialization.jsonObject(with: Data(buffer: try await b.get("/api/openapi.json").body))
                as? [String: Any]
            #expect(openAPI?["openapi"] as? String == "3.0.3")
            // The same chapters as the reports: seed 003's staff and investment figures, seed 001's activities.
            #expect(
                String(buffer: try await b.get("/personal?period=2024-04").body).contains(
                    "Väsentliga personalförhållanden"))
            #expect(String(buffer: try await b.get("/investeringar?period=2024-04").body).contains("1\u{A0}075"))
            #expect(
                String(buffer: try await b.get("/mal?period=2019-12").body).contains(
                    "Antal digitala kompetensutvecklingsinsatser"))
            // Drill-down: committee → line → account → voucher.
            let rows = String(buffer: try await b.get("/rad/HS-SOM/konto/5010?period=2024-04").body)
            let voucher = try #require(
                rows.range(of: "href=\"/verifikation/").map { String(rows[$0.upperBound...].prefix { $0 != "\"" }) })
            #expect(try await b.get("/verifikation/\(voucher)").status == .ok)
        }
    }

    @Test(arguments: TestBackend.all) func notLoggedIn(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, _ in
            #expect(try await b.get("/namnd/HS").headers[.location] == "/login")
            let api = try await b.get("/api/ratios")
            #expect(api.status == .unauthorized)
            let bad = try await b.login("central", "fel-lösenord")
            #expect(
                bad.status == .unauthorized && String(buffer: bad.body).contains("Fel användarnamn eller lösenord."))
        }
    }

    @Test(arguments: TestBackend.all) func aCommitteeControllerSeesAndWritesOnlyItsOwnCommittee(_ backend: TestBackend)
        async throws
    {
        try await withApp(backend) { b, _ in
            try await b.login("hs")
            #expect(try await b.get("/").headers[.location]?.hasPrefix("/namnd/HS") == true)
            #expect(try await b.get("/namnd/HS?period=2024-04").status == .ok)
            #expect(try await b.get("/namnd/ADH?period=2024-04").status == .forbidden)
            #expect(try await b.get("/rad/ADH-AMB?period=2024-04").status == .forbidden)
            #expect(try await b.get("/api/committees/ADH/forecast?period=2024-04").status == .forbidden)
            #expect(try await b.get("/api/ratios?period=2024-04").status == .forbidden)
            #expect(try await b.get("/api/ratios?period=2024-04&org=HS").status == .ok)
            #expect(try await b.get("/api/ratios?period=2024-04&org=ADH").status == .forbidden)
            #expect(try await b.get("/granskning").status == .forbidden)
            let csrf = try await b.sessionCSRF()
            let write = try await b.postJSON(
                "/api/committees/ADH/forecast?period=2024-04", #"{"version":0,"rows":[]}"#, csrf: csrf)
            #expect(write.status == .forbidden)
            // Nor can it approve its own forecast.
            #expect(
                try await b.postJSON(
                    "/api/committees/HS/forecast/approve?period=2024-04", #"{"version":0}"#, csrf: csrf
                ).status == .forbidden)
        }
    }

    @Test(arguments: TestBackend.all) func aReaderSeesPublishedReportsOnly(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, _ in
            try await b.login("lasare")
            #expect(try await b.get("/").headers[.location] == "/rapporter")
            #expect(try await b.get("/namnd/HS?period=2024-04").status == .forbidden)
            #expect(try await b.get("/rapporter/ur1?period=2024-04&format=html").status == .notFound)  // not frozen
            #expect(try await b.get("/api/committees/HS/forecast?period=2024-04").status == .forbidden)
        }
    }

    /// Enter, submit, approve as another user: the report changes only at approval; every
    /// step is in the audit trail; a stale version is refused.
    @Test(arguments: TestBackend.all) func forecastWorkflow(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, store in
            try await b.login("hs")
            let csrf = try #require(try await b.sessionCSRF())
            let form =
                try JSONSerialization.jsonObject(
                    with: Data(buffer: try await b.get("/api/committees/HS/forecast?period=2024-04").body))
                as? [String: Any]
            let rows = try #require(form?["rows"] as? [[String: Any]])
            #expect(form?["version"] as? Int == 0 && !rows.isEmpty)
            let before = String(buffer: try await b.get("/api/reports/namnd?period=2024-04&org=HS").body)
            // 10 mnkr lower costs on the first line and account than forecast so far.
            let first = rows[0]
            let node = try #require(first["node"] as? String)
            let account = first["account"] as? Int
            let forecast = try #require(first["forecast"] as? NSNumber)
            let newAmount = Decimal(string: forecast.stringValue)! + 10_000_000
            let body =
                #"{"version":0,"rows":[{"node":"\#(node)","account":\#(account.map(String.init) ?? "null"),"amount":"\#(newAmount)","comment":"Lägre kostnader"}]}"#
            let saved = try await b.postJSON("/api/committees/HS/forecast?period=2024-04", body, csrf: csrf)
            #expect(saved.status == .ok, "\(String(buffer: saved.body))")
            // The same version again: someone else saved in between.
            let stale = try await b.postJSON("/api/committees/HS/forecast?period=2024-04", body, csrf: csrf)
            #expect(stale.status == .conflict && String(buffer: stale.body).contains("har ändrats av någon annan"))
            #expect(
                try await b.postJSON("/api/committees/HS/forecast/submit?period=2024-04", #"{"version":1}"#, csrf: csrf)
                    .status == .ok)
            #expect(String(buffer: try await b.get("/api/reports/namnd?period=2024-04&org=HS").body) == before)  // submitted is not yet in the report

            var central = Browser(client: b.client)
            try await central.login("central")
            let centralCSRF = try await central.sessionCSRF()
            let approved = try await central.postJSON(
                "/api/committees/HS/forecast/approve?period=2024-04", #"{"version":2}"#, csrf: centralCSRF)
            #expect(approved.status == .ok, "\(String(buffer: approved.body))")
            let after = String(buffer: try await central.get("/api/reports/namnd?period=2024-04&org=HS").body)
            #expect(after != before)
            let trail = try store.auditTrail()
            #expect(trail.map(\.action).prefix(3) == ["forecast.approved", "forecast.submitted", "forecast.save"])
            #expect(
                trail[0].user == "central" && trail[2].user == "hs"
                    && trail[2].newValue
                        == Money(ore: Int64(truncating: (newAmount * 100) as NSDecimalNumber)).description
            )
        }
    }

    @Test(arguments: TestBackend.all) func formsAndWritesNeedTheCSRFToken(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, _ in
            try await b.login("hs")
            #expect(
                try await b.postJSON(
                    "/api/committees/HS/forecast?period=2024-04", #"{"version":0,"rows":[]}"#, csrf: nil
                ).status == .forbidden)
            #expect(
                try await b.postJSON(
                    "/api/committees/HS/forecast?period=2024-04", #"{"version":0,"rows":[]}"#, csrf: "fel"
                ).status == .forbidden)
            #expect(try await b.post("/namnd/HS/prognos?period=2024-04", form: ["version": "0"]).status == .forbidden)
            #expect(try await b.post("/logout", form: [:]).status == .forbidden)
            // A login form posted without its token (from another site) is refused.
            #expect(try await b.post("/login", form: ["name": "hs", "password": "balans-demo"]).status == .forbidden)
        }
    }

    @Test(arguments: TestBackend.all) func theFormFlowSavesAndSubmits(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, store in
            try await b.login("hs")
            let page = String(buffer: try await b.get("/namnd/HS/prognos?period=2024-04").body)
            let csrf = try #require(Browser.csrf(in: page))
            var form = ["csrf": csrf, "version": "0", "action": "submit"]
            // Every amount as shown, parsed back.
            var i = 0
            while let r = page.range(of: "name=\"amount_\(i)\"") {
                let value =
                    page[r.upperBound...].range(of: "value=\"").map {
                        String(page[$0.upperBound...].prefix { $0 != "\"" })
                    } ?? ""
                form["amount_\(i)"] = value
                i += 1
            }
            #expect(i > 0)
            let r = try await b.post("/namnd/HS/prognos?period=2024-04", form: form)
            #expect(r.status == .seeOther, "\(String(buffer: r.body).prefix(300))")
            #expect(try store.forecastState(period: Period(year: 2024, month: 4)!, node: "HS").status == .submitted)
            // A typo is shown with its line, nothing saved.
            form["amount_0"] = "tio miljoner"
            form["version"] = "2"
            let bad = try await b.post("/namnd/HS/prognos?period=2024-04", form: form)
            #expect(
                bad.status == .unprocessableContent && String(buffer: bad.body).contains("är inte ett belopp i kronor"))
        }
    }
}

/// Texts, activity statuses and indicator outcomes go through the same workflow as the
/// forecast: a draft and a submitted change are not in the reports; the approved one is.
@Suite struct ChangeWorkflowTests {
    @Test(arguments: TestBackend.all) func textsActivitiesAndIndicators(_ backend: TestBackend) async throws {
        let store = try WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let page = String(buffer: try await hs.get("/namnd/HS/uppfoljning?period=2024-04").body)
            #expect(page.contains("Nämndens sammanfattning"))
            let csrf = try #require(Browser.csrf(in: page))
            func propose(
                _ b: inout Browser, _ code: String, _ period: String, kind: String, key: String, value: String,
                version: Int, submit: Bool, csrf: String
            ) async throws -> TestResponse {
                try await b.post(
                    "/namnd/\(code)/uppfoljning?period=\(period)",
                    form: [
                        "csrf": csrf, "kind": kind, "key": key, "value": value, "comment": "",
                        "version": String(version), "action": submit ? "submit" : "save",
                    ])
            }
            let text = "Underskottet beror på inhyrd personal och vårdplatser."
            #expect(
                try await propose(
                    &hs, "HS", "2024-04", kind: "text", key: "summary", value: text, version: 0, submit: false,
                    csrf: csrf
                ).status == .seeOther)
            #expect(
                try await propose(
                    &hs, "HS", "2024-04", kind: "text", key: "summary", value: text, version: 0, submit: true,
                    csrf: csrf
                ).status == .conflict)  // stale
            #expect(
                try await propose(
                    &hs, "HS", "2024-04", kind: "text", key: "summary", value: text, version: 1, submit: true,
                    csrf: csrf
                ).status == .seeOther)
            // Submitted: not editable, not in the report.
            #expect(
                try await propose(
                    &hs, "HS", "2024-04", kind: "text", key: "summary", value: "annat", version: 2, submit: false,
                    csrf: csrf
                ).status == .conflict)
            #expect(!String(buffer: try await hs.get("/api/reports/namnd?period=2024-04&org=HS").body).contains(text))
            // Not someone else's committee.
            #expect(
                try await propose(
                    &hs, "ADH", "2024-04", kind: "text", key: "summary", value: text, version: 0, submit: false,
                    csrf: csrf
                ).status == .forbidden)

            var central = Browser(client: client)
            try await central.login("central")
            let change = try #require(try store.changeRequests(period: Period(year: 2024, month: 4)!, node: "HS").first)
            #expect(change.status == .submitted && change.version == 2)
            let centralCSRF = try #require(try await central.sessionCSRF())
            // A committee controller cannot approve.
            #expect(
                try await hs.post(
                    "/andring/\(change.id)/godkann?period=2024-04&namnd=HS", form: ["csrf": csrf, "version": "2"]
                ).status == .forbidden)
            #expect(
                try await central.post(
                    "/andring/\(change.id)/godkann?period=2024-04&namnd=HS",
                    form: ["csrf": centralCSRF, "version": "2"]
                ).status == .seeOther)
            #expect(
                String(buffer: try await central.get("/api/reports/namnd?period=2024-04&org=HS").body).contains(text))

            // An indicator outcome (seed 002's digital courses, 66 → 70) by the admin, approved by the central controller.
            var admin = Browser(client: client)
            try await admin.login("admin")
            let adminCSRF = try #require(try await admin.sessionCSRF())
            #expect(
                try await propose(
                    &admin, "RK", "2019-12", kind: "indicator", key: "RK-DIG", value: "sjuttio", version: 0,
                    submit: true, csrf: adminCSRF
                ).status == .conflict)
            #expect(
                try await propose(
                    &admin, "RK", "2019-12", kind: "indicator", key: "RK-DIG", value: "70", version: 0, submit: true,
                    csrf: adminCSRF
                ).status == .seeOther)
            let indicator = try #require(
                try store.changeRequests(period: Period(year: 2019, month: 12)!, node: "RK").first)
            #expect(
                try await central.post(
                    "/andring/\(indicator.id)/godkann?period=2019-12&namnd=RK",
                    form: ["csrf": centralCSRF, "version": "1"]
                ).status == .seeOther)
            #expect(try store.followUpData().indicators.first { $0.code == "RK-DIG" && $0.year == 2019 }?.outcome == 70)

            // An activity's status (seed 001: "RUM i Halland" follows again), returned with a comment.
            let activityKey = "Anordnande och deltagande i större strategiska forum\tRUM i Halland"
            #expect(
                try await propose(
                    &admin, "RS17", "2017-07", kind: "activity", key: activityKey, value: "kanske", version: 0,
                    submit: true, csrf: adminCSRF
                ).status == .conflict)
            #expect(
                try await propose(
                    &admin, "RS17", "2017-07", kind: "activity", key: activityKey, value: "följer", version: 0,
                    submit: true, csrf: adminCSRF
                ).status == .seeOther)
            let activity = try #require(
                try store.changeRequests(period: Period(year: 2017, month: 7)!, node: "RS17").first)
            #expect(
                try await central.post(
                    "/andring/\(activity.id)/returnera?period=2017-07&namnd=RS17",
                    form: ["csrf": centralCSRF, "version": "1", "comment": "Stämmer inte"]
                ).status == .seeOther)
            let returned = try #require(
                try store.changeRequests(period: Period(year: 2017, month: 7)!, node: "RS17").first)
            #expect(returned.status == .returned && returned.reviewComment == "Stämmer inte")
            #expect(
                try store.followUpData().activities.first { $0.activity == "RUM i Halland" }?.status == .notFollowing)
            let trail = try store.auditTrail().map(\.action)
            #expect(
                trail.contains("text.approved") && trail.contains("indicator.approved")
                    && trail.contains("activity.returned"))
        }
    }
}

/// The same change workflow through the JSON API.
@Suite struct ChangeAPITests {
    @Test(arguments: TestBackend.all) func proposeAndApproveThroughTheAPI(_ backend: TestBackend) async throws {
        let store = try WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let csrf = try await hs.sessionCSRF()
            let body =
                #"{"kind":"text","key":"deviation_analysis","value":"Inhyrd personal.","version":0,"submit":true}"#
            let saved = try await hs.postJSON("/api/committees/HS/changes?period=2024-04", body, csrf: csrf)
            let savedJSON = try JSONSerialization.jsonObject(with: Data(buffer: saved.body)) as? [String: Any]
            #expect(saved.status == .ok && savedJSON?["status"] as? String == "submitted")
            #expect(
                try await hs.postJSON(
                    "/api/committees/HS/changes?period=2024-04",
                    #"{"kind":"text","key":"rubrik","value":"x","version":0}"#, csrf: csrf
                ).status == .conflict)
            #expect(
                try await hs.postJSON("/api/committees/ADH/changes?period=2024-04", body, csrf: csrf).status
                    == .forbidden)
            let list =
                try JSONSerialization.jsonObject(
                    with: Data(buffer: try await hs.get("/api/committees/HS/changes?period=2024-04").body))
                as? [[String: Any]]
            let id = try #require(list?.first?["id"] as? Int)
            #expect(
                try await hs.postJSON("/api/changes/\(id)/approve", #"{"version":1}"#, csrf: csrf).status == .forbidden)
            var central = Browser(client: client)
            try await central.login("central")
            let approved = try await central.postJSON(
                "/api/changes/\(id)/approve", #"{"version":1}"#, csrf: try await central.sessionCSRF())
            let approvedJSON = try JSONSerialization.jsonObject(with: Data(buffer: approved.body)) as? [String: Any]
            #expect(approved.status == .ok && approvedJSON?["status"] as? String == "approved")
            #expect(
                try store.followUpData().text(.deviationAnalysis, node: "HS", period: Period(year: 2024, month: 4)!)
                    == "Inhyrd personal.")
        }
    }
}
