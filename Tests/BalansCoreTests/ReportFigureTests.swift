import Foundation
import Testing

@testable import BalansCore

/// The sums, growth rates and threshold tests the reports print, in Core (issue 14), each
/// against figures worked out by hand.
@Suite struct ReportFigureTests {
    static let p = Period(year: 2024, month: 4)!

    @Test func aSumWithAMissingPartIsNoSum() {
        #expect([Money(kronor: 3), Money(kronor: -1), Money(ore: 50)].sumIfComplete() == Money(ore: 250))
        #expect([Money(kronor: 3), nil, Money(kronor: 1)].sumIfComplete() == nil)
        #expect([Money?]().sumIfComplete() == .zero)
    }

    @Test func anAmountsChangeAndGrowth() {
        // 400 → 440: +40, +10 %; 400 → 300: −100, −25 %; from zero no growth.
        let up = AmountChange(from: Money(kronor: 400), to: Money(kronor: 440))
        #expect(up.change == Money(kronor: 40) && up.growth == 10)
        let down = AmountChange(from: Money(kronor: 400), to: Money(kronor: 300))
        #expect(down.change == Money(kronor: -100) && down.growth == -25)
        #expect(AmountChange(from: .zero, to: Money(kronor: 5)).growth == nil)
    }

    static let investments = [
        InvestmentRow(
            period: p, node: "A", category: .equipment, outcome: Money(kronor: 10), budget: Money(kronor: 30),
            forecast: Money(kronor: 25)),
        InvestmentRow(
            period: p, node: "B", category: .equipment, outcome: Money(kronor: 5), budget: nil,
            forecast: Money(kronor: 8)),
    ]

    @Test func investmentTotalsCountAMissingBudgetAsZeroOrLeaveTheSumBlank() {
        let region = InvestmentTotals(Self.investments, missing: .countsAsZero)
        #expect(region.outcome == Money(kronor: 15) && region.budget == Money(kronor: 30))
        #expect(region.forecast == Money(kronor: 33))
        #expect(region.budgetDeviation == Money(kronor: -3))  // 30 − 33: more invested than budgeted
        let committee = InvestmentTotals(Self.investments, missing: .leavesBlank)
        #expect(committee.outcome == Money(kronor: 15) && committee.budget == nil)
        #expect(committee.forecast == Money(kronor: 33) && committee.budgetDeviation == nil)
        let one = InvestmentTotals([Self.investments[0]], missing: .leavesBlank)
        #expect(one.budgetDeviation == Money(kronor: 5))
        #expect(InvestmentTotals.frameLeft(Money(kronor: 100), decided: Self.investments) == Money(kronor: 70))
        #expect(InvestmentTotals.decidedTotal(Self.investments) == Money(kronor: 30))
    }

    static func figures(outcome: Int64, budget: Int64, forecastDeviation: Int64) -> OperatingFigures {
        var f = OperatingFigures()
        f.outcome = Money(kronor: outcome)
        f.budgetToDate = Money(kronor: budget)
        f.annualBudget = Money(kronor: 1000)
        f.forecast = Money(kronor: 1000 + forecastDeviation)
        return f
    }

    /// R → committees N1 (lines L1, L2), N2 (line L3), and the unallocated row.
    static let statement = OperatingStatement(
        rows: [
            OperatingRow(
                code: "R", name: "Regionen", kind: .region, depth: 0, parent: nil,
                figures: figures(outcome: 0, budget: 0, forecastDeviation: -45), isLeaf: false),
            OperatingRow(
                code: "N1", name: "Nämnd 1", kind: .committee, depth: 1, parent: "R",
                figures: figures(outcome: 120, budget: 100, forecastDeviation: -50), isLeaf: false),
            OperatingRow(
                code: "L1", name: "Linje 1", kind: .line, depth: 2, parent: "N1",
                figures: figures(outcome: 60, budget: 60, forecastDeviation: -20), isLeaf: true),
            OperatingRow(
                code: "L2", name: "Linje 2", kind: .line, depth: 2, parent: "N1",
                figures: figures(outcome: 60, budget: 40, forecastDeviation: -30), isLeaf: true),
            OperatingRow(
                code: "N2", name: "Nämnd 2", kind: .committee, depth: 1, parent: "R",
                figures: figures(outcome: 70, budget: 80, forecastDeviation: 5), isLeaf: false),
            OperatingRow(
                code: "L3", name: "Linje 3", kind: .line, depth: 2, parent: "N2",
                figures: figures(outcome: 70, budget: 80, forecastDeviation: 5), isLeaf: true),
            OperatingRow(
                code: OperatingStatement.unallocatedCode, name: "Ej fördelat", kind: .line, depth: 1, parent: "R",
                figures: figures(outcome: 1, budget: 0, forecastDeviation: 0), isLeaf: true),
        ], period: p)

