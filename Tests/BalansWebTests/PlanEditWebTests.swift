import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Making the 2025 plan in the web app (issue 18, "Done when"): a central controller copies the example's 2025
/// proposal with another tax rate, adds a priority and removes a row on the version's form, decides it, and the
/// year's original budget is the plan; a stale form, a wrong line and a second decision are refused with nothing
/// written; committee controllers see none of it.
@Suite struct PlanEditWebTests {
    @Test(arguments: TestBackend.all) func aCentralControllerMakesAndDecidesThePlan(_ backend: TestBackend)
        async throws
    {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let source = try #require(try FramePlan.compute(data, version: "forslag-2025", firstYear: 2025)?.get())
        let rate2025 = try #require(
            data.taxAssumptions.first { $0.version == "forslag-2025" && $0.item == .taxRate && $0.year == 2025 }?.value)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            // A new version from the plan page's what-if: the tax rate 2025 0,10 higher is the new version's own.
            let whatIf = String(
                buffer: try await central.get("/plan?ar=2025&version=forslag-2025&skattesats-2025=11,50").body)
            var copy = try #require(Browser.formFields(in: whatIf, action: "/plan/ny"))
            #expect(copy["skattesats-2025"] == "11,50" && copy["fran"] == "forslag-2025")
            copy["namn"] = "forslag-2025-b"
            let made = try await central.post("/plan/ny", form: copy)
            #expect(made.status == .seeOther)
            #expect(made.headers[.location]?.hasPrefix("/plan/redigera?version=forslag-2025-b") == true)
            #expect(try await central.post("/plan/ny", form: copy).status == .conflict)  // the name is taken

            // The form: a priority of 12 500 000 kr for HS in 2025 on the first empty line, and the first row removed.
            let page = String(buffer: try await central.get("/plan/redigera?version=forslag-2025-b").body)
            var form = try #require(Browser.formFields(in: page, action: "/plan/redigera"))
            let rows = data.frameRows.filter { $0.version == "forslag-2025" }
            let empty = rows.count
            #expect(form["f-count"] == String(rows.count + PlanEditForm.newFrameLines))
            #expect(form["f-\(empty)-year"] == "" && form["f-\(empty)-kind"] == "")
            for (key, value) in [
                ("year", "2025"), ("node", "HS"), ("kind", "satsning"), ("label", "Ny vårdcentral"),
                ("amount", "12 500 000"), ("reference", "RF §60 2024"),
            ] {
                form["f-\(empty)-\(key)"] = value
            }
            form["f-0-remove"] = "on"
            let saved = try await central.post("/plan/redigera?version=forslag-2025-b", form: form)
            #expect(saved.status == .seeOther)
            // The same form again was made on rows that are no longer there: refused, nothing written.
            let before = try await store.contentFingerprint()
            #expect(try await central.post("/plan/redigera?version=forslag-2025-b", form: form).status == .conflict)
            // A wrong line: 422, named, everything typed kept, nothing written.
            let fresh = String(buffer: try await central.get("/plan/redigera?version=forslag-2025-b").body)
            var wrong = try #require(Browser.formFields(in: fresh, action: "/plan/redigera"))
            wrong["f-1-amount"] = "tolv"
            wrong["f-1-percent"] = ""
            let refused = try await central.post("/plan/redigera?version=forslag-2025-b", form: wrong)
            #expect(refused.status == .unprocessableContent)
            #expect(String(buffer: refused.body).contains("Ramar rad 2: beloppet &quot;tolv&quot; är inget belopp"))
            #expect(try await store.contentFingerprint() == before)

