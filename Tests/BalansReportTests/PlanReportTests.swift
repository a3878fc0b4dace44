import BalansCore
import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// Mål och budget as a report kind (issue 18, item 6) on the example: the 2024 document made from `budget-2024` prints
/// seed 003's budget (skatteintäkter 10 496, statsbidrag 2 804, result −686 mnkr) and the committees' regionbidrag
/// of budget.csv as their frames; the 2025 document's frames follow from the decided 2024 budget.
@Suite struct PlanReportTests {
    /// The table `id` of the report.
    static func table(_ report: Report, _ id: String) throws -> Table {
        let tables = report.allBlocks.compactMap { b -> Table? in if case .table(let t) = b { t } else { nil } }
        return try #require(tables.first { $0.id == id }, "no table \(id)")
    }

    /// The amount in öre of a cell.
    static func ore(_ cell: CellValue?) -> Int64? { if case .amount(let o) = cell { o } else { nil } }

    /// The row labelled `label`.
    static func row(_ t: Table, _ label: String) throws -> Table.Row {
        try #require(t.rows.first { $0.label == label }, "no row \(label) in \(t.id)")
    }

    /// Whole mnkr as the reports round them: half away from zero.
    static func mnkr(_ ore: Int64?) -> Int64? { ore.map { Money(ore: $0).rounded(toUnitsOf: 100_000_000) } }

