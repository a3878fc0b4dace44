import Foundation

/// The chapter of a region report whose headings the organisation writes itself (seed 003):
/// the goals of the year's plan, and the account of its operations.
public enum TopicChapter: String, CaseIterable, Sendable {
    /// Årets fokusområden och mål (seed 003 2.2): a heading is a focus area (fokusområde) of
    /// Mål och budget, a topic one of its goals (mål). Indicators whose focus area and goal are
    /// the heading and topic are shown under it.
    case goals
    /// Verksamheter (seed 003 2.4): a heading is an area of operations (Hälso- och sjukvård,
    /// Regional utveckling), a topic one of its parts (Tillgänglighet, Kvalitet).
    case operations
}

/// A written text under a heading and topic the organisation names (rapporttext per mål),
/// for a report period and org node. The order of the rows is the order of the report.
public struct TopicText: Hashable, Sendable {
    /// The report period the text is written for.
    public var period: Period
    /// The org node whose report it belongs to (the root for the region's report).
    public var node: NodeCode
    /// The chapter it is printed in.
    public var chapter: TopicChapter
    /// The heading (a focus area, an area of operations); empty for the chapter's introduction.
    public var heading: String
    /// The topic under the heading (a goal); empty for a text directly under the heading.
    public var topic: String
    /// The text as written; a blank line separates paragraphs. Empty: not written yet.
    public var text: String
    /// Codes of indicators shown under the topic besides those the goal names.
    public var indicators: [String]
    /// A text of `chapter` under `heading` and `topic`, for `node` at `period`.
    public init(
        period: Period, node: NodeCode, chapter: TopicChapter, heading: String, topic: String, text: String,
        indicators: [String] = []
    ) {
        self.period = period
        self.node = node
        self.chapter = chapter
        self.heading = heading
        self.topic = topic
        self.text = text
        self.indicators = indicators
    }

    /// The text's paragraphs: split at blank lines, each trimmed, the empty ones left out.
    public var paragraphs: [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}

extension FollowUpData {
    /// The texts of `chapter` for `node` at `period`, in the order they were written.
    public func topicTexts(_ chapter: TopicChapter, node: NodeCode, period: Period) -> [TopicText] {
        topics.filter { $0.chapter == chapter && $0.node == node && $0.period == period }
    }
}
