import BalansCore
import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// Kassaflödesanalys (issue 16 item 1, RKR R13's indirect method): the flow equals the change in likvida medel, and a
/// balance account the mapping does not place is named as the difference.
@Suite struct CashFlowTests {
    /// One month: equipment bought for 300 in cash, depreciated by 50; 500 invoiced (not yet paid) against 200 of
    /// costs on credit. Result 250 = 500 − 200 − 50; cash falls by the 300 paid.
    func data(mapping: AccountMapping = .kommunBas13) -> FollowUpData {
        func cell(_ account: Int, _ kronor: Int64) -> YearLedger.Cell {
            YearLedger.Cell(account: account, ansvar: "", month: 1, amount: Money(kronor: kronor))
        }
        let cells = [
            cell(1210, 300), cell(1930, -300), cell(7810, 50), cell(1210, -50), cell(1510, 500), cell(3010, -500),
            cell(5010, 200), cell(2440, -200),
        ]
        let ledger = YearLedger(
            year: 2025, cells: cells, openingBalances: [1930: Money(kronor: 1_000), 2010: Money(kronor: -1_000)])
        return FollowUpData(
            organisationName: "R", nodes: [], mapping: mapping, ledgers: [2025: ledger], budgets: [], forecasts: [],
            figures: [], investments: [])
    }

    @Test func theIndirectMethodAddsUpToTheChangeInCash() throws {
        let s = try #require(CashFlowStatement.compute(data(), year: 2025))
        #expect(s[.result] == Money(kronor: 250))
        #expect(s[.depreciation] == Money(kronor: 50))
        #expect(s[.receivables] == Money(kronor: -500) && s[.shortTermLiabilities] == Money(kronor: 200))
        #expect(s.total(.operating) == .zero)
        #expect(s[.fixedAssets] == Money(kronor: -300))
        #expect(s.total(.investing) == Money(kronor: -300) && s.total(.financing) == .zero)
        #expect(s.openingCash == Money(kronor: 1_000) && s.closingCash == Money(kronor: 700))
        #expect(s.flow == s.cashChange && s.difference == .zero && s.unexplained.isEmpty)
    }

    @Test func anAccountTheMappingDoesNotPlaceIsTheDifference() throws {
        // A chart without 1500–1599: the invoice's receivable has no line.
        let rules =
            AccountMapping.kommunBas13.rules.filter { !($0.from...$0.to).contains(1510) }
            + [MappingRule(from: 1600, to: 1999, line: .currentAssets)]
        let s = try #require(CashFlowStatement.compute(data(mapping: AccountMapping(rules: rules)), year: 2025))
        #expect(s.unexplained.map(\.account) == [1510])
        #expect(s.unexplained.map(\.amount) == [Money(kronor: -500)])
        #expect(s.difference == Money(kronor: -500))
    }

    /// The example's whole 2023 (opening and closing balances from the ledger): the flow is the change in likvida
    /// medel to the öre, and the sections are those of the balance sheets' changes.
    @Test func theExamplesYearBalances() async throws {
        let data = try await ExampleFixture.data()
        let s = try #require(CashFlowStatement.compute(data, year: 2023))
        #expect(s.unexplained.isEmpty && s.difference == .zero)
        #expect(s[.result] == IncomeStatement.outcome(data, year: 2023)?.result)
        let opening = try #require(data.ledgers[2023]).openingBalances.filter { (1900...1999).contains($0.key) }
        #expect(s.openingCash == opening.values.sum())
        #expect(s.cashChange != .zero)
    }

    /// The annual report prints it after the balansräkning, the flow equal to the change in likvida medel.
    @Test func theAnnualReportHasIt() async throws {
        let md = try await ExampleFixture.markdown("arsredovisning-2023")
        let data = try await ExampleFixture.data()
        let s = try #require(CashFlowStatement.compute(data, year: 2023))
        let mnkr = { (m: Money) in SwedishNumberFormat.number(Decimal(m.rounded(toUnitsOf: 100_000_000)), decimals: 0) }
        #expect(md.contains("| **Årets kassaflöde** | \(mnkr(s.cashChange)) |"))
        #expect(md.range(of: "## Balansräkning")!.lowerBound < md.range(of: "## Kassaflödesanalys")!.lowerBound)
        #expect(!md.contains("Kassaflödet skiljer sig"))
    }
}
