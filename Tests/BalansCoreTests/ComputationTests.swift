import BalansCore
import Foundation
import Testing

/// The computations on small, hand-made data whose answers are worked out independently here.
@Suite struct ComputationTests {
    static let mnkr: Int64 = 100_000_000

    /// A region with one committee of two lines; ansvar codes A1 and A2.
    static func data(forecasts: [ForecastRow] = []) -> FollowUpData {
        let nodes = [
            OrgNode(code: "R", parent: nil, name: "Regionen", kind: .region),
            OrgNode(code: "N", parent: "R", name: "Nämnden", kind: .committee),
            OrgNode(code: "L1", parent: "N", name: "Läkemedel", kind: .line, ansvar: ["A1"]),
            OrgNode(code: "L2", parent: "N", name: "Tandvård", kind: .line, ansvar: ["A2"]),
        ]
        func cell(_ account: Int, _ ansvar: String, _ month: Int, _ kronor: Int64) -> YearLedger.Cell {
            YearLedger.Cell(account: account, ansvar: ansvar, month: month, amount: Money(kronor: kronor))
        }
        // Ledger sign: costs debit (positive), revenues credit (negative).
        let y2017 = YearLedger(
            year: 2017,
            cells: [
                cell(4610, "A1", 1, 70_000_000), cell(4610, "A1", 2, 72_000_000), cell(4610, "A1", 3, 72_100_000),
                cell(4610, "A1", 4, 99_000_000),  // after the period: must not count
                cell(3990, "A2", 1, -10_000_000), cell(4010, "A2", 2, 63_300_000),
                cell(4010, "ZZ", 1, 1_000_000),  // an ansvar code no node owns
            ], openingBalances: [:])
        let y2016 = YearLedger(
            year: 2016, cells: [cell(4610, "A1", 2, 200_000_000), cell(4010, "A2", 3, 50_000_000)], openingBalances: [:]
        )
        let budgets = [
            BudgetRow(
                year: 2017, node: "L1", account: 4610, amount: Money(kronor: -759_400_000),
                monthly: Periodisation.split(Money(kronor: -759_400_000))!),
            BudgetRow(
                year: 2017, node: "L2", account: 4010, amount: Money(kronor: -213_300_000),
                monthly: Periodisation.split(Money(kronor: -213_300_000))!),
        ]
        return FollowUpData(
            organisationName: "Regionen", nodes: nodes, mapping: .kommunBas13, ledgers: [2017: y2017, 2016: y2016],
            budgets: budgets, forecasts: forecasts, figures: [], investments: [])
    }

    @Test func driftredovisningColumnsAndSubtotals() throws {
        let p = Period(year: 2017, month: 3)!
        let data = Self.data(forecasts: [
            ForecastRow(
                period: p, node: "L1", account: 4610, amount: Money(kronor: -859_400_000), comment: "Högre kostnader")
        ])
        let op = OperatingStatement.compute(data, period: p)
        let l1 = try #require(op.row("L1")).figures
        #expect(l1.outcome == Money(kronor: -214_100_000))
        // −759,4 mnkr / 12 is not whole öre: the 4 öre left over go to January–April, so
        // January–March is 3 × 6 328 333 334 öre.
        #expect(l1.budgetToDate == Money(ore: -18_985_000_002))
        #expect(l1.deviationToDate == Money(ore: -2_424_999_998))
        #expect(l1.deviationToDate.rounded(toUnitsOf: 10_000_000) == -242)  // seed 000 2.2: −24,2
        #expect(l1.forecastDeviation == Money(kronor: -100_000_000))
        #expect(l1.previousOutcomeToDate == Money(kronor: -200_000_000))
        let l2 = try #require(op.row("L2")).figures
        #expect(l2.forecast == l2.annualBudget)  // nollprognos
        #expect(l2.outcome == Money(kronor: -53_300_000))
        // Subtotals are sums of rows, never typed in; the unallocated ansvar reaches the root.
        let n = try #require(op.row("N")).figures
        #expect(n.outcome == l1.outcome + l2.outcome)
        #expect(n.forecastDeviation == Money(kronor: -100_000_000))
        let unallocated = try #require(op.row(OperatingStatement.unallocatedCode)).figures
        #expect(unallocated.outcome == Money(kronor: -1_000_000))
        #expect(op.root.figures.outcome == n.outcome + unallocated.outcome)
        #expect(op.committeesWithForecastDeficit.map(\.code) == ["N"])
        // Cost development: costs this year over last year's same months (revenue left out).
        #expect(l1.costDevelopment == Decimal(214_100_000) / Decimal(200_000_000) * 100 - 100)
    }

