import BalansCore
import BalansTestSupport
import Testing

@testable import BalansWeb

/// `Page` builds every address the application links to and parses every one it serves
/// (issue 14): each page built parses back to itself, whatever its node code holds.
@Suite struct PageTests {
    /// Codes with what a path segment or query value cannot carry as it is.
    static let codes = ["HS", "HS-SOM", "Hälsa och sjukvård", "A/B", "å", "50%", "a?b&c=d#e", "+ ~._"]

    static func pages(_ text: String) -> [Page] {
        let code = NodeCode(text)
        let p = Period(year: 2024, month: 4)
        var pages: [Page] = [
            .login, .logout, .organisation, .audit(), .metrics, .dashboard(period: nil), .dashboard(period: p),
            .reports(period: p),
            .committee(code, period: p), .committee(code, period: p, message: "Prognosen är sparad & klar."),
            .committee(code, period: nil), .forecastForm(code, period: p), .followUp(code, period: p),
            .followUp(code, period: p, message: "Ändringen är godkänd."), .line(code, period: p),
            .account(code, account: 5010, period: p), .voucher(id: 175),
            .account(code, account: 5010, period: p, listing: RowListing(sort: .amount, descending: true, page: 3)),
            .account(code, account: 5010, period: nil, listing: RowListing(sort: .date), format: "xlsx"),
            .voucher(id: 175, from: DrillDownPlace(line: code, account: 5010, period: p)),
            .voucher(
                id: 175, from: DrillDownPlace(line: code, account: 5010, period: p, listing: RowListing(page: 2))),
            .changeDecision(id: 7, .approve, period: p, committee: code),
            .changeDecision(id: 7, .return, period: nil, committee: nil),
            .report(kind: "ur1", period: "2024-04", format: "html"),
            .report(kind: "namnd", period: "2024-04", format: "csv", frozen: true, node: code),
            .report(kind: text, period: nil, format: nil),
            .api(.openAPI), .api(.ratios(period: p, node: code)), .api(.report(kind: "namnd", period: p, node: code)),
            .api(.forecast(code, period: p)), .api(.changes(code, period: p)), .api(.changeStep(id: 3, approve: false)),
        ]
        pages += [
            .audit(.init(user: text, action: "forecast.save", from: "2024-05-01", to: "2024-05-31")),
            .audit(.init(user: "", action: "", from: "", to: "")), .users(),
            .users(message: "Användaren är tillagd."),
            .user(text), .user(text, message: "Klart & sparat."), .password(), .password(message: "Bytt."),
            .api(.users), .api(.user(text)), .api(.published), .api(.publish(kind: "ur1", period: p, node: code)),
            .api(.publish(kind: "manad", period: nil, node: nil)), .api(.forecastTemplate(code, period: p, save: 3)),
            .api(.users), .api(.user(text)), .budgetTemplate(year: 2024), .budgetTemplate(year: nil),
            .api(.budgetTemplate(year: 2024)), .plan(year: nil, version: nil), .plan(year: 2025, version: text),
            .plan(year: 2025, version: "forslag-2025", assume: ["skattesats-2026": "11,50", "loneindex-2025": text]),
            .planCompare(year: 2025, a: text, b: "forslag-2025"), .planCompare(year: nil, a: nil, b: nil),
            .api(.plan(year: 2025, version: text)), .api(.planCompare(year: 2025, a: text, b: "b")),
            .api(.planCompare(year: 2024, a: nil, b: nil)), .planEdit(version: text, message: text),
            .planEdit(version: nil), .planNew, .planDecide, .plan(year: 2025, version: "v", message: text),
        ]
        pages += Page.UserAction.allCases.map { .userChange(text, $0) }
        pages += Page.Decision.allCases.map { .forecastDecision(code, $0, period: p) }
        pages += Page.ChapterPage.allCases.map { .chapters($0, period: p) }
        pages += Page.ForecastStep.allCases.map { .api(.forecastStep(code, $0, period: p)) }
        return pages
    }