    @Test func theDriftredovisningsSelections() {
        let op = Self.statement
        #expect(op.committees.map(\.code) == ["N1", "N2"])
        #expect(op.committeesAndUnallocated.map(\.code) == ["N1", "N2", OperatingStatement.unallocatedCode])
        #expect(op.committeesInDeficit.map(\.code) == ["N1"])
        // The leaves in deficit, largest first; the limit cuts.
        #expect(op.largestDeficits(limit: 5).map(\.code) == ["L2", "L1"])
        #expect(op.largestDeficits(limit: 1).map(\.code) == ["L2"])
        #expect(op.isBelow(op.row("L1")!, "N1") && op.isBelow(op.row("L1")!, "R"))
        #expect(!op.isBelow(op.row("L3")!, "N1") && !op.isBelow(op.row("N1")!, "N1"))
        #expect(op.subtree(of: "N1").map(\.code) == ["N1", "L1", "L2"])
    }

    @Test func theCommitteesResultsToHandle() {
        let results = Self.statement.resultsToHandle
        // N1: 120 − 100 = +20 surplus; N2: 70 − 80 = −10 deficit; together 190 − 180 = +10.
        #expect(results.committees.map(\.surplus) == [Money(kronor: 20), Money(kronor: -10)])
        #expect(results.total.outcome == Money(kronor: 190) && results.total.budget == Money(kronor: 180))
        #expect(results.total.surplus == Money(kronor: 10))
    }

    @Test func costDevelopmentAgainstTheBudgetedInPercentagePoints() {
        var f = OperatingFigures()
        f.costsToDate = Money(kronor: -110)
        f.previousCostsToDate = Money(kronor: -100)
        f.budgetCostsToDate = Money(kronor: -104)
        // 10 % against a budgeted 4 %: 6 percentage points.
        #expect(f.costDevelopment == 10 && f.budgetedCostDevelopment == 4 && f.costDevelopmentGap == 6)
        f.previousCostsToDate = nil
        #expect(f.costDevelopmentGap == nil)
    }

    @Test func financialGoalsAndIndicatorsTallied() {
        var k = KeyRatios()
        k.resultToTaxRevenue = Decimal(string: "2.5")!
        k.selfFinancingRatio = 80
        let goals = OrganisationPolicy().financialGoals
        // Result 2,5 ≥ 2 met; self-financing 80 < 100 not met; soliditet unknown.
        #expect(Tally(goals, on: k) == Tally(met: 1, notMet: 1, unjudged: 1))
        let stricter = OrganisationPolicy(resultToTaxRevenueTarget: 3, selfFinancingTarget: 80).financialGoals
        #expect(Tally(stricter, on: k) == Tally(met: 1, notMet: 1, unjudged: 1))
        #expect(stricter.map { $0.isMet(k) } == [false, true, nil])
        let row = IndicatorRow(code: "I", name: "I", node: "R", unit: .percent, year: 2024, target: 5, outcome: 4)
        let results = [IndicatorStatus.met, .met, .notMet, .noValue].map {
            IndicatorResult(row: row, status: $0, previousOutcome: nil, change: nil)
        }
        let t = Tally(results)
        #expect(t == Tally(met: 2, notMet: 1, unjudged: 1) && t.total == 4 && t.judged == 3)
    }

    @Test func theHiredStaffTargetIsTheYearsElseThePolicys() {
        var s = StaffReport(period: Self.p)
        #expect(s.hiredShareTarget(OrganisationPolicy(hiredStaffTarget: 3)) == 3)
        s.targetHiredShare = Decimal(string: "2.5")!
        #expect(s.hiredShareTarget(OrganisationPolicy(hiredStaffTarget: 3)) == Decimal(string: "2.5")!)
        s.hiredCostToDate = Money(kronor: 90)
        s.hiredCostToDateLastYear = Money(kronor: 120)
        #expect(s.hiredCostChange == AmountChange(from: Money(kronor: 120), to: Money(kronor: 90)))
        #expect(s.hiredCostChange?.growth == -25)
        s.hiredCostToDateLastYear = .zero
        #expect(s.hiredCostChange == nil)
        s.hiredDoctorsToDate = Money(kronor: 50)
        s.hiredDoctorsToDateLastYear = Money(kronor: 40)
        s.hiredNursesToDate = Money(kronor: 40)
        #expect(s.hiredGrowthByProfession == nil)  // nurses last year missing
        s.hiredNursesToDateLastYear = Money(kronor: 80)
        #expect(s.hiredGrowthByProfession?.doctors == 25 && s.hiredGrowthByProfession?.nurses == -50)
    }

