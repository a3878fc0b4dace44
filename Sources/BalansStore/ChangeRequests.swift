import BalansCore
import Foundation

/// What a committee controller can change in the web application besides the forecast, each
/// through the same workflow (draft → submitted → approved, or returned): a report text, an
/// activity's status or a commitment's assessment, an indicator's outcome. Until approved
/// the change lives here; approval writes it where the reports read it.
public enum ChangeKind: String, CaseIterable, Sendable {
    /// `key` is the `TextSection`, `value` the text.
    case text
    /// `key` is "commitment\tactivity" ("commitment\t" for the commitment's own row), `value`
    /// the activity's status or the commitment's assessment, `comment` its comment.
    case activity
    /// `key` is the indicator's code, `value` its outcome for the period.
    case indicator
}

/// A change proposed in the web application and where it is in the workflow.
public struct ChangeRequest: Sendable, Equatable {
    /// The store's id of the change: what `reviewChange(id:approve:expectedVersion:comment:user:)` takes.
    public var id: Int64
    /// What the change is to: a report text, an activity or an indicator.
    public var kind: ChangeKind
    /// The follow-up period the change is for.
    public var period: Period
    /// The org node whose text, activity or indicator it changes.
    public var node: NodeCode
    /// Which of the node's things it changes, by `kind`: a `TextSection`, "commitment\tactivity" or an
    /// indicator code.
    public var key: String
    /// The proposed value: the text, the activity's status or commitment's assessment, or the indicator's outcome.
    public var value: String
    /// The proposer's comment; for an activity it becomes the activity's comment when approved.
    public var comment: String
    /// Where the change stands in its workflow: draft, submitted, approved or returned.
    public var status: ForecastState.Status
    /// 0 before the first save; every save, submit and review adds 1. A change made on another version is
    /// refused (`StaleVersion`).
    public var version: Int
    /// The central controller's comment on approving or returning it; the next save clears it.
    public var reviewComment: String
    /// Who last saved, submitted or reviewed it. Of a submitted change it is the submitter, whom the
    /// `four-eyes` setting keeps from approving it.
    public var updatedBy: String
}

/// A row of `change_request`: one proposed change, keyed by kind, period, node and key.
enum ChangeRequestRecord: ReadableRecord {
    static let table = "change_request"
    static let columns = [
        "id", "kind", "period", "node", "key", "value", "comment", "status", "version", "review_comment",
        "updated_by",
    ]

    static func decode(_ r: SQLRow) -> ChangeRequest? {
        guard let kind = ChangeKind(rawValue: r["kind"]), let p = Period(r["period"] as String),
            let status = ForecastState.Status(rawValue: r["status"])
        else { return nil }
        return ChangeRequest(
            id: r["id"], kind: kind, period: p, node: r["node"], key: r["key"], value: r["value"],
            comment: r["comment"], status: status,
            version: r["version"], reviewComment: r["review_comment"], updatedBy: r["updated_by"])
    }
}

extension Store {
    /// The changes proposed for a period, of one node or of all, by kind and key.
    public func changeRequests(period: Period, node: NodeCode? = nil) async throws -> [ChangeRequest] {
        try await reading { s in
            if let node {
                try s.all(
                    ChangeRequestRecord.self, where: "period = ? AND node = ?", [period.description, node],
                    then: "ORDER BY kind, key")
            } else {
                try s.all(
                    ChangeRequestRecord.self, where: "period = ?", [period.description], then: "ORDER BY kind, key")
            }
        }
    }

    /// Saves a change as a draft, or submits it (`submit`). A change not yet stored starts at
    /// version 0; a submitted one cannot be edited until it is returned; an approved one can
    /// be changed again (a new draft). The value is checked before anything is written.
    public func proposeChange(
        kind: ChangeKind, period: Period, node: NodeCode, key: String, value: String, comment: String,
        expectedVersion: Int, submit: Bool, user: String
    ) async throws -> Int {
        try Self.validate(kind: kind, key: key, value: value, comment: comment)
        return try await db.write { db in
            try requireOwned(db, kind: kind, period: period, node: node, key: key)
            let existing = try scoped(db).all(
                ChangeRequestRecord.self, where: "kind = ? AND period = ? AND node = ? AND key = ?",
                [kind.rawValue, period.description, node, key]
            ).first
            let stored = existing?.version ?? 0
            guard stored == expectedVersion else { throw StaleVersion(expected: expectedVersion, stored: stored) }
            if existing?.status == .submitted {
                throw WorkflowError(
                    description: "Ändringen är inlämnad och kan inte ändras förrän den är godkänd "
                        + "eller returnerad.")
            }
            let status: ForecastState.Status = submit ? .submitted : .draft
            try scoped(db).insert(
                into: ChangeRequestRecord.table,
                ["kind", "period", "node", "key", "value", "comment", "status", "version", "updated_by", "updated_at"],
                [
                    kind.rawValue, period.description, node, key, value, comment, status.rawValue, stored + 1, user,
                    Store.now(),
                ],
                then: """
                    ON CONFLICT (organisation, kind, period, node, key) DO UPDATE SET value = excluded.value,
                        comment = excluded.comment, status = excluded.status, version = excluded.version,
                        review_comment = '', updated_by = excluded.updated_by, updated_at = excluded.updated_at
                    """)
            try audit(
                db, user: user, action: "\(kind.rawValue).\(submit ? "submitted" : "save")",
                entity: "\(period) \(node) \(key)", old: existing?.value ?? "", new: value)
            return stored + 1
        }
    }