    @Test func forecastChangeSincePreviousReport() throws {
        // Seed 001 1.1: the deficit grows from −14,4 to −19,4 mnkr: a change of −5,0.
        let may = Period(year: 2017, month: 5)!
        let july = Period(year: 2017, month: 7)!
        let data = Self.data(forecasts: [
            ForecastRow(period: may, node: "L1", account: nil, amount: Money(kronor: -773_800_000)),
            ForecastRow(period: july, node: "L1", account: nil, amount: Money(kronor: -778_800_000)),
        ])
        let op = OperatingStatement.compute(data, period: july)
        #expect(op.previousForecastPeriod == may)
        let l1 = try #require(op.row("L1")).figures
        #expect(l1.forecastDeviation.rounded(toUnitsOf: 10_000_000) == -194)
        #expect(l1.forecastChange == Money(kronor: -5_000_000))
        #expect(try #require(op.row("L2")).figures.forecastChange == .zero)
    }

    @Test(arguments: [ForecastRow.Status.draft, .submitted]) func onlyApprovedForecastsReachReports(
        _ status: ForecastRow.Status
    ) throws {
        let p = Period(year: 2017, month: 3)!
        let data = Self.data(forecasts: [
            ForecastRow(period: p, node: "L1", account: 4610, amount: Money(kronor: -1), status: status)
        ])
        let l1 = try #require(OperatingStatement.compute(data, period: p).row("L1")).figures
        #expect(l1.forecast == l1.annualBudget)
        #expect(IncomeStatement.forecast(data, period: p) == nil)
    }

    @Test func largestDeviationsAddUpWithRemainder() {
        let p = Period(year: 2017, month: 3)!
        let data = Self.data(forecasts: [
            ForecastRow(period: p, node: "L1", account: 4610, amount: Money(kronor: -859_400_000)),
            ForecastRow(period: p, node: "L2", account: 4010, amount: Money(kronor: -208_300_000)),
        ])
        let op = OperatingStatement.compute(data, period: p)
        let d = op.largestDeviations(threshold: Money(kronor: 20_000_000))
        #expect(d.minus.map(\.code) == ["L1"])
        #expect(d.plus.isEmpty)
        #expect(d.remainder == Money(kronor: 5_000_000))
        #expect(d.total == Money(kronor: -95_000_000))
    }

    @Test func balanceRequirementWithExceptionalReasons() throws {
        // Seed 003 2.6: 2023 result 260, realisation gains −24, unrealised gain 247 → −11,
        // synnerliga skäl for the whole deficit, nothing to restore.
        var data = Self.data()
        data.nodes = []
        data.ledgers = [:]
        data.budgets = []
        data.figures = [
            FigureRow(year: 2023, month: nil, key: .result, amount: Money(kronor: 260_000_000)),
            FigureRow(year: 2023, month: nil, key: .unrealised, amount: Money(kronor: 247_000_000)),
            FigureRow(year: 2023, month: nil, key: .realisationGains, amount: Money(kronor: -24_000_000)),
            FigureRow(year: 2023, month: nil, key: .exceptionalReasons, amount: nil),
            FigureRow(year: 2022, month: nil, key: .result, amount: Money(kronor: -100_000_000)),
        ]
        let table = BalanceRequirementYear.table(data, period: Period(year: 2024, month: 4)!)
        #expect(table.map(\.year) == [2022, 2023])
        let y2022 = table[0]
        let y2023 = table[1]
        #expect(y2022.toRestoreClosing == Money(kronor: -100_000_000))  // no synnerliga skäl: to restore
        #expect(y2023.toRestoreOpening == Money(kronor: -100_000_000))
        #expect(y2023.balanceRequirementResult == Money(kronor: -11_000_000))
        #expect(y2023.exceptionalReasons == Money(kronor: 111_000_000))
        #expect(y2023.toRestoreClosing == .zero)
    }

    @Test func costDevelopmentSeed002() {
        // Seed 002 5.2.4 (tkr): costs −1 199 035 against −1 033 286 last year → 16 %;
        // budgeted −1 124 935 → 8,9 %; the difference 7,2 percentage points, unfavourable.
        var f = OperatingFigures()
        f.costsToDate = Money(kronor: -1_199_035_000)
        f.previousCostsToDate = Money(kronor: -1_033_286_000)
        f.budgetCostsToDate = Money(kronor: -1_124_935_000)
        let actual = f.costDevelopment!
        let budgeted = f.budgetedCostDevelopment!
        #expect(actual.roundedHalfAwayFromZero(scale: 0) == 16)
        #expect(budgeted.roundedHalfAwayFromZero(scale: 1) == Decimal(string: "8.9")!)
        #expect((actual - budgeted).roundedHalfAwayFromZero(scale: 1) == Decimal(string: "7.2")!)
    }

