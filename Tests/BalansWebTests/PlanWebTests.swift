import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Planering in the web application (issue 18, items 1 and 3): a plan version's figures equal to the example's data
/// computed here, the what-if, the comparison of two versions, and the JSON API; central controllers only.
@Suite struct PlanWebTests {
    static func mnkr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .mnkr1) }
    static func mnkr(kronor d: Decimal) -> String { mnkr(Money.rounding(kronor: d)) }

    /// HS's frame 2025 in forslag-2025, from the decided 2024 budget: its regionbidrag (3990), 3 % of its personnel
    /// costs (klass 5), 2 % of its other costs (4000–4999, 6000–7999), the priority 45 000 000 and the saving
    /// −48 000 000 the plan's file names.
    static func hsFrame2025(_ data: FollowUpData) -> Decimal {
        let lines = Set(data.tree(for: 2024).subtree("HS").map(\.code))
        let budget = data.budgets.filter { $0.year == 2024 && $0.change == nil && lines.contains($0.node) }
        func total(_ keep: (Int) -> Bool) -> Decimal {
            budget.filter { keep($0.account ?? 0) }.map(\.amount).sum().kronorDecimal
        }
        let personnel = -total { (5000...5999).contains($0) }
        let other = -total { (4000...4999).contains($0) || (6000...7999).contains($0) }
        // With the capital costs of HS's 2024 equipment (150 mnkr): 150 000 000 / 5 + 2,75 % × 150 000 000.
        return total { $0 == 3990 } + personnel * 3 / 100 + other * 2 / 100 + 45_000_000 - 48_000_000 + 30_000_000
            + 4_125_000
    }

    @Test(arguments: TestBackend.all) func thePageShowsThePlan(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        // The 2024 budget's result: every row of the decided 2024 budget with an account (seed 003: −686 mnkr).
        let result2024 = data.budgets.filter { $0.year == 2024 && $0.change == nil && $0.account != nil }
            .map(\.amount).sum()
        #expect(Self.mnkr(result2024) == "−686,3")
        let hs = Self.hsFrame2025(data)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let menu = String(buffer: try await central.get("/budget?ar=2024").body)
            #expect(menu.contains("<a href=\"/plan\">Planering</a>"))
            let r2024 = try await central.get("/plan?ar=2024&version=budget-2024")
            #expect(r2024.status == .ok)
            let page2024 = String(buffer: r2024.body)
            #expect(page2024.contains("<td class=\"num\">\(Self.mnkr(result2024))</td>"))
            #expect(page2024.contains("uppfylls inte"))
            // The newest version is the default; its HS frame in mnkr in the table, in kronor in the steps.
            let page = String(buffer: try await central.get("/plan").body)
            let option = "<option value=\"forslag-2025\" selected>forslag-2025 (budgetår 2025, förslag)</option>"
            #expect(page.contains(option))
            let hsName = try #require(data.tree(for: 2025).node("HS")?.name)
            #expect(page.contains("<th scope=\"row\">\(hsName)</th>"))
            #expect(page.contains("<td class=\"num\">\(Self.mnkr(kronor: hs))</td></tr>"))
            let hsKronor = HTML.kronor(Money.rounding(kronor: hs)) + " kr"
            #expect(page.contains("<td class=\"num\">\(hsKronor)</td>"))
            #expect(page.contains("Satsning") && page.contains("RS §120 2024"))
            #expect(page.contains("<div class=\"table\" role=\"region\""))
            #expect(!page.contains("Med ändrade antaganden:"))

            // What-if: a tax rate 0,10 higher in 2026 raises 2026's result by skatteunderlag 2026 × 0,10 / 100.
            let plan = try #require(try FramePlan.compute(data, version: "forslag-2025", firstYear: 2025)?.get())
            let raise = plan.years[1].taxes.taxBaseOfYear.kronorDecimal * Decimal(string: "0.10")! / 100
            let whatIf = String(
                buffer: try await central.get("/plan?ar=2025&version=forslag-2025&skattesats-2026=11,50").body)
            #expect(whatIf.contains("Med ändrade antaganden: Skattesats 2026: 11,5 kr per 100 kr"))
            #expect(whatIf.contains("value=\"11,50\""))
            let changedRow = try #require(whatIf.range(of: "Resultatets förändring mot versionen"))
            let after = String(whatIf[changedRow.upperBound...].prefix(400))
            #expect(after.contains("<td class=\"num\">0,0</td><td class=\"num\">\(Self.mnkr(kronor: raise))</td>"))
            #expect(whatIf.contains(Self.mnkr(plan.years[1].result + Money.rounding(kronor: raise))))

            // A wrong number: 422, the field marked, everything typed kept, the version's own result shown.
            let bad = try await central.get(
                "/plan?ar=2025&version=forslag-2025&skattesats-2026=11%2C5x&loneindex-2025=3,5")
            #expect(bad.status == .unprocessableContent)
            let badPage = String(buffer: bad.body)
            #expect(badPage.contains("value=\"11,5x\"") && badPage.contains("value=\"3,5\""))
            #expect(badPage.contains("aria-invalid=\"true\" aria-describedby=\"w-skattesats-2026-fel\""))
            #expect(badPage.contains("Skattesats 2026: ”11,5x” är inget tal från 0 till 100"))
            #expect(!badPage.contains("Med ändrade antaganden:"))

            // The comparison: its differences are the two plans' differences.
            let old = try #require(try FramePlan.compute(data, version: "budget-2024", firstYear: 2024)?.get())
            let compare = String(
                buffer: try await central.get("/plan/jamfor?ar=2025&a=budget-2024&b=forslag-2025").body)
            let oldHS = try #require(old.years[1].frames.first { $0.node == "HS" })
            let newHS = try #require(plan.years[0].frames.first { $0.node == "HS" })
            let cells = [oldHS.frame, newHS.frame, newHS.frame - oldHS.frame].map {
                "<td class=\"num\">\(Self.mnkr($0))</td>"
            }
            #expect(compare.contains(cells.joined()))
            let results = [old.years[1].result, plan.years[0].result, plan.years[0].result - old.years[1].result]
            #expect(compare.contains(results.map { "<td class=\"num\">\(Self.mnkr($0))</td>" }.joined()))
            #expect(!compare.contains(">2024</th>") && compare.contains(">2026") && !compare.contains(">2027"))
            #expect(try await central.get("/plan?version=finns-inte").status == .notFound)
            #expect(try await central.get("/plan?ar=tjugo").status == .notFound)

            for name in ["hs", "lasare"] {
                var other = Browser(client: client)
                try await other.login(name)
                for url in [
                    "/plan?ar=2025&version=forslag-2025", "/plan/jamfor?ar=2025&a=budget-2024&b=forslag-2025",
                    "/api/plan/2025/forslag-2025", "/api/plan/2025/compare?a=budget-2024&b=forslag-2025",
                ] {
                    #expect(try await other.get(url).status == .forbidden, "\(name) \(url)")
                }
            }
        }
    }

    @Test(arguments: TestBackend.all) func theAPIGivesEveryStep(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let plan = try #require(try FramePlan.compute(data, version: "forslag-2025", firstYear: 2025)?.get())
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            func json(_ url: String) async throws -> [String: Any] {
                let r = try await central.get(url)
                #expect(r.status == .ok, "\(url)")
                return try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            }
            func kronor(_ any: Any?) -> Decimal? { (any as? NSNumber).flatMap { Decimal(string: $0.stringValue) } }
            let stored = try await json("/api/plan/2025/forslag-2025")
            let years = try #require(stored["years"] as? [[String: Any]])
            #expect(years.map { $0["year"] as? Int } == [2025, 2026, 2027])
            let frames = try #require(years[0]["frames"] as? [[String: Any]])
            let hs = try #require(frames.first { $0["node"] as? String == "HS" })
            #expect(
                kronor(hs["frame"]).map { Money.rounding(kronor: $0) } == Money.rounding(kronor: Self.hsFrame2025(data))
            )
            let steps = try #require(hs["steps"] as? [[String: Any]])
            #expect(steps.contains { $0["kind"] as? String == "satsning" && kronor($0["amount"]) == 45_000_000 })
            for (y, p) in zip(years, plan.years) {
                #expect(kronor(y["result"]) == p.result.kronorDecimal)
            }
            // What-if through assume: 2026's result rises by skatteunderlag 2026 × 0,10 / 100, the others stay.
            let changed = try await json("/api/plan/2025/forslag-2025?assume=skattesats:2026=11.50")
            let cy = try #require(changed["years"] as? [[String: Any]])
            #expect(changed["assumptions"] as? [String] == ["skattesats:2026=11.5"])
            #expect(kronor(cy[0]["result"]) == kronor(years[0]["result"]))
            #expect(kronor(cy[2]["result"]) == kronor(years[2]["result"]))
            let raise = try #require(kronor(cy[1]["result"])) - (try #require(kronor(years[1]["result"])))
            let expected = plan.years[1].taxes.taxBaseOfYear.kronorDecimal * Decimal(string: "0.10")! / 100
            #expect(abs(raise - expected) <= Decimal(string: "0.01")!)
            #expect(try await central.get("/api/plan/2025/forslag-2025?assume=ränta:2025=2").status == .badRequest)
            #expect(try await central.get("/api/plan/2025/finns-inte").status == .notFound)

            // The comparison: B − A of every figure is the two plans' difference.
            let old = try #require(try FramePlan.compute(data, version: "budget-2024", firstYear: 2024)?.get())
            let c = try await json("/api/plan/2025/compare?a=budget-2024&b=forslag-2025")
            #expect(c["years"] as? [Int] == [2025, 2026])
            let result = try #require(c["result"] as? [[String: Any]])
            for (i, r) in result.enumerated() {
                let a = old.years[i + 1].result
                let b = plan.years[i].result
                #expect(kronor(r["a"]) == a.kronorDecimal && kronor(r["b"]) == b.kronorDecimal)
                #expect(kronor(r["difference"]) == (b - a).kronorDecimal)
            }
            let cf = try #require(c["frames"] as? [[String: Any]])
            for line in cf {
                let node = NodeCode(try #require(line["node"] as? String))
                for (i, f) in (try #require(line["years"] as? [[String: Any]])).enumerated() {
                    let a = old.years[i + 1].frames.first { $0.node == node }?.frame
                    let b = plan.years[i].frames.first { $0.node == node }?.frame
                    #expect(kronor(f["a"]) == a?.kronorDecimal && kronor(f["b"]) == b?.kronorDecimal)
                    if let a, let b { #expect(kronor(f["difference"]) == (b - a).kronorDecimal) }
                }
            }
            #expect(try await central.get("/api/plan/2025/compare?a=budget-2024").status == .badRequest)
        }
    }

    @Test func theWhatIfFormChecksEachField() {
        let w = PlanWhatIf(
            [
                "skattesats-2026": "11,50", "upprakning-2025": " 1.031 ", "loneindex-2027": "3,5,1",
                "prisindex-2025": "",
                "ranta-2025": "2", "upprakning-2026": "12",
            ],
            years: [2025, 2026, 2027])
        #expect(w.overrides.map(\.description) == ["uppräkning:2025=1.031", "skattesats:2026=11.5"])
        #expect(Set(w.problems.keys) == ["loneindex-2027", "upprakning-2026"])
        #expect(w.typed["ranta-2025"] == nil && w.typed["loneindex-2027"] == "3,5,1")
        #expect(PlanWhatIf.number("−0,5") == Decimal(string: "-0.5") && PlanWhatIf.number("1e3") == nil)
        #expect(PlanWhatIf.number(".5") == nil && PlanWhatIf.number("٣") == nil)
    }
}
