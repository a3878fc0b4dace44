import BalansCore
import Foundation

/// A row of `indicator`: an indicator's target and outcome for a year or month, the national
/// value beside (from Kolada). Decimals are text (exact).
enum IndicatorRecord: Record {
    static let table = "indicator"
    static let columns = [
        "code", "name", "node", "goal", "focus_area", "r12", "unit", "direction", "year", "month", "target",
        "outcome", "national", "outcome_women", "outcome_men", "comment", "source",
    ]

    static func decode(_ r: SQLRow) -> IndicatorRow? {
        guard let unit = IndicatorUnit(rawValue: r["unit"]),
            let direction = IndicatorDirection(rawValue: r["direction"])
        else { return nil }
        let posix = Locale(identifier: "en_US_POSIX")
        func decimal(_ column: String) -> Decimal? {
            (r[column] as String?).flatMap { Decimal(string: $0, locale: posix) }
        }
        var row = IndicatorRow(
            code: r["code"], name: r["name"], node: r["node"], goal: r["goal"], focusArea: r["focus_area"],
            rolling12: r["r12"], unit: unit, direction: direction,
            year: r["year"], month: r["month"], target: decimal("target"), outcome: decimal("outcome"),
            national: decimal("national"),
            outcomeWomen: decimal("outcome_women"), outcomeMen: decimal("outcome_men"), comment: r["comment"])
        row.source = r["source"]
        return row
    }

    static func encode(_ r: IndicatorRow) -> SQLArguments {
        [
            r.code, r.name, r.node, r.goal, r.focusArea, r.rolling12, r.unit.rawValue, r.direction.rawValue, r.year,
            r.month, r.target.map { "\($0)" }, r.outcome.map { "\($0)" }, r.national.map { "\($0)" },
            r.outcomeWomen.map { "\($0)" }, r.outcomeMen.map { "\($0)" }, r.comment, r.source,
        ]
    }
}

extension Store {
    /// Replaces the indicators the file names (by code), all their periods.
    public func importIndicators(_ rows: [Located<IndicatorRow>], file: String, hash: String) async throws
        -> ImportSummary
    {
        let codes = Set(rows.map(\.value.code)).sorted()
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for c in codes { try s.delete(from: IndicatorRecord.table, where: "code = ?", [c]) }
            for r in rows { try s.insert(r.value, as: IndicatorRecord.self) }
            try log(s.db, kind: "indicators", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) indicator values of \(codes.count) indicators", changed: true)
    }

    /// Every indicator row, in the order written.
    func indicators(_ s: Scoped) throws -> [IndicatorRow] {
        try s.all(IndicatorRecord.self, then: "ORDER BY rowid")
    }
}
