import BalansCore
import Foundation

/// "Underskrifter" (seed 002 6): the annual report of a förvaltning closes with the signatures of those who answer for
/// it — the committee's chair and the förvaltningschef — one per line of the written text `signatories`.
enum SignaturesChapter {
    /// The chapter of an annual report; nil for the other kinds.
    static func build(_ c: ReportContext) -> Chapter? {
        guard c.kind == .arsredovisning else { return nil }
        let blocks: [Block] =
            if let text = c.data.text(.signatories, node: c.node, period: c.period) {
                DecisionChapter.lines(text).map { .paragraph($0, missing: false) }
            } else {
                [c.missing(c.label(.signaturesWhat))]
            }
        return Chapter(id: "underskrifter", title: c.label(.signatures), blocks: blocks)
    }
}
