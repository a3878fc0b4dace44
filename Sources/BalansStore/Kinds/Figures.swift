import BalansCore

/// A row of `figure`: one key figure (taxes, grants, population, …) of a year or month.
enum FigureRecord: Record {
    static let table = "figure"
    static let columns = ["year", "month", "key", "amount", "comment"]

    static func decode(_ r: SQLRow) -> FigureRow? {
        guard let key = FigureRow.Key(rawValue: r["key"]) else { return nil }
        let amount: Int64? = r["amount"]
        return FigureRow(
            year: r["year"], month: r["month"], key: key, amount: amount.map(Money.init(ore:)), comment: r["comment"])
    }

    static func encode(_ r: FigureRow) -> SQLArguments { [r.year, r.month, r.key.rawValue, r.amount?.ore, r.comment] }
}

extension Store {
    /// Replaces each (date, key) figure the file names.
    public func importFigures(_ rows: [Located<FigureRow>], file: String, hash: String) async throws -> ImportSummary {
        try await writing { s in
            for r in rows.map(\.value) {
                try s.delete(
                    from: FigureRecord.table, where: "year = ? AND month IS NOT DISTINCT FROM ? AND key = ?",
                    [r.year, r.month, r.key.rawValue])
                try s.insert(r, as: FigureRecord.self)
            }
            try log(s.db, kind: "figures", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) figures", changed: true)
    }

    /// Every figure (in the database's order: the reports look them up by key and date).
    func figures(_ s: Scoped) throws -> [FigureRow] { try s.all(FigureRecord.self) }
}
