import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Seed 000's detail tables from the example: the drug costs per account against last year (2.2), the project funds
/// of Tillväxt och utveckling (2.1.2) and Regionkontoret's personnel costs (4.1).
@Suite struct Seed000DetailTests {
    /// Tenths of mnkr, as seed 000 prints: 1 909,8 → 19098.
    func mnkr1(_ m: Money?) -> Int64? { m?.rounded(toUnitsOf: 10_000_000) }
    static let march = Period(year: 2017, month: 3)!
    static let july = Period(year: 2017, month: 7)!

    /// Seed 000 2.2: Läkemedelsförmån −200,1 / −193,3 / −182,2, utom förmån −8,7 / −6,2 / −2,8,
    /// tjänster −5,4 / −4,9 / −4,9 (outcome, last year, budget January–March).
    @Test func seed000DrugCostsPerAccount() async throws {
        let data = try await ExampleFixture.data()
        let rows = AccountBreakdown.toDate(data, line: "RS17-HSF-LAK", period: Self.march)
        #expect(rows.map(\.account) == [4611, 4612, 4613])
        #expect(rows.map { mnkr1($0.outcome) } == [-2001, -87, -54])
        #expect(rows.map { mnkr1($0.previousOutcome) } == [-1933, -62, -49])
        #expect(rows.map { mnkr1($0.budgetToDate) } == [-1822, -28, -49])
        #expect(rows.map { mnkr1($0.deviation) } == [-179, -59, -5])
        #expect(mnkr1(rows.map(\.outcome).sum()) == -2141)  // the Läkemedel line of the main table
        // In July last year's ledger ends in March: no comparison with a part of the period.
        #expect(
            AccountBreakdown.toDate(data, line: "RS17-HSF-LAK", period: Self.july).allSatisfy {
                $0.previousOutcome == nil
            })
        // A line budgeted as a whole has nothing to specify.
        #expect(AccountBreakdown.toDate(data, line: "RS17-HSF-SOM", period: Self.march).isEmpty)
    }

    /// Seed 000 4.1 "Personalkostnader jan-mars 2017": 44,9 mnkr against a budget of 45,4 (+0,5). Only the area that
    /// budgets its personnel costs (Regionstyrelsens verksamheter, i.e. Regionkontoret) is listed.
    @Test func seed000PersonnelCosts() async throws {
        let data = try await ExampleFixture.data()
        let areas = CostKindToDate.perChild(data, of: "RS17", kind: .personnel, period: Self.march)
        #expect(areas.map(\.node) == ["RS17-RV"])
        let rv = try #require(areas.first)
        #expect([mnkr1(rv.outcome), mnkr1(rv.budgetToDate), mnkr1(rv.deviation)] == [-449, -454, 5])
    }

    /// Seed 000 2.1.2: Budget 2017 16,3 / 12,8, Beslutade projektmedel 12,5 / 10,6, Kvar att besluta om 3,8 and
    /// (12,8 − 10,6) 2,2 — the seed prints 0,2 there (README, seed figures the data cannot match).
    @Test func seed000ProjectFunds() async throws {
        let data = try await ExampleFixture.data()
        let funds = data.projectFunds(of: "RS17-TU", at: Self.march)
        #expect(funds.map(\.fund) == ["Region Hallands utvecklingsmedel", "Statligt anslag för regional utveckling"])
        #expect(funds.map { mnkr1($0.budget) } == [163, 128])
        #expect(funds.map { mnkr1($0.decided) } == [125, 106])
        #expect(funds.map { mnkr1($0.remaining) } == [38, 22])
        // The fund of Region Halland is the Tillväxt projektfinansiering line's budget.
        let line = OperatingStatement.compute(data, period: Self.march, root: "RS17").row("RS17-TU-PF")
        #expect(line?.figures.annualBudget == -(funds.first?.budget ?? .zero))
        // As of March, also in the July report; none before the year's first row, none in another year.
        #expect(data.projectFunds(of: "RS17-TU", at: Self.july).count == 2)
        #expect(data.projectFunds(of: "RS17-TU", at: Period(year: 2017, month: 2)!).isEmpty)
        #expect(data.projectFunds(of: "RS17-TU", at: Period(year: 2018, month: 3)!).isEmpty)
    }
}
