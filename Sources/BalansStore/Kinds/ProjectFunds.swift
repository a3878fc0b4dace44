import BalansCore

/// A row of `project_fund`: one fund of a node at a report period (projektmedel).
enum ProjectFundRecord: Record {
    static let table = "project_fund"
    static let columns = ["year", "month", "node", "fund", "position", "budget", "decided"]

    static func decode(_ r: SQLRow) -> ProjectFundRow? {
        Period(year: r["year"], month: r["month"]).map {
            ProjectFundRow(
                period: $0, node: r["node"], fund: r["fund"], budget: Money(ore: r["budget"]),
                decided: Money(ore: r["decided"]))
        }
    }

    static func encode(_ r: ProjectFundRow) -> SQLArguments { encode(r, position: 0) }

    /// The row with its place in its file (the order the report lists the funds in).
    static func encode(_ r: ProjectFundRow, position: Int) -> SQLArguments {
        [r.period.year, r.period.month, r.node, r.fund, position, r.budget.ore, r.decided.ore]
    }
}

extension Store {
    /// Replaces the (period, node) pairs the file names.
    public func importProjectFunds(_ rows: [Located<ProjectFundRow>], file: String, hash: String) async throws
        -> ImportSummary
    {
        var pairs: [String: (Period, NodeCode)] = [:]
        for r in rows.map(\.value) { pairs["\(r.period);\(r.node)"] = (r.period, r.node) }
        let found = pairs
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for (period, node) in found.values {
                try s.delete(
                    from: ProjectFundRecord.table, where: "year = ? AND month = ? AND node = ?",
                    [period.year, period.month, node])
            }
            for (i, r) in rows.enumerated() {
                try s.insert(
                    into: ProjectFundRecord.table, ProjectFundRecord.columns,
                    ProjectFundRecord.encode(r.value, position: i))
            }
            try log(s.db, kind: "funds", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) project-fund rows", changed: true)
    }

    /// Every project-fund row, in the order imported.
    func projectFunds(_ s: Scoped) throws -> [ProjectFundRow] {
        try s.all(ProjectFundRecord.self, then: "ORDER BY year, month, node, position")
    }
}
