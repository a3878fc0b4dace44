import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Publishing from the web (issue 17, item 5): the central controller sees the figures a text quotes that the data
/// no longer give, fastställer the report, and later sees what today's data would change; a reader finds it by
/// year, title and kind, in Swedish time, as HTML, PDF and xlsx.
@Suite struct PublishTests {
    @Test func quotedFiguresAreFoundInTheirUnits() {
        let quotes = StaleFigures.quotes(
            in: "Underskottet är 175 mnkr; kostnaderna −1 199 035 tkr, i år 85,1 miljoner kronor mer.")
        #expect(quotes.map { $0.text } == ["175 mnkr", "1 199 035 tkr", "85,1 miljoner kronor"])
        #expect(quotes.map { $0.digits } == [175, 1_199_035, 851])
        #expect(quotes.map { $0.orePerDigit } == [100_000_000, 100_000, 10_000_000])
        #expect(StaleFigures.quotes(in: "12,5 mnkr och 2904 mnkr").map { $0.digits } == [125, 2904])
    }

    @Test(arguments: TestBackend.all) func centralPublishesAndSeesWhatChanged(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let p = try #require(Period("2024-04"))
        // A text quoting a figure the data do not give (the region's result is no 999 mnkr), and one that does.
        let data = try await store.followUpData()
        let report = try ReportBuilder.build(.ur1, data: data, period: p, node: nil)
        let given = try #require(
            report.allBlocks.lazy.compactMap { block -> Int64? in
                guard case .table(let t) = block else { return nil }
                return t.rows.lazy.flatMap(\.cells).compactMap { cell -> Int64? in
                    if case .amount(let ore) = cell, ore.magnitude >= 1_000_000_000 { return ore } else { return nil }
                }.first
            }.first)
        let mnkr = SwedishNumberFormat.amount(Int64(clamping: given.magnitude), unit: .mnkr)
        let text = "Resultatet är 999 999 mnkr; en rad visar \(mnkr) mnkr."
        _ = try await store.importTexts(
            [Located(line: 2, value: ReportText(period: p, node: "RH", section: .economyAssessment, text: text))],
            file: "texts.csv", hash: "t")
        let web = WebApp(store: store, secureCookies: false)
        let app = Application(router: web.router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let list = String(buffer: try await central.get("/rapporter?period=2024-04").body)
            #expect(list.contains("/rapporter/ur1/publicera?period=2024-04"))
            let page = String(buffer: try await central.get("/rapporter/ur1/publicera?period=2024-04").body)
            #expect(page.contains("economy_assessment RH: 999 999 mnkr") && !page.contains("RH: \(mnkr) mnkr"))
            #expect(page.contains("Fastställ rapporten"))
            let csrf = try #require(Browser.csrf(in: page))
            let done = try await central.post("/rapporter/ur1/publicera?period=2024-04", form: ["csrf": csrf])
            #expect(done.status == .seeOther)
            let after = String(buffer: try await central.get(done.headers[.location] ?? "").body)
            #expect(after.contains("Rapporten är fastställd") && after.contains("Inga skillnader mot dagens data"))
            #expect(after.contains("Underlaget är oförändrat"))
            // Freezing again is refused: a published report is never replaced.
            #expect(
                try await central.post("/rapporter/ur1/publicera?period=2024-04", form: ["csrf": csrf]).status
                    != .seeOther)

            // The data move: an approved forecast 100 mnkr lower for HS's first line.
            let entries = ForecastEntry.rows(try await store.followUpData(), period: p, committee: "HS")
            var rows = entries.map {
                ForecastRow(period: p, node: $0.node, account: $0.account, amount: $0.forecast, status: .draft)
            }
            rows[0].amount = rows[0].amount - Money(kronor: 100_000_000)
            let v = try await store.saveForecast(period: p, committee: "HS", rows: rows, expectedVersion: 0, user: "hs")
            let s = try await store.transitionForecast(
                period: p, committee: "HS", to: .submitted, expectedVersion: v, comment: "", user: "hs")
            _ = try await store.transitionForecast(
                period: p, committee: "HS", to: .approved, expectedVersion: s, comment: "", user: "central")
            // Written past the web application (as another process would): its snapshot is read anew.
            await web.cache.invalidate()
            let changed = String(buffer: try await central.get("/rapporter/ur1/publicera?period=2024-04").body)
            #expect(changed.contains("Underlaget är ändrat") && !changed.contains("Inga skillnader"))

            var reader = Browser(client: client)
            try await reader.login("lasare")
            let published = String(buffer: try await reader.get("/rapporter").body)
            #expect(published.contains("<h3>2024</h3>") && published.contains("<strong>\(report.title)</strong>"))
            #expect(
                published.contains("format=pdf") && published.contains("format=xlsx")
                    && !published.contains("format=csv"))
            #expect(!published.contains("publicera"))
            let html = try await reader.get("/rapporter/ur1?period=2024-04&format=html&frozen=1")
            #expect(html.status == .ok)
            #expect(try await reader.get("/rapporter/ur1/publicera?period=2024-04").status == .forbidden)
        }
        #expect(try await store.frozenReport(kind: "ur1", period: "2024-04", node: "") != nil)
        #expect(try await store.auditTrail().contains { $0.action == "report.freeze" && $0.user == "central" })
    }
}
