import BalansCore
import Foundation

/// The blocks of a chapter written under the organisation's own headings (`topics`, seed 003
/// 2.2 and 2.4): the introduction, then each heading with its text and its topics, each topic
/// a sub-heading with its text and its indicators' table.
enum TopicBlocks {
    /// The texts grouped under their headings, headings and topics in the order first written.
    static func grouped(_ topics: [TopicText]) -> (intro: [TopicText], headings: [(String, [TopicText])]) {
        var headings: [(String, [TopicText])] = []
        for t in topics where !t.heading.isEmpty {
            if let i = headings.firstIndex(where: { $0.0 == t.heading }) {
                headings[i].1.append(t)
            } else {
                headings.append((t.heading, [t]))
            }
        }
        return (topics.filter { $0.heading.isEmpty }, headings)
    }

    /// The indicators of the period a topic shows: in the goals chapter those whose focus area and
    /// goal are its heading and topic, then (in either chapter) the ones it names by code.
    static func indicators(_ t: TopicText, _ results: [IndicatorResult]) -> [IndicatorResult] {
        let named =
            t.chapter == .goals && !t.topic.isEmpty
            ? results.filter { $0.row.focusArea == t.heading && $0.row.goal == t.topic } : []
        let listed = t.indicators.compactMap { code in results.first { $0.row.code == code } }
        return named + listed.filter { l in !named.contains { $0.row.code == l.row.code } }
    }

    /// Every block of the chapter; `id` prefixes the ids of its indicator tables.
    static func blocks(_ c: ReportContext, _ topics: [TopicText], id: String) -> [Block] {
        let results = IndicatorResult.compute(c.data, node: c.node, period: c.period)
        let (intro, headings) = grouped(topics)
        var blocks: [Block] = intro.flatMap { text(c, $0) }
        var tables = 0
        for (heading, texts) in headings {
            blocks.append(.heading(heading))
            for t in texts {
                if !t.topic.isEmpty { blocks.append(.subheading(t.topic)) }
                blocks += text(c, t)
                let shown = indicators(t, results)
                guard !shown.isEmpty else { continue }
                tables += 1
                var table = IndicatorChapter.table(c, tables, "", shown)
                table.id = "\(id)-\(tables)"
                blocks.append(.table(table))
                for r in shown where !r.row.comment.isEmpty {
                    let name = IndicatorChapter.label(c, r.row)
                    blocks.append(.paragraph(c.say(.nameColonText, name, r.row.comment), missing: false))
                }
                for r in shown where r.row.month != nil && r.row.national != nil {
                    blocks += IndicatorChapter.national(c, r.row)
                }
            }
        }
        return blocks
    }

    /// A text's paragraphs, or the box that says it is not written.
    static func text(_ c: ReportContext, _ t: TopicText) -> [Block] {
        let paragraphs = t.paragraphs
        guard paragraphs.isEmpty else { return paragraphs.map { .paragraph($0, missing: false) } }
        let subject = t.topic.isEmpty ? t.heading : t.topic
        return [c.missing(subject.isEmpty ? c.label(.introductionWhat) : c.say(.textAboutWhat, subject))]
    }
}