    @Test func mappingNarrowestRuleWins() {
        let m = AccountMapping.kommunBas13
        #expect(m.line(for: 8468) == .unrealised)
        #expect(m.line(for: 8410) == .financialIncome)
        #expect(m.line(for: 7810) == .depreciation)
        #expect(m.line(for: 79_100) == .costs)  // a longer account uses its first four digits
        let custom = AccountMapping(
            rules: AccountMapping.kommunBas13.rules + [
                MappingRule(from: 3990, to: 3990, line: .revenue, isInternal: true)
            ])
        #expect(custom.line(for: 3990) == nil)
        #expect(custom.isInternal(3990))
    }
}

@Suite struct StaffComputationTests {
    static let tree = [
        OrgNode(code: "R", parent: nil, name: "Regionen", kind: .region),
        OrgNode(code: "N", parent: "R", name: "Nämnden", kind: .committee),
    ]

    func data(_ rows: [StaffRow]) -> FollowUpData {
        FollowUpData(
            organisationName: "R", nodes: Self.tree, mapping: .kommunBas13, ledgers: [:], budgets: [], forecasts: [],
            figures: [], investments: [], staff: rows)
    }

    @Test func rollingTwelveNeedsAllTwelveMonths() {
        // Sick hours 10 of 100 scheduled in each month Feb 2023 – Jan 2024, on the committee.
        var rows: [StaffRow] = []
        for i in 0..<12 {
            let (y, m) = i == 11 ? (2024, 1) : (2023, i + 2)
            rows.append(StaffRow(year: y, month: m, node: "N", measure: .scheduledHours, value: 100))
            rows.append(StaffRow(year: y, month: m, node: "N", measure: .sickHours, value: Decimal(i)))
        }
        let jan = StaffReport.compute(data(rows), period: Period(year: 2024, month: 1)!)
        #expect(jan.sickLeave == Decimal(66) / Decimal(1200) * 100)  // (0+…+11) / 1200, on the region (subtree)
        let feb = StaffReport.compute(data(rows), period: Period(year: 2024, month: 2)!)
        #expect(feb.sickLeave == nil)  // February 2024 is missing: no value, never an 11-month one
    }

    @Test func otherAbsenceAndAgeBandsOverTheirOwnHours() {
        // Each month: the young band 60 of 1 000 hours sick, the old band 20 of 500; 150 hours
        // of other absence on the committee without a split.
        var rows: [StaffRow] = []
        for m in 1...12 {
            rows.append(
                StaffRow(year: 2024, month: m, node: "N", measure: .scheduledHours, value: 1_000, ageBand: "-49"))
            rows.append(StaffRow(year: 2024, month: m, node: "N", measure: .scheduledHours, value: 500, ageBand: "50-"))
            rows.append(StaffRow(year: 2024, month: m, node: "N", measure: .sickHours, value: 60, ageBand: "-49"))
            rows.append(StaffRow(year: 2024, month: m, node: "N", measure: .sickHours, value: 20, ageBand: "50-"))
            rows.append(StaffRow(year: 2024, month: m, node: "N", measure: .absentHours, value: 150))
        }
        let s = StaffReport.compute(data(rows), period: Period(year: 2024, month: 12)!)
        #expect(s.sickLeaveByAgeBand == ["-49": 6, "50-": 4])
        #expect(s.sickLeave == Decimal(80) / Decimal(1_500) * 100)
        #expect(s.otherAbsence == 10)
        #expect(StaffRow.ageBandOrder("-49") < StaffRow.ageBandOrder("50-"))
    }

    @Test func turnoverAveragesHeadcountAndSumsLeavers() {
        var rows: [StaffRow] = []
        for m in 1...12 {
            rows.append(
                // average 965
                StaffRow(year: 2024, month: m, node: "R", measure: .headcountPermanent, value: Decimal(900 + m * 10)))
            rows.append(StaffRow(year: 2024, month: m, node: "R", measure: .leaversExternal, value: 5))
            rows.append(StaffRow(year: 2024, month: m, node: "N", measure: .leaversInternal, value: 2))
            rows.append(StaffRow(year: 2024, month: m, node: "R", measure: .leaversRetirement, value: 1))
        }
        let s = StaffReport.compute(data(rows), period: Period(year: 2024, month: 12)!)
        #expect(s.turnoverExternal == Decimal(60) / Decimal(965) * 100)
        #expect(s.turnover == Decimal(96) / Decimal(965) * 100)
    }

    @Test func hiredShareAndKeyRatio() {
        var rows: [StaffRow] = []
        for m in 1...12 {
            rows.append(StaffRow(year: 2024, month: m, node: "R", measure: .hiredDoctorsCost, value: 1_000))
            rows.append(StaffRow(year: 2024, month: m, node: "R", measure: .hiredNursesCost, value: 500))
            rows.append(StaffRow(year: 2024, month: m, node: "R", measure: .personnelCost, value: 30_000))
        }
        let d = data(rows)
        let s = StaffReport.compute(d, period: Period(year: 2024, month: 12)!)
        #expect(s.hiredCostR12 == Money(kronor: 18_000))
        #expect(s.hiredShare == 5)
        #expect(KeyRatioReport.compute(d, period: Period(year: 2024, month: 12)!).outcome.hiredStaffCostShare == 5)
        #expect(
            KeyRatioReport.compute(data([]), period: Period(year: 2024, month: 12)!).outcome.hiredStaffCostShare == nil)
    }
}

