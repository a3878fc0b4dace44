import BalansCore
import Foundation

/// A user's role (roll), scoped to an org node where it says so (SPEC §6, issue 7).
public enum Role: String, CaseIterable, Sendable {
    /// Administratör: everything, and users.
    case admin
    /// Central controller (central ekonom): reads and approves the whole region.
    case central
    /// Committee controller (nämndcontroller): reads and writes its own subtree only.
    case committee
    /// Reader (läsare): published (frozen) reports only.
    case reader
}

public struct AppUser: Sendable, Equatable {
    public var name: String
    public var passwordHash: String
    public var role: Role
    /// The org node a committee controller is scoped to; "" for the others.
    public var node: String
}

/// One line of the audit trail (granskningslogg): who changed what, when, from what to what.
public struct AuditEntry: Sendable, Equatable {
    public var at: String
    public var user: String
    public var action: String
    public var entity: String
    public var oldValue: String
    public var newValue: String
}

/// Where a committee's forecast of a period is in its workflow, and its version: every save
/// and transition increments the version, and a change that names an older one is refused.
public struct ForecastState: Sendable, Equatable {
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
    public var status: Status
    public var version: Int
    public var comment: String
    public var updatedBy: String
    public var updatedAt: String

    public static let new = ForecastState(status: .draft, version: 0, comment: "", updatedBy: "", updatedAt: "")
}

/// A change the workflow refuses, with the reason to show the user (409 Conflict on the web).
public protocol WorkflowRefusal: Error, CustomStringConvertible, Sendable {}

/// A change refused because it was made on an older version than the stored one.
public struct StaleVersion: WorkflowRefusal {
    public var expected: Int
    public var stored: Int
    public var description: String {
        "Prognosen har ändrats av någon annan sedan du öppnade den (version \(expected), nu \(stored)). Ladda om sidan och gör ändringen igen."
    }
}

/// A workflow step that is not allowed from the current status.
public struct WorkflowError: WorkflowRefusal {
    public var description: String
    public init(description: String) { self.description = description }
}

extension Store {
    // MARK: Users and sessions

