import BalansCore
import Foundation

/// "Årets fokusområden och mål enligt Mål och budget" (seed 003 2.2): each focus area of the
/// year's plan with its goals, each goal with its written follow-up and its indicators. Absent
/// when no goal is written for the period.
enum GoalsChapter {
    /// The chapter of the report `c` describes, or nil.
    static func build(_ c: ReportContext) -> Chapter? {
        let topics = c.data.topicTexts(.goals, node: c.node, period: c.period)
        guard !topics.isEmpty else { return nil }
        return Chapter(
            id: "fokusomraden-och-mal", title: c.say(.goalsChapter, String(c.period.year)),
            blocks: TopicBlocks.blocks(c, topics, id: "mal-indikatorer"))
    }
}