@Suite struct IndicatorStatusTests {
    func row(_ unit: IndicatorUnit, _ direction: IndicatorDirection = .higher, target: Decimal?, outcome: Decimal?)
        -> IndicatorRow
    {
        IndicatorRow(
            code: "I", name: "I", node: "R", unit: unit, direction: direction, year: 2024, target: target,
            outcome: outcome)
    }

    @Test func statusFollowsTheDirection() {
        #expect(IndicatorResult.status(row(.count, target: 15, outcome: 15)) == .met)  // equal meets
        #expect(IndicatorResult.status(row(.count, target: 15, outcome: 14)) == .notMet)
        #expect(IndicatorResult.status(row(.percent, .lower, target: 4, outcome: Decimal(string: "4.01")!)) == .notMet)
        #expect(IndicatorResult.status(row(.percent, .lower, target: 4, outcome: 4)) == .met)
        #expect(IndicatorResult.status(row(.yesNo, target: 1, outcome: 0)) == .notMet)
        #expect(IndicatorResult.status(row(.yesNo, target: 0, outcome: 0)) == .met)
        #expect(IndicatorResult.status(row(.count, target: 15, outcome: nil)) == .noValue)  // no outcome yet
        #expect(IndicatorResult.status(row(.count, target: nil, outcome: 3)) == .noValue)  // nothing to compare with
    }
}

@Suite struct ActionPlanTests {
    @Test func followedMonthByMonth() {
        let tree = [
            OrgNode(code: "R", parent: nil, name: "R", kind: .region),
            OrgNode(code: "N", parent: "R", name: "N", kind: .committee),
        ]
        var rows: [ActionPlanRow] = []
        // Measure A: 1 mnkr a month from March; realised 0,8 in March and 1,1 in April.
        for m in 3...12 {
            rows.append(
                ActionPlanRow(
                    node: "N", plan: "Plan 2024", measure: "A", year: 2024, month: m,
                    expected: Money(kronor: 1_000_000),
                    realised: m == 3 ? Money(kronor: 800_000) : (m == 4 ? Money(kronor: 1_100_000) : nil)))
        }
        // Measure B: 6 mnkr in June only; nothing realised yet.
        rows.append(
            ActionPlanRow(
                node: "N", plan: "Plan 2024", measure: "B", year: 2024, month: 6, expected: Money(kronor: 6_000_000),
                realised: nil))
        let data = FollowUpData(
            organisationName: "R", nodes: tree, mapping: .kommunBas13, ledgers: [:], budgets: [], forecasts: [],
            figures: [], investments: [], actionPlans: rows)
        let plan = ActionPlanFollowUp.compute(data, node: "R", period: Period(year: 2024, month: 4)!)
        #expect(plan.count == 1)
        let a = plan[0].measures[0]
        let b = plan[0].measures[1]
        #expect(a.expectedYear == Money(kronor: 10_000_000) && a.expectedToDate == Money(kronor: 2_000_000))
        #expect(a.realisedToDate == Money(kronor: 1_900_000) && a.deviation == Money(kronor: -100_000))
        // no month due yet
        #expect(b.expectedYear == Money(kronor: 6_000_000) && b.expectedToDate == .zero && b.realisedToDate == .zero)
        #expect(plan[0].expectedByMonth[5] == Money(kronor: 7_000_000))
        #expect(plan[0].realisedByMonth[2] == Money(kronor: 800_000) && plan[0].realisedByMonth[4] == nil)
        // In May, A's May is not followed up: no realised total to date, never a partial one.
        #expect(
            ActionPlanFollowUp.compute(data, node: "R", period: Period(year: 2024, month: 5)!)[0].measures[0]
                .realisedToDate == nil)
    }
}

/// The financial goals (seed 003 2.3): at least 2 %, at least 100 %, soliditet positive.
@Suite struct FinancialGoalTests {
    @Test func metAtOrAboveTheTarget() {
        var k = KeyRatios()
        k.resultToTaxRevenue = 2
        k.selfFinancingRatio = Decimal(string: "99.99")
        k.equityRatioInclPensions = 0
        #expect(FinancialGoal.all.map { $0.isMet(k) } == [true, false, false])  // zero is not positive
        #expect(FinancialGoal.all.map { $0.isMet(KeyRatios()) } == [nil, nil, nil])
    }
}
