import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

@Suite struct WebTests {
    func withApp(_ backend: TestBackend, _ body: @Sendable (inout Browser, Store) async throws -> Void) async throws {
        let store = try await WebFixture.store(backend)
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
            let accountJSON = account.map(String.init) ?? "null"
            let row =
                #"{"node":"\#(node)","account":\#(accountJSON),"amount":"\#(newAmount)","comment":"Lägre kostnader"}"#
            let body = #"{"version":0,"rows":[\#(row)]}"#
            let saved = try await b.postJSON("/api/committees/HS/forecast?period=2024-04", body, csrf: csrf)
            #expect(saved.status == .ok, "\(String(buffer: saved.body))")
            // The same version again: someone else saved in between.
            let stale = try await b.postJSON("/api/committees/HS/forecast?period=2024-04", body, csrf: csrf)
            #expect(stale.status == .conflict && String(buffer: stale.body).contains("har ändrats av någon annan"))
            #expect(
                try await b.postJSON("/api/committees/HS/forecast/submit?period=2024-04", #"{"version":1}"#, csrf: csrf)
                    .status == .ok)
            // Submitted is not yet in the report.
            #expect(String(buffer: try await b.get("/api/reports/namnd?period=2024-04&org=HS").body) == before)

            var central = Browser(client: b.client)
            try await central.login("central")
            let centralCSRF = try await central.sessionCSRF()
            let approved = try await central.postJSON(
                "/api/committees/HS/forecast/approve?period=2024-04", #"{"version":2}"#, csrf: centralCSRF)
            #expect(approved.status == .ok, "\(String(buffer: approved.body))")
            let after = String(buffer: try await central.get("/api/reports/namnd?period=2024-04&org=HS").body)
            #expect(after != before)
            let trail = try await store.auditTrail()
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
            #expect(
                try await store.forecastState(period: Period(year: 2024, month: 4)!, node: "HS").status == .submitted)
            // A typo is shown with its line, nothing saved.
            form["amount_0"] = "tio miljoner"
            form["version"] = "2"
            let bad = try await b.post("/namnd/HS/prognos?period=2024-04", form: form)
            #expect(
                bad.status == .unprocessableContent && String(buffer: bad.body).contains("är inte ett belopp i tkr"))
        }
    }
}
