import BalansCore
import Foundation

/// "God ekonomisk hushållning" (UR2, annual report): the balance requirement and the
/// financial goals summed up, and the written overall assessment.
enum EconomyAssessmentChapter {
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let r = c.ratios
        func t(_ m: Money) -> String { c.text(m) }
        let judged = data.policy.financialGoals.compactMap { $0.isMet(r.forecast) }
        var text =
            judged.isEmpty
            ? "De finansiella målen kan inte bedömas: underlag saknas."
            : "\(judged.filter { $0 }.count) av \(judged.count) finansiella mål nås enligt prognosen."
        if let bkr = r.balanceRequirement.last?.balanceRequirementResult {
            text +=
                bkr < .zero
                ? " Balanskravet uppfylls inte: balanskravsresultatet \(p.month == 12 ? "blir" : "prognostiseras till") \(t(bkr))."
                : " Balanskravet uppfylls."
        }
        return Chapter(
            id: "god-ekonomisk-hushallning", title: "Samlad bedömning av god ekonomisk hushållning",
            blocks: [
                .paragraph(text, missing: false),
                ReportBuilder.written(
                    data, .economyAssessment, node: data.tree(for: p.year).root.code, period: p,
                    what: "samlad bedömning av god ekonomisk hushållning"),
            ])
    }
}
