import BalansCore
import Foundation

/// Where a committee's forecast of a period is in its workflow, and its version: every save
/// and transition increments the version, and a change that names an older one is refused.
public struct ForecastState: Sendable, Equatable {
    /// Where a forecast, or a change proposed on the web, stands: utkast, inlämnad, godkänd or returnerad.
    public enum Status: String, Sendable {
        /// Utkast: the committee controller is working on it (also after a return).
        case draft
        /// Inlämnad: waiting for the central controller.
        case submitted
        /// Godkänd: in the reports.
        case approved
        /// Returnerad: sent back with a comment; editable like a draft.
        case returned
    }
    /// Where the forecast stands in its workflow: draft, submitted, approved or returned.
    public var status: Status
    /// 0 before the first save; every save and transition adds 1. A change made on another version is
    /// refused (`StaleVersion`).
    public var version: Int
    /// The comment of the last transition, e.g. why it was returned; saving the draft keeps it.
    public var comment: String
    /// Who made the last save or transition. Of a submitted forecast it is the submitter, whom the
    /// `four-eyes` setting keeps from approving it.
    public var updatedBy: String
    /// When the last save or transition was made, an ISO 8601 UTC timestamp; "" before the first save.
    public var updatedAt: String

    /// The state before a committee's first save: a draft at version 0, with no comment or author.
    public static let new = ForecastState(status: .draft, version: 0, comment: "", updatedBy: "", updatedAt: "")

    /// Refuses a change made on version `expected` when this state is at another (`StaleVersion`, naming `subject`).
    func check(version expected: Int, subject: String = "Prognosen") throws {
        guard version == expected else { throw StaleVersion(expected: expected, stored: version, subject: subject) }
    }

    /// Refuses a step the workflow does not take from this status: draft or returned → submitted, submitted →
    /// approved or returned; nothing before the first save.
    func checkStep(to target: Status) throws {
        let allowed: [Status: [Status]] = [
            .submitted: [.draft, .returned], .approved: [.submitted], .returned: [.submitted],
        ]
        guard allowed[target, default: []].contains(status), version > 0 else {
            throw WorkflowError(description: "Steget går inte att ta från status \(status.rawValue).")
        }
    }

    /// The state after a save or step to `status` by `user` now: one version on, with `comment` (nil: kept).
    func stepped(to status: Status, comment: String? = nil, by user: String) -> ForecastState {
        ForecastState(
            status: status, version: version + 1, comment: comment ?? self.comment, updatedBy: user,
            updatedAt: Store.now())
    }
}

/// A change the workflow refuses, with the reason to show the user (409 Conflict on the web).
public protocol WorkflowRefusal: Error, CustomStringConvertible, Sendable {}

/// A change refused because it was made on an older version than the stored one.
public struct StaleVersion: WorkflowRefusal {
    /// The version the change was made on: the one the user's page showed.
    public var expected: Int
    /// The version stored now, after someone else's save or transition.
    public var stored: Int
    /// What was changed, as the message names it: "Prognosen", "Detaljbudgeten".
    public var subject = "Prognosen"
    /// The message for the user, in Swedish: someone else has changed it; reload the page and make the change again.
    public var description: String {
        "\(subject) har ändrats av någon annan sedan du öppnade den (version \(expected), nu \(stored)). "
            + "Ladda om sidan och gör ändringen igen."
    }
}

/// A workflow step that is not allowed from the current status.
public struct WorkflowError: WorkflowRefusal {
    /// Why the step is refused, in Swedish, as the user is shown it.
    public var description: String
    /// A refusal with its message for the user.
    public init(description: String) { self.description = description }
}

/// A row of `forecast_state`: a committee's forecast of a period in the workflow.
enum ForecastStateRecord {
    static let table = "forecast_state"
    static let columns = ["period", "node", "status", "version", "comment", "updated_by", "updated_at"]

