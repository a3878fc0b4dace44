import BalansCore
import Foundation

/// The committee report (nämndens uppföljningsrapport), chapters after seeds 000 and 001:
/// summary, result and forecast per area, cost development, detail tables per uppdrag.
enum CommitteeReport {
    /// The title as the seeds print it: "Uppföljningsrapport 1 2017 för Regionstyrelsens …"
    /// (seed 000), "Månadsrapport juli 2017 för …", "Årsredovisning 2019" (seed 002, the
    /// förvaltning in the subtitle); the `namnd` kind "Uppföljningsrapport … 2017".
    static func title(_ c: ReportContext) -> String {
        let p = c.period
        let name = c.operating.root.name
        switch c.kind {
        case .namnd: return c.say(.titleOf, c.title(.namnd), name, String(p.year))
        case .arsredovisning: return c.say(.titleYear, c.title(.arsredovisning), String(p.year))
        case .manad:
            return c.say(.titleFor, c.say(.titleOf, c.title(.manad), c.words.month(p.month), String(p.year)), name)
        case .ur1, .ur2: return c.say(.titleFor, c.say(.titleYear, c.title(c.kind), String(p.year)), name)
        // Never built for a committee (`PlanReport` refuses a node below the root).
        case .malbudget: return c.say(.titleYear, c.title(.malbudget), String(p.year))
        }
    }

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
            IndicatorChapter.build(c), CommitteeStaffChapter.build(c), SignaturesChapter.build(c),
        ]
        chapters += optional.compactMap { $0 }
        return Report(
            kind: c.kind, title: title(c),
            subtitle: c.say(.subtitle, root.name, c.words.longSpan(p.year, p.month)), organisation: c.tree.root.name,
            period: p, chapters: chapters)
    }
}
