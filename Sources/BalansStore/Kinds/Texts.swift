import BalansCore

/// A row of `report_text`: the text of one section of a period's report for a node.
enum ReportTextRecord: Record {
    static let table = "report_text"
    static let columns = ["period", "node", "section", "text"]

    static func decode(_ r: SQLRow) -> ReportText? {
        guard let p = Period(r["period"] as String), let section = TextSection(rawValue: r["section"]) else {
            return nil
        }
        return ReportText(period: p, node: r["node"], section: section, text: r["text"])
    }

    static func encode(_ r: ReportText) -> SQLArguments { [r.period.description, r.node, r.section.rawValue, r.text] }

    /// Writes a text, replacing the text of its period, node and section.
    static func upsert(_ s: Scoped, _ values: SQLArguments) throws {
        try s.insert(
            into: table, columns, values,
            then: "ON CONFLICT (organisation, period, node, section) DO UPDATE SET text = excluded.text")
    }
}

extension Store {
    /// Writes the texts of the file, each replacing the text of its period, node and section;
    /// texts the file does not name stay.
    public func importTexts(_ rows: [Located<ReportText>], file: String, hash: String) async throws -> ImportSummary {
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for r in rows { try ReportTextRecord.upsert(s, ReportTextRecord.encode(r.value)) }
            try log(s.db, kind: "texts", file: file, hash: hash, summary: "\(rows.count) texts")
        }
        return ImportSummary(message: "\(file): \(rows.count) texts", changed: true)
    }

    /// Every text, by period, node and section.
    func texts(_ s: Scoped) throws -> [ReportText] {
        try s.all(ReportTextRecord.self, then: "ORDER BY period, node, section")
    }
}
