import BalansCore
import Foundation

/// "God ekonomisk hushållning" (UR2, annual report): the balance requirement and the
/// financial goals summed up, and the written overall assessment.
enum EconomyAssessmentChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let r = c.ratios
        let tally = Tally(c.policy.financialGoals, on: r.forecast)
        var text =
            tally.judged == 0
            ? c.label(.goalsCannotBeJudged) : c.say(.goalsMet, String(tally.met), String(tally.judged))
        if let bkr = r.balanceRequirement.last?.balanceRequirementResult {
            text +=
                bkr < .zero
                ? c.say(.balanceRequirementNotMet, c.label(c.period.month == 12 ? .becomes : .isForecastAt), c.amount(bkr))
                : c.label(.balanceRequirementMet)
        }
        return Chapter(
            id: "god-ekonomisk-hushallning", title: c.label(.economyAssessment),
            blocks: [.paragraph(text, missing: false), c.written(.economyAssessment, what: .economyAssessmentWhat)])
    }
}