    static func decode(_ r: SQLRow) -> ForecastState? {
        guard let status = ForecastState.Status(rawValue: r["status"]) else { return nil }
        return ForecastState(
            status: status, version: r["version"], comment: r["comment"], updatedBy: r["updated_by"],
            updatedAt: r["updated_at"])
    }
}

extension Store {
    /// The workflow state of a committee's forecast of a period (`.new` before its first save).
    public func forecastState(period: Period, node: NodeCode) async throws -> ForecastState {
        try await db.read { db in try forecastState(db, period: period, node: node) }
    }

    func forecastState(_ db: any SQLConnection, period: Period, node: NodeCode) throws -> ForecastState {
        try scoped(db).selectOne(
            ForecastStateRecord.columns.joined(separator: ", "), from: ForecastStateRecord.table,
            where: "period = ? AND node = ?", [period.description, node]
        ).flatMap(ForecastStateRecord.decode) ?? .new
    }

    func setState(_ db: any SQLConnection, period: Period, node: NodeCode, _ s: ForecastState) throws {
        try scoped(db).insert(
            into: ForecastStateRecord.table, ForecastStateRecord.columns,
            [period.description, node, s.status.rawValue, s.version, s.comment, s.updatedBy, s.updatedAt],
            then: """
                ON CONFLICT (organisation, period, node) DO UPDATE SET status = excluded.status,
                    version = excluded.version, comment = excluded.comment, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                """)
    }

    /// Saves a committee's full-year forecast for the period as a draft: one row per line and
    /// account, replacing the committee's rows of the period. Refused when `expectedVersion` is
    /// not the stored version (someone saved in between) or the forecast is submitted or
    /// approved. Every changed amount goes to the audit trail. Returns the new version.
    public func saveForecast(
        period: Period, committee: NodeCode, rows: [ForecastRow], expectedVersion: Int, user: String
    )
        async throws -> Int
    {
        try await writing { s in
            let db = s.db
            let unitLines = try forecastLines(db, period: period, committee: committee)
            if let stray = rows.first(where: { !unitLines.contains($0.node) }) {
                throw WorkflowError(description: "Raden för \(stray.node) hör inte till \(committee).")
            }
            for r in rows {
                if let problem = InputText.problem(in: r.comment, multiline: true) {
                    throw WorkflowError(description: "Kommentaren till \(r.node) \(problem).")
                }
            }
            let state = try forecastState(db, period: period, node: committee)
            try state.check(version: expectedVersion)
            guard state.status == .draft || state.status == .returned else {
                throw WorkflowError(
                    description:
                        "Prognosen är \(state.status == .submitted ? "inlämnad" : "godkänd") och kan inte ändras.")
            }
            // The approved rows stay in the reports until the new ones are approved: a draft
            // replaces only the pending rows of its lines.
            let lines = Set(rows.map(\.node))
            var old: [String: Int64] = [:]
            let ofLine = "period = ? AND node = ?"
            for line in lines {
                let key: SQLArguments = [period.description, line]
                let pending =
                    try s.value(
                        Int.self, "count(*)", from: "forecast", where: ofLine + " AND status != 'approved'", key)
                    ?? 0
                let shown = ofLine + " AND status \(pending > 0 ? "!=" : "=") 'approved'"
                for r in try s.select("account, amount", from: "forecast", where: shown, key) {
                    old["\(line) \((r["account"] as Int?).map(String.init) ?? "")", default: 0] += r["amount"] as Int64
                }
                try s.delete(from: "forecast", where: ofLine + " AND status != 'approved'", key)
            }
            for r in rows {
                var draft = r
                draft.period = period
                draft.author = user
                draft.status = .draft
                try s.insert(draft, as: ForecastRecord.self)
                let key = "\(r.node) \(r.account.map(String.init) ?? "")"
                if old[key] != r.amount.ore {
                    try audit(
                        db, user: user, action: "forecast.save", entity: "\(period) \(key)",
                        old: old[key].map { String(Money(ore: $0).description) } ?? "", new: r.amount.description)
                }
            }
            let saved = state.stepped(to: .draft, by: user)
            try setState(db, period: period, node: committee, saved)
            return saved.version
        }
    }

