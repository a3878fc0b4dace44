import BalansCore
import Foundation

/// The decision proposal (beslutsförslag, seed 003 §71/§82), drafted from the figures:
/// approve the report; urge the committees with a forecast deficit (named) to continue their
/// action plans; note the committees above the target for hired staff (named, computed from
/// the staff data); with the case number and paragraph from the texts.
enum DecisionChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let op = c.operating
        let root = c.tree.root
        let name =
            c.kind == .arsredovisning
            ? c.say(.annualReportOf, root.name, String(p.year))
            : c.say(.reportOf, root.name, c.title(c.kind).lowercased(), c.words.longSpan(p.year, p.month))
        var items = [c.say(.approve, name)]
        let deficits = op.committeesInDeficit
        if !deficits.isEmpty { items.append(c.say(.urge, c.names(deficits.map(\.name)))) }
        var blocks: [Block] = []
        let reference = [
            data.text(.minuteParagraph, node: root.code, period: p), data.text(.caseNumber, node: root.code, period: p),
        ].compactMap { $0 }
        if reference.count == 2 {
            blocks.append(.paragraph(c.say(.caseReference, reference[0], reference[1]), missing: false))
        } else {
            blocks.append(c.missing(c.label(.caseReferenceWhat)))
        }
        if !data.staff.isEmpty {
            let target = StaffReport.compute(data, period: p).hiredShareTarget(c.policy)
            let above = StaffReport.above(target, op.committees, data, period: p)
            if !above.isEmpty {
                items.append(
                    c.say(.aboveHiredTarget, c.names(above.map(\.name)), FinancialGoalsChapter.targetNumber(target)))
            }
        } else {
            blocks.append(c.missing(c.label(.noStaffData)))
        }
        blocks.insert(
            contentsOf: [
                .heading(c.label(.proposal)), .paragraph(c.label(.proposalIntro), missing: false), .list(items),
            ], at: 0)
        return Chapter(id: "beslutsforslag", title: c.label(.decisionChapter), blocks: blocks)
    }
}
