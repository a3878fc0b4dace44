import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Reports are built, rendered and printed once per data version (issue 19, goal 5): the staff
/// page built the region's whole report for every request (p99 1,77 s at 200 connections).
@Suite struct ReportCacheTests {
    /// A printer that counts its printings and, until `open()`, holds them (as a slow Chromium would).
    actor CountingPrinter {
        var printed: [Report] = []
        var gate: [CheckedContinuation<Void, Never>] = []
        var held = true

        func print(_ report: Report) async -> Data {
            printed.append(report)
            if held { await withCheckedContinuation { gate.append($0) } }
            return Data("%PDF-test \(report.title) \(printed.count)".utf8)
        }

        func open() {
            held = false
            for waiting in gate { waiting.resume() }
            gate = []
        }

        var waiting: Int { gate.count }
    }

    static let pdf = "/rapporter/ur1?period=2024-04&format=pdf"

    @Test(arguments: TestBackend.all) func aPDFIsPrintedOncePerDataVersion(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let printer = CountingPrinter()
        var web = WebApp(store: store, secureCookies: false)
        web.printer = ReportPrinter { await printer.print($0) }
        try await Application(router: web.router()).test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let headers = central.cookieHeader
            // Two requests for the same PDF while it prints: one printing, both answered with it.
            async let first = client.execute(uri: Self.pdf, method: .get, headers: headers, body: nil)
            async let second = client.execute(uri: Self.pdf, method: .get, headers: headers, body: nil)
            while await printer.waiting == 0 { try await Task.sleep(for: .milliseconds(5)) }
            // Printing holds no other request: the staff page and the report's HTML answer meanwhile.
            #expect(try await central.get("/personal?period=2024-04").status == .ok)
            #expect(try await central.get("/rapporter/ur1?period=2024-04&format=html").status == .ok)
            #expect(await printer.printed.count == 1)
            await printer.open()
            let (a, b) = try await (first, second)
            #expect(a.status == .ok && b.status == .ok)
            #expect(a.headers[.contentType] == "application/pdf")
            #expect(String(buffer: a.body) == String(buffer: b.body))
            // A third request is served from the cache.
            #expect(String(buffer: try await central.get(Self.pdf).body) == String(buffer: a.body))
            #expect(await printer.printed.count == 1)
            let data = try await store.followUpData()
            let expected = try ReportBuilder.build(.ur1, data: data, period: Period(year: 2024, month: 4)!, node: nil)
            #expect(await printer.printed.first == expected)

            // The data changes (a budget change through the page): the next request prints the new report.
            try await Self.moveBudget(&central)
            let again = try await central.get(Self.pdf)
            #expect(again.status == .ok)
            #expect(await printer.printed.count == 2)
            let changed = try ReportBuilder.build(
                .ur1, data: try await store.followUpData(), period: Period(year: 2024, month: 4)!, node: nil)
            #expect(changed != expected)
            #expect(await printer.printed.last == changed)
        }
    }

    /// Every download and the chapters' pages are what the report built from the store's data
    /// gives, before and after the data changed.
    @Test(arguments: TestBackend.all) func cachedDownloadsFollowTheData(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let web = WebApp(store: store, secureCookies: false)
        let p = Period(year: 2024, month: 4)!
        try await Application(router: web.router()).test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            for round in 0..<2 {
                let report = try ReportBuilder.build(.ur1, data: try await store.followUpData(), period: p, node: nil)
                for _ in 0..<2 {
                    let md = try await central.get("/rapporter/ur1?period=2024-04&format=md")
                    #expect(String(buffer: md.body) == MarkdownRenderer.render(report), "round \(round)")
                    let json = try await central.get("/rapporter/ur1?period=2024-04&format=json")
                    #expect(String(buffer: json.body) == JSONReportRenderer.render(report), "round \(round)")
                    let xlsx = try await central.get("/rapporter/ur1?period=2024-04&format=xlsx")
                    #expect(Data(buffer: xlsx.body) == (try XLSXWriter.render(report)), "round \(round)")
                    #expect(
                        xlsx.headers[.contentDisposition] == "attachment; filename=\"ur1-2024-04.xlsx\"")
                    let staff = String(buffer: try await central.get("/personal?period=2024-04").body)
                    #expect(staff.contains(ChaptersView(report, ids: Page.ChapterPage.staff.chapterIDs).rendered()))
                }
                if round == 0 { try await Self.moveBudget(&central) }
            }
        }
    }

    /// 5 mnkr moved from Somatisk vård to Ambulans in March 2024 (`BudgetChangeWebTests`).
    static func moveBudget(_ central: inout Browser) async throws {
        let page = String(buffer: try await central.get("/budget?ar=2024").body)
        let csrf = try #require(Browser.csrf(in: page))
        let form = [
            "csrf": csrf, "date": "2024-03-15", "kind": "omdisposition", "reference": "RS §80",
            "node_0": "HS-SOM", "amount_0": "-5000000", "node_1": "ADH-AMB", "amount_1": "5000000",
        ]
        #expect(try await central.post("/budget/andring?ar=2024", form: form).status == .seeOther)
    }
}

/// The per-version values of `DataCache`.
@Suite struct DataCacheMemoTests {
    actor Counter {
        var n = 0
        func next() -> Int {
            n += 1
            return n
        }
    }

    /// Holds a computation until opened.
    actor Gate {
        var waiting: CheckedContinuation<Void, Never>?
        var isWaiting: Bool { waiting != nil }
        func wait() async { await withCheckedContinuation { waiting = $0 } }
        func open() { waiting?.resume() }
    }

    @Test func aValueIsComputedOnceAndAgainWhenTheDataChanges() async throws {
        let version = Counter()
        let computed = Counter()
        let data = FollowUpData(
            organisationName: "R", nodes: [], mapping: AccountMapping(rules: []), ledgers: [:], budgets: [],
            forecasts: [], figures: [], investments: [])
        let cache = DataCache(load: { (await version.n, data) }, version: { await version.n })
        // Twenty requests at once for one value: computed once.
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.memo("k", size: .small) { _ in
                        try await Task.sleep(for: .milliseconds(50))
                        return await computed.next()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values == Array(repeating: 1, count: 20))
        // Another value is not held up by one being computed: the slow one waits until the fast one is answered.
        let gate = Gate()
        async let slow = cache.memo("slow", size: .small) { _ in
            await gate.wait()
            return -1
        }
        while await !gate.isWaiting { try await Task.sleep(for: .milliseconds(5)) }
        #expect(try await cache.memo("fast", size: .small) { _ in 7 } == 7)
        await gate.open()
        #expect(try await slow == -1)
        // The data changes: computed again.
        _ = await version.next()
        #expect(try await cache.memo("k", size: .small) { _ in await computed.next() } == 2)
        await cache.invalidate()
        #expect(try await cache.memo("k", size: .small) { _ in await computed.next() } == 3)
    }
}
