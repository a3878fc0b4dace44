import BalansCore
import Foundation

/// "Måluppfyllelse": commitments per assessment against the previous report, those not
/// assessed, and the activities that do not or only partly follow plan (seeds 000, 001).
enum FulfilmentChapter {
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        let node = c.node
        let g = GoalFulfilment.compute(data, node: node, period: p)
        guard g.commitments > 0 else { return nil }
        func count(_ n: Int) -> String { n == 0 ? "inget" : String(n) }
        var text =
            "Prognosen visar att \((g.counts[.fulfilled] ?? 0) == 0 ? "inga" : String(g.counts[.fulfilled] ?? 0)) åtaganden uppfylls, \(count(g.counts[.partly] ?? 0)) delvis och \(count(g.counts[.notFulfilled] ?? 0)) inte."
        if let prev = g.previousPeriod {
            text +=
                " I uppföljningen efter \(ReportLabels.monthCountWords[prev.month - 1]) månader var det \(count(g.previousCounts[.partly] ?? 0)) som delvis och \(count(g.previousCounts[.notFulfilled] ?? 0)) som inte bedömdes uppfyllas."
        }
        var blocks: [Block] = [.paragraph(text, missing: false)]
        if g.unassessed > 0 {
            blocks.append(
                .paragraph(
                    "\(g.unassessed) av \(g.commitments) åtaganden har inte kommenterats eller prognossatts i denna uppföljning.",
                    missing: true))
        }
        if !g.notFollowing.isEmpty {
            let table = Table(
                id: "aktiviteter", caption: "Aktiviteter som inte följer eller delvis följer planeringen", unit: .mnkr,
                columns: ["Åtagande", "Aktivitet", "Status", "Slutdatum", "Enhet", "Kommentar"],
                rows: g.notFollowing.map { a in
                    Table.Row(
                        label: a.commitment,
                        cells: [
                            .text(a.activity), .text(ReportLabels.activityStatus[a.status ?? .following] ?? ""),
                            .text(a.endDate), .text(a.unit), .text(a.comment),
                        ])
                }, showsUnit: false)
            blocks.append(.table(table))
        }
        return Chapter(id: "maluppfyllelse", title: "Måluppfyllelse", blocks: blocks)
    }

    /// The whole region's fulfilment, as in the committee report; UR2 and the annual report
    /// call it what it is there — a forecast, or the year's outcome — with the written overall
    /// assessment first.
    static func region(_ c: ReportContext) -> Chapter? {
        guard var fulfilment = build(c) else { return nil }
        if c.kind == .ur2 { fulfilment.title = "Prognos för måluppfyllelse" }
        if c.kind == .ur2 || c.kind == .arsredovisning {
            fulfilment.blocks.insert(
                ReportBuilder.written(
                    c.data, .goalAssessment, node: c.node, period: c.period,
                    what: "samlad bedömning av måluppfyllelsen"),
                at: 0)
        }
        return fulfilment
    }
}