    /// Approves (and applies) or returns a submitted change.
    public func reviewChange(id: Int64, approve: Bool, expectedVersion: Int, comment: String, user: String) async throws
        -> ChangeRequest
    {
        if let problem = InputText.problem(in: comment, multiline: true) {
            throw WorkflowError(description: "Kommentaren \(problem).")
        }
        return try await db.write { db in
            guard var c = try scoped(db).all(ChangeRequestRecord.self, where: "id = ?", [id]).first else {
                throw WorkflowError(description: "Ändringen finns inte.")
            }
            guard c.version == expectedVersion else { throw StaleVersion(expected: expectedVersion, stored: c.version) }
            guard c.status == .submitted else {
                throw WorkflowError(description: "Bara en inlämnad ändring kan godkännas eller returneras.")
            }
            if approve { try requireFourEyes(db, submittedBy: c.updatedBy, approver: user) }
            if approve { try apply(db, c) }
            c.status = approve ? .approved : .returned
            c.version += 1
            try scoped(db).update(
                ChangeRequestRecord.table,
                set: "status = ?, version = ?, review_comment = ?, updated_by = ?, updated_at = ?",
                [c.status.rawValue, c.version, comment, user, Store.now()], where: "id = ?", [id])
            try audit(
                db, user: user, action: "\(c.kind.rawValue).\(approve ? "approved" : "returned")",
                entity: "\(c.period) \(c.node) \(c.key)", old: "submitted",
                new: c.status.rawValue + (comment.isEmpty ? "" : ": \(comment)"))
            c.reviewComment = comment
            return c
        }
    }

    /// A change belongs to its node: the activity or indicator it changes is the node's own for
    /// the period (a committee controller could change the region's indicator through the own
    /// committee's address — issue 13), and a text is the node's.
    func requireOwned(_ db: any SQLConnection, kind: ChangeKind, period: Period, node: NodeCode, key: String) throws {
        let s = scoped(db)
        let found: Bool
        switch kind {
        case .text:
            found = try nodeExists(s, node)
        case .activity:
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            found = try s.exists(
                ActivityRecord.table, where: "period = ? AND node = ? AND commitment = ? AND activity = ?",
                [period.description, node, parts[0], parts.count > 1 ? parts[1] : ""])
        case .indicator:
            found = try s.exists(
                IndicatorRecord.table, where: "code = ? AND node = ? AND year = ?", [key, node, period.year])
        }
        guard found else {
            let what =
                [ChangeKind.text: "Enheten", .activity: "Aktiviteten", .indicator: "Indikatorn \(key)"][kind] ?? ""
            throw WorkflowError(description: "\(what) hör inte till \(node) för \(period).")
        }
    }

    static func validate(kind: ChangeKind, key: String, value: String, comment: String) throws {
        func fail(_ m: String) -> WorkflowError { WorkflowError(description: m) }
        if let problem = InputText.problem(in: value, multiline: kind == .text) { throw fail("Värdet \(problem).") }
        if let problem = InputText.problem(in: comment, multiline: true) { throw fail("Kommentaren \(problem).") }
        if let problem = InputText.problem(in: key, multiline: false) { throw fail("Nyckeln \(problem).") }
        switch kind {
        case .text:
            guard TextSection(rawValue: key) != nil else { throw fail("Okänt textavsnitt \"\(key)\".") }
            guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw fail("Texten är tom.") }
        case .activity:
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw fail("Okänd aktivitet.") }
            if parts[1].isEmpty {
                guard Assessment(rawValue: value) != nil else {
                    let known = Assessment.allCases.map(\.rawValue).joined(separator: ", ")
                    throw fail("Bedömningen \"\(value)\" är inte en av \(known).")
                }
            } else {
                guard ActivityStatus(rawValue: value) != nil else {
                    let known = ActivityStatus.allCases.map(\.rawValue).joined(separator: ", ")
                    throw fail("Statusen \"\(value)\" är inte en av \(known).")
                }
            }
        case .indicator:
            let plain = value.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
            guard !plain.isEmpty, Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) != nil,
                plain.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
            else {
                throw fail("Utfallet \"\(value)\" är inte ett tal.")
            }
        }
    }

    /// Writes an approved change where the reports read it.
    func apply(_ db: any SQLConnection, _ c: ChangeRequest) throws {
        switch c.kind {
        case .text:
            try ReportTextRecord.upsert(scoped(db), [c.period.description, c.node, c.key, c.value])
        case .activity:
            let parts = c.key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let column = parts[1].isEmpty ? "assessment" : "status"
            try scoped(db).update(
                ActivityRecord.table, set: "\(column) = ?, comment = ?", [c.value, c.comment],
                where: "period = ? AND node = ? AND commitment = ? AND activity = ?",
                [c.period.description, c.node, parts[0], parts[1]])
            guard db.changesCount > 0 else {
                throw WorkflowError(description: "Aktiviteten finns inte längre för perioden.")
            }
        case .indicator:
            let plain = c.value.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
            let value = "\(Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) ?? 0)"
            let s = scoped(db)
            let row = "code = ? AND node = ? AND year = ?"
            try s.update(
                IndicatorRecord.table, set: "outcome = ?", [value], where: row + " AND month = ?",
                [c.key, c.node, c.period.year, c.period.month])
            if db.changesCount == 0 {
                try s.update(
                    IndicatorRecord.table, set: "outcome = ?", [value], where: row + " AND month IS NULL",
                    [c.key, c.node, c.period.year])
            }
            guard db.changesCount > 0 else {
                throw WorkflowError(description: "Indikatorn har ingen rad för perioden.")
            }
        }
    }
}
