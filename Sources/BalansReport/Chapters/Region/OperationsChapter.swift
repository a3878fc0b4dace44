import BalansCore
import Foundation

/// "Region Hallands verksamheter" (seed 003 2.4): the areas of operations (Hälso- och sjukvård,
/// Regional utveckling) with their parts' written texts and the indicators each names, such as the
/// care guarantee's availability (2.4.1.1). Absent when nothing is written for the period.
enum OperationsChapter {
    /// The chapter of the report `c` describes, or nil.
    static func build(_ c: ReportContext) -> Chapter? {
        let topics = c.data.topicTexts(.operations, node: c.node, period: c.period)
        guard !topics.isEmpty else { return nil }
        return Chapter(
            id: "verksamheter", title: c.say(.operationsChapter, c.tree.root.name),
            blocks: TopicBlocks.blocks(c, topics, id: "verksamhet-indikatorer"))
    }
}
