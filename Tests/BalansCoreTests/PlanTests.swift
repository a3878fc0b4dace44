import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Planning (issue 18): skatteintäkter and statsbidrag from the tax model, frames from last year's, the region's
/// result for three years — on hand-made figures worked out here, and on the example's plan versions against what
/// seed 003 prints for the 2024 budget.
@Suite struct PlanTests {
    static func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }

    /// 1 000 000 000 kr × 1,05 × 1,04 = 1 092 000 000 kr; × 11,50 / 100 = 125 580 000 kr; slutavräkning
    /// −100 kr × 1 000 invånare = −100 000 kr, korrigering 33,335 kr × 3 invånare = 100,005 → 100,01 kr
    /// (half away from zero).
    @Test func taxRevenueStepByStep() throws {
        let v = "v"
        let rows = [
            TaxAssumption(version: v, year: 2022, item: .taxBase, value: 1_000_000_000),
            TaxAssumption(version: v, year: 2023, item: .uplift, value: Self.d("1.05")),
            TaxAssumption(version: v, year: 2024, item: .uplift, value: Self.d("1.04")),
            TaxAssumption(version: v, year: 2024, item: .taxRate, value: Self.d("11.50")),
            TaxAssumption(version: v, year: 2024, item: .finalSettlement, value: -100, population: 1_000),
            TaxAssumption(version: v, year: 2024, item: .settlementCorrection, value: Self.d("33.335"), population: 3),
            TaxAssumption(version: v, year: 2024, item: .grant, name: "Inkomstutjämning", value: 500),
            TaxAssumption(version: v, year: 2024, item: .grant, name: "Kostnadsutjämning", value: Self.d("-120.25")),
        ]
        let t = try TaxRevenueCalculation.compute(rows, year: 2024).get()
        #expect(t.baseYear == 2022 && t.uplifts.map(\.year) == [2023, 2024])
        #expect(t.taxBaseOfYear == Money(kronor: 1_092_000_000))
        #expect(t.preliminary == Money(kronor: 125_580_000))
        #expect(t.settlements.map(\.amount) == [Money(kronor: -100_000), Money(ore: 10_001)])
        #expect(t.taxRevenue == Money(ore: 12_548_010_001))
        #expect(t.grantsTotal == Money(ore: 37_975))
        // A missing factor and rate are named, not guessed.
        let missing = TaxRevenueCalculation.compute(rows, year: 2025)
        #expect(throws: TaxRevenueCalculation.Missing.self) { try missing.get() }
        if case .failure(let m) = missing {
            #expect(m.problems == ["uppräkningsfaktor för 2025 saknas", "skattesats för 2025 saknas"])
        }
    }

    /// The example's 2024 budget made as a plan (`budget-2024`): what seed 003 prints for the budget of 2024 —
    /// skatteintäkter 10 496, generella statsbidrag och utjämning 2 804, årets resultat −686 mnkr — and each
    /// frame is the committee's regionbidrag (account 3990) in the decided budget.
    @Test func theExampleBudget2024ReproducesTheSeed() async throws {
        let data = try await ExampleFixture.data()
        let plan = try FramePlan.compute(
            data, taxes: data.taxAssumptions.filter { $0.version == "budget-2024" },
            frames: data.frameRows.filter { $0.version == "budget-2024" }, firstYear: 2024
        ).get()
        #expect(plan.years.map(\.year) == [2024, 2025, 2026])
        let y = plan.years[0]
        #expect(y.taxes.taxRevenue.rounded(toUnitsOf: 100_000_000) == 10_496)
        #expect(y.taxes.grantsTotal.rounded(toUnitsOf: 100_000_000) == 2_804)
        #expect(y.result.rounded(toUnitsOf: 100_000_000) == -686)
        // Exactly the budget file's tax and grant lines (accounts 8010, 8210, 8310) and its result.
        let budget = data.budgets.filter { $0.year == 2024 && $0.change == nil }
        func sum(_ accounts: Set<Int>) -> Money {
            budget.filter { accounts.contains($0.account ?? 0) }.map(\.amount).sum()
        }
        #expect(y.taxes.taxRevenue == sum([8010]) && y.taxes.grantsTotal == sum([8210, 8310]))
        #expect(y.result == budget.filter { $0.account != nil }.map(\.amount).sum())
        for f in y.frames {
            let lines = Set(data.tree(for: 2024).subtree(f.node).map(\.code))
            #expect(f.frame == budget.filter { lines.contains($0.node) && $0.account == 3990 }.map(\.amount).sum())
        }
        #expect(!y.meetsTarget && y.target == Money.rounding(kronor: y.taxes.total.kronorDecimal * 2 / 100))
    }

    /// The 2025 proposal starts from the decided 2024 budget: HS's frame is its regionbidrag 2024 plus 3 % of its
    /// personnel costs (klass 5) and 2 % of its other costs, plus the priority and the saving the plan names.
    @Test func the2025PlanStartsFromTheDecidedBudget() async throws {
        let data = try await ExampleFixture.data()
        let taxes = data.taxAssumptions.filter { $0.version == "forslag-2025" }
        let frames = data.frameRows.filter { $0.version == "forslag-2025" }
        let plan = try FramePlan.compute(data, taxes: taxes, frames: frames, firstYear: 2025).get()
        let hs = try #require(plan.years[0].frames.first { $0.node == "HS" })
        let lines = Set(data.tree(for: 2024).subtree("HS").map(\.code))
        let budget = data.budgets.filter { $0.year == 2024 && $0.change == nil && lines.contains($0.node) }
        func total(_ keep: (Int) -> Bool) -> Decimal {
            budget.filter { keep($0.account ?? 0) }.map(\.amount).sum().kronorDecimal
        }
        let regionbidrag = total { $0 == 3990 }
        let personnel = -total { (5000...5999).contains($0) }
        let other = -total { (4000...4999).contains($0) || (6000...7999).contains($0) }
        #expect(hs.openingSource == .decidedBudget && hs.opening.kronorDecimal == regionbidrag)
        let expected = regionbidrag + personnel * 3 / 100 + other * 2 / 100 + 45_000_000 - 48_000_000
        #expect(hs.frame == Money.rounding(kronor: expected))
        // The plan years build on the year before.
        let hs2026 = try #require(plan.years[1].frames.first { $0.node == "HS" })
        #expect(hs2026.opening == hs.frame && hs2026.openingSource == .previousPlanYear)

        // What-if: a tax rate 0,10 kr higher in 2026 raises 2026's result by skatteunderlag 2026 × 0,10 / 100 and
        // leaves 2025 and 2027 as they were.
        let rate = try #require(PlanOverride("skattesats:2026=11.50"))
        let changed = try FramePlan.compute(data, taxes: rate.applied(to: taxes), frames: frames, firstYear: 2025).get()
        let base2026 = plan.years[1].taxes.taxBaseOfYear.kronorDecimal
        #expect(changed.years[0].result == plan.years[0].result && changed.years[2].result == plan.years[2].result)
        let raised = changed.years[1].result - plan.years[1].result
        #expect(abs(raised.kronorDecimal - base2026 * Self.d("0.10") / 100) <= Self.d("0.01"))
        #expect(PlanOverride("skattesats=11.50") == nil && PlanOverride("ränta:2025=2") == nil)
    }

    /// The decided 2025 proposal as the original budget of 2025: its result is the plan's, each committee's
    /// regionbidrag is its frame, the region pays them all (internal rows sum to zero), skatteintäkter and
    /// statsbidrag are the model's, and every row's months sum to it.
    @Test func theDecidedPlanIsTheBudget() async throws {
        let data = try await ExampleFixture.data()
        let plan = try FramePlan.compute(
            data, taxes: data.taxAssumptions.filter { $0.version == "forslag-2025" },
            frames: data.frameRows.filter { $0.version == "forslag-2025" }, firstYear: 2025
        ).get()
        let rows = try PlanBudget.rows(plan, data: data).get()
        let y = plan.years[0]
        #expect(rows.allSatisfy { $0.year == 2025 && $0.isOriginal && $0.monthly.sum() == $0.amount })
        #expect(rows.map(\.amount).sum() == y.result)
        let tree = data.tree(for: 2025)
        for f in y.frames {
            let lines = Set(tree.subtree(f.node).map(\.code))
            #expect(rows.filter { lines.contains($0.node) && $0.account == 3990 }.map(\.amount).sum() == f.frame)
        }
        #expect(rows.filter { data.mapping.isInternal($0.account ?? 0) }.map(\.amount).sum() == .zero)
        #expect(rows.filter { $0.account == 8010 }.map(\.amount).sum() == y.taxes.taxRevenue)
        #expect(rows.filter { [8210, 8310].contains($0.account) }.map(\.amount).sum() == y.taxes.grantsTotal)
    }
}
