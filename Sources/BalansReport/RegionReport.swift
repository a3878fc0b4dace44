import BalansCore
import Foundation

/// The region's reports — Månadsrapport, Uppföljningsrapport 1 and 2, Årsredovisning — as
/// their chapters in the order of seed 003.
enum RegionReport {
    /// The month report: where the money stands, no goals or staff (SPEC §5).
    static func monthChapters(_ c: ReportContext) -> [Chapter?] {
        [
            RegionSummaryChapter.build(c), IncomeStatementChapter.build(c), OperatingChapter.build(c),
            DeviationChapter.build(c), BalanceRequirementChapter.build(c), ResultTrendChapter.build(c),
        ]
    }

    /// The chapters of UR1, UR2 and the annual report, nil where a chapter has no data.
    static func chapters(_ c: ReportContext) -> [Chapter?] {
        var chapters: [Chapter?] = [RegionSummaryChapter.build(c)]
        if c.kind == .ur2 || c.kind == .arsredovisning { chapters.append(EconomyAssessmentChapter.build(c)) }
        chapters += [
            FinancialGoalsChapter.build(c), KeyRatioChapter.build(c), ResultTrendChapter.build(c),
            LiquidityChapter.build(c), DeviationChapter.build(c), BalanceRequirementChapter.build(c),
            RegionStaffChapter.build(c), FulfilmentChapter.region(c), IndicatorChapter.build(c),
            IncomeStatementChapter.build(c), BalanceSheetChapter.build(c), OperatingChapter.build(c),
            RegionInvestmentChapter.build(c),
        ]
        if c.kind == .arsredovisning { chapters.append(ResultManagementChapter.build(c)) }
        chapters.append(DecisionChapter.build(c))
        return chapters
    }

    /// The report `c` describes.
    static func build(_ c: ReportContext) -> Report {
        let p = c.period
        let kind = c.kind
        let subtitle = "\(c.tree.root.name), \(ReportLabels.longSpan(p.year, p.month))"
        if kind == .manad {
            return Report(
                kind: kind.rawValue,
                title:
                    "\(ReportLabels.reportTitles[kind.rawValue] ?? "") \(ReportLabels.months[p.month - 1]) \(p.year)",
                subtitle: subtitle, organisation: c.tree.root.name, period: p.description,
                chapters: monthChapters(c).compactMap { $0 })
        }
        return Report(
            kind: kind.rawValue, title: "\(ReportLabels.reportTitles[kind.rawValue] ?? "Rapport") \(p.year)",
            subtitle: subtitle, organisation: c.tree.root.name, period: p.description,
            chapters: chapters(c).compactMap { $0 })
    }
}
