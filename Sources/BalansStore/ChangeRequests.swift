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

public struct ChangeRequest: Sendable, Equatable {
    public var id: Int64
    public var kind: ChangeKind
    public var period: Period
    public var node: String
    public var key: String
    public var value: String
    public var comment: String
    public var status: ForecastState.Status
    public var version: Int
    public var reviewComment: String
    public var updatedBy: String
}

extension Store {
    public func changeRequests(period: Period, node: String? = nil) throws -> [ChangeRequest] {
        try db.read { db in
            let rows =
                if let node {
                    try SQLRow.fetchAll(
                        db,
                        sql:
                            "SELECT * FROM change_request WHERE organisation = ? AND period = ? AND node = ? ORDER BY kind, key",
                        arguments: [organisation, period.description, node])
                } else {
                    try SQLRow.fetchAll(
                        db,
                        sql: "SELECT * FROM change_request WHERE organisation = ? AND period = ? ORDER BY kind, key",
                        arguments: [organisation, period.description])
                }
            return rows.compactMap(Self.changeRequest)
        }
    }

    static func changeRequest(_ r: SQLRow) -> ChangeRequest? {
        guard let kind = ChangeKind(rawValue: r["kind"]), let p = Period(r["period"] as String),
            let status = ForecastState.Status(rawValue: r["status"])
        else { return nil }
        return ChangeRequest(
            id: r["id"], kind: kind, period: p, node: r["node"], key: r["key"], value: r["value"],
            comment: r["comment"], status: status,
            version: r["version"], reviewComment: r["review_comment"], updatedBy: r["updated_by"])
    }

    /// Saves a change as a draft, or submits it (`submit`). A change not yet stored starts at
    /// version 0; a submitted one cannot be edited until it is returned; an approved one can
    /// be changed again (a new draft). The value is checked before anything is written.
    public func proposeChange(
        kind: ChangeKind, period: Period, node: String, key: String, value: String, comment: String,
        expectedVersion: Int, submit: Bool, user: String
    ) throws -> Int {
        try Self.validate(kind: kind, key: key, value: value, comment: comment)
        return try db.write { db in
            try requireOwned(db, kind: kind, period: period, node: node, key: key)
            let existing = try SQLRow.fetchOne(
                db,
                sql:
                    "SELECT * FROM change_request WHERE organisation = ? AND kind = ? AND period = ? AND node = ? AND key = ?",
                arguments: [organisation, kind.rawValue, period.description, node, key]
            ).flatMap(Self.changeRequest)
            let stored = existing?.version ?? 0
            guard stored == expectedVersion else { throw StaleVersion(expected: expectedVersion, stored: stored) }
            if existing?.status == .submitted {
                throw WorkflowError(
                    description: "Ändringen är inlämnad och kan inte ändras förrän den är godkänd eller returnerad.")
            }
            let status: ForecastState.Status = submit ? .submitted : .draft
            try db.execute(
                sql: """
                    INSERT INTO change_request (organisation, kind, period, node, key, value, comment, status, version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (organisation, kind, period, node, key) DO UPDATE SET value = excluded.value, comment = excluded.comment, status = excluded.status,
                        version = excluded.version, review_comment = '', updated_by = excluded.updated_by, updated_at = excluded.updated_at
                    """,
                arguments: [
                    organisation, kind.rawValue, period.description, node, key, value, comment, status.rawValue,
                    stored + 1, user, Store.now(),
                ])
            try audit(
                db, user: user, action: "\(kind.rawValue).\(submit ? "submitted" : "save")",
                entity: "\(period) \(node) \(key)", old: existing?.value ?? "", new: value)
            return stored + 1
        }
    }

    /// Approves (and applies) or returns a submitted change.
    public func reviewChange(id: Int64, approve: Bool, expectedVersion: Int, comment: String, user: String) throws
        -> ChangeRequest
    {
        if let problem = InputText.problem(in: comment, multiline: true) {
            throw WorkflowError(description: "Kommentaren \(problem).")
        }
        return try db.write { db in
            guard
                var c = try SQLRow.fetchOne(
                    db, sql: "SELECT * FROM change_request WHERE organisation = ? AND id = ?",
                    arguments: [organisation, id]
                ).flatMap(Self.changeRequest)
            else {
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
            try db.execute(
                sql:
                    "UPDATE change_request SET status = ?, version = ?, review_comment = ?, updated_by = ?, updated_at = ? WHERE organisation = ? AND id = ?",
                arguments: [c.status.rawValue, c.version, comment, user, Store.now(), organisation, id])
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
    func requireOwned(_ db: any SQLConnection, kind: ChangeKind, period: Period, node: String, key: String) throws {
        let found: Int?
        switch kind {
        case .text:
            found = try Int.fetchOne(
                db, sql: "SELECT 1 FROM org_node WHERE organisation = ? AND code = ?", arguments: [organisation, node])
        case .activity:
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            found = try Int.fetchOne(
                db,
                sql:
                    "SELECT 1 FROM activity WHERE organisation = ? AND period = ? AND node = ? AND commitment = ? AND activity = ?",
                arguments: [organisation, period.description, node, parts[0], parts.count > 1 ? parts[1] : ""])
        case .indicator:
            found = try Int.fetchOne(
                db,
                sql: "SELECT 1 FROM indicator WHERE organisation = ? AND code = ? AND node = ? AND year = ? LIMIT 1",
                arguments: [organisation, key, node, period.year])
        }
        guard found != nil else {
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
                    throw fail(
                        "Bedömningen \"\(value)\" är inte en av \(Assessment.allCases.map(\.rawValue).joined(separator: ", "))."
                    )
                }
            } else {
                guard ActivityStatus(rawValue: value) != nil else {
                    throw fail(
                        "Statusen \"\(value)\" är inte en av \(ActivityStatus.allCases.map(\.rawValue).joined(separator: ", "))."
                    )
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
            try db.execute(
                sql: Store.upsertText, arguments: [organisation, c.period.description, c.node, c.key, c.value])
        case .activity:
            let parts = c.key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let column = parts[1].isEmpty ? "assessment" : "status"
            try db.execute(
                sql:
                    "UPDATE activity SET \(column) = ?, comment = ? WHERE organisation = ? AND period = ? AND node = ? AND commitment = ? AND activity = ?",
                arguments: [c.value, c.comment, organisation, c.period.description, c.node, parts[0], parts[1]])
            guard db.changesCount > 0 else {
                throw WorkflowError(description: "Aktiviteten finns inte längre för perioden.")
            }
        case .indicator:
            let value =
                "\(Decimal(string: c.value.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: ""), locale: Locale(identifier: "en_US_POSIX")) ?? 0)"
            try db.execute(
                sql:
                    "UPDATE indicator SET outcome = ? WHERE organisation = ? AND code = ? AND node = ? AND year = ? AND month = ?",
                arguments: [value, organisation, c.key, c.node, c.period.year, c.period.month])
            if db.changesCount == 0 {
                try db.execute(
                    sql:
                        "UPDATE indicator SET outcome = ? WHERE organisation = ? AND code = ? AND node = ? AND year = ? AND month IS NULL",
                    arguments: [value, organisation, c.key, c.node, c.period.year])
            }
            guard db.changesCount > 0 else {
                throw WorkflowError(description: "Indikatorn har ingen rad för perioden.")
            }
        }
    }
}
