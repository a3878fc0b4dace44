import Foundation

/// The part of a report a written text (rapporttext) belongs to. Committees and the central
/// office write these; the figures around them are computed.
public enum TextSection: String, CaseIterable, Sendable {
    /// Sammanfattning: the summary that opens the report.
    case summary
    /// Analys av avvikelser: the committee's explanation of its budget deviations.
    case deviationAnalysis = "deviation_analysis"
    /// Samlad bedömning av god ekonomisk hushållning (UR2 and the annual report).
    case economyAssessment = "economy_assessment"
    /// Bedömning av måluppfyllelsen: the overall assessment of the goals.
    case goalAssessment = "goal_assessment"
    /// Resultathantering: what the committee proposes to carry over of its surplus or deficit.
    case resultManagement = "result_management"
    /// Diarienummer of the decision, e.g. "RS240030".
    case caseNumber = "case_number"
    /// The paragraph of the minutes (paragraf), e.g. "§71": the council's (regionfullmäktige)
    /// decision on the report.
    case minuteParagraph = "minute_paragraph"
    /// The board's (regionstyrelsen) paragraph proposing the decision to the council, "§82".
    case boardParagraph = "board_paragraph"
    /// The board's working committee's (arbetsutskottet) paragraph, "§137".
    case workingCommitteeParagraph = "working_committee_paragraph"
    /// Konsekvensbeskrivning of the decision proposal (e.g. gender equality).
    case impactAssessment = "impact_assessment"
    /// Who drafted the decision proposal (handläggare), with unit, title and date, a line each.
    case drafter
    /// Who signs the decision proposal, a line each ("Krister Björkegren, Regiondirektör").
    case signatories
    /// Redovisningsprinciper: the note on the principles the annual report follows (LKBR 9 kap., RKR).
    case accountingPrinciples = "accounting_principles"
    /// The organisation's deviations from RKR's recommendations and why, in the note on the principles.
    case rkrDeviations = "rkr_deviations"
    /// Händelser av väsentlig betydelse during the year and after it (förvaltningsberättelse, LKBR 11 kap. 1 §).
    case significantEvents = "significant_events"
    /// Styrning och uppföljning of the organisation and the koncern (förvaltningsberättelse, RKR R15).
    case governance
    /// Förväntad utveckling (förvaltningsberättelse, LKBR 11 kap. 1 §).
    case expectedDevelopment = "expected_development"
}

/// One written text of a report period and org node.
public struct ReportText: Hashable, Sendable {
    /// The report period the text is written for.
    public var period: Period
    /// The org node (code) whose text it is; the root for the case number and the paragraph.
    public var node: NodeCode
    /// The part of the report it belongs to.
    public var section: TextSection
    /// The text as written; it may hold line breaks.
    public var text: String
    /// A text of `section` for `node` at `period`.
    public init(period: Period, node: NodeCode, section: TextSection, text: String) {
        self.period = period
        self.node = node
        self.section = section
        self.text = text
    }
}

extension FollowUpData {
    /// The text written for `section` of `node` at `period`, or nil.
    public func text(_ section: TextSection, node: NodeCode, period: Period) -> String? {
        texts.first { $0.section == section && $0.node == node && $0.period == period }?.text
    }
}
