import BalansCore
import Foundation

extension CSVKinds {
    /// `topics`: texts under the organisation's own headings — the year's focus areas and goals,
    /// the areas of operations — per report period and org node, in report order (docs/formats.md).
    public static func topics(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<TopicText>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "chapter", "heading", "topic", "text", "indicators"],
            required: ["period", "node", "chapter", "heading", "text"])
        var rows: [Located<TopicText>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node"),
                let chapterChoice = rd.choice(r, "chapter", TopicChapter.self)
            else { continue }
            guard let chapter = chapterChoice else {
                rd.fail(r, "chapter is empty (one of \(TopicChapter.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            let heading = rd.table.value(r, "heading")
            let topic = rd.table.value(r, "topic")
            if heading.isEmpty && !topic.isEmpty {
                rd.fail(r, "topic \"\(topic)\" has no heading (an empty heading is the chapter's introduction)")
                continue
            }
            let key = "\(period);\(node);\(chapter.rawValue);\(heading);\(topic)"
            if let first = seen[key] {
                let what = heading.isEmpty ? "the introduction" : topic.isEmpty ? "\"\(heading)\"" : "\"\(topic)\""
                rd.fail(
                    r, "\(what) of \(chapter.rawValue) for \(node) \(period) is given twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            let indicators = rd.table.value(r, "indicators").split(whereSeparator: \.isWhitespace).map(String.init)
            rows.append(
                Located(
                    line: r.line,
                    value: TopicText(
                        period: period, node: NodeCode(node), chapter: chapter, heading: heading, topic: topic,
                        text: rd.table.value(r, "text"), indicators: indicators)))
        }
        return try rd.finish(rows)
    }
}
