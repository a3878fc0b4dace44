import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The overview as a controller reads it and every page on a phone and on paper (issue 17, items 6 and 9), on
/// both backends: lights with words, negative figures marked, the months per committee, the change since the
/// previous forecast, the period selector, the skip link, tables that scroll and a label on every field.
@Suite struct DashboardTests {
    func withApp(_ backend: TestBackend, _ body: @Sendable (inout Browser, Store) async throws -> Void) async throws {
        let store = try await WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var browser = Browser(client: client)
            try await body(&browser, store)
        }
    }

    /// The table row of `name` (from its header cell to the row's end).
    func row(_ html: String, _ name: String, from start: String = "") throws -> String {
        let after = start.isEmpty ? html.startIndex : try #require(html.range(of: start)).upperBound
        let at = try #require(html.range(of: ">\(name)</a></th>", range: after..<html.endIndex))
        let end = try #require(html.range(of: "</tr>", range: at.upperBound..<html.endIndex))
        return String(html[at.lowerBound..<end.lowerBound])
    }

    @Test(arguments: TestBackend.all) func theOverviewAsAControllerReadsIt(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, store in
            try await b.login("central")
            let html = String(buffer: try await b.get("/?period=2024-04").body)
            let data = try await store.followUpData()
            let p = Period(year: 2024, month: 4)!
            let op = OperatingStatement.compute(data, period: p)
            // Seed 003 2.5.1: Hallands sjukhus −175 mnkr, beyond the 20 mnkr threshold: red, in words too, marked.
            let hs = try row(html, "Driftnämnden Hallands sjukhus", from: "h-namnder")
            #expect(hs.contains("<span class=\"light red\">Röd: stort underskott</span>"))
            #expect(hs.contains("<td class=\"num neg\">−175,0</td>"))
            // Nämnden för Sjukhusvård +5 (seed 003): green, not marked.
            let surplus = try #require(op.row("NSV"))
            let nsv = try row(html, surplus.name, from: "h-namnder")
            #expect(nsv.contains("light green") && nsv.contains("<td class=\"num\">5,"))
            #expect(html.contains("minst 20\u{A0}mnkr (organisationens gräns för större avvikelser)"))
            // The financial goals with their lights.
            #expect(html.contains("<caption>Finansiella mål 2024</caption>"))
            #expect(html.contains("Självfinansieringsgrad av investeringarna") && html.contains("minst 2\u{A0}%"))
            // The change since the previous forecast, under the previous period's name.
            let previous = op.previousForecastPeriod.map { ReportLabelsWeb.longSpan($0) } ?? "–"
            #expect(html.contains("Förändring sedan föregående prognos (\(previous))"))
            // Months January–April, each committee's figures summed from the ledger's cells.
            #expect(html.contains("<caption>Utfall per månad och nämnd 2024 (mnkr)</caption>"))
            #expect(html.contains("<th scope=\"col\" class=\"num\">apr</th>") && !html.contains(">maj</th>"))
            let tree = data.tree(for: 2024)
            let ansvar = Set(tree.subtree("HS").flatMap(\.ansvar))
            let cells = try #require(data.ledgers[2024]).cells.filter {
                ansvar.contains($0.ansvar) && AccountMapping.isResultAccount($0.account)
            }
            let months = (1...4).map { m in cells.filter { $0.month == m }.map { -$0.amount }.sum() }
            let monthly = try row(html, "Driftnämnden Hallands sjukhus", from: "h-manad")
            #expect(monthly.contains(months.map { "<td class=\"num\">\(HTML.mnkr($0))</td>" }.joined()))
            let accumulated = try row(html, "Driftnämnden Hallands sjukhus", from: "Ackumulerat utfall per nämnd")
            #expect(accumulated.contains("<td class=\"num\">\(HTML.mnkr(months.sum()))</td>"))
            #expect(accumulated.contains("<svg class=\"spark\""))
            // Another period: March's months only.
            let march = String(buffer: try await b.get("/?period=2024-03").body)
            #expect(march.contains(">mar</th>") && !march.contains(">apr</th>"))
        }
    }

    @Test(arguments: TestBackend.all) func everyPageWithAPeriodOffersTheOthers(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, store in
            try await b.login("central")
            let committee = String(buffer: try await b.get("/namnd/HS?period=2024-03&meddelande=Sparad").body)
            #expect(committee.contains("<form class=\"periods\" method=\"get\" action=\"/namnd/HS\">"))
            #expect(committee.contains("<label for=\"period-val\">Period</label>"))
            #expect(committee.contains("<option value=\"2024-03\" selected>januari–mars 2024</option>"))
            #expect(
                committee.contains("<option value=\"2024-04\">") && committee.contains("<option value=\"2017-07\">"))
            #expect(!committee.contains("<option value=\"2024-05\">"))
            #expect(committee.contains("<button type=\"submit\" class=\"secondary\">Visa</button>"))
            // Every month of every ledger, and only those.
            let count = try await store.followUpData().ledgers.values.map(\.lastMonth).reduce(0, +)
            #expect(committee.components(separatedBy: "<option value=\"").count - 1 == count)
            // The form's GET is the same page at the other period.
            let february = String(buffer: try await b.get("/namnd/HS?period=2024-02").body)
            #expect(february.contains("<option value=\"2024-02\" selected>") && february.contains("januari–februari"))
            // A drill-down keeps its order, starts from its first page.
            let rows = String(
                buffer: try await b.get("/rad/HS-SOM/konto/6990?period=2024-04&sortera=belopp&ordning=fallande&sida=2")
                    .body)
            #expect(rows.contains("action=\"/rad/HS-SOM/konto/6990\""))
            #expect(rows.contains("<input type=\"hidden\" name=\"sortera\" value=\"belopp\">"))
            #expect(rows.contains("<input type=\"hidden\" name=\"ordning\" value=\"fallande\">"))
            #expect(!rows.contains("name=\"sida\""))
            // The dashboard without a period chooses the newest.
            #expect(String(buffer: try await b.get("/").body).contains("<option value=\"2024-04\" selected>"))
            // Pages without a period have no selector.
            for uri in ["/granskning", "/budget?ar=2024", "/aviseringar"] {
                #expect(!String(buffer: try await b.get(uri).body).contains("class=\"periods\""), "\(uri)")
            }
        }
    }

    /// Item 9: the skip link first, every table in a scrolling region, every field labelled for a screen reader.
    @Test(arguments: TestBackend.all) func everyPageOnAPhoneAndOnPaper(_ backend: TestBackend) async throws {
        try await withApp(backend) { b, _ in
            let login = String(buffer: try await b.get("/login").body)
            try Self.checkPage(login, "/login")
            try await b.login("central")
            for uri in [
                "/", "/namnd/HS?period=2024-04",
                "/namnd/HS/uppfoljning?period=2024-04", "/namnd/HS/prognos/granska?period=2024-04",
                "/status?period=2024-04", "/budget?ar=2024", "/rad/HS-SOM?period=2024-04",
                "/rad/HS-SOM/konto/5010?period=2024-04", "/granskning", "/aviseringar", "/rapporter",
                "/personal?period=2024-04", "/investeringar?period=2024-04",
            ] {
                let r = try await b.get(uri)
                #expect(r.status == .ok, "\(uri)")
                try Self.checkPage(String(buffer: r.body), uri)
            }
            // The forecast form is the committee controller's.
            try await b.login("hs")
            let form = try await b.get("/namnd/HS/prognos?period=2024-04")
            #expect(form.status == .ok)
            try Self.checkPage(String(buffer: form.body), "/namnd/HS/prognos")
        }
    }

    static func checkPage(_ html: String, _ uri: String) throws {
        #expect(html.contains("<body><a class=\"skip\" href=\"#innehall\">Hoppa till innehållet</a>"), "\(uri)")
        #expect(html.contains("<main id=\"innehall\""), "\(uri)")
        #expect(html.contains("@media print{"), "\(uri)")
        let tables = html.components(separatedBy: "<table").count - 1
        let wrapped =
            html.components(separatedBy: "<div class=\"table\" role=\"region\" aria-label=\"").count - 1
            + html.components(separatedBy: "<div class=\"table-wrap").count - 1
        #expect(tables == wrapped, "\(uri): \(tables) tables, \(wrapped) wrapped")
        let field = try Regex(#"<(input|select|textarea)\b[^>]*>"#)
        for match in html.matches(of: field) {
            let tag = String(html[match.range])
            if tag.contains("type=\"hidden\"") { continue }
            let labelled = tag.contains("aria-label=\"") || tag.contains("aria-labelledby=\"")
            let id = tag.firstMatch(of: try Regex(#"id="([^"]+)""#)).map { String($0.output[1].substring ?? "") }
            let forLabel = id.map { html.contains("<label for=\"\($0)\">") } ?? false
            #expect(labelled || forLabel, "\(uri): \(tag) has no label")
        }
    }
}
