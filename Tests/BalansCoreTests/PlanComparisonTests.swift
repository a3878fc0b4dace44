import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Two plan versions line by line (issue 18, item 1): the example's 2024 budget and the 2025 proposal over the
/// years both have, each figure B − A; the versions of the data by first year.
@Suite struct PlanComparisonTests {
    @Test func theExampleVersionsCompareOverTheirCommonYears() async throws {
        let data = try await ExampleFixture.data()
        #expect(
            FramePlan.versions(data) == [
                .init(name: "budget-2024", firstYear: 2024), .init(name: "forslag-2025", firstYear: 2025),
            ])
        let a = try #require(try FramePlan.compute(data, version: "budget-2024", firstYear: 2024)?.get())
        let b = try #require(try FramePlan.compute(data, version: "forslag-2025", firstYear: 2025)?.get())
        #expect(FramePlan.compute(data, version: "finns-inte", firstYear: 2025) == nil)
        let c = PlanComparison.compute(a, b)
        #expect(c.years == [2025, 2026])
        for (i, year) in c.years.enumerated() {
            let ya = try #require(a.years.first { $0.year == year })
            let yb = try #require(b.years.first { $0.year == year })
            #expect(c.result[i] == .init(a: ya.result, b: yb.result) && c.result[i].difference == yb.result - ya.result)
            #expect(c.taxRevenue[i].difference == yb.taxes.taxRevenue - ya.taxes.taxRevenue)
            #expect(c.grants[i].difference == yb.taxes.grantsTotal - ya.taxes.grantsTotal)
            #expect(c.common[i].difference == yb.commonTotal - ya.commonTotal)
            #expect(c.framesTotal[i].difference == yb.framesTotal - ya.framesTotal)
            #expect(c.target[i].b == yb.target)
            for line in c.frames {
                let fa = ya.frames.first { $0.node == line.node }?.frame
                let fb = yb.frames.first { $0.node == line.node }?.frame
                #expect(line.figures[i].a == fa && line.figures[i].b == fb)
            }
        }
        #expect(Set(c.frames.map(\.node)) == Set(b.years[0].frames.map(\.node)).union(a.years[1].frames.map(\.node)))
        // From a year on; a plan against itself differs by nothing.
        #expect(PlanComparison.compute(a, b, fromYear: 2026).years == [2026])
        let same = PlanComparison.compute(b, b)
        #expect(same.years == [2025, 2026, 2027] && same.result.allSatisfy { $0.difference == .zero })
        // A committee in one plan only: nil on the other side and no difference.
        var fewer = b
        fewer.years = fewer.years.map { y in
            var y = y
            y.frames.removeAll { $0.node == "HS" }
            return y
        }
        let hs = try #require(PlanComparison.compute(a, fewer).frames.first { $0.node == "HS" })
        #expect(hs.figures.allSatisfy { $0.a != nil && $0.b == nil && $0.difference == nil })
    }
}