            // The version as stored: the source's rows with the new tax rate, the priority added and the first row
            // gone; HS's 2025 frame the source's plus the priority, less the removed row's step if it was HS's 2025.
            let after = try await store.followUpData()
            // The copy took the source's investment plan and finance assumptions with it.
            let investments = data.planInvestments.filter { $0.version == "forslag-2025" }
            #expect(!investments.isEmpty)
            #expect(
                after.planInvestments.filter { $0.version == "forslag-2025-b" }.map(\.amount)
                    == investments.map(\.amount))
            #expect(
                after.planFinance.filter { $0.version == "forslag-2025-b" }.count
                    == data.planFinance.filter { $0.version == "forslag-2025" }.count)
            let b = after.frameRows.filter { $0.version == "forslag-2025-b" }
            #expect(b.count == rows.count)
            #expect(Array(b.dropLast()).map(\.label) == Array(rows.dropFirst()).map(\.label))
            #expect(b.last?.amount == Money(kronor: 12_500_000) && b.last?.reference == "RF §60 2024")
            let plan = try #require(try FramePlan.compute(after, version: "forslag-2025-b", firstYear: 2025)?.get())
            let removed = rows[0]
            let removedStep = try #require(
                source.years[0].frames.first { $0.node == removed.node }?.steps.first {
                    $0.kind == removed.kind && $0.label == removed.label
                })
            let hsBefore = try #require(source.years[0].frames.first { $0.node == "HS" }?.frame)
            let hsAfter = try #require(plan.years[0].frames.first { $0.node == "HS" }?.frame)
            let lost = removed.node == "HS" && removed.year == 2025 ? removedStep.amount : .zero
            #expect(hsAfter == hsBefore + Money(kronor: 12_500_000) - lost)
            // Skatteintäkter: skatteunderlag 2023 × uppräkning 2024 × uppräkning 2025 at the new rate, less the
            // same at the source's rate (the settlements are the same).
            let assumptions = data.taxAssumptions.filter { $0.version == "forslag-2025" }
            let base2023 = try #require(assumptions.first { $0.item == .taxBase && $0.year == 2023 }?.value)
            let uplifts = assumptions.filter { $0.item == .uplift && (2024...2025).contains($0.year) }
            #expect(uplifts.count == 2)
            let base = uplifts.reduce(base2023) { $0 * $1.value }
            let raise = Money.rounding(kronor: base * 1150 / 10000) - Money.rounding(kronor: base * rate2025 / 100)
            #expect(plan.years[0].taxes.taxRevenue - source.years[0].taxes.taxRevenue == raise)

            // Fastställ: the year's original budget is the plan; decided once, and then no longer changed.
            let planPage = String(buffer: try await central.get("/plan?ar=2025&version=forslag-2025-b").body)
            var decide = try #require(Browser.formFields(in: planPage, action: "/plan/faststall"))
            decide["reference"] = "RF §60 2024"
            let decided = try await central.post("/plan/faststall", form: decide)
            #expect(decided.status == .seeOther)
            let final = try await store.followUpData()
            let status = try #require(final.planVersions.first { $0.version == "forslag-2025-b" })
            #expect(status.status == .decided && status.decidedBy == "central" && status.reference == "RF §60 2024")
            let budget2025 = final.budgets.filter { $0.year == 2025 && $0.change == nil && $0.account != nil }
            #expect(budget2025.map(\.amount).sum() == plan.years[0].result)
            #expect(try await central.post("/plan/faststall", form: decide).status == .conflict)
            let frozen = String(buffer: try await central.get("/plan/redigera?version=forslag-2025-b").body)
            #expect(frozen.contains("Beslutad") && Browser.formFields(in: frozen, action: "/plan/redigera") == nil)
            form["stamp"] = PlanVersions.stamp("forslag-2025-b", in: final)
            #expect(try await central.post("/plan/redigera?version=forslag-2025-b", form: form).status == .conflict)
            let actions = try await store.auditTrail(user: "central").map(\.action)
            #expect(actions.filter { $0 == "plan.edit" }.count == 2 && actions.contains("plan.decide"))

            // A committee controller reaches none of it.
            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/plan/redigera?version=forslag-2025").status == .forbidden)
            let csrf = try #require(try await hs.sessionCSRF())
            let theirs = ["csrf": csrf, "fran": "forslag-2025", "namn": "x"]
            #expect(try await hs.post("/plan/ny", form: theirs).status == .forbidden)
            #expect(
                try await hs.post("/plan/faststall", form: ["csrf": csrf, "version": "forslag-2025"]).status
                    == .forbidden)
        }
    }
}
