import BalansCore
import Foundation

/// A row of `staff`: one measure (or target) of a node's staff in a year or month, by gender
/// and age band where the file has them. The value is a decimal as text (exact).
enum StaffRecord: Record {
    static let table = "staff"
    static let columns = ["year", "month", "node", "measure", "value", "gender", "age_band"]

    static func decode(_ r: SQLRow) -> StaffRow? {
        let text: String = r["value"]
        guard let measure = StaffMeasure(rawValue: r["measure"]),
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        return StaffRow(
            year: r["year"], month: r["month"], node: r["node"], measure: measure, value: value,
            gender: r["gender"], ageBand: r["age_band"])
    }

    static func encode(_ r: StaffRow) -> SQLArguments {
        [r.year, r.month, r.node, r.measure.rawValue, "\(r.value)", r.gender, r.ageBand]
    }
}

extension Store {
    /// Replaces the staff rows of the years the file names (measures and targets).
    public func importStaff(_ rows: [Located<StaffRow>], file: String, hash: String) async throws -> ImportSummary {
        let years = Set(rows.map(\.value.year)).sorted()
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for y in years { try s.delete(from: StaffRecord.table, where: "year = ?", [y]) }
            for r in rows { try s.insert(r.value, as: StaffRecord.self) }
            try log(s.db, kind: "staff", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) staff rows for \(years.map(String.init).joined(separator: ", "))",
            changed: true)
    }

    /// Every staff row, in the order written.
    func staff(_ s: Scoped) throws -> [StaffRow] { try s.all(StaffRecord.self, then: "ORDER BY rowid") }
}