    @Test func anActionPlansTotal() {
        let m1 = ActionPlanFollowUp.Measure(
            name: "A", expectedYear: Money(kronor: 12), expectedToDate: Money(kronor: 4),
            realisedToDate: Money(kronor: 3), comment: "")
        var m2 = m1
        m2.expectedYear = Money(kronor: 6)
        m2.expectedToDate = Money(kronor: 2)
        m2.realisedToDate = Money(kronor: 5)
        var plan = ActionPlanFollowUp(
            plan: "Plan", node: "N", measures: [m1, m2], expectedByMonth: [], realisedByMonth: [])
        #expect(plan.total.expectedYear == Money(kronor: 18) && plan.total.expectedToDate == Money(kronor: 6))
        #expect(plan.total.realisedToDate == Money(kronor: 8) && plan.total.deviation == Money(kronor: 2))
        plan.measures[1].realisedToDate = nil
        #expect(plan.total.realisedToDate == nil && plan.total.deviation == nil)
    }

    @Test func incomeStatementRowsAndSubtotals() {
        let s = IncomeStatement(lines: [
            .revenue: Money(kronor: 100), .costs: Money(kronor: -900), .depreciation: Money(kronor: -50),
            .tax: Money(kronor: 700), .grants: Money(kronor: 200), .financialIncome: Money(kronor: 30),
            .unrealised: Money(kronor: 20), .financialCosts: Money(kronor: -10),
        ])
        // 100 − 900 − 50 = −850; +700 +200 = 50; +30 +20 −10 = 90; without unrealised 70.
        #expect(s[row: .netCosts] == Money(kronor: -850))
        #expect(s[row: .operatingResult] == Money(kronor: 50))
        #expect(s[row: .resultAfterFinancial] == Money(kronor: 90) && s[row: .result] == Money(kronor: 90))
        #expect(s[row: .resultExclUnrealised] == Money(kronor: 70))
        #expect(s[row: .grants] == Money(kronor: 200))
        let budget = IncomeStatement(lines: [.revenue: Money(kronor: 80), .tax: Money(kronor: 650)])
        // Result 90 against a budgeted 80 + 650 = 730: −640; revenue 100 against 80: +20.
        #expect(s.deviation(from: budget, on: .result) == Money(kronor: -640))
        #expect(s.deviation(from: budget, on: .revenue) == Money(kronor: 20))
        #expect(
            IncomeStatementRow.allCases.filter(\.isTotal) == [
                .netCosts, .operatingResult, .resultAfterFinancial, .result,
            ])
    }

    @Test func closedYearsAndMonthEnds() {
        func ledger(_ year: Int, through month: Int, tax: Bool = true) -> YearLedger {
            YearLedger(
                year: year,
                cells: [YearLedger.Cell(account: 3010, ansvar: "R", month: month, amount: Money(kronor: 1))]
                    + (tax ? [YearLedger.Cell(account: 8010, ansvar: "R", month: 1, amount: Money(kronor: -5))] : []),
                openingBalances: [:])
        }
        let data = FollowUpData(
            organisationName: "R", nodes: [], mapping: .kommunBas13,
            ledgers: [
                2018: ledger(2018, through: 12), 2020: ledger(2020, through: 12), 2021: ledger(2021, through: 9),
                2022: ledger(2022, through: 12, tax: false), 2023: ledger(2023, through: 12),
                2024: ledger(2024, through: 4),
            ], budgets: [], forecasts: [], figures: [], investments: [])
        // The four years before 2024 with a ledger through December: not 2018 (too early), not 2021 (open),
        // not 2022 (no tax revenue: one förvaltning's export, not the organisation's books).
        #expect(KeyRatioReport.closedYears(data, before: 2024, count: 4) == [2020, 2023])
        #expect(Period.lastDay(year: 2024, month: 2) == 29 && Period.lastDay(year: 2023, month: 2) == 28)
        #expect(Period.lastDay(year: 1900, month: 2) == 28 && Period.lastDay(year: 2000, month: 2) == 29)
        #expect(Period.lastDay(year: 2024, month: 4) == 30 && Period.lastDay(year: 2024, month: 12) == 31)
    }

    @Test func policyPercentagesAsSettingsHoldThem() {
        #expect(OrganisationPolicy.percent("2") == 2 && OrganisationPolicy.percent("2.5") == Decimal(string: "2.5"))
        #expect(OrganisationPolicy.percent("-10") == -10)
        for refused in ["", "2,5", "2 %", "två", "1e3", ".5", "5.", "--1", "+1"] {
            #expect(OrganisationPolicy.percent(refused) == nil, "\(refused)")
        }
        #expect(OrganisationPolicy().financialGoals.map(\.target) == [2, 100, 0])
        #expect(OrganisationPolicy().financialGoals.map(\.strict) == [false, false, true])
    }
}
