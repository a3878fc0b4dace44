import BalansCore

/// A row of `forecast`: a node's (and account's) full-year forecast made in a period, with
/// its workflow status (only approved rows reach reports).
enum ForecastRecord: Record {
    static let table = "forecast"
    static let columns = ["period", "node", "account", "amount", "comment", "author", "status"]

    static func decode(_ r: SQLRow) -> ForecastRow? {
        guard let p = Period(r["period"] as String) else { return nil }
        return ForecastRow(
            period: p, node: r["node"], account: r["account"], amount: Money(ore: r["amount"]),
            comment: r["comment"], author: r["author"],
            status: ForecastRow.Status(rawValue: r["status"]) ?? .approved)
    }

    static func encode(_ r: ForecastRow) -> SQLArguments {
        [r.period.description, r.node, r.account, r.amount.ore, r.comment, r.author, r.status.rawValue]
    }
}

extension Store {
    /// Replaces the forecast rows of the periods the file names.
    public func importForecast(_ rows: [Located<ForecastRow>], file: String, hash: String) async throws -> ImportSummary
    {
        let periods = Set(rows.map(\.value.period)).sorted()
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for p in periods { try s.delete(from: ForecastRecord.table, where: "period = ?", [p.description]) }
            for r in rows { try s.insert(r.value, as: ForecastRecord.self) }
            try log(s.db, kind: "forecast", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) forecast rows for \(periods.map(\.description).joined(separator: ", "))",
            changed: true)
    }

    /// Every forecast row, in the order written.
    func forecasts(_ s: Scoped) throws -> [ForecastRow] {
        try s.all(ForecastRecord.self, then: "ORDER BY id")
    }
}

extension Store {
    /// Replaces the forecast rows of `period` for the lines and accounts `rows` and `replacing` name, and no others
    /// (the tax and grant forecast from a plan version, `balans plan forecast`): one transaction, with a line in the
    /// audit trail.
    public func replaceForecastRows(
        _ rows: [ForecastRow], replacing: [ForecastRow] = [], period: Period, user: String, source: String
    ) async throws {
        try await writing { s in
            try checkNodes(s.db, rows.enumerated().map { ($0.offset + 1, $0.element.node, period.year) }, file: source)
            for r in replacing where r.account != nil {
                try s.delete(
                    from: ForecastRecord.table, where: "period = ? AND node = ? AND account = ?",
                    [period.description, r.node, r.account])
            }
            for r in rows {
                try s.delete(
                    from: ForecastRecord.table, where: "period = ? AND node = ? AND account = ?",
                    [period.description, r.node, r.account])
                try s.insert(r, as: ForecastRecord.self)
            }
            try audit(
                s.db, user: user, action: "forecast.tax", entity: "\(period) \(source)", old: "",
                new: rows.map(\.amount).sum().description)
        }
    }
}