    @Test(arguments: codes) func everyPageRoundTrips(_ code: String) {
        for page in Self.pages(code) {
            #expect(Page(url: page.url) == page, "\(page.url)")
        }
    }

    /// The addresses are the ones the pages have always had (the web snapshots hold them too).
    @Test func theAddressesAreTheRouterOnes() {
        let p = Period(year: 2024, month: 4)
        #expect(
            Page.plan(year: 2025, version: "forslag-2025", assume: ["upprakning-2026": "1,04", "prisindex-2025": ""])
                .url == "/plan?ar=2025&version=forslag-2025&upprakning-2026=1%2C04")
        #expect(Page.planCompare(year: 2025, a: "x", b: "y").url == "/plan/jamfor?ar=2025&a=x&b=y")
        #expect(Page.api(.plan(year: 2025, version: "forslag-2025")).url == "/api/plan/2025/forslag-2025")
        // A query key the page does not take is dropped, as every page does.
        #expect(Page(url: "/plan?ar=2025&ranta-2025=3") == .plan(year: 2025, version: nil))
        #expect(Page.dashboard(period: nil).url == "/")
        #expect(Page.line("HS-SOM", period: p).url == "/rad/HS-SOM?period=2024-04")
        #expect(Page.account("A/B å", account: 5010, period: p).url == "/rad/A%2FB%20%C3%A5/konto/5010?period=2024-04")
        #expect(
            Page.committee("HS", period: p, message: "Klar & godkänd.").url
                == "/namnd/HS?period=2024-04&meddelande=Klar%20%26%20godk%C3%A4nd.")
        #expect(
            Page.report(kind: "ur1", period: "2024-04", format: "pdf", frozen: true, node: "HS").url
                == "/rapporter/ur1?period=2024-04&format=pdf&frozen=1&org=HS")
        #expect(
            Page.account("HS", account: 6990, period: p, listing: RowListing(sort: .amount, descending: true, page: 2))
                .url == "/rad/HS/konto/6990?period=2024-04&sortera=belopp&ordning=fallande&sida=2")
        #expect(
            Page.voucher(
                id: 9, from: DrillDownPlace(line: "HS", account: 6990, period: p, listing: RowListing(page: 2))
            )
            .url == "/verifikation/9?rad=HS&konto=6990&period=2024-04&sida=2")
        #expect(
            Page.changeDecision(id: 4, .return, period: p, committee: "HS").url
                == "/andring/4/returnera?period=2024-04&namnd=HS")
    }

    /// What the application does not serve does not parse.
    @Test func unknownAndMalformedAddressesDoNotParse() {
        for url in [
            "", "rad/HS", "/finns-inte", "/rad/HS/konto/x", "/rad/%G1", "/namnd/HS?period=2024-13",
            "/namnd/HS/prognos/ja", "/verifikation/abc", "/api/nope", "/api/changes/1/maybe",
        ] {
            #expect(Page(url: url) == nil, "\(url)")
        }
        // An escaped segment is the same page as the plain one.
        #expect(Page(url: "/rad/HS%2DSOM") == .line("HS-SOM", period: nil))
    }

    /// Every route the router serves is an address `Page` parses (its captures filled with
    /// sample values), and builds again.
    @Test func everyRouteOfTheRouterIsAPage() async throws {
        let router = await WebApp(store: try TestBackend.sqlite.store(), secureCookies: false).router()
        let samples = [
            "{code}": "HS-SOM", "{id}": "7", "{account}": "5010", "{kind}": "ur1", "{name}": "anna",
            "{year}": "2024", "{version}": "forslag-2025",
        ]
        #expect(router.routes.count >= 25)
        for route in router.routes {
            var path = route.path.description
            for (capture, value) in samples { path = path.replacingOccurrences(of: capture, with: value) }
            #expect(Page(url: path)?.url == path, "\(route)")
        }
    }
}
