import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// A committee's detailed budget (issue 18, item 4): staff costs, periodisation, the frame and what is left of it —
/// on figures worked out by hand here, and the frame on the example's data.
@Suite struct DetailedBudgetTests {
    static func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }

    static let mapping = AccountMapping(rules: [
        MappingRule(from: 3000, to: 3999, line: .revenue),
        MappingRule(from: 3990, to: 3990, line: .revenue, isInternal: true),
        MappingRule(from: 4000, to: 7799, line: .costs),
    ])

    /// A committee N with lines N-A (ansvar 100) and N-B (ansvar 200), M beside it; 2023's ledger has N-A's account
    /// 4010 in January 1 000 kr, March 3 000 kr, a credit of 500 kr in May (ledger sign: costs debit, positive).
    static func data(budget: [BudgetRow] = []) -> FollowUpData {
        let nodes = [
            OrgNode(code: "R", parent: nil, name: "Regionen", kind: .region),
            OrgNode(code: "N", parent: "R", name: "Nämnd N", kind: .committee),
            OrgNode(code: "N-A", parent: "N", name: "Linje A", kind: .line, ansvar: ["100"]),
            OrgNode(code: "N-B", parent: "N", name: "Linje B", kind: .line, ansvar: ["200"]),
            OrgNode(code: "M", parent: "R", name: "Nämnd M", kind: .committee),
            OrgNode(code: "M-A", parent: "M", name: "Linje M", kind: .line, ansvar: ["300"]),
        ]
        let cells = [
            YearLedger.Cell(account: 4010, ansvar: "100", month: 1, amount: Money(kronor: 1_000)),
            YearLedger.Cell(account: 4010, ansvar: "100", month: 3, amount: Money(kronor: 3_000)),
            YearLedger.Cell(account: 4010, ansvar: "100", month: 5, amount: Money(kronor: -500)),
            YearLedger.Cell(account: 4010, ansvar: "300", month: 2, amount: Money(kronor: 9_000)),
        ]
        return FollowUpData(
            organisationName: "R", nodes: nodes, mapping: mapping,
            ledgers: [2023: YearLedger(year: 2023, cells: cells, openingBalances: [:])], budgets: budget,
            forecasts: [], figures: [], investments: [])
    }

    /// 12,5 årsarbetare × 38 450 kr × 12 × 1,415 = 8 161 012,50 kr; 1 × 100,01 × 12 × 1,125 = 1 350,135 →
    /// 1 350,14 (half away from zero); 3 × 33 333,33 × 12 × 1,4155 = 1 698 599,830 14 → 1 698 599,83.
    @Test func staffCostsAreFTETimesSalaryTimesTwelveWithOverhead() {
        func staff(_ fte: String, _ salary: Int64, _ po: String) -> DetailedBudget.Staff {
            DetailedBudget.Staff(
                node: "N-A", account: 5010, category: "Sjuksköterskor", fullTimeEquivalents: Self.d(fte),
                monthlySalary: Money(ore: salary), overheadPercent: Self.d(po))
        }
        #expect(staff("12.5", 3_845_000, "41.5").amount == Money(ore: -816_101_250))
        #expect(staff("1", 10_001, "12.5").amount == Money(ore: -135_014))
        #expect(staff("3", 3_333_333, "41.55").amount == Money(ore: -169_859_983))
        #expect(staff("0", 3_845_000, "41.5").amount == .zero)
    }

    /// Rows and staff of the same line and account become one budget row; the sums, the net cost and the remainder.
    @Test func budgetRowsNetCostAndRemainder() throws {
        let even = try #require(Periodisation.split(Money(kronor: -1_200)))
        let weights: [Int64] = [2] + Array(repeating: 1, count: 11)
        let typed = try #require(Periodisation.split(Money(kronor: -1_300), weights: weights))
        #expect(typed[0] == Money(kronor: -200) && typed[1] == Money(kronor: -100))
        let budget = DetailedBudget(
            year: 2024, committee: "N",
            lines: [
                .init(node: "N-A", account: 5010, amount: Money(kronor: -1_200), profile: .even, monthly: even),
                .init(
                    node: "N-B", account: 4010, amount: Money(kronor: -1_300),
                    profile: .typed(weights), monthly: typed),
                .init(
                    node: "N-A", account: 3010, amount: Money(kronor: 600), profile: .even,
                    monthly: Array(repeating: Money(kronor: 50), count: 12)),
            ],
            staff: [
                .init(
                    node: "N-A", account: 5010, category: "Undersköterskor", fullTimeEquivalents: 2,
                    monthlySalary: Money(kronor: 30_000), overheadPercent: 40)
            ])
        // Staff: 2 × 30 000 × 12 × 1,40 = 1 008 000 kr.
        #expect(budget.staffTotal == Money(kronor: -1_008_000))
        #expect(budget.total == Money(kronor: -1_200 - 1_300 + 600 - 1_008_000))
        #expect(budget.netCost == Money(kronor: 1_009_900))
        #expect(budget.remainder(of: Money(kronor: 1_010_000)) == Money(kronor: 100))
        #expect(budget.remainder(of: Money(kronor: 1_000_000)) == Money(kronor: -9_900))
        let rows = budget.budgetRows
        #expect(rows.map(\.node) == ["N-A", "N-B", "N-A"] && rows.map(\.account) == [5010, 4010, 3010])
        #expect(rows[0].amount == Money(kronor: -1_009_200))
        // −100 kr and 1 008 000 / 12 = −84 000 kr each month.
        #expect(rows[0].monthly == Array(repeating: Money(kronor: -84_100), count: 12))
        #expect(rows.allSatisfy { $0.monthly.sum() == $0.amount && $0.isOriginal && $0.year == 2024 })
        // January: −100 − 200 + 50 − 84 000; February: −100 − 100 + 50 − 84 000.
        #expect(budget.monthlyTotals[0] == Money(kronor: -84_250) && budget.monthlyTotals[1] == Money(kronor: -84_150))
        #expect(budget.monthlyTotals.sum() == budget.total)
    }

    /// Last year's outcome: N-A's 4010 in 2023 was 1 000, 0, 3 000, 0, −500 (report sign: −1 000, …, +500): the
    /// May credit goes against the year and counts as nothing, so −4 000 kr goes 1 000 to January, 3 000 to March.
    @Test func lastYearsProfileFollowsTheLedger() throws {
        let data = Self.data()
        let outcome = DetailedBudget.lastYearOutcome(node: "N-A", account: 4010, year: 2024, data: data)
        #expect(outcome[0] == Money(kronor: -1_000) && outcome[2] == Money(kronor: -3_000))
        #expect(outcome[4] == Money(kronor: 500))
        let months = try #require(
            DetailedBudget.months(
                Money(kronor: -4_000), profile: .lastYear, node: "N-A", account: 4010, year: 2024, data: data))
        var expected = Array(repeating: Money.zero, count: 12)
        expected[0] = Money(kronor: -1_000)
        expected[2] = Money(kronor: -3_000)
        #expect(months == expected)
        // No outcome last year (N-B): even, 100 kr a month.
        let none = DetailedBudget.months(
            Money(kronor: 1_200), profile: .lastYear, node: "N-B", account: 4010, year: 2024, data: data)
        #expect(none == Array(repeating: Money(kronor: 100), count: 12))
        #expect(
            DetailedBudget.months(
                Money(kronor: 1), profile: .typed(Array(repeating: 0, count: 12)), node: "N-A", account: 4010,
                year: 2024, data: data) == nil)
    }

    /// A row must be a line of the committee on an external account of the chart.
    @Test func rowsOutsideTheCommitteeOrOnInternalAccountsAreRefused() {
        let data = Self.data()
        func problem(_ node: NodeCode, _ account: Int) -> String? {
            DetailedBudget.problem(node: node, account: account, committee: "N", year: 2024, data: data)
        }
        #expect(problem("N-A", 4010) == nil && problem("N", 3010) == nil)
        #expect(problem("M-A", 4010) == "M-A är ingen verksamhet i Nämnd N 2024")
        #expect(problem("N-A", 3990)?.hasPrefix("konto 3990 är internt") == true)
        #expect(problem("N-A", 9999) == "9999 är inget konto i kontoplanen")
    }

    /// The frame: the regionbidrag of the original budget when no plan version is decided; the example's decided
    /// plan otherwise.
    @Test func theFrameComesFromTheDecidedPlanElseTheRegionbidrag() async throws {
        let rb = [
            BudgetRow(
                year: 2024, node: "N-A", account: 3990, amount: Money(kronor: 700),
                monthly: try #require(Periodisation.split(Money(kronor: 700)))),
            BudgetRow(
                year: 2024, node: "N-B", account: 3990, amount: Money(kronor: 500),
                monthly: try #require(Periodisation.split(Money(kronor: 500)))),
            BudgetRow(
                year: 2024, node: "M-A", account: 3990, amount: Money(kronor: 9_000),
                monthly: try #require(Periodisation.split(Money(kronor: 9_000)))),
        ]
        // A committee without a saved detailed budget starts from its external rows of the original budget, each
        // with its months: N-B's 4010 (January 1 200 kr, then 100 kr a month), not the regionbidrag nor M's rows.
        let months = [Money(kronor: -1_200)] + Array(repeating: Money(kronor: -100), count: 11)
        let cost = BudgetRow(year: 2024, node: "N-B", account: 4010, amount: months.sum(), monthly: months)
        let start = DetailedBudget.starting(from: Self.data(budget: rb + [cost]), committee: "N", year: 2024)
        #expect(start.lines.map(\.node) == ["N-B"] && start.lines[0].monthly == months && start.staff.isEmpty)
        if case .typed(let w) = start.lines[0].profile {
            #expect(Periodisation.split(months.sum(), weights: w) == months)
        } else {
            Issue.record("an uneven profile is typed weights")
        }
        // A year without a budget starts from last year's.
        let next = DetailedBudget.starting(from: Self.data(budget: rb + [cost]), committee: "N", year: 2025)
        #expect(next.year == 2025 && next.lines == start.lines)
        let frame = CommitteeFrame.of("N", year: 2024, in: Self.data(budget: rb))
        #expect(frame == CommitteeFrame(amount: Money(kronor: 1_200), source: .originalBudget))
        #expect(CommitteeFrame.of("N", year: 2025, in: Self.data(budget: rb)).source == .none)

        // The example: forslag-2025 is a proposal, and 2025 has no budget yet.
        var example = try await ExampleFixture.data()
        let undecided = CommitteeFrame.of("HS", year: 2025, in: example)
        #expect(undecided.amount == nil && undecided.undecidedVersion == "forslag-2025")
        // Decided, HS's frame is the plan's: 2024's regionbidrag (3990) + 3 % of personnel costs + 2 % of other
        // costs + the priority 45 000 000 and the saving −48 000 000 (docs/formats.md `frames`) + the capital costs
        // of HS's 2024 equipment in the plan's investment plan (150 mnkr): 150 000 000 / 5 + 2,75 % × 150 000 000.
        example.planVersions = [PlanVersion(version: "forslag-2025", firstYear: 2025, status: .decided)]
        let lines = Set(example.tree(for: 2024).subtree("HS").map(\.code))
        let budget = example.budgets.filter { $0.year == 2024 && $0.change == nil && lines.contains($0.node) }
        func total(_ keep: (Int) -> Bool) -> Decimal {
            budget.filter { keep($0.account ?? 0) }.map(\.amount).sum().kronorDecimal
        }
        let personnel = -total { (5000...5999).contains($0) }
        let other = -total { (4000...4999).contains($0) || (6000...7999).contains($0) }
        let expected =
            total { $0 == 3990 } + personnel * 3 / 100 + other * 2 / 100 + 45_000_000 - 48_000_000 + 30_000_000
            + 4_125_000
        let decided = CommitteeFrame.of("HS", year: 2025, in: example)
        #expect(decided.source == .plan(version: "forslag-2025"))
        #expect(decided.amount == Money.rounding(kronor: expected))
    }
}
