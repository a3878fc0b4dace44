import BalansCore

/// A row of `investment`: a period's outcome (and budget, forecast) of an investment
/// category at a node, optionally a project with its totals.
enum InvestmentRecord: Record {
    static let table = "investment"
    static let columns = [
        "period", "node", "category", "outcome", "budget", "forecast", "project", "site", "project_budget",
        "project_outcome", "project_forecast", "finished",
    ]

    static func decode(_ r: SQLRow) -> InvestmentRow? {
        guard let p = Period(r["period"] as String), let c = InvestmentCategory(rawValue: r["category"]) else {
            return nil
        }
        func money(_ column: String) -> Money? { (r[column] as Int64?).map(Money.init(ore:)) }
        let site: String? = r["site"]
        let totals = site.map {
            ProjectTotals(
                site: $0, budget: money("project_budget"), outcome: money("project_outcome"),
                forecast: money("project_forecast"), finishedYear: r["finished"])
        }
        return InvestmentRow(
            period: p, node: r["node"], category: c, outcome: Money(ore: r["outcome"]), budget: money("budget"),
            forecast: money("forecast"), project: r["project"], projectTotals: totals)
    }

    static func encode(_ r: InvestmentRow) -> SQLArguments {
        let t = r.projectTotals
        return [
            r.period.description, r.node, r.category.rawValue, r.outcome.ore, r.budget?.ore, r.forecast?.ore,
            r.project, t?.site, t?.budget?.ore, t?.outcome?.ore, t?.forecast?.ore, t?.finishedYear,
        ]
    }
}

extension Store {
    /// Replaces the investment rows of the periods the file names.
    public func importInvestments(_ rows: [Located<InvestmentRow>], file: String, hash: String) async throws
        -> ImportSummary
    {
        let periods = Set(rows.map(\.value.period)).sorted()
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for p in periods { try s.delete(from: InvestmentRecord.table, where: "period = ?", [p.description]) }
            for r in rows { try s.insert(r.value, as: InvestmentRecord.self) }
            try log(s.db, kind: "investments", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) investment rows", changed: true)
    }

    /// Every investment row, in the order written.
    func investments(_ s: Scoped) throws -> [InvestmentRow] {
        try s.all(InvestmentRecord.self, then: "ORDER BY rowid")
    }
}
