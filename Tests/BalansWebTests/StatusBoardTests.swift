import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The status board (issue 17, item 1): the central controller sees which committees have reported the period, by
/// whom, and sets the period's deadline, after which a committee that has not submitted is marked overdue. A
/// committee controller may not open it.
@Suite struct StatusBoardTests {
    @Test(arguments: TestBackend.all) func theBoardFollowsTheWorkflow(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let p = try #require(Period("2024-05"))
        let data = try await store.followUpData()
        let tree = data.tree(for: 2024)
        let committees = tree.committees
        // The committees whose forecast of the period was read in from a file (approved, no workflow step).
        let imported = Set(
            data.reportedForecasts.filter { $0.period == p }.compactMap { tree.forecastUnit(of: $0.node) })
        let reported = imported.union(["HS"]).count
        #expect(imported.isEmpty && committees.count > 10)
        // May: no forecast is read in from a file. HS submits its forecast (as the form does: save, then submit).
        let version = try await store.saveForecast(
            period: p, committee: "HS", rows: [], expectedVersion: 0, user: "hs")
        _ = try await store.transitionForecast(
            period: p, committee: "HS", to: .submitted, expectedVersion: version, comment: "", user: "hs")
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let page = String(buffer: try await central.get("/status?period=2024-05").body)
            #expect(page.contains("\(reported) av \(committees.count) nämnder"))
            #expect(page.contains("Ingen sista dag är satt") && !page.contains("försenad"))
            for c in committees { #expect(page.contains(c.name), "\(c.name)") }
            #expect(page.contains("Inlämnad"))
            #expect(page.contains("Ej påbörjad") == (reported < committees.count))
            #expect(page.contains("Godkänd (inläst från fil)") == !imported.subtracting(["HS"]).isEmpty)
            let csrf = try #require(Browser.csrf(in: page))
            let set = try await central.post(
                "/status/sista-dag?period=2024-05", form: ["csrf": csrf, "due": "2024-05-10"])
            #expect(set.status == .seeOther)
            let after = String(buffer: try await central.get(set.headers[.location] ?? "").body)
            // Every committee that has not reported is late: the deadline is long past.
            #expect(after.contains("Sista dag: <strong>2024-05-10</strong>"))
            #expect(after.components(separatedBy: "– försenad").count - 1 == committees.count - reported)
            let bad = try await central.post(
                "/status/sista-dag?period=2024-05", form: ["csrf": csrf, "due": "2024-02-30"])
            #expect(bad.status == .unprocessableContent && String(buffer: bad.body).contains("inte ett datum"))

            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/status?period=2024-05").status == .forbidden)
        }
        #expect(try await store.deadline(period: p) == "2024-05-10")
        #expect(try await store.auditTrail().contains { $0.action == "deadline" && $0.newValue == "2024-05-10" })
    }

    @Test func aDayMustExist() {
        #expect(Period(day: "2024-02-29") == Period(year: 2024, month: 2))
        #expect(Period(day: "2023-02-29") == nil && Period(day: "2024-13-01") == nil && Period(day: "2024-3-01") == nil)
    }
}
