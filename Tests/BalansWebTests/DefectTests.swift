import BalansCore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansStore
@testable import BalansWeb

/// The web application's defects of issue 13, each with the user's steps that showed it.
@Suite struct DefectTests {
    func withApp(_ backend: TestBackend, _ body: @Sendable (TestClientProtocol, Store) async throws -> Void)
        async throws
    {
        let store = try await WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in try await body(client, store) }
    }

    static func json(_ r: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any]) ?? [:]
    }

    /// Item 1: a line's link is `/rad/HS-SOM` (RFC 3986 keeps `-`), and an encoded one opens too.
    @Test(arguments: TestBackend.all) func lineLinksAreCodesAndEncodedPathsDecode(_ backend: TestBackend) async throws {
        #expect(Page.encode("HS-SOM") == "HS-SOM")
        #expect(Page.encode("Å Ä/ö") == "%C3%85%20%C3%84%2F%C3%B6")
        try await withApp(backend) { client, _ in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let committee = String(buffer: try await hs.get("/namnd/HS?period=2024-04").body)
            #expect(committee.contains("href=\"/rad/HS-SOM?period=2024-04\""))
            let encoded = try await hs.get("/rad/HS%2DSOM?period=2024-04")
            #expect(encoded.status == .ok)
            // The page has the line's accounts, not an empty "Summa 0".
            #expect(String(buffer: encoded.body).contains("/rad/HS-SOM/konto/"))
            #expect(try await hs.get("/rad/NOPE?period=2024-04").status == .notFound)
        }
    }

    /// Item 2: sixteen-digit amounts are refused at input with the field named; data stored
    /// before the bound existed gives a clear error on the pages over it, and the server serves on.
    @Test(arguments: TestBackend.all) func hugeAmountsAreRefusedAndStoredOnesCannotTrap(_ backend: TestBackend)
        async throws
    {
        try await withApp(backend) { client, store in
            // Rows as an earlier version stored them: eleven approved rows of 9·10¹⁷ öre on one line.
            try await store.db.write { db in
                for account in 5010...5020 {
                    try db.execute(
                        sql:
                            "INSERT INTO forecast (organisation, period, node, account, amount, comment, author, "
                            + "status) VALUES (?, ?, ?, ?, ?, '', 'old', 'approved')",
                        arguments: [store.organisation, "2024-04", "HS-SOM", account, Int64(900_000_000_000_000_000)])
                }
            }
            var hs = Browser(client: client)
            try await hs.login("hs")
            let csrf = try await hs.sessionCSRF()
            let rows = (0..<10).map { _ in #"{"node":"HS-SOM","account":5010,"amount":"9999999999999999"}"# }.joined(
                separator: ",")
            let refused = try await hs.postJSON(
                "/api/committees/HS/forecast?period=2024-04", #"{"version":0,"rows":[\#(rows)]}"#, csrf: csrf)
            #expect(refused.status == .unprocessableContent)
            #expect(
                (Self.json(refused)["error"] as? String)?.hasPrefix(
                    "rows[0].amount: \"9999999999999999\" is larger than") == true)

            var central = Browser(client: client)
            try await central.login("central")
            for uri in ["/namnd/HS?period=2024-04", "/rapporter/ur1?period=2024-04&format=html", "/"] {
                let page = try await central.get(uri)
                #expect(page.status == .internalServerError, "\(uri)")
                let text = String(buffer: page.body)
                #expect(text.contains("för stort för att summeras"), "\(uri): \(text.prefix(300))")
                #expect(!text.contains("#BELOPP-UTANFÖR-INTERVALLET"))
            }
            let api = try await central.get("/api/reports/ur1?period=2024-04")
            #expect(
                api.status == .internalServerError
                    && (Self.json(api)["error"] as? String)?.contains("för stort för att summeras") == true)
            // The server is up: a committee without the rows still opens.
            #expect(try await central.get("/namnd/ADH?period=2024-04").status == .ok)
        }
    }

    /// Item 3: a line's forecast is part of its committee's: after HS is submitted, HS-SOM can
    /// be neither saved nor submitted on its own.
    @Test(arguments: TestBackend.all) func aSubmittedForecastCannotBeChangedThroughALine(_ backend: TestBackend)
        async throws
    {
        try await withApp(backend) { client, store in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let csrf = try await hs.sessionCSRF()
            let row = #"{"node":"HS-SOM","account":5010,"amount":"-1000"}"#
            #expect(
                try await hs.postJSON(
                    "/api/committees/HS/forecast?period=2024-04", #"{"version":0,"rows":[\#(row)]}"#, csrf: csrf
                ).status == .ok)
            #expect(
                try await hs.postJSON(
                    "/api/committees/HS/forecast/submit?period=2024-04", #"{"version":1}"#, csrf: csrf
                ).status == .ok)
            let changed = #"{"node":"HS-SOM","account":5010,"amount":"-999999"}"#
            let save = try await hs.postJSON(
                "/api/committees/HS-SOM/forecast?period=2024-04", #"{"version":0,"rows":[\#(changed)]}"#, csrf: csrf)
            #expect(save.status == .conflict && (Self.json(save)["error"] as? String)?.contains("hela nämnden") == true)
            #expect(
                try await hs.postJSON(
                    "/api/committees/HS-SOM/forecast/submit?period=2024-04", #"{"version":0}"#, csrf: csrf
                ).status == .conflict)
            let form = try await hs.post(
                "/namnd/HS-SOM/prognos?period=2024-04",
                form: ["csrf": csrf ?? "", "version": "0", "amount_0": "-5", "action": "submit"])
            #expect(form.status == .conflict || form.status == .forbidden)
            // The line's form is its committee's form.
            #expect(
                try await hs.get("/namnd/HS-SOM/prognos?period=2024-04").headers[.location]
                    == "/namnd/HS/prognos?period=2024-04")
            // Central approves HS at the version it saw: exactly the submitted row.
            var central = Browser(client: client)
            try await central.login("central")
            #expect(
                try await central.postJSON(
                    "/api/committees/HS/forecast/approve?period=2024-04", #"{"version":2}"#,
                    csrf: try await central.sessionCSRF()
                )
                .status == .ok)
            let approved = try await store.followUpData().forecasts.filter {
                $0.node == "HS-SOM" && $0.account == 5010 && $0.period.description == "2024-04"
            }
            #expect(approved.map(\.amount) == [Money(kronor: -1000)])
            #expect(try await store.forecastState(period: Period(year: 2024, month: 4)!, node: "HS-SOM").version == 0)
        }
    }

    /// Item 4: a change belongs to its committee: `hs` cannot propose the region's indicator.
    @Test(arguments: TestBackend.all) func aChangeRequestBelongsToItsNode(_ backend: TestBackend) async throws {
        try await withApp(backend) { client, store in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let csrf = try await hs.sessionCSRF()
            let region = #"{"kind":"indicator","key":"RH-VG90-FK","value":"99","version":0,"submit":true}"#
            let refused = try await hs.postJSON("/api/committees/HS/changes?period=2024-04", region, csrf: csrf)
            #expect(
                refused.status == .conflict && (Self.json(refused)["error"] as? String)?.contains("RH-VG90-FK") == true)
            let activity = #"{"kind":"activity","key":"Någon annans åtagande\t","value":"Uppfyllt","version":0}"#
            #expect(
                try await hs.postJSON("/api/committees/HS/changes?period=2024-04", activity, csrf: csrf).status
                    == .conflict)
            #expect(try await store.changeRequests(period: Period(year: 2024, month: 4)!).isEmpty)
            // The admin, who may write every committee, cannot put RK's indicator under the region either.
            var admin = Browser(client: client)
            try await admin.login("admin")
            let rk = #"{"kind":"indicator","key":"RK-DIG","value":"70","version":0}"#
            #expect(
                try await admin.postJSON(
                    "/api/committees/RH/changes?period=2019-12", rk, csrf: try await admin.sessionCSRF()
                ).status == .conflict)
            #expect(
                try await admin.postJSON(
                    "/api/committees/RK/changes?period=2019-12", rk, csrf: try await admin.sessionCSRF()
                ).status == .ok)
        }
    }

    /// Item 5: control characters are refused with the field named, never stored cut short;
    /// a browser's CRLF is stored as LF.
    @Test(arguments: TestBackend.all) func controlCharactersAreRefusedNotTruncated(_ backend: TestBackend) async throws
    {
        try await withApp(backend) { client, store in
            var b = Browser(client: client)
            let page = try await b.get("/login")
            let token = Browser.csrf(in: String(buffer: page.body)) ?? ""
            let nul = try await b.post(
                "/login", form: ["csrf": token, "name": "central\u{0}x", "password": "balans-demo"])
            #expect(nul.status == .badRequest && String(buffer: nul.body).contains("U+0000"))
            #expect(b.cookies["balans_session"] == nil)

            var hs = Browser(client: client)
            try await hs.login("hs")
            let csrf = try await hs.sessionCSRF() ?? ""
            let text = #"{"kind":"text","key":"summary","value":"Före\u0000efter","version":0}"#
            let api = try await hs.postJSON("/api/committees/HS/changes?period=2024-04", text, csrf: csrf)
            #expect(
                api.status == .unprocessableContent
                    && (Self.json(api)["error"] as? String)?.hasPrefix("value: ") == true)
            let form = try await hs.post(
                "/namnd/HS/uppfoljning?period=2024-04",
                form: ["csrf": csrf, "kind": "text", "key": "summary", "version": "0", "value": "Före\u{1B}[31mefter"])
            #expect(
                form.status == .badRequest && String(buffer: form.body).contains("value")
                    && String(buffer: form.body).contains("U+001B"))
            let april = try #require(Period(year: 2024, month: 4))
            #expect(try await store.changeRequests(period: april).isEmpty)
            // Line breaks as a browser sends them are text, stored as LF.
            let saved = try await hs.post(
                "/namnd/HS/uppfoljning?period=2024-04",
                form: ["csrf": csrf, "kind": "text", "key": "summary", "version": "0", "value": "Rad ett\r\nRad två"])
            #expect(saved.status == .seeOther)
            #expect(
                try await store.changeRequests(period: april).first?.value == "Rad ett\nRad två"
            )
            // The store refuses too, whoever calls it.
            await #expect(throws: WorkflowError.self) {
                try await store.proposeChange(
                    kind: .text, period: Period(year: 2024, month: 4)!, node: "HS", key: "summary", value: "a\u{0}b",
                    comment: "", expectedVersion: 1,
                    submit: false, user: "x")
            }
        }
    }

    /// Item 9: an unknown node in a report address is not found, not a 500 with no body.
    @Test(arguments: TestBackend.all) func anUnknownNodeInAReportAddressIsNotFound(_ backend: TestBackend) async throws
    {
        try await withApp(backend) { client, _ in
            var central = Browser(client: client)
            try await central.login("central")
            let r = try await central.get("/rapporter/namnd?org=NOPE&period=2024-04")
            #expect(r.status == .notFound && String(buffer: r.body).contains("NOPE"))
            #expect(try await central.get("/api/reports/namnd?org=NOPE&period=2024-04").status == .notFound)
        }
    }

    /// Item 11: four eyes — the one who submitted cannot approve, unless the organisation turns it off.
    @Test(arguments: TestBackend.all) func theSubmitterCannotApprove(_ backend: TestBackend) async throws {
        try await withApp(backend) { client, store in
            var admin = Browser(client: client)
            try await admin.login("admin")
            let csrf = try await admin.sessionCSRF()
            let row = #"{"node":"HS-SOM","account":5010,"amount":"-1000"}"#
            #expect(
                try await admin.postJSON(
                    "/api/committees/HS/forecast?period=2024-04", #"{"version":0,"rows":[\#(row)]}"#, csrf: csrf
                ).status == .ok)
            #expect(
                try await admin.postJSON(
                    "/api/committees/HS/forecast/submit?period=2024-04", #"{"version":1}"#, csrf: csrf
                ).status == .ok)
            let own = try await admin.postJSON(
                "/api/committees/HS/forecast/approve?period=2024-04", #"{"version":2}"#, csrf: csrf)
            #expect(own.status == .conflict && (Self.json(own)["error"] as? String)?.contains("fyra ögon") == true)
            // The same for a change.
            let change = #"{"kind":"indicator","key":"RK-DIG","value":"70","version":0,"submit":true}"#
            #expect(
                try await admin.postJSON("/api/committees/RK/changes?period=2019-12", change, csrf: csrf).status == .ok)
            let id = try await #require(
                try store.changeRequests(period: Period(year: 2019, month: 12)!, node: "RK").first?.id)
            #expect(
                try await admin.postJSON("/api/changes/\(id)/approve", #"{"version":1}"#, csrf: csrf).status
                    == .conflict)

            try await store.setSetting(.fourEyes, to: "off", user: "test")
            #expect(try await store.setting(.fourEyes) == "off")
            #expect(
                try await admin.postJSON(
                    "/api/committees/HS/forecast/approve?period=2024-04", #"{"version":2}"#, csrf: csrf
                ).status == .ok)
            #expect(try await admin.postJSON("/api/changes/\(id)/approve", #"{"version":1}"#, csrf: csrf).status == .ok)
            await #expect(throws: InputFailure.self) {
                try await store.setSetting(.fourEyes, to: "kanske", user: "test")
            }
        }
    }

    /// Issue 14: the way back from a change's decision is built by `Page`, its query values
    /// encoded. It was the request's period spliced in as it came: a period hiding a second
    /// parameter put a message of its own into the link (and the redirect).
    @Test(arguments: TestBackend.all) func theWayBackFromADecisionCarriesNoSmuggledParameter(_ backend: TestBackend)
        async throws
    {
        try await withApp(backend) { client, _ in
            var central = Browser(client: client)
            try await central.login("central")
            let csrf = try #require(try await central.sessionCSRF())
            let smuggled = "/andring/999999/godkann?period=2024-04%26meddelande%3DHackad&namnd=HS"
            let r = try await central.post(smuggled, form: ["csrf": csrf, "version": "1"])
            #expect(r.status == .conflict)
            let body = String(buffer: r.body)
            #expect(body.contains("Ändringen finns inte."))
            #expect(body.contains("<a href=\"/namnd/HS/uppfoljning\">Tillbaka</a>"))
            #expect(!body.contains("Hackad"))
        }
    }
}
