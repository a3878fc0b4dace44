import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Texts, activity statuses and indicator outcomes go through the same workflow as the
/// forecast: a draft and a submitted change are not in the reports; the approved one is.
@Suite struct ChangeWorkflowTests {
    @Test(arguments: TestBackend.all) func textsActivitiesAndIndicators(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
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
            let change = try #require(
                try await store.changeRequests(period: Period(year: 2024, month: 4)!, node: "HS").first)
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

            // An indicator outcome (seed 002's digital courses, 66 → 70) by the admin, approved by the
            // central controller.
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
            let indicator = try await #require(
                try store.changeRequests(period: Period(year: 2019, month: 12)!, node: "RK").first)
            #expect(
                try await central.post(
                    "/andring/\(indicator.id)/godkann?period=2019-12&namnd=RK",
                    form: ["csrf": centralCSRF, "version": "1"]
                ).status == .seeOther)
            #expect(
                try await store.followUpData().indicators.first { $0.code == "RK-DIG" && $0.year == 2019 }?.outcome
                    == 70)

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
            let activity = try await #require(
                try store.changeRequests(period: Period(year: 2017, month: 7)!, node: "RS17").first)
            #expect(
                try await central.post(
                    "/andring/\(activity.id)/returnera?period=2017-07&namnd=RS17",
                    form: ["csrf": centralCSRF, "version": "1", "comment": "Stämmer inte"]
                ).status == .seeOther)
            let returned = try await #require(
                try store.changeRequests(period: Period(year: 2017, month: 7)!, node: "RS17").first)
            #expect(returned.status == .returned && returned.reviewComment == "Stämmer inte")
            await #expect(
                try store.followUpData().activities.first { $0.activity == "RUM i Halland" }?.status == .notFollowing)
            let trail = try await store.auditTrail().map(\.action)
            #expect(
                trail.contains("text.approved") && trail.contains("indicator.approved")
                    && trail.contains("activity.returned"))
        }
    }
}

/// The same change workflow through the JSON API.
@Suite struct ChangeAPITests {
    @Test(arguments: TestBackend.all) func proposeAndApproveThroughTheAPI(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
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
            await #expect(
                try store.followUpData().text(.deviationAnalysis, node: "HS", period: Period(year: 2024, month: 4)!)
                    == "Inhyrd personal.")
        }
    }
}
