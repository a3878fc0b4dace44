import BalansCore
import BalansReport
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// The plan page's investments, capital costs, projected balance sheet, cash flow and self-financing (issue 18,
/// items 5 and 6) on both backends: budget-2024's figures worked out here from the example's data.
@Suite struct PlanFinanceWebTests {
    static func mnkr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .mnkr1) }

    @Test(arguments: TestBackend.all) func thePlanPageShowsTheInvestmentsAndTheBalanceSheet(_ backend: TestBackend)
        async throws
    {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let sheet = try #require(BalanceSheet.at(data, year: 2023, month: 12))
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            let page = String(buffer: try await central.get("/plan?ar=2024&version=budget-2024").body)
            #expect(page.contains("<h2 id=\"investeringar\">Investeringar, balansräkning och kassaflöde</h2>"))
            // Invested: 983 mnkr in 2024 (seed 003 3.4's Mål och budget).
            #expect(page.contains("<td class=\"num\">983,0</td>"))
            // The opening balance sheet is the ledger's at 31 December 2023; 2024 adds the result −686 300 000 to
            // equity and 983 000 000 − 474 950 000 to the fixed assets.
            #expect(page.contains("Ingående 2023-12"))
            #expect(page.contains("<td class=\"num\">\(Self.mnkr(sheet.totalAssets))</td>"))
            let equity = sheet.totalEquity + Money(kronor: -686_300_000)
            #expect(page.contains("<td class=\"num\">\(Self.mnkr(equity))</td>"))
            let fixed = sheet[.fixedAssets] + Money(kronor: 983_000_000 - 474_950_000)
            #expect(page.contains("<td class=\"num\">\(Self.mnkr(fixed))</td>"))
            // Self-financing 2024: (−686 300 000 + 474 950 000) / 983 000 000 = −21,5 %, shown whole: −22 %.
            let ratio = Decimal(-686_300_000 + 474_950_000) * 100 / Decimal(983_000_000)
            let shown = SwedishNumberFormat.percent(ratio, decimals: 0)
            #expect(shown.hasPrefix("−22"))
            let goal = SwedishNumberFormat.percent(100, decimals: 0)
            #expect(page.contains("Självfinansieringsgrad 2024: \(shown), mål minst \(goal)"))
            #expect(page.contains("uppfylls inte"))
            // The 2025 capital costs of the 2024 investments: 92 + 3 + 15,39 mnkr depreciation, 24,575 interest.
            let costs = Money(ore: 9_200_000_000 + 300_000_000 + 1_539_393_939 + 2_457_500_000)
            #expect(page.contains("<td class=\"num\">\(Self.mnkr(costs))</td>"))
        }
    }
}
