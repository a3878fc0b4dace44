import BalansCore
import Foundation

/// A report frozen when it was decided (fastställd): its value as it was then, and the
/// fingerprint of the data it was built from. Later imports never change it.
public struct FrozenReport: Sendable {
    /// The report kind's raw value (`ReportKind`), e.g. "manad" or "ur1".
    public var kind: String
    /// The period the report is for, `YYYY-MM`.
    public var period: String
    /// The org node it is for; "" for the root.
    public var node: NodeCode
    /// When it was frozen (fastställd), an ISO 8601 timestamp given by the caller.
    public var frozenAt: String
    /// The store's `inputFingerprint()` when the report was built: `balans report diff` tells by it whether
    /// the data has changed since.
    public var inputFingerprint: String
    /// The report value encoded by `Report.encoded()`.
    public var value: Data
}

/// A row of `frozen_report`, keyed by kind, period and node.
enum FrozenReportRecord: Record {
    static let table = "frozen_report"
    static let columns = ["kind", "period", "node", "frozen_at", "input_fingerprint", "value"]

    static func decode(_ r: SQLRow) -> FrozenReport? {
        FrozenReport(
            kind: r["kind"], period: r["period"], node: r["node"], frozenAt: r["frozen_at"],
            inputFingerprint: r["input_fingerprint"], value: r["value"])
    }

    static func encode(_ f: FrozenReport) -> SQLArguments {
        [f.kind, f.period, f.node, f.frozenAt, f.inputFingerprint, f.value]
    }
}

extension Store {
    /// Stores a frozen report, with a line in the audit trail by `user`. A report already frozen for the same kind,
    /// period and node is never replaced: that is an error with its place.
    public func freeze(
        kind: String, period: String, node: NodeCode, value: Data, inputFingerprint: String, at time: String,
        user: String = "system"
    ) async throws {
        try await writing { s in
            let key = "kind = ? AND period = ? AND node = ?"
            if try s.exists(FrozenReportRecord.table, where: key, [kind, period, node]) {
                throw InputFailure([
                    InputIssue(
                        file: "\(kind) \(period)\(node.rawValue.isEmpty ? "" : " \(node)")", line: nil,
                        message: "is already frozen; a frozen report is never replaced")
                ])
            }
            let report = FrozenReport(
                kind: kind, period: period, node: node, frozenAt: time, inputFingerprint: inputFingerprint,
                value: value)
            try s.insert(report, as: FrozenReportRecord.self)
            try audit(
                s.db, user: user, action: "report.freeze",
                entity: "\(kind) \(period)\(node.rawValue.isEmpty ? "" : " \(node)")", old: "", new: time)
        }
    }

    /// The frozen report of a kind, period and node, if it was frozen.
    public func frozenReport(kind: String, period: String, node: NodeCode) async throws -> FrozenReport? {
        try await reading { s in
            try s.all(FrozenReportRecord.self, where: "kind = ? AND period = ? AND node = ?", [kind, period, node])
                .first
        }
    }

    /// Every frozen report, newest period first.
    public func frozenReports() async throws -> [FrozenReport] {
        try await reading { s in try s.all(FrozenReportRecord.self, then: "ORDER BY period DESC, kind") }
    }
}
