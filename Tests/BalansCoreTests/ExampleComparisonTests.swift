import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Seed 003's comparison periods (2.5.1–2.5.5: 4 mån and whole 2022 and 2023, 4 mån 2024 and the
/// forecast), computed from the Region Halland example as `balans demo` imports it (2022 from its
/// ledger, the 2021 growth bases from figures.csv) and compared with the seed's printed figures.
@Suite struct ExampleComparisonTests {
    static let ur1 = Period(year: 2024, month: 4)!

    func mnkr(_ m: Money?) -> Int64? { m?.rounded(toUnitsOf: 100_000_000) }
    func pct(_ d: Decimal?) -> Decimal? { d?.roundedHalfAwayFromZero(scale: 1) }
    func dec(_ s: [String]) -> [Decimal?] { s.map { Decimal(string: $0) } }

    func columns() async throws -> [KeyRatioColumn] {
        KeyRatioColumn.columns(try await ExampleFixture.data(), period: Self.ur1)
    }

    @Test func seed003ColumnsAreTwoEarlierYearsThisYearAndTheForecast() async throws {
        let cols = try await columns()
        #expect(
            cols.map(\.period)
                == [(2022, 4), (2022, 12), (2023, 4), (2023, 12), (2024, 4), (2024, 4)].map {
                    Period(year: $0.0, month: $0.1)!
                })
        #expect(cols.map(\.basis) == [.toDate, .year, .toDate, .year, .toDate, .forecast])
    }

    /// 2.5.1 Resultatutveckling: the market-valuation row is the booked change (a gain positive)
    /// and the result without it is the result less that change.
    @Test func seed003ResultDevelopment() async throws {
        let s = try await columns().map(\.statement)
        #expect(s.map { mnkr($0?.result) } == [291, 876, -434, 260, -656, -377])
        #expect(s.map { mnkr($0?[.unrealised]) } == [-287, -365, 97, 247, 68, 68])
        #expect(s.map { mnkr($0?.resultExclUnrealised) } == [578, 1241, -532, 13, -724, -445])
    }

    /// 2.5.2 Skatte- och nettokostnadsutveckling, each against the same months a year before
    /// (4 mån 2022 and 2022 against figures.csv's 2021 bases).
    @Test func seed003TaxAndNetCostGrowth() async throws {
        let r = try await columns().map(\.ratios)
        #expect(r.map { pct($0.taxRevenueGrowth) } == dec(["5.6", "6.5", "4.8", "5.3", "5.0", "5.8"]))
        #expect(r.map { pct($0.netCostGrowth) } == dec(["-5.8", "5.6", "28.7", "14.9", "7.9", "8.5"]))
    }

    /// 2.5.3 Nettokostnadsandel and its parts.
    @Test func seed003NetCostShare() async throws {
        let n = try await columns().map(\.ratios.netCostShare)
        #expect(n.map { pct($0?.operations) } == dec(["82.1", "86.6", "100.9", "94.4", "103.4", "96.8"]))
        #expect(n.map { pct($0?.depreciation) } == dec(["3.0", "3.2", "3.7", "3.6", "4.1", "3.6"]))
        #expect(n.map { pct($0?.financialNet) } == dec(["0.7", "0.1", "7.9", "1.9", "8.7", "2.8"]))
        #expect(n.map { pct($0?.total) } == dec(["85.8", "89.9", "112.5", "99.9", "116.2", "103.2"]))
    }

    /// 2.5.4 Soliditet inklusive pensionsförpliktelser on the outcome columns; a forecast has none.
    @Test func seed003EquityRatioInclPensions() async throws {
        let r = try await columns().map(\.ratios.equityRatioInclPensions)
        #expect(r.map(pct) == dec(["20.3", "24.7", "18.6", "21.9", "15.2"]) + [nil])
    }

    /// 2.5.5 Likvida medel over the periods and the placements per mandate at 2024-04, whose
    /// parts add up to the totals of the figures file.
    @Test func seed003LiquidityAndPlacementsPerMandate() async throws {
        let data = try await ExampleFixture.data()
        let periods = [(2022, 4), (2022, 12), (2023, 4), (2023, 12), (2024, 4)].map { Period(year: $0.0, month: $0.1)! }
        #expect(
            periods.map { mnkr(data.figure(.placementsAcquisitionValue, at: $0)) } == [6775, 6967, 7153, 7639, 8115])
        let held = PlacementHolding.at(data, period: Self.ur1)
        #expect(held.map(\.mandate) == [.pensionPortfolio, .treasuryPortfolio, .liquidityPortfolio, .bank])
        #expect(held.map { mnkr($0.acquisitionValue) } == [2057, 4828, 305, 924])
        #expect(held.map { mnkr($0.marketValue) } == [2270, 4922, 305, 924])
        #expect(held.map(\.acquisitionValue).sum() == data.figure(.placementsAcquisitionValue, at: Self.ur1))
        #expect(held.map(\.marketValue).sum() == data.figure(.placementsMarketValue, at: Self.ur1))
        #expect(mnkr(held.map(\.marketValue).sum()) == 8421)
        #expect(PlacementHolding.at(data, period: Period(year: 2023, month: 12)!).isEmpty)
    }
}
