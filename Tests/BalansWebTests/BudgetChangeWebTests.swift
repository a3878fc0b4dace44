import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Budget changes entered in the web application (issue 16 item 4): the central controller registers a decision, the
/// budget in force moves from the decision's month on, the audit trail names who did it, and a change that does not
/// hold (an omdisposition that does not net to zero, a date outside the year) writes nothing. A committee controller
/// may not enter one.
@Suite struct BudgetChangeWebTests {
    static func inForce(_ store: Store, _ node: NodeCode, _ period: String) async throws -> Money {
        let p = try #require(Period(period))
        return try await store.followUpData().budgets(at: p).filter { $0.node == node }.map(\.amount).sum()
    }

    @Test(arguments: TestBackend.all) func theCentralControllerRegistersADecision(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        let (som, amb) = (NodeCode("HS-SOM"), NodeCode("ADH-AMB"))
        let before = (try await Self.inForce(store, som, "2024-04"), try await Self.inForce(store, amb, "2024-04"))
        let rowsBefore = try await store.followUpData().budgets.count
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let page = String(buffer: try await central.get("/budget?ar=2024").body)
            #expect(page.contains("Budgetändringar 2024") && page.contains("Registrera en budgetändring"))
            let csrf = try #require(Browser.csrf(in: page))
            func post(_ date: String, _ kind: String, _ rows: [(String, String)]) async throws -> TestResponse {
                var form = ["csrf": csrf, "date": date, "kind": kind, "reference": "RS §80, RS240011"]
                for (i, r) in rows.enumerated() {
                    form["node_\(i)"] = r.0
                    form["amount_\(i)"] = r.1
                }
                return try await central.post("/budget/andring?ar=2024", form: form)
            }
            // 5 mnkr moved from Somatisk vård to Ambulans on 15 March.
            let moved = try await post(
                "2024-03-15", "omdisposition", [("HS-SOM", "-5 000 000"), ("ADH-AMB", "5000000")])
            #expect(moved.status == .seeOther)
            let listed = String(buffer: try await central.get(moved.headers[.location] ?? "").body)
            #expect(listed.contains("registrerad (2 rader)") && listed.contains("RS §80, RS240011"))
            // Refused, nothing written: a move that does not net to zero, a date in another year, an unknown line.
            let unbalanced = try await post("2024-03-20", "omdisposition", [("HS-SOM", "-1000"), ("ADH-AMB", "900")])
            #expect(unbalanced.status == .unprocessableContent)
            #expect(String(buffer: unbalanced.body).contains("summera till noll"))
            #expect(
                try await post("2023-12-01", "tilläggsbudget", [("HS-SOM", "1000")]).status == .unprocessableContent)
            #expect(
                try await post("2024-02-30", "tilläggsbudget", [("HS-SOM", "1000")]).status == .unprocessableContent)
            let unknown = try await post("2024-03-20", "tilläggsbudget", [("HS-XX", "1000")])
            #expect(unknown.status == .unprocessableContent)
            // A supplementary budget decided in June is not yet in force in April.
            #expect(try await post("2024-06-10", "tilläggsbudget", [("HS-SOM", "2000000")]).status == .seeOther)

            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/budget?ar=2024").status == .forbidden)
            let hsCSRF = try await hs.sessionCSRF() ?? ""
            let refused = try await hs.post(
                "/budget/andring?ar=2024",
                form: [
                    "csrf": hsCSRF, "date": "2024-03-01", "kind": "tilläggsbudget", "node_0": "HS-SOM",
                    "amount_0": "1",
                ])
            #expect(refused.status == .forbidden)
        }
        let five = Money(kronor: 5_000_000)
        #expect(try await Self.inForce(store, som, "2024-04") == before.0 - five)
        #expect(try await Self.inForce(store, amb, "2024-04") == before.1 + five)
        #expect(try await Self.inForce(store, som, "2024-06") == before.0 - five + Money(kronor: 2_000_000))
        #expect(try await store.followUpData().budgets.count == rowsBefore + 3)
        let trail = try await store.auditTrail().filter { $0.action == "budget.change" }
        #expect(trail.count == 3 && trail.allSatisfy { $0.user == "central" })
        #expect(trail.contains { $0.entity.contains("HS-SOM") && $0.entity.contains("omdisposition") })
    }
}
