import BalansCore

/// A row of `activity`: a commitment (uppdrag) or one of its activities for a period and
/// node, with status, assessment and comment.
enum ActivityRecord: Record {
    static let table = "activity"
    static let columns = [
        "period", "node", "commitment", "activity", "status", "end_date", "unit", "assessment", "comment",
    ]

    static func decode(_ r: SQLRow) -> ActivityRow? {
        guard let period = Period(r["period"] as String) else { return nil }
        let status: String? = r["status"]
        let assessment: String? = r["assessment"]
        return ActivityRow(
            period: period, node: r["node"], commitment: r["commitment"], activity: r["activity"],
            status: status.flatMap(ActivityStatus.init(rawValue:)),
            endDate: r["end_date"], unit: r["unit"], assessment: assessment.flatMap(Assessment.init(rawValue:)),
            comment: r["comment"])
    }

    static func encode(_ r: ActivityRow) -> SQLArguments {
        [
            r.period.description, r.node, r.commitment, r.activity, r.status?.rawValue, r.endDate, r.unit,
            r.assessment?.rawValue, r.comment,
        ]
    }
}

extension Store {
    /// Replaces the commitments and activities of the (period, node) pairs the file names.
    public func importActivities(_ rows: [Located<ActivityRow>], file: String, hash: String) async throws
        -> ImportSummary
    {
        var pairs: [String: (String, NodeCode)] = [:]
        for r in rows.map(\.value) { pairs["\(r.period);\(r.node)"] = (r.period.description, r.node) }
        let found = pairs
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for (period, node) in found.values {
                try s.delete(from: ActivityRecord.table, where: "period = ? AND node = ?", [period, node])
            }
            for r in rows { try s.insert(r.value, as: ActivityRecord.self) }
            try log(s.db, kind: "activities", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) commitment and activity rows", changed: true)
    }

    /// Every commitment and activity, in the order written.
    func activities(_ s: Scoped) throws -> [ActivityRow] {
        try s.all(ActivityRecord.self, then: "ORDER BY rowid")
    }
}