    /// Moves a committee's forecast along the workflow: draft/returned → submitted (the
    /// committee controller), submitted → approved or returned with a comment (the central
    /// controller). The forecast rows take the status too: only approved rows reach reports.
    public func transitionForecast(
        period: Period, committee: NodeCode, to target: ForecastState.Status, expectedVersion: Int, comment: String,
        user: String
    ) async throws -> Int {
        try await writing { s in
            let db = s.db
            let lines = try forecastLines(db, period: period, committee: committee).sorted()
            if let problem = InputText.problem(in: comment, multiline: true) {
                throw WorkflowError(description: "Kommentaren \(problem).")
            }
            var state = try forecastState(db, period: period, node: committee)
            try state.check(version: expectedVersion)
            try state.checkStep(to: target)
            // The submitted state was written by the submitter.
            if target == .approved { try requireFourEyes(db, submittedBy: state.updatedBy, approver: user) }
            for line in lines {
                let key: SQLArguments = [period.description, line]
                func rows(_ status: String) -> String { "period = ? AND node = ? AND status = '\(status)'" }
                switch target {
                case .submitted:
                    try s.update("forecast", set: "status = 'submitted'", [], where: rows("draft"), key)
                case .returned, .draft:
                    try s.update("forecast", set: "status = 'draft'", [], where: rows("submitted"), key)
                case .approved:
                    // The approved rows of a line give way to its newly approved ones.
                    if try s.value(Int.self, "count(*)", from: "forecast", where: rows("submitted"), key) ?? 0 > 0 {
                        try s.delete(from: "forecast", where: rows("approved"), key)
                        try s.update("forecast", set: "status = 'approved'", [], where: rows("submitted"), key)
                    }
                }
            }
            try audit(
                db, user: user, action: "forecast.\(target.rawValue)", entity: "\(period) \(committee)",
                old: state.status.rawValue, new: target.rawValue + (comment.isEmpty ? "" : ": \(comment)"))
            state = state.stepped(to: target, comment: comment, by: user)
            try setState(db, period: period, node: committee, state)
            // Every step is kept with the rows as they stand after it (issue 17: history, not overwritten); a
            // step's comment is a post of the committee's thread too.
            let rowStatus = target == .returned || target == .draft ? "draft" : target.rawValue
            try keepForecastVersion(
                s, period: period, committee: committee, lines: lines, rowStatus: rowStatus, state: state)
            if !comment.isEmpty { try addComment(s, period: period, committee: committee, text: comment, user: user) }
            return state.version
        }
    }

    /// The nodes whose forecast rows belong to `committee`'s forecast for the period: its
    /// subtree. Refused for a node that is not a unit of the workflow (a line or group under a
    /// committee): its rows are part of the committee's forecast, submitted and approved with
    /// it, so a line cannot be saved or submitted past the committee's state (issue 13).
    func forecastLines(_ db: any SQLConnection, period: Period, committee: NodeCode) throws -> Set<NodeCode> {
        guard let tree = OrgTree(nodes: try loadNodes(db), year: period.year), tree.node(committee) != nil else {
            throw WorkflowError(description: "Det finns ingen enhet \(committee) \(period.year).")
        }
        guard let unit = tree.forecastUnit(of: committee), unit == committee else {
            let owner = tree.forecastUnit(of: committee) ?? committee
            let name = tree.node(committee)?.name ?? committee.rawValue
            throw WorkflowError(
                description: "\(name) ingår i prognosen för \(tree.node(owner)?.name ?? owner.rawValue): "
                    + "den lämnas och godkänns för hela nämnden.")
        }
        return Set(tree.subtree(committee).map(\.code))
    }
}