    @Test func the2024DocumentPrintsSeed003sBudget() async throws {
        let data = try await ExampleFixture.data()
        let report = try await ExampleFixture.report("malbudget-2024")
        #expect(report.kind == .malbudget && report.title == "Mål och budget 2024 med plan för 2025–2026")
        #expect(report.subtitle == "Region Halland, planversion budget-2024")
        #expect(
            report.chapters.map(\.title) == [
                "Skatteintäkter och generella statsbidrag", "Ramar per nämnd", "Budgeterad resultaträkning",
                "Budgeterad balansräkning", "Budgeterad kassaflödesanalys", "Självfinansiering av investeringarna",
                "Investeringsplan",
            ])
        // Seed 003, 3.1 Resultaträkning, column "Budget 2024".
        let statement = try Self.table(report, "budgeterad-resultatrakning")
        #expect(statement.columns == ["", "Budget 2024", "Plan 2025", "Plan 2026"])
        #expect(Self.mnkr(Self.ore(try Self.row(statement, "Skatteintäkter").cells.first)) == 10_496)
        #expect(
            Self.mnkr(Self.ore(try Self.row(statement, "Generella statsbidrag och utjämning").cells.first)) == 2_804)
        #expect(Self.mnkr(Self.ore(try Self.row(statement, "Årets resultat").cells.first)) == -686)
        let goal = try Self.row(statement, "Det finansiella resultatmålet")
        #expect(goal.cells.first == .text("uppfylls inte"))
        // As printed, rounded in the renderer.
        let md = MarkdownRenderer.render(report).replacingOccurrences(of: "\u{A0}", with: " ")
        let chapter = try #require(md.components(separatedBy: "## Budgeterad resultaträkning").last)
        for line in [
            "| Skatteintäkter | 10 496 |", "| Generella statsbidrag och utjämning | 2 804 |",
            "| **Årets resultat** | −686 |",
        ] {
            #expect(chapter.contains(line), "\(line)")
        }
        // Each frame is the committee's regionbidrag (its lines' internal revenue, 3990) in budget.csv.
        let budget = data.budgets.filter { $0.year == 2024 && $0.change == nil }
        let tree = data.tree(for: 2024)
        let frames = try Self.table(report, "ramar-2024")
        var committees = 0
        for c in tree.committees {
            let lines = Set(tree.subtree(c.code).map(\.code))
            let regionbidrag = budget.filter { lines.contains($0.node) && $0.account == 3990 }.map(\.amount).sum()
            guard !regionbidrag.isZero else { continue }
            #expect(Self.ore(try Self.row(frames, c.name).cells.last) == regionbidrag.ore, "\(c.code)")
            committees += 1
        }
        #expect(committees == frames.rows.count - 1 && committees >= 10)
        // The investment plan: the version's own (planinvestments.csv), 983 mnkr in 2024 as Mål och budget 2024 had
        // it (seed 003 3.4).
        let investments = try Self.table(report, "investeringsplan")
        let planned = data.planInvestments.filter { $0.version == "budget-2024" && $0.year == 2024 }
        #expect(
            Self.ore(try Self.row(investments, "Summa investeringar").cells.first) == planned.map(\.amount).sum().ore)
        #expect(planned.map(\.amount).sum() == Money(kronor: 983_000_000))
    }

    /// HS's 2025 frame: its regionbidrag in the decided 2024 budget (5 700 mnkr) + 3 % of its personnel costs (klass
    /// 5) + 2 % of its other costs + the priority (45 mnkr) − the saving (48 mnkr), from data.budgets.
    @Test func the2025DocumentsFramesFollowFromTheDecidedBudget() async throws {
        let data = try await ExampleFixture.data()
        let report = try await ExampleFixture.report("malbudget-2025")
        #expect(report.title == "Mål och budget 2025 med plan för 2026–2027")
        #expect(report.subtitle == "Region Halland, planversion forslag-2025")
        let lines = Set(data.tree(for: 2024).subtree("HS").map(\.code))
        let budget = data.budgets.filter { $0.year == 2024 && $0.change == nil && lines.contains($0.node) }
        func total(_ keep: (Int) -> Bool) -> Decimal {
            budget.filter { keep($0.account ?? 0) }.map(\.amount).sum().kronorDecimal
        }
        let regionbidrag = total { $0 == 3990 }
        #expect(regionbidrag == 5_700_000_000)
        let personnel = -total { (5000...5999).contains($0) }
        let other = -total { (4000...4999).contains($0) || (6000...7999).contains($0) }
        // With HS's capital costs of the 2024 equipment (150 mnkr): 150 000 000 / 5 + 2,75 % × 150 000 000.
        let expected = Money.rounding(
            kronor: personnel * 3 / 100 + other * 2 / 100 + 45_000_000 - 48_000_000 + 5_700_000_000 + 30_000_000
                + 4_125_000)
        let frames = try Self.table(report, "ramar-2025")
        let name = try #require(data.tree(for: 2025).node("HS")?.name)
        let hs = try Self.row(frames, name)
        #expect(Self.ore(hs.cells.last) == expected.ore)
        #expect(
            frames.columns == [
                "Nämnd/styrelse", "Ram 2024", "Löneindex", "Prisindex", "Volymförändringar",
                "Satsningar", "Effektiviseringar", "Kapitalkostnader nya investeringar", "Ram 2025",
            ])
        // The named changes with their decisions.
        let named = try Self.table(report, "namngivna-forandringar-2025")
        #expect(
            named.rows.contains {
                $0.label == name
                    && $0.cells == [
                        .text("Satsning"), .text("Utökad akutvård Varberg"), .text("RS §120 2024"),
                        .amount(4_500_000_000),
                    ]
            })
        // The tax computation of 2025 step by step: base year 2023 and its three factors.
        let taxes = try Self.table(report, "skatteintakter-2025")
        #expect(
            taxes.rows.map(\.label).prefix(5) == [
                "Skatteunderlag 2023 (basår)", "× uppräkningsfaktor 2024", "× uppräkningsfaktor 2025",
                "= skatteunderlag 2025", "× skattesats, kronor per 100 kronor",
            ])
        #expect(taxes.rows[1].cells.first == .points(Decimal(string: "1.038")!, decimals: 4))
        // No indicator targets for 2025–2027 in the example: that chapter is left out; the investment plan is the
        // version's.
        #expect(!report.chapters.contains { $0.id == "mal-och-indikatorer" })
        #expect(report.chapters.contains { $0.id == "investeringsplan" })
    }

    /// Without `planVersion` the version that begins in the year; with several, the last name in byte order; a named
    /// version, an unknown one, a year without a plan and a committee asked for.
    @Test func whichVersion() async throws {
        var data = try await ExampleFixture.data()
        #expect(PlanVersions.version(for: 2024, in: data) == "budget-2024")
        #expect(PlanVersions.version(for: 2025, in: data) == "forslag-2025")
        #expect(PlanVersions.version(for: 2026, in: data) == nil)
        let december = Period(year: 2025, month: 12)!
        let named = try ReportBuilder.build(
            .malbudget, data: data, period: december, node: nil, planVersion: "forslag-2025")
        #expect(named.subtitle == "Region Halland, planversion forslag-2025")
        // budget-2024 asked for 2025: it has no tax rate for 2027, and says so.
        do {
            _ = try ReportBuilder.build(.malbudget, data: data, period: december, node: nil, planVersion: "budget-2024")
            Issue.record("budget-2024 gave a plan for 2025–2027")
        } catch let e as ReportRequestError {
            #expect(
                e.description
                    == "plan budget-2024 for 2025: uppräkningsfaktor för 2027 saknas; skattesats för 2027 saknas; "
                    + "ränta för 2027 saknas (planfinance)")
        }
        #expect(throws: ReportRequestError.self) {
            try ReportBuilder.build(.malbudget, data: data, period: december, node: nil, planVersion: "nej")
        }
        #expect(throws: ReportRequestError.self) {
            try ReportBuilder.build(.malbudget, data: data, period: Period(year: 2030, month: 12)!, node: nil)
        }
        #expect(throws: ReportRequestError.self) {
            try ReportBuilder.build(.malbudget, data: data, period: december, node: "HS")
        }
        data.frameRows += data.frameRows.filter { $0.version == "forslag-2025" }.map {
            var r = $0
            r.version = "forslag-2025-reviderad"
            return r
        }
        #expect(PlanVersions.version(for: 2025, in: data) == "forslag-2025-reviderad")
        // A decided version of the year is the one in force, whatever its name; the subtitle says it is decided.
        data.planVersions.append(
            PlanVersion(
                version: "forslag-2025", firstYear: 2025, status: .decided, decidedBy: "central",
                decidedAt: "2024-11-20T10:00:00Z", reference: "RF §60 2024"))
        #expect(PlanVersions.version(for: 2025, in: data) == "forslag-2025")
        let decided = try ReportBuilder.build(.malbudget, data: data, period: december, node: nil)
        #expect(decided.subtitle == "Region Halland, planversion forslag-2025, beslutad RF §60 2024")
    }

    /// The goals' targets where the data have them: an indicator with a target for 2025 and 2026.
    @Test func goalsWithTheirTargets() async throws {
        var data = try await ExampleFixture.data()
        for (year, target) in [(2025, 80), (2026, 85)] {
            data.indicators.append(
                IndicatorRow(
                    code: "T-1", name: "Andel nöjda patienter", node: "HS", goal: "Nöjda patienter",
                    focusArea: "Vård i världsklass", unit: .percent, year: year, target: Decimal(target),
                    outcome: nil))
        }
        let report = try ReportBuilder.build(.malbudget, data: data, period: Period(year: 2025, month: 12)!, node: nil)
        let table = try Self.table(report, "mal-och-malvarden")
        #expect(table.columns == ["Indikator", "Målvärde 2025", "Målvärde 2026"])
        #expect(table.rows.map(\.label) == ["Vård i världsklass", "Nöjda patienter", "Andel nöjda patienter"])
        #expect(table.rows[2].cells.count == 2 && table.rows[2].cells != [.empty, .empty])
    }
}
