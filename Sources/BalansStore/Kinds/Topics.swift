import BalansCore

/// A row of `topic_text`: a text under a heading and topic of a chapter, for a period and node.
/// `ordinal` (the row's place in its file) is written on import and read as the order.
enum TopicTextRecord: Record {
    static let table = "topic_text"
    static let columns = ["period", "node", "chapter", "heading", "topic", "text", "indicators"]

    static func decode(_ r: SQLRow) -> TopicText? {
        guard let period = Period(r["period"] as String), let chapter = TopicChapter(rawValue: r["chapter"]) else {
            return nil
        }
        let indicators: String = r["indicators"]
        return TopicText(
            period: period, node: r["node"], chapter: chapter, heading: r["heading"], topic: r["topic"],
            text: r["text"], indicators: indicators.split(separator: " ").map(String.init))
    }

    static func encode(_ t: TopicText) -> SQLArguments {
        [
            t.period.description, t.node, t.chapter.rawValue, t.heading, t.topic, t.text,
            t.indicators.joined(separator: " "),
        ]
    }
}

extension Store {
    /// Replaces the texts of the (period, node, chapter) the file names, in the file's order.
    public func importTopics(_ rows: [Located<TopicText>], file: String, hash: String) async throws
        -> ImportSummary
    {
        var named: [String: (String, NodeCode, String)] = [:]
        for r in rows.map(\.value) {
            named["\(r.period);\(r.node);\(r.chapter.rawValue)"] = (r.period.description, r.node, r.chapter.rawValue)
        }
        let found = named
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for (period, node, chapter) in found.values {
                try s.delete(
                    from: TopicTextRecord.table, where: "period = ? AND node = ? AND chapter = ?",
                    [period, node, chapter])
            }
            for (ordinal, r) in rows.enumerated() {
                try s.insert(
                    into: TopicTextRecord.table, TopicTextRecord.columns + ["ordinal"],
                    TopicTextRecord.encode(r.value) + [Int64(ordinal)])
            }
            try log(s.db, kind: "topics", file: file, hash: hash, summary: "\(rows.count) texts")
        }
        return ImportSummary(message: "\(file): \(rows.count) texts under headings", changed: true)
    }

    /// Every text under a heading, in the order its file gave.
    func topics(_ s: Scoped) throws -> [TopicText] {
        try s.all(TopicTextRecord.self, then: "ORDER BY period, node, chapter, ordinal")
    }
}
