import BalansCore
import Foundation

/// The committee report (nämndens uppföljningsrapport), chapters after seeds 000 and 001:
/// summary, result and forecast per area, cost development, detail tables per uppdrag.
enum CommitteeReport {
    /// The committee report of `c.node`: its chapters in the order of seeds 000 and 001.
    static func build(_ c: ReportContext) -> Report {
        let p = c.period
        let data = c.data
        let root = c.operating.root
        var chapters: [Chapter] = []
        let booksClosedTo = data.ledgers[p.year]?.lastMonth ?? 0
        if booksClosedTo > 0 && booksClosedTo < p.month {
            // The ledger ends before the period: its figures would pass for January–period.
            chapters.append(CommitteeSummaryChapter.ledgerEndsEarly(c, booksClosedTo: booksClosedTo))
        } else if data.ledgers[p.year] != nil || c.hasBudget {
            chapters.append(CommitteeSummaryChapter.build(c))
            chapters.append(OverviewChapter.build(c))
            chapters.append(contentsOf: AreaChapters.build(c))
        } else {
            // Without a ledger or budget for the year every amount would print as 0,0: say so instead.
            chapters.append(CommitteeSummaryChapter.noFigures(c))
        }
        let optional = [
            CommitteeInvestmentChapter.build(c), FulfilmentChapter.build(c), ActionPlanChapter.build(c),
            IndicatorChapter.build(c), CommitteeStaffChapter.build(c),
        ]
        chapters += optional.compactMap { $0 }
        return Report(
            kind: .namnd, title: c.say(.titleOf, c.title(.namnd), root.name, String(p.year)),
            subtitle: c.say(.subtitle, root.name, c.words.longSpan(p.year, p.month)), organisation: c.tree.root.name,
            period: p, chapters: chapters)
    }
}
