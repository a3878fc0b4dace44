import BalansCore
import Foundation

/// A row of `plan_tax`: one assumption of a plan version's tax and grant model.
enum TaxAssumptionRecord: Record {
    static let table = "plan_tax"
    static let columns = ["version", "year", "item", "name", "position", "value", "population", "reference"]

    static func decode(_ r: SQLRow) -> TaxAssumption? {
        guard let item = TaxAssumption.Item(rawValue: r["item"]),
            let value = Decimal(string: r["value"] as String, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        return TaxAssumption(
            version: r["version"], year: r["year"], item: item, name: r["name"], value: value,
            population: (r["population"] as Int64?).map(Int.init), reference: r["reference"])
    }

    static func encode(_ a: TaxAssumption) -> SQLArguments { encode(a, position: 0) }

    static func encode(_ a: TaxAssumption, position: Int) -> SQLArguments {
        [
            a.version, a.year, a.item.rawValue, a.name, position, a.value.description, a.population.map { Int64($0) },
            a.reference,
        ]
    }
}

/// A row of `plan_frame`: a frame, a change of one, or a line of the region's own.
enum FrameRowRecord: Record {
    static let table = "plan_frame"
    static let columns = [
        "version", "year", "node", "kind", "label", "position", "amount", "percent", "reference",
    ]

    static func decode(_ r: SQLRow) -> FrameRow? {
        guard let kind = FrameRow.Kind(rawValue: r["kind"]) else { return nil }
        return FrameRow(
            version: r["version"], year: r["year"], node: r["node"], kind: kind, label: r["label"],
            amount: (r["amount"] as Int64?).map(Money.init(ore:)),
            percent: (r["percent"] as String?).flatMap { Decimal(string: $0, locale: Self.posix) },
            reference: r["reference"])
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    static func encode(_ f: FrameRow) -> SQLArguments { encode(f, position: 0) }

    static func encode(_ f: FrameRow, position: Int) -> SQLArguments {
        [
            f.version, f.year, f.node, f.kind.rawValue, f.label, position, f.amount?.ore, f.percent?.description,
            f.reference,
        ]
    }
}

extension Store {
    /// Replaces every assumption of the plan versions the file names (`balans import taxes`).
    public func importTaxAssumptions(_ rows: [Located<TaxAssumption>], file: String, hash: String) async throws
        -> ImportSummary
    {
        let versions = Set(rows.map(\.value.version))
        try await writing { s in
            for v in versions { try s.delete(from: TaxAssumptionRecord.table, where: "version = ?", [v]) }
            for (i, r) in rows.enumerated() {
                try s.insert(
                    into: TaxAssumptionRecord.table, TaxAssumptionRecord.columns,
                    TaxAssumptionRecord.encode(r.value, position: i))
            }
            try log(s.db, kind: "taxes", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) tax and grant assumptions (\(versions.sorted().joined(separator: ", ")))",
            changed: true)
    }

    /// Replaces every frame row of the plan versions the file names (`balans import frames`); each committee and
    /// line must exist in its year.
    public func importFrames(_ rows: [Located<FrameRow>], file: String, hash: String) async throws -> ImportSummary {
        let versions = Set(rows.map(\.value.version))
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for v in versions { try s.delete(from: FrameRowRecord.table, where: "version = ?", [v]) }
            for (i, r) in rows.enumerated() {
                try s.insert(
                    into: FrameRowRecord.table, FrameRowRecord.columns, FrameRowRecord.encode(r.value, position: i))
            }
            try log(s.db, kind: "frames", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) frame rows (\(versions.sorted().joined(separator: ", ")))", changed: true)
    }

    /// Every tax and grant assumption, in the order imported.
    func taxAssumptions(_ s: Scoped) throws -> [TaxAssumption] {
        try s.all(TaxAssumptionRecord.self, then: "ORDER BY version, position")
    }

    /// Every frame row, in the order imported.
    func frameRows(_ s: Scoped) throws -> [FrameRow] {
        try s.all(FrameRowRecord.self, then: "ORDER BY version, position")
    }
}
