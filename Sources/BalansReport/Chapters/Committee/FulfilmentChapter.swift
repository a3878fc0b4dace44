import BalansCore
import Foundation

/// "Måluppfyllelse": commitments per assessment against the previous report, those not
/// assessed, and the activities that do not or only partly follow plan (seeds 000, 001).
enum FulfilmentChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let g = GoalFulfilment.compute(c.data, node: c.node, period: c.period)
        guard g.commitments > 0 else { return nil }
        func count(_ n: Int?, zero: ReportLabel = .noneNeuter) -> String { (n ?? 0) == 0 ? c.label(zero) : String(n!) }
        var text = c.say(
            .fulfilmentForecast, count(g.counts[.fulfilled], zero: .nonePlural), count(g.counts[.partly]),
            count(g.counts[.notFulfilled]))
        if let prev = g.previousPeriod {
            text += c.say(
                .fulfilmentPrevious, c.words.monthCount(prev.month), count(g.previousCounts[.partly]),
                count(g.previousCounts[.notFulfilled]))
        }
        var blocks: [Block] = [.paragraph(text, missing: false)]
        if g.unassessed > 0 {
            blocks.append(.paragraph(c.say(.unassessed, String(g.unassessed), String(g.commitments)), missing: true))
        }
        if !g.notFollowing.isEmpty {
            let table = Table(
                id: "aktiviteter", caption: c.label(.activitiesNotFollowing), unit: .mnkr,
                columns: [
                    c.label(.commitment), c.label(.activity), c.label(.status), c.label(.endDate), c.label(.unit),
                    c.label(.comment),
                ],
                rows: g.notFollowing.map { a in
                    Table.Row(
                        label: a.commitment,
                        cells: [
                            .text(a.activity), .text(c.label(status(a.status ?? .following))), .text(a.endDate),
                            .text(a.unit), .text(a.comment),
                        ])
                }, showsUnit: false)
            blocks.append(.table(table))
        }
        return Chapter(id: "maluppfyllelse", title: c.label(.fulfilment), blocks: blocks)
    }

    /// An activity status's label.
    static func status(_ s: ActivityStatus) -> ReportLabel {
        switch s {
        case .following: return .following
        case .partly: return .partlyFollowing
        case .notFollowing: return .notFollowing
        case .finished: return .finished
        case .project: return .project
        }
    }

    /// The whole region's fulfilment, as in the committee report; UR2 and the annual report
    /// call it what it is there — a forecast, or the year's outcome — with the written overall
    /// assessment first.
    static func region(_ c: ReportContext) -> Chapter? {
        guard var fulfilment = build(c) else { return nil }
        if c.kind == .ur2 { fulfilment.title = c.label(.fulfilmentForecastTitle) }
        if c.kind == .ur2 || c.kind == .arsredovisning {
            fulfilment.blocks.insert(c.written(.goalAssessment, what: .goalAssessmentWhat), at: 0)
        }
        return fulfilment
    }
}
