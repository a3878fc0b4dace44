import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Sammanställda räkenskaper: the share's rounding, and the example's invented koncern (Examples/region-halland,
/// build/koncern.py) whose internal dealings cancel exactly.
@Suite struct ConsolidationTests {
    @Test func aShareRoundsHalfAwayFromZero() {
        #expect(Money(ore: 15_051).atShare(5_000) == Money(ore: 7_526))
        #expect(Money(ore: -15_051).atShare(5_000) == Money(ore: -7_526))
        #expect(Money(ore: 15_049).atShare(5_000) == Money(ore: 7_525))
        #expect(Money(ore: 100).atShare(3_333) == Money(ore: 33))
        #expect(Money(ore: 12_345).atShare(10_000) == Money(ore: 12_345))
        #expect(Money.overflow.atShare(5_000) == .overflow)
        #expect(Money(ore: .max / 2).atShare(10_000) == .overflow)
    }

    /// HFAB (100 %): result 21,4 − 10,2 − 4,0 − 3,6 = 3,6 mnkr; KVAB (50 %, 2022-07–2023-06):
    /// 37,2 − 26,0 − 2,0 − 0,3 = 8,9 mnkr, of which 4,45. The eliminations cancel, so the koncern's result is
    /// the three added up.
    @Test func theExamplesKoncernCancels() async throws {
        let data = try await ExampleFixture.data()
        let k = try #require(Consolidation.compute(data, year: 2023))
        #expect(k.parts.map(\.company.code) == ["HFAB", "KVAB"] && k.missing.isEmpty)
        #expect(k.pairs.map { "\($0.first)-\($0.second)" } == ["RH-HFAB", "RH-KVAB", "HFAB-KVAB"])
        #expect(k.pairs.allSatisfy { $0.resultDifference.isZero && $0.balanceDifference.isZero })
        #expect(k.difference == .zero)
        // Rent 2,4, IT services 1,2 and interest 1,5 mnkr between the region and HFAB; KVAB's 7,2 and its rent 1,0
        // at 50 %.
        #expect(k.pairs.map(\.incomeEliminated) == [5_100_000, 3_600_000, 500_000].map { Money(kronor: $0) })
        // The loan of 50 mnkr and the unpaid IT invoice of 0,3; KVAB's receivable of 0,6 at 50 %.
        #expect(k.pairs.map(\.assetsEliminated) == [50_300_000, 300_000, 0].map { Money(kronor: $0) })
        let region = try #require(IncomeStatement.outcome(data, year: 2023)).result
        #expect(k.income.result == region + Money(kronor: 3_600_000 + 4_450_000))
        #expect(k.regionIncome.result == region)
        // The koncern's kassaflödesanalys balances against its likvida medel, the loan taken out on both sides.
        let flow = try #require(Consolidation.cashFlow(data, year: 2023))
        #expect(flow.difference == .zero && flow.unexplained.isEmpty)
        #expect(flow[.result] == k.income.result)
    }

    /// The annual report has the chapter with both columns; an organisation without companies has none.
    @Test func theAnnualReportHasTheChapter() async throws {
        let md = try await ExampleFixture.markdown("arsredovisning-2023")
        #expect(md.contains("## Sammanställda räkenskaper"))
        #expect(md.contains("Halland Exempelfastigheter AB") && md.contains("559900-0002"))
        #expect(md.contains("| Koncernen | Regionen |"))
        #expect(!md.contains("Elimineringen mellan"))
        let ur1 = try await ExampleFixture.markdown("ur1-2024-04")
        #expect(!ur1.contains("Sammanställda räkenskaper"))
    }
}
