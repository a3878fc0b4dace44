import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Forecast entry that helps (issue 17, item 3): amounts in tkr or mnkr (remembered, stored exactly), the figures
/// beside each field, proposals by a named method, a bad field marked with everything typed kept, a unit slip
/// warned of and saved only when confirmed.
@Suite struct ForecastEntryTests {
    @Test func amountsInAUnitAreReadExactly() throws {
        #expect(try Money.parsing("−830,5", orePerUnit: 100_000_000).get() == Money(ore: -83_050_000_000))
        #expect(try Money.parsing("1 234,56789", orePerUnit: 100_000).get() == Money(ore: 123_456_789))
        #expect(try Money.parsing("12", orePerUnit: 100_000).get() == Money(kronor: 12_000))
        #expect(throws: Money.ParseError.notAnAmount) { try Money.parsing("1,123456", orePerUnit: 100_000).get() }
        #expect(throws: Money.ParseError.tooLarge) { try Money.parsing("1 000 000 001", orePerUnit: 100_000).get() }
        #expect(try Money.parsing("1 000 000 000", orePerUnit: 100_000).get() == Money.largestInput)
    }

    /// The proposals from the example's ledger and budget, recomputed here from the ledger cells and budget rows.
    @Test(arguments: TestBackend.all) func theProposalsFollowTheirMethods(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let p = try #require(Period("2024-04"))
        let entries = ForecastEntry.rows(data, period: p, committee: "HS")
        let figures = ForecastEntry.figures(data, period: p, committee: "HS")
        let tree = data.tree(for: 2024)
        for (e, f) in zip(entries, figures) where e.account != nil {
            let ansvar = Set(tree.node(e.node)?.ansvar ?? [])
            let cells = (data.ledgers[2024]?.cells ?? []).filter {
                $0.month <= 4 && $0.account == e.account && ansvar.contains($0.ansvar)
            }
            let outcome = Money.zero - cells.map(\.amount).sum()
            #expect(f.outcome == outcome, "\(e.node) \(e.account ?? 0)")
            let budget = data.budgets(at: p).filter { $0.node == e.node && $0.account == e.account }
            let toDate = budget.flatMap { $0.monthly.prefix(4) }.sum()
            #expect(f.proposal(.budgetRest) == outcome + budget.map(\.amount).sum() - toDate)
        }
        #expect(figures.contains { $0.outcome != .zero })
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let page = String(buffer: try await hs.get("/namnd/HS/prognos?period=2024-04&forslag=budget").body)
            #expect(page.contains("metoden utfall hittills + återstående periodiserad budget"))
            let first = try #require(figures[0].proposal(.budgetRest))
            #expect(page.contains("name=\"amount_0\" value=\"\(EntryUnit.tkr.format(first))\""))
            // The unit is remembered: mnkr once chosen, mnkr the next time.
            _ = try await hs.get("/namnd/HS/prognos?period=2024-04&enhet=mnkr")
            let again = String(buffer: try await hs.get("/namnd/HS/prognos?period=2024-04").body)
            #expect(again.contains("Belopp i <strong>mnkr</strong>"))
            #expect(again.contains("value=\"\(EntryUnit.mnkr.format(entries[0].forecast))\""))
        }
        #expect(try await store.userSetting(user: "hs", key: EntryUnit.settingKey) == "mnkr")
    }

    @Test(arguments: TestBackend.all) func aBadFieldKeepsWhatWasTyped(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let p = try #require(Period("2024-04"))
        let entries = ForecastEntry.rows(data, period: p, committee: "HS")
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let page = String(buffer: try await hs.get("/namnd/HS/prognos?period=2024-04").body)
            var form = ["csrf": try #require(Browser.csrf(in: page)), "version": "0", "unit": "tkr"]
            for (i, e) in entries.enumerated() {
                form["amount_\(i)"] = EntryUnit.tkr.format(e.forecast)
                form["shown_\(i)"] = EntryUnit.tkr.format(e.forecast)
                form["exact_\(i)"] = String(e.forecast.ore)
            }
            form["amount_1"] = "4 123 456,5"
            form["amount_2"] = "tre miljoner"
            form["comment_1"] = "Skrivet före felet"
            let bad = try await hs.post("/namnd/HS/prognos?period=2024-04", form: form)
            let body = String(buffer: bad.body)
            #expect(bad.status == .unprocessableContent)
            #expect(body.contains("value=\"4 123 456,5\"") && body.contains("value=\"tre miljoner\""))
            #expect(body.contains("Skrivet före felet") && body.contains("aria-invalid=\"true\""))
            #expect(body.contains("&quot;tre miljoner&quot; är inte ett belopp i tkr"))
            #expect(try await store.forecastState(period: p, node: "HS").version == 0)
            // −830 typed in tkr where the budget is hundreds of millions: a unit slip, not saved unconfirmed.
            let big = try #require(
                entries.indices.filter { $0 > 2 }.max {
                    entries[$0].budget.ore.magnitude < entries[$1].budget.ore.magnitude
                })
            form["amount_2"] = EntryUnit.tkr.format(entries[2].forecast)
            form["amount_\(big)"] = EntryUnit.mnkr.format(entries[big].budget)
            let slip = try await hs.post("/namnd/HS/prognos?period=2024-04", form: form)
            #expect(slip.status == .unprocessableContent)
            #expect(String(buffer: slip.body).contains("Omkring 1 000 gånger fel mot budgeten"))
            #expect(try await store.forecastState(period: p, node: "HS").version == 0)
            form["amount_\(big)"] = EntryUnit.tkr.format(entries[big].forecast)
            form["confirm"] = "on"
            #expect(try await hs.post("/namnd/HS/prognos?period=2024-04", form: form).status == .seeOther)
        }
        // Saved exactly: the untouched fields to the öre, the typed one as typed in tkr.
        let saved = try await store.followUpData().forecasts.filter { $0.period == p && $0.status == .draft }
        for (i, e) in entries.enumerated() where i != 1 {
            let rows = saved.filter { $0.node == e.node && $0.account == e.account }
            #expect(rows.map(\.amount).sum() == e.forecast, "\(i)")
        }
        let typed = saved.filter { $0.node == entries[1].node && $0.account == entries[1].account }
        #expect(typed.map(\.amount).sum() == Money(ore: 412_345_650_000), "\(typed) \(entries[1])")
    }
}
