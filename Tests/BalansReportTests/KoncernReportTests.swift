import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansReport

/// The chapter "Sammanställda räkenskaper" of an annual report built from values: an elimination whose sides do not
/// cancel is shown, never dropped; without companies there is no chapter.
@Suite struct KoncernReportTests {
    /// The region sells 300 kr to A; A books only 200 kr of it, on the region's motpart.
    static func data(koncern: Bool) -> FollowUpData {
        func cell(_ account: Int, _ kronor: Int64) -> YearLedger.Cell {
            YearLedger.Cell(account: account, ansvar: "", month: 3, amount: Money(kronor: kronor))
        }
        let region = YearLedger(year: 2023, cells: [cell(3510, -300), cell(1930, 300)], openingBalances: [:])
        let a = YearLedger(year: 2023, cells: [cell(6410, 200), cell(1930, -200)], openingBalances: [1930: .zero])
        var data = FollowUpData(
            organisationName: "Regionen", nodes: [], mapping: .kommunBas13, ledgers: [2023: region], budgets: [],
            forecasts: [], figures: [], investments: [])
        guard koncern else { return data }
        data.koncern = Koncern(
            region: Company(
                code: "R", name: "Regionen", organisationNumber: "", share: 10_000, method: .region, counterparty: "R"),
            companies: [
                Company(
                    code: "A", name: "Bolaget A", organisationNumber: "556000-0001", share: 10_000,
                    method: .proportional, counterparty: "A")
            ],
            dimension: 21, ledgers: ["A": [2023: a]],
            internalRows: [
                "R": [Koncern.InternalRow(year: 2023, account: 3510, counterparty: "A", amount: Money(kronor: -300))],
                "A": [Koncern.InternalRow(year: 2023, account: 6410, counterparty: "R", amount: Money(kronor: 200))],
            ])
        return data
    }

    @Test func aMismatchIsShown() throws {
        let period = try #require(Period(year: 2023, month: 12))
        let md = MarkdownRenderer.render(
            try ReportBuilder.build(.arsredovisning, data: Self.data(koncern: true), period: period, node: nil))
        #expect(md.contains("## Sammanställda räkenskaper"))
        #expect(md.contains("Elimineringen mellan Regionen och Bolaget A går inte jämnt ut"))
        // 300 kr of revenue and 200 kr of costs eliminated: 100 kr too little result, so the sheet is 100 kr apart.
        let k = try #require(Consolidation.compute(Self.data(koncern: true), year: 2023))
        #expect(k.pairs.map(\.resultDifference) == [Money(kronor: 100)] && k.difference == Money(kronor: 100))
        #expect(md.contains("| Elimineringsdifferens |"))
    }

    @Test func noCompaniesNoChapter() throws {
        let period = try #require(Period(year: 2023, month: 12))
        let md = MarkdownRenderer.render(
            try ReportBuilder.build(.arsredovisning, data: Self.data(koncern: false), period: period, node: nil))
        #expect(!md.contains("Sammanställda räkenskaper"))
    }
}