    public func addUser(name: String, passwordHash: String, role: Role, node: String) throws {
        try Self.checkUserName(name)
        try db.write { db in
            if try String.fetchOne(
                db, sql: "SELECT user_name FROM user_role WHERE organisation = ? AND user_name = ?",
                arguments: [organisation, name]) != nil
            {
                throw InputFailure([InputIssue(file: "user \(name)", line: nil, message: "already exists")])
            }
            if role == .committee,
                try String.fetchOne(
                    db, sql: "SELECT code FROM org_node WHERE organisation = ? AND code = ?",
                    arguments: [organisation, node]) == nil
            {
                throw InputFailure([
                    InputIssue(
                        file: "user \(name)", line: nil,
                        message: "unknown organisation node \"\(node)\" for a committee controller")
                ])
            }
            // One login per person: a user of another organisation keeps their password and
            // gets a role in this one too.
            try db.execute(
                sql: "INSERT INTO app_user (name, password_hash) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                arguments: [name, passwordHash])
            try db.execute(
                sql: "INSERT INTO user_role (organisation, user_name, role, node) VALUES (?, ?, ?, ?)",
                arguments: [organisation, name, role.rawValue, node])
            try audit(db, user: "system", action: "user.add", entity: name, old: "", new: "\(role.rawValue) \(node)")
        }
    }

    public func user(named name: String) throws -> AppUser? {
        try db.read { db in
            try SQLRow.fetchOne(
                db,
                sql:
                    "SELECT u.name, u.password_hash, r.role, r.node FROM app_user u JOIN user_role r ON r.user_name = u.name WHERE u.name = ? AND r.organisation = ?",
                arguments: [name, organisation]
            ).flatMap(Self.user)
        }
    }

    static func user(_ r: SQLRow) -> AppUser? {
        guard let role = Role(rawValue: r["role"]) else { return nil }
        return AppUser(name: r["name"], passwordHash: r["password_hash"], role: role, node: r["node"])
    }

    /// Stores a session by the hash of its token (a stolen database gives no live session).
    public func createSession(tokenHash: String, user: String, csrf: String, expiresAt: Int) throws {
        try db.write { db in
            try db.execute(
                sql: "DELETE FROM session WHERE organisation = ? AND expires_at < ?",
                arguments: [organisation, Int(Date().timeIntervalSince1970)])
            try db.execute(
                sql:
                    "INSERT INTO session (organisation, token_hash, user_name, csrf, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [organisation, tokenHash, user, csrf, expiresAt])
        }
    }

    /// The live session of a token: its user, CSRF token and end (seconds since 1970).
    public func session(tokenHash: String, now: Int) throws -> (user: AppUser, csrf: String, expiresAt: Int)? {
        try db.read { db in
            guard
                let r = try SQLRow.fetchOne(
                    db,
                    sql: """
                        SELECT u.name, u.password_hash, r.role, r.node, s.csrf, s.expires_at
                        FROM session s JOIN app_user u ON u.name = s.user_name
                        JOIN user_role r ON r.user_name = u.name AND r.organisation = s.organisation
                        WHERE s.organisation = ? AND s.token_hash = ? AND s.expires_at >= ?
                        """, arguments: [organisation, tokenHash, now]), let user = Self.user(r)
            else { return nil }
            return (user, r["csrf"], r["expires_at"])
        }
    }

    public func deleteSession(tokenHash: String) throws {
        _ = try db.write { db in
            try db.execute(
                sql: "DELETE FROM session WHERE organisation = ? AND token_hash = ?",
                arguments: [organisation, tokenHash])
        }
    }

    // MARK: Audit trail

    func audit(_ db: any SQLConnection, user: String, action: String, entity: String, old: String, new: String) throws {
        try db.execute(
            sql:
                "INSERT INTO audit (organisation, at, user_name, action, entity, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [organisation, Store.now(), user, action, entity, old, new])
    }

    /// The newest entries first.
    public func auditTrail(limit: Int = 200) throws -> [AuditEntry] {
        try db.read { db in
            try SQLRow.fetchAll(
                db, sql: "SELECT * FROM audit WHERE organisation = ? ORDER BY id DESC LIMIT ?",
                arguments: [organisation, limit]
            ).map {
                AuditEntry(
                    at: $0["at"], user: $0["user_name"], action: $0["action"], entity: $0["entity"],
                    oldValue: $0["old_value"], newValue: $0["new_value"])
            }
        }
    }

    // MARK: Forecast workflow

    public func forecastState(period: Period, node: String) throws -> ForecastState {
        try db.read { db in try forecastState(db, period: period, node: node) }
    }

    func forecastState(_ db: any SQLConnection, period: Period, node: String) throws -> ForecastState {
        guard
            let r = try SQLRow.fetchOne(
                db, sql: "SELECT * FROM forecast_state WHERE organisation = ? AND period = ? AND node = ?",
                arguments: [organisation, period.description, node]),
            let status = ForecastState.Status(rawValue: r["status"])
        else { return .new }
        return ForecastState(
            status: status, version: r["version"], comment: r["comment"], updatedBy: r["updated_by"],
            updatedAt: r["updated_at"])
    }

    func setState(_ db: any SQLConnection, period: Period, node: String, _ s: ForecastState) throws {
        try db.execute(
            sql: """
                INSERT INTO forecast_state (organisation, period, node, status, version, comment, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (organisation, period, node) DO UPDATE SET status = excluded.status, version = excluded.version, comment = excluded.comment,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """,
            arguments: [
                organisation, period.description, node, s.status.rawValue, s.version, s.comment, s.updatedBy,
                s.updatedAt,
            ])
    }

    /// Saves a committee's full-year forecast for the period as a draft: one row per line and
    /// account, replacing the committee's rows of the period. Refused when `expectedVersion` is
    /// not the stored version (someone saved in between) or the forecast is submitted or
    /// approved. Every changed amount goes to the audit trail. Returns the new version.
    public func saveForecast(period: Period, committee: String, rows: [ForecastRow], expectedVersion: Int, user: String)
        throws -> Int
    {
        try db.write { db in
            let unitLines = try forecastLines(db, period: period, committee: committee)
            if let stray = rows.first(where: { !unitLines.contains($0.node) }) {
                throw WorkflowError(description: "Raden för \(stray.node) hör inte till \(committee).")
            }
            for r in rows {
                if let problem = InputText.problem(in: r.comment, multiline: true) {
                    throw WorkflowError(description: "Kommentaren till \(r.node) \(problem).")
                }
            }
            var state = try forecastState(db, period: period, node: committee)
            guard state.version == expectedVersion else {
                throw StaleVersion(expected: expectedVersion, stored: state.version)
            }
            guard state.status == .draft || state.status == .returned else {
                throw WorkflowError(
                    description:
                        "Prognosen är \(state.status == .submitted ? "inlämnad" : "godkänd") och kan inte ändras.")
            }
            // The approved rows stay in the reports until the new ones are approved: a draft
            // replaces only the pending rows of its lines.
            let lines = Set(rows.map(\.node))
            var old: [String: Int64] = [:]
            for line in lines {
                let pending =
                    try Int.fetchOne(
                        db,
                        sql:
                            "SELECT count(*) FROM forecast WHERE organisation = ? AND period = ? AND node = ? AND status != 'approved'",
                        arguments: [organisation, period.description, line]) ?? 0
                for r in try SQLRow.fetchAll(
                    db,
                    sql:
                        "SELECT account, amount FROM forecast WHERE organisation = ? AND period = ? AND node = ? AND status \(pending > 0 ? "!=" : "=") 'approved'",
                    arguments: [organisation, period.description, line])
                {
                    old["\(line) \((r["account"] as Int?).map(String.init) ?? "")", default: 0] += r["amount"] as Int64
                }
                try db.execute(
                    sql:
                        "DELETE FROM forecast WHERE organisation = ? AND period = ? AND node = ? AND status != 'approved'",
                    arguments: [organisation, period.description, line])
            }
            for r in rows {
                try db.execute(
                    sql:
                        "INSERT INTO forecast (organisation, period, node, account, amount, comment, author, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft')",
                    arguments: [organisation, period.description, r.node, r.account, r.amount.ore, r.comment, user])
                let key = "\(r.node) \(r.account.map(String.init) ?? "")"
                if old[key] != r.amount.ore {
                    try audit(
                        db, user: user, action: "forecast.save", entity: "\(period) \(key)",
                        old: old[key].map { String(Money(ore: $0).description) } ?? "", new: r.amount.description)
                }
            }
            state.version += 1
            state.status = .draft
            state.updatedBy = user
            state.updatedAt = Store.now()
            try setState(db, period: period, node: committee, state)
            return state.version
        }
    }

    /// Moves a committee's forecast along the workflow: draft/returned → submitted (the
    /// committee controller), submitted → approved or returned with a comment (the central
    /// controller). The forecast rows take the status too: only approved rows reach reports.
    public func transitionForecast(
        period: Period, committee: String, to target: ForecastState.Status, expectedVersion: Int, comment: String,
        user: String
    ) throws -> Int {
        try db.write { db in
            let lines = try forecastLines(db, period: period, committee: committee).sorted()
            if let problem = InputText.problem(in: comment, multiline: true) {
                throw WorkflowError(description: "Kommentaren \(problem).")
            }
            var state = try forecastState(db, period: period, node: committee)
            guard state.version == expectedVersion else {
                throw StaleVersion(expected: expectedVersion, stored: state.version)
            }
            let allowed: [ForecastState.Status: [ForecastState.Status]] = [
                .submitted: [.draft, .returned], .approved: [.submitted], .returned: [.submitted],
            ]
            guard allowed[target, default: []].contains(state.status), state.version > 0 else {
                throw WorkflowError(description: "Steget går inte att ta från status \(state.status.rawValue).")
            }
            // The submitted state was written by the submitter.
            if target == .approved { try requireFourEyes(db, submittedBy: state.updatedBy, approver: user) }
            for line in lines {
                let p = period.description
                switch target {
                case .submitted:
                    try db.execute(
                        sql:
                            "UPDATE forecast SET status = 'submitted' WHERE organisation = ? AND period = ? AND node = ? AND status = 'draft'",
                        arguments: [organisation, p, line])
                case .returned, .draft:
                    try db.execute(
                        sql:
                            "UPDATE forecast SET status = 'draft' WHERE organisation = ? AND period = ? AND node = ? AND status = 'submitted'",
                        arguments: [organisation, p, line])
                case .approved:
                    // The approved rows of a line give way to its newly approved ones.
                    if try Int.fetchOne(
                        db,
                        sql:
                            "SELECT count(*) FROM forecast WHERE organisation = ? AND period = ? AND node = ? AND status = 'submitted'",
                        arguments: [organisation, p, line]) ?? 0 > 0
                    {
                        try db.execute(
                            sql:
                                "DELETE FROM forecast WHERE organisation = ? AND period = ? AND node = ? AND status = 'approved'",
                            arguments: [organisation, p, line])
                        try db.execute(
                            sql:
                                "UPDATE forecast SET status = 'approved' WHERE organisation = ? AND period = ? AND node = ? AND status = 'submitted'",
                            arguments: [organisation, p, line])
                    }
                }
            }
            try audit(
                db, user: user, action: "forecast.\(target.rawValue)", entity: "\(period) \(committee)",
                old: state.status.rawValue, new: target.rawValue + (comment.isEmpty ? "" : ": \(comment)"))
            state.status = target
            state.version += 1
            state.comment = comment
            state.updatedBy = user
            state.updatedAt = Store.now()
            try setState(db, period: period, node: committee, state)
            return state.version
        }
    }

    /// The nodes whose forecast rows belong to `committee`'s forecast for the period: its
    /// subtree. Refused for a node that is not a unit of the workflow (a line or group under a
    /// committee): its rows are part of the committee's forecast, submitted and approved with
    /// it, so a line cannot be saved or submitted past the committee's state (issue 13).
    func forecastLines(_ db: any SQLConnection, period: Period, committee: String) throws -> Set<String> {
        guard let tree = OrgTree(nodes: try loadNodes(db), year: period.year), tree.node(committee) != nil else {
            throw WorkflowError(description: "Det finns ingen enhet \(committee) \(period.year).")
        }
        guard let unit = tree.forecastUnit(of: committee), unit == committee else {
            let owner = tree.forecastUnit(of: committee) ?? committee
            throw WorkflowError(
                description:
                    "\(tree.node(committee)?.name ?? committee) ingår i prognosen för \(tree.node(owner)?.name ?? owner): den lämnas och godkänns för hela nämnden."
            )
        }
        return Set(tree.subtree(committee).map(\.code))
    }

    /// A number that moves when another process may have changed the data (SQLite's
    /// data_version, PostgreSQL's change counter): a cached snapshot is stale when it moves.
    public func dataVersion() throws -> Int {
        try db.backend.dataVersion(lockKey: db.lockKey)
    }

    // MARK: Drill-down

    /// The account names of a year's ledger (#KONTO).
    public func accountNames(year: Int) throws -> [Int: String] {
        try db.read { db in
            Dictionary(
                try SQLRow.fetchAll(
                    db, sql: "SELECT number, name FROM account WHERE organisation = ? AND year = ?",
                    arguments: [organisation, year]
                ).map { ($0["number"] as Int, $0["name"] as String) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Every frozen report, newest period first.
    public func frozenReports() throws -> [FrozenReport] {
        try db.read { db in
            try SQLRow.fetchAll(
                db, sql: "SELECT * FROM frozen_report WHERE organisation = ? ORDER BY period DESC, kind",
                arguments: [organisation]
            ).map { r in
                FrozenReport(
                    kind: r["kind"], period: r["period"], node: r["node"], frozenAt: r["frozen_at"],
                    inputFingerprint: r["input_fingerprint"], value: r["value"])
            }
        }
    }

    /// One row of a voucher (verifikation) for the drill-down.
    public struct VoucherRow: Sendable {
        public var voucherID: Int64
        public var series: String
        public var number: String
        public var date: String
        public var text: String
        public var account: Int
        public var ansvar: String
        public var amount: Money
        /// Every object the row is booked on, by dimension and code ([] if none).
        public var objects: [LedgerImport.ObjectRef] = []
    }

    /// The ledger rows of `year` on `account` for the ansvar codes, months 1...`month`, with
    /// their vouchers, in the ledger's voucher order; at most `limit`. Ordered by rowid, the
    /// scan stops at the limit: 28 ms for 500 rows of a ten-million-row year, where ordering by
    /// date had to read them all (0,7 s).
    public func ledgerRows(year: Int, account: Int, ansvar: [String], throughMonth month: Int, limit: Int = 500) throws
        -> [VoucherRow]
    {
        try db.read { db in
            // The year's full export, then its import batches (whose ranges may hold vouchers of
            // another year too: those are told apart by date).
            var ranges: [(first: Int64, last: Int64, batch: Bool)] = []
            let full = "SELECT first_row, last_row FROM ledger WHERE organisation = ? AND year = ?"
            if let range = try SQLRow.fetchOne(db, sql: full, arguments: [organisation, year]),
                let first = range["first_row"] as Int64?, let last = range["last_row"] as Int64?
            {
                ranges.append((first, last, false))
            }
            let batches = """
                SELECT first_row, last_row FROM ledger_batch WHERE organisation = ? AND year = ? AND first_row IS NOT NULL
                ORDER BY first_row
                """
            for range in try SQLRow.fetchAll(db, sql: batches, arguments: [organisation, year]) {
                ranges.append((range["first_row"], range["last_row"], true))
            }
            let marks = ansvar.map { _ in "?" }.joined(separator: ", ")
            let (from, to) = Store.dateRange(year)
            var found: [VoucherRow] = []
            for range in ranges where found.count < limit {
                var args: SQLArguments = [organisation, organisation, range.first, range.last, account, month]
                args += ansvar
                if range.batch {
                    args.append(from)
                    args.append(to)
                }
                args.append(limit - found.count)
                let sql = """
                    \(Store.voucherRowsFrom)
                    WHERE r.organisation = ? AND r.rowid BETWEEN ? AND ? AND r.account = ? AND r.month <= ? AND r.ansvar IN (\(marks))
                    \(range.batch ? "AND v.date BETWEEN ? AND ?" : "") ORDER BY r.rowid LIMIT ?
                    """
                found += try SQLRow.fetchAll(db, sql: sql, arguments: args).map(Store.voucherRow)
            }
            return found
        }
    }

    /// A row of the drill-down queries (`r.voucher_id, v.series, ...`) as a value.
    static func voucherRow(_ r: SQLRow) -> VoucherRow {
        VoucherRow(
            voucherID: r["voucher_id"], series: r["series"], number: r["number"], date: r["date"], text: r["text"],
            account: r["account"], ansvar: r["ansvar"], amount: Money(ore: r["amount"]),
            objects: objects(r["objects"], ansvar: r["ansvar"]))
    }

    /// Every row of one voucher. Ledger rows have no index on their voucher (an import of ten
    /// million rows would pay for it); but a year's rows are stored in voucher order under
    /// consecutive rowids, so the voucher's rows are found by binary search over rowids.
    public func voucher(id: Int64) throws -> [VoucherRow] {
        try db.read { db in
            guard
                let year = try SQLRow.fetchOne(
                    db,
                    sql:
                        "SELECT first_row, last_row FROM ledger WHERE organisation = ? AND ? BETWEEN first_voucher AND last_voucher",
                    arguments: [organisation, id]),
                let first = year["first_row"] as Int64?, let last = year["last_row"] as Int64?
            else {
                // An import batch: small, and a replaced year may have left gaps in its range,
                // so its rows are looked up directly.
                let batch =
                    "SELECT first_row, last_row FROM ledger_batch WHERE organisation = ? AND ? BETWEEN first_voucher AND last_voucher LIMIT 1"
                guard let range = try SQLRow.fetchOne(db, sql: batch, arguments: [organisation, id]) else { return [] }
                let sql = """
                    \(Store.voucherRowsFrom)
                    WHERE r.organisation = ? AND r.rowid BETWEEN ? AND ? AND r.voucher_id = ? ORDER BY r.rowid
                    """
                let args: SQLArguments = [
                    organisation, organisation, range["first_row"] as Int64?, range["last_row"] as Int64?, id,
                ]
                return try SQLRow.fetchAll(db, sql: sql, arguments: args).map(Store.voucherRow)
            }
            /// The first rowid in the year whose voucher id is at least `target` (last + 1 if none).
            func lowerBound(_ target: Int64) throws -> Int64 {
                var lo = first
                var hi = last + 1
                while lo < hi {
                    let mid = lo + (hi - lo) / 2
                    let v =
                        try Int64.fetchOne(
                            db, sql: "SELECT voucher_id FROM ledger_row WHERE organisation = ? AND rowid = ?",
                            arguments: [organisation, mid]) ?? Int64.max
                    if v < target { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            let from = try lowerBound(id)
            let to = try lowerBound(id + 1) - 1
            guard from <= to else { return [] }
            return try SQLRow.fetchAll(
                db,
                sql: """
                    \(Store.voucherRowsFrom)
                    WHERE r.organisation = ? AND r.rowid BETWEEN ? AND ? AND r.voucher_id = ? ORDER BY r.rowid
                    """, arguments: [organisation, organisation, from, to, id]
            ).map(Store.voucherRow)
        }
    }
}
