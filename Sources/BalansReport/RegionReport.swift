import BalansCore
import Foundation

/// The region's reports — Månadsrapport, Uppföljningsrapport 1 and 2, Årsredovisning — as
/// their chapters in the order of seed 003.
enum RegionReport {
    /// The month report: where the money stands and how fast the costs grow (seed 004's three-month follow-up),
    /// and the indicators of the month, such as seed 004's availability against riket; no goals or staff (SPEC §5).
    static func monthChapters(_ c: ReportContext) -> [Chapter?] {
        [
            RegionSummaryChapter.build(c), CostGrowthChapter.build(c), IncomeStatementChapter.build(c),
            OperatingChapter.build(c), DeviationChapter.build(c), BalanceRequirementChapter.build(c),
            ResultTrendChapter.build(c), IndicatorChapter.build(c),
        ]
    }

    /// The chapters of UR1, UR2 and the annual report, nil where a chapter has no data.
    static func chapters(_ c: ReportContext) -> [Chapter?] {
        // The decision pages open the report, as in seed 003.
        var chapters: [Chapter?] = DecisionChapter.build(c)
        chapters.append(RegionSummaryChapter.build(c))
        if c.kind == .ur2 || c.kind == .arsredovisning { chapters.append(EconomyAssessmentChapter.build(c)) }
        // The annual report's förvaltningsberättelse: five years, pensions and the written parts (RKR R15).
        chapters.append(ManagementReportChapter.build(c))
        // Seed 003's order: the year's goals (2.2), the financial goals (2.3), the operations (2.4),
        // the evaluation of the result (2.5–2.7), the financial reports (3) and the indicators (4).
        chapters += [
            GoalsChapter.build(c), FinancialGoalsChapter.build(c), OperationsChapter.build(c), KeyRatioChapter.build(c),
            ResultTrendChapter.build(c), LiquidityChapter.build(c), DeviationChapter.build(c),
            BalanceRequirementChapter.build(c), RegionStaffChapter.build(c), KoladaChapter.build(c),
            FulfilmentChapter.region(c), IncomeStatementChapter.build(c), BalanceSheetChapter.build(c),
            OperatingChapter.build(c), RegionInvestmentChapter.build(c), IndicatorTargetsChapter.build(c),
        ]
        if c.kind == .arsredovisning {
            // The kassaflödesanalys after the balansräkning (LKBR 4 kap. 1 §).
            let balance = chapters.firstIndex { $0?.id == "balansrakning" }.map { $0 + 1 } ?? chapters.count
            chapters.insert(CashFlowChapter.build(c), at: balance)
            // The notes after the operating and investment accounts, as the statements refer to them.
            let indicators = chapters.firstIndex { $0?.id == "indikatorer-och-malvarden" } ?? chapters.count
            chapters.insert(NotesChapter.build(c), at: indicators)
            chapters.append(ResultManagementChapter.build(c))
            // Sammanställda räkenskaper (LKBR 12 kap.) after the region's own accounts.
            chapters.append(KoncernChapter.build(c))
        }
        return chapters
    }

    /// The report `c` describes.
    static func build(_ c: ReportContext) -> Report {
        let p = c.period
        let subtitle = c.say(.subtitle, c.tree.root.name, c.words.longSpan(p.year, p.month))
        let month = c.kind == .manad
        return Report(
            kind: c.kind,
            title: month
                ? c.say(.titleOf, c.title(c.kind), c.words.month(p.month), String(p.year))
                : c.say(.titleYear, c.title(c.kind), String(p.year)),
            subtitle: subtitle, organisation: c.tree.root.name, period: p,
            chapters: (month ? monthChapters(c) : chapters(c)).compactMap { $0 })
    }
}
