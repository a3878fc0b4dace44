import BalansCore
import Foundation

/// The one source of truth of an organisation's follow-up: an SQLite file (GRDB) or a
/// PostgreSQL database (PostgresNIO), behind one `SQLBackend`.
///
/// Every import writes in one transaction after the whole input has been checked, so a
/// failed import leaves the database exactly as it was; each kind replaces the rows it owns
/// for the years or periods its file covers, so importing the same file twice changes
/// nothing.
public final class Store: Sendable {
    let db: StoreDatabase
    /// The organisation (organisation: a region or municipality) this store reads and writes.
    /// One database holds many; every query of this store names this one, so nothing it
    /// reads or writes belongs to another.
    public let organisation: String
    /// What the writes of this store's organisation serialise on: on PostgreSQL the key of a
    /// transaction-scoped advisory lock (`hashtextextended(key, 0)`); other organisations
    /// write at the same time. SQLite has one writer per file whatever the key.
    public var writeLockKey: String { db.lockKey }

    /// The organisation of a database used without `--organisation`: every database has it.
    public static let defaultOrganisation = "default"

    /// Opens (and migrates) the database at `location`: a file path (SQLite) or a
    /// `postgres://` URL, for `organisation`. With `create: false` a missing SQLite file or an
    /// unknown organisation is an error; with `create: true` they are made.
    public convenience init(
        path location: String, organisation: String = Store.defaultOrganisation, create: Bool = true
    ) throws {
        let backend: any SQLBackend
        if Store.isPostgresURL(location) {
            backend = try PostgresBackend(url: location)
        } else {
            if !create && !FileManager.default.fileExists(atPath: location) {
                throw InputFailure([
                    InputIssue(
                        file: location, line: nil,
                        message: "no such database (create it with `balans init --db \(location)`)")
                ])
            }
            backend = try SQLiteBackend(path: location)
        }
        try self.init(backend: backend, organisation: organisation, create: create, location: location)
    }

    /// An in-memory store, for tests.
    public convenience init(organisation: String = Store.defaultOrganisation) throws {
        try self.init(backend: SQLiteBackend(path: nil), organisation: organisation, create: true, location: ":memory:")
    }

    init(backend: any SQLBackend, organisation: String, create: Bool, location: String) throws {
        try Store.checkCode(organisation)
        db = StoreDatabase(backend: backend, lockKey: Self.lockKey(organisation))
        self.organisation = organisation
        try backend.migrate(Schema.steps)
        if try !exists() {
            guard create else {
                throw InputFailure([
                    InputIssue(
                        file: PostgresBackend.redacted(location), line: nil,
                        message:
                            "unknown organisation \"\(organisation)\" (create it with `balans init --organisation \(organisation)`)"
                    )
                ])
            }
            try createOrganisation()
        }
    }

    /// An organisation code: letters, digits, `-` and `_`, at most 32.
    static func checkCode(_ code: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        guard !code.isEmpty, code.count <= 32, code.allSatisfy(allowed.contains) else {
            throw InputFailure([
                InputIssue(
                    file: "--organisation", line: nil,
                    message: "\"\(code)\" is not an organisation code (letters, digits, - and _, at most 32)")
            ])
        }
    }

    /// Whether this store's organisation is registered in the database.
    public func exists() throws -> Bool {
        try db.read { db in
            try Int.fetchOne(db, sql: "SELECT 1 FROM organisation WHERE code = ?", arguments: [organisation])
        } != nil
    }

    /// Registers the organisation (`balans init --organisation`); an error if it exists.
    public func createOrganisation() throws {
        try db.write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM organisation WHERE code = ?", arguments: [organisation]) != nil
            {
                throw InputFailure([
                    InputIssue(
                        file: "--organisation", line: nil, message: "organisation \"\(organisation)\" already exists")
                ])
            }
            try db.execute(sql: "INSERT INTO organisation (code, name) VALUES (?, '')", arguments: [organisation])
        }
    }

    /// The organisations of the database, by code.
    public func organisations() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT code FROM organisation ORDER BY code") }
    }

    public static func isPostgresURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    var sqlite: SQLiteBackend? { db.backend as? SQLiteBackend }

    /// Copies the whole database to a new file with SQLite's online backup API: consistent
    /// while the server keeps serving (readers and writers wait only for each step). On
    /// PostgreSQL, `pg_dump` does this (docs/operations.md).
    public func backup(to path: String) throws {
        guard let sqlite else {
            throw InputFailure([
                InputIssue(
                    file: path, line: nil,
                    message: "balans backup copies an SQLite file; back up PostgreSQL with pg_dump (docs/operations.md)"
                )
            ])
        }
        if FileManager.default.fileExists(atPath: path) {
            throw InputFailure([
                InputIssue(file: path, line: nil, message: "already exists; a backup never overwrites a file")
            ])
        }
        try sqlite.backup(to: path)
    }

    /// Switches an SQLite file to write-ahead logging (WAL), which stays with the file:
    /// readers in other processes go on while a writer writes, so a large import does not
    /// stall the web application. Returns the journal mode now in force (PostgreSQL: "mvcc",
    /// whose readers never wait for writers).
    @discardableResult
    public func enableWriteAheadLog() throws -> String {
        try sqlite?.setJournalMode("WAL") ?? "mvcc"
    }

    /// The journal mode of the file ("wal", "delete", …).
    public func journalMode() throws -> String {
        try sqlite?.journalMode() ?? "mvcc"
    }

    /// The names of the applied migrations, in order.
    public func appliedMigrations() throws -> [String] {
        try db.backend.appliedMigrations()
    }

    // MARK: - Imports

    /// What an import did, for the user.
    public struct ImportSummary: Sendable {
        public var message: String
        public var changed: Bool
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    func log(_ db: any SQLConnection, kind: String, file: String, hash: String, summary: String) throws {
        try db.execute(
            sql:
                "INSERT INTO import_log (organisation, kind, file_name, sha256, imported_at, summary) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [organisation, kind, file, hash, Store.now(), summary])
    }

    /// Replaces the organisation tree.
    public func importOrg(_ nodes: [Located<OrgNode>], file: String, hash: String) throws -> ImportSummary {
        try db.write { db in
            try db.execute(sql: "DELETE FROM org_node WHERE organisation = ?", arguments: [organisation])
            for (i, n) in nodes.enumerated() {
                let v = n.value
                try db.execute(
                    sql:
                        "INSERT INTO org_node (organisation, code, parent, name, kind, ansvar, from_year, to_year, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        organisation, v.code, v.parent, v.name, v.kind.rawValue, v.ansvar.joined(separator: " "),
                        v.fromYear, v.toYear, i,
                    ])
            }
            try log(db, kind: "org", file: file, hash: hash, summary: "\(nodes.count) nodes")
        }
        return ImportSummary(message: "\(file): \(nodes.count) organisation nodes", changed: true)
    }

    /// Replaces the account mapping.
    public func importMapping(_ rules: [Located<MappingRule>], file: String, hash: String) throws -> ImportSummary {
        try db.write { db in
            try db.execute(sql: "DELETE FROM mapping_rule WHERE organisation = ?", arguments: [organisation])
            for r in rules.map(\.value) {
                try db.execute(
                    sql:
                        "INSERT INTO mapping_rule (organisation, from_account, to_account, line, internal) VALUES (?, ?, ?, ?, ?)",
                    arguments: [organisation, r.from, r.to, r.line?.rawValue, r.isInternal])
            }
            try log(db, kind: "mapping", file: file, hash: hash, summary: "\(rules.count) rules")
        }
        return ImportSummary(message: "\(file): \(rules.count) mapping rules", changed: true)
    }

    /// Checks that every node code exists in the tree of its year; issues carry the row's line.
    private func checkNodes(_ db: any SQLConnection, _ items: [(line: Int, node: String, year: Int)], file: String)
        throws
    {
        let nodes = try loadNodes(db)
        var issues: [InputIssue] = []
        for item in items where !nodes.contains(where: { $0.code == item.node && $0.exists(in: item.year) }) {
            let known = nodes.contains { $0.code == item.node }
            issues.append(
                InputIssue(
                    file: file, line: item.line,
                    message: known
                        ? "organisation node \"\(item.node)\" does not exist in \(item.year)"
                        : "unknown organisation node \"\(item.node)\" (import the org file first)"))
        }
        if !issues.isEmpty { throw InputFailure(issues) }
    }

    /// Replaces the budget rows of the years the file names.
    public func importBudget(_ rows: [Located<BudgetRow>], file: String, hash: String) throws -> ImportSummary {
        let years = Set(rows.map(\.value.year)).sorted()
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for y in years {
                try db.execute(
                    sql: "DELETE FROM budget WHERE organisation = ? AND year = ?", arguments: [organisation, y])
            }
            for r in rows.map(\.value) {
                try db.execute(
                    sql:
                        "INSERT INTO budget (organisation, year, node, account, amount, version, monthly) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        organisation, r.year, r.node, r.account, r.amount.ore, r.version,
                        r.monthly.map { String($0.ore) }.joined(separator: ","),
                    ])
            }
            try log(db, kind: "budget", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) budget rows for \(years.map(String.init).joined(separator: ", "))",
            changed: true)
    }

    /// Replaces the forecast rows of the periods the file names.
    public func importForecast(_ rows: [Located<ForecastRow>], file: String, hash: String) throws -> ImportSummary {
        let periods = Set(rows.map(\.value.period)).sorted()
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for p in periods {
                try db.execute(
                    sql: "DELETE FROM forecast WHERE organisation = ? AND period = ?",
                    arguments: [organisation, p.description])
            }
            for r in rows.map(\.value) {
                try db.execute(
                    sql:
                        "INSERT INTO forecast (organisation, period, node, account, amount, comment, author, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        organisation, r.period.description, r.node, r.account, r.amount.ore, r.comment, r.author,
                        r.status.rawValue,
                    ])
            }
            try log(db, kind: "forecast", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) forecast rows for \(periods.map(\.description).joined(separator: ", "))",
            changed: true)
    }

    /// Replaces each (date, key) figure the file names.
    public func importFigures(_ rows: [Located<FigureRow>], file: String, hash: String) throws -> ImportSummary {
        try db.write { db in
            for r in rows.map(\.value) {
                try db.execute(
                    sql:
                        "DELETE FROM figure WHERE organisation = ? AND year = ? AND month IS NOT DISTINCT FROM ? AND key = ?",
                    arguments: [organisation, r.year, r.month, r.key.rawValue])
                try db.execute(
                    sql:
                        "INSERT INTO figure (organisation, year, month, key, amount, comment) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [organisation, r.year, r.month, r.key.rawValue, r.amount?.ore, r.comment])
            }
            try log(db, kind: "figures", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) figures", changed: true)
    }

    /// Replaces the staff rows of the years the file names (measures and targets).
    public func importStaff(_ rows: [Located<StaffRow>], file: String, hash: String) throws -> ImportSummary {
        let years = Set(rows.map(\.value.year)).sorted()
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for y in years {
                try db.execute(
                    sql: "DELETE FROM staff WHERE organisation = ? AND year = ?", arguments: [organisation, y])
            }
            let insert =
                "INSERT INTO staff (organisation, year, month, node, measure, value, gender, age_band) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            for r in rows.map(\.value) {
                try db.execute(
                    sql: insert,
                    arguments: [
                        organisation, r.year, r.month, r.node, r.measure.rawValue, "\(r.value)", r.gender, r.ageBand,
                    ])
            }
            try log(db, kind: "staff", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) staff rows for \(years.map(String.init).joined(separator: ", "))",
            changed: true)
    }

    /// Sets the national figure of the yearly indicator rows whose code is a Kolada KPI id.
    /// Every KPI and year in the file must match an imported indicator row; otherwise nothing
    /// is written.
    public func importNational(_ values: [NationalValue], file: String, hash: String) throws -> ImportSummary {
        try db.write { db in
            var issues: [InputIssue] = []
            for v in values
            where try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM indicator WHERE organisation = ? AND code = ? AND year = ? AND month IS NULL",
                arguments: [organisation, v.code, v.year]) == 0
            {
                issues.append(
                    InputIssue(
                        file: file, line: nil,
                        message:
                            "KPI \(v.code) \(v.year) matches no imported indicator (give the indicator the KPI id as its code and import the indicators first)"
                    ))
            }
            if !issues.isEmpty { throw InputFailure(issues) }
            for v in values {
                try db.execute(
                    sql:
                        "UPDATE indicator SET national = ? WHERE organisation = ? AND code = ? AND year = ? AND month IS NULL",
                    arguments: ["\(v.value)", organisation, v.code, v.year])
            }
            try log(db, kind: "kolada", file: file, hash: hash, summary: "\(values.count) national values")
        }
        return ImportSummary(message: "\(file): \(values.count) national figures", changed: true)
    }

    /// Replaces the indicators the file names (by code), all their periods.
    public func importIndicators(_ rows: [Located<IndicatorRow>], file: String, hash: String) throws -> ImportSummary {
        let codes = Set(rows.map(\.value.code)).sorted()
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for c in codes {
                try db.execute(
                    sql: "DELETE FROM indicator WHERE organisation = ? AND code = ?", arguments: [organisation, c])
            }
            let insert = """
                INSERT INTO indicator (organisation, code, name, node, goal, focus_area, r12, unit, direction, year, month, target, outcome, national, outcome_women, outcome_men, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            for r in rows.map(\.value) {
                try db.execute(
                    sql: insert,
                    arguments: [
                        organisation, r.code, r.name, r.node, r.goal, r.focusArea, r.rolling12, r.unit.rawValue,
                        r.direction.rawValue, r.year, r.month,
                        r.target.map { "\($0)" }, r.outcome.map { "\($0)" }, r.national.map { "\($0)" },
                        r.outcomeWomen.map { "\($0)" }, r.outcomeMen.map { "\($0)" }, r.comment,
                    ])
            }
            try log(db, kind: "indicators", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) indicator values of \(codes.count) indicators", changed: true)
    }

    /// Replaces the commitments and activities of the (period, node) pairs the file names.
    public func importActivities(_ rows: [Located<ActivityRow>], file: String, hash: String) throws -> ImportSummary {
        var pairs: [String: (String, String)] = [:]
        for r in rows.map(\.value) { pairs["\(r.period);\(r.node)"] = (r.period.description, r.node) }
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for (period, node) in pairs.values {
                try db.execute(
                    sql: "DELETE FROM activity WHERE organisation = ? AND period = ? AND node = ?",
                    arguments: [organisation, period, node])
            }
            let insert =
                "INSERT INTO activity (organisation, period, node, commitment, activity, status, end_date, unit, assessment, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            for r in rows.map(\.value) {
                try db.execute(
                    sql: insert,
                    arguments: [
                        organisation, r.period.description, r.node, r.commitment, r.activity, r.status?.rawValue,
                        r.endDate, r.unit, r.assessment?.rawValue, r.comment,
                    ])
            }
            try log(db, kind: "activities", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) commitment and activity rows", changed: true)
    }

    /// Replaces the action plans the file names (by node and plan), all their months.
    public func importActionPlans(_ rows: [Located<ActionPlanRow>], file: String, hash: String) throws -> ImportSummary
    {
        var plans: [String: (String, String)] = [:]
        for r in rows.map(\.value) { plans["\(r.node);\(r.plan)"] = (r.node, r.plan) }
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for (node, plan) in plans.values {
                try db.execute(
                    sql: "DELETE FROM action_plan WHERE organisation = ? AND node = ? AND plan = ?",
                    arguments: [organisation, node, plan])
            }
            let insert =
                "INSERT INTO action_plan (organisation, node, plan, measure, year, month, expected, realised, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            for r in rows.map(\.value) {
                try db.execute(
                    sql: insert,
                    arguments: [
                        organisation, r.node, r.plan, r.measure, r.year, r.month, r.expected.ore, r.realised?.ore,
                        r.comment,
                    ])
            }
            try log(db, kind: "actionplans", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) action-plan rows", changed: true)
    }

    /// Writes the texts of the file, each replacing the text of its period, node and section;
    /// texts the file does not name stay.
    public func importTexts(_ rows: [Located<ReportText>], file: String, hash: String) throws -> ImportSummary {
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            let upsert = Store.upsertText
            for r in rows.map(\.value) {
                try db.execute(
                    sql: upsert, arguments: [organisation, r.period.description, r.node, r.section.rawValue, r.text])
            }
            try log(db, kind: "texts", file: file, hash: hash, summary: "\(rows.count) texts")
        }
        return ImportSummary(message: "\(file): \(rows.count) texts", changed: true)
    }

    /// A report text, replacing the text of its period, node and section.
    static let upsertText =
        "INSERT INTO report_text (organisation, period, node, section, text) VALUES (?, ?, ?, ?, ?) ON CONFLICT (organisation, period, node, section) DO UPDATE SET text = excluded.text"

    /// Replaces the investment rows of the periods the file names.
    public func importInvestments(_ rows: [Located<InvestmentRow>], file: String, hash: String) throws -> ImportSummary
    {
        let periods = Set(rows.map(\.value.period)).sorted()
        try db.write { db in
            try checkNodes(db, rows.map { ($0.line, $0.value.node, $0.value.period.year) }, file: file)
            for p in periods {
                try db.execute(
                    sql: "DELETE FROM investment WHERE organisation = ? AND period = ?",
                    arguments: [organisation, p.description])
            }
            for r in rows.map(\.value) {
                let t = r.projectTotals
                try db.execute(
                    sql: """
                        INSERT INTO investment (organisation, period, node, category, outcome, budget, forecast, project, site, project_budget, project_outcome, project_forecast, finished)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        organisation, r.period.description, r.node, r.category.rawValue, r.outcome.ore, r.budget?.ore,
                        r.forecast?.ore, r.project,
                        t?.site, t?.budget?.ore, t?.outcome?.ore, t?.forecast?.ore, t?.finishedYear,
                    ])
            }
            try log(db, kind: "investments", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(message: "\(file): \(rows.count) investment rows", changed: true)
    }

    /// Replaces the ledger of the import's fiscal year. The same file (by content hash)
    /// imported again changes nothing; a changed export of the same year replaces it whole.
    public func importLedger(_ ledger: LedgerImport) throws -> ImportSummary {
        try importLedger(contentHash: ledger.contentHash, fileName: ledger.fileName) { emit in
            try emit(ledger.vouchers)
            return ledger
        }
    }

    // MARK: - Reading

    func loadNodes(_ db: any SQLConnection) throws -> [OrgNode] {
        try SQLRow.fetchAll(
            db,
            sql:
                "SELECT code, parent, name, kind, ansvar, from_year, to_year FROM org_node WHERE organisation = ? ORDER BY position",
            arguments: [organisation]
        ).map { r in
            let ansvar: String = r["ansvar"]
            return OrgNode(
                code: r["code"], parent: r["parent"], name: r["name"], kind: NodeKind(rawValue: r["kind"]) ?? .line,
                ansvar: ansvar.split(separator: " ").map(String.init), fromYear: r["from_year"], toYear: r["to_year"])
        }
    }

    /// The organisation's name (from the org root or the ledger's #FNAMN).
    public func organisationName() throws -> String {
        try db.read { db in
            try String.fetchOne(
                db, sql: "SELECT name FROM organisation WHERE code = ? AND name != ''", arguments: [organisation])
        } ?? "Organisationen"
    }

    /// The fiscal years that have a ledger.
    public func ledgerYears() throws -> [Int] {
        try db.read { db in
            try Int.fetchAll(
                db, sql: "SELECT year FROM ledger WHERE organisation = ? ORDER BY year", arguments: [organisation])
        }
    }

    /// Reads everything the computations need, in one read transaction (a consistent snapshot).
    public func followUpData() throws -> FollowUpData {
        try db.read { db in
            let nodes = try loadNodes(db)
            let rules = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT from_account, to_account, line, internal FROM mapping_rule WHERE organisation = ? ORDER BY id",
                arguments: [organisation]
            ).map { r -> MappingRule in
                let line: String? = r["line"]
                return MappingRule(
                    from: r["from_account"], to: r["to_account"], line: line.flatMap(StatementLine.init(rawValue:)),
                    isInternal: r["internal"])
            }
            var ledgers: [Int: YearLedger] = [:]
            for year in try Int.fetchAll(
                db, sql: "SELECT year FROM ledger WHERE organisation = ?", arguments: [organisation])
            {
                let cells = try SQLRow.fetchAll(
                    db,
                    sql:
                        "SELECT account, ansvar, month, amount FROM period_balance WHERE organisation = ? AND year = ?",
                    arguments: [organisation, year]
                ).map {
                    YearLedger.Cell(
                        account: $0["account"], ansvar: $0["ansvar"], month: $0["month"],
                        amount: Money(ore: $0["amount"]))
                }
                var ib: [Int: Money] = [:]
                for r in try SQLRow.fetchAll(
                    db, sql: "SELECT account, amount FROM opening_balance WHERE organisation = ? AND year = ?",
                    arguments: [organisation, year])
                {
                    ib[r["account"]] = Money(ore: r["amount"])
                }
                ledgers[year] = YearLedger(year: year, cells: cells, openingBalances: ib)
            }
            var budgets = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT year, node, account, amount, version, monthly FROM budget WHERE organisation = ? ORDER BY id",
                arguments: [organisation]
            ).map { r -> BudgetRow in
                let monthly: String = r["monthly"]
                return BudgetRow(
                    year: r["year"], node: r["node"], account: r["account"], amount: Money(ore: r["amount"]),
                    monthly: monthly.split(separator: ",").map { Money(ore: Int64($0) ?? 0) }, version: r["version"])
            }
            // A year without a budget file uses the ledger system's period budgets, if any.
            let budgetYears = Set(budgets.map(\.year))
            for year in try Int.fetchAll(
                db, sql: "SELECT DISTINCT year FROM period_budget WHERE organisation = ? ORDER BY year",
                arguments: [organisation]) where !budgetYears.contains(year)
            {
                let cells = try SQLRow.fetchAll(
                    db,
                    sql: "SELECT account, ansvar, month, amount FROM period_budget WHERE organisation = ? AND year = ?",
                    arguments: [organisation, year]
                ).map {
                    YearLedger.Cell(
                        account: $0["account"], ansvar: $0["ansvar"], month: $0["month"],
                        amount: Money(ore: $0["amount"]))
                }
                budgets += BudgetRow.fromPeriodBudgets(
                    cells, year: year,
                    tree: FollowUpData(
                        organisationName: "", nodes: nodes, mapping: .kommunBas13, ledgers: [:], budgets: [],
                        forecasts: [], figures: [], investments: []
                    ).tree(for: year))
            }
            let forecasts = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT period, node, account, amount, comment, author, status FROM forecast WHERE organisation = ? ORDER BY id",
                arguments: [organisation]
            ).compactMap { r -> ForecastRow? in
                guard let p = Period(r["period"] as String) else { return nil }
                return ForecastRow(
                    period: p, node: r["node"], account: r["account"], amount: Money(ore: r["amount"]),
                    comment: r["comment"], author: r["author"],
                    status: ForecastRow.Status(rawValue: r["status"]) ?? .approved)
            }
            let figures = try SQLRow.fetchAll(
                db, sql: "SELECT year, month, key, amount, comment FROM figure WHERE organisation = ?",
                arguments: [organisation]
            ).compactMap { r -> FigureRow? in
                guard let key = FigureRow.Key(rawValue: r["key"]) else { return nil }
                let amount: Int64? = r["amount"]
                return FigureRow(
                    year: r["year"], month: r["month"], key: key, amount: amount.map(Money.init(ore:)),
                    comment: r["comment"])
            }
            let investments = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT period, node, category, outcome, budget, forecast, project, site, project_budget, project_outcome, project_forecast, finished FROM investment WHERE organisation = ? ORDER BY rowid",
                arguments: [organisation]
            ).compactMap { r -> InvestmentRow? in
                guard let p = Period(r["period"] as String), let c = InvestmentCategory(rawValue: r["category"]) else {
                    return nil
                }
                func money(_ column: String) -> Money? { (r[column] as Int64?).map(Money.init(ore:)) }
                let site: String? = r["site"]
                let totals = site.map {
                    ProjectTotals(
                        site: $0, budget: money("project_budget"), outcome: money("project_outcome"),
                        forecast: money("project_forecast"), finishedYear: r["finished"])
                }
                return InvestmentRow(
                    period: p, node: r["node"], category: c, outcome: Money(ore: r["outcome"]), budget: money("budget"),
                    forecast: money("forecast"), project: r["project"], projectTotals: totals)
            }
            let rootName = nodes.first { $0.parent == nil }?.name
            let name =
                try String.fetchOne(
                    db, sql: "SELECT name FROM organisation WHERE code = ? AND name != ''", arguments: [organisation])
                ?? rootName ?? "Organisationen"
            let staff = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT year, month, node, measure, value, gender, age_band FROM staff WHERE organisation = ? ORDER BY rowid",
                arguments: [organisation]
            ).compactMap { r -> StaffRow? in
                let text: String = r["value"]
                guard let measure = StaffMeasure(rawValue: r["measure"]),
                    let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
                else { return nil }
                return StaffRow(
                    year: r["year"], month: r["month"], node: r["node"], measure: measure, value: value,
                    gender: r["gender"], ageBand: r["age_band"])
            }
            let posix = Locale(identifier: "en_US_POSIX")
            let indicators = try SQLRow.fetchAll(
                db, sql: "SELECT * FROM indicator WHERE organisation = ? ORDER BY rowid", arguments: [organisation]
            ).compactMap { r -> IndicatorRow? in
                guard let unit = IndicatorUnit(rawValue: r["unit"]),
                    let direction = IndicatorDirection(rawValue: r["direction"])
                else { return nil }
                func decimal(_ column: String) -> Decimal? {
                    (r[column] as String?).flatMap { Decimal(string: $0, locale: posix) }
                }
                return IndicatorRow(
                    code: r["code"], name: r["name"], node: r["node"], goal: r["goal"], focusArea: r["focus_area"],
                    rolling12: r["r12"], unit: unit, direction: direction,
                    year: r["year"], month: r["month"], target: decimal("target"), outcome: decimal("outcome"),
                    national: decimal("national"),
                    outcomeWomen: decimal("outcome_women"), outcomeMen: decimal("outcome_men"), comment: r["comment"])
            }
            let texts = try SQLRow.fetchAll(
                db,
                sql:
                    "SELECT period, node, section, text FROM report_text WHERE organisation = ? ORDER BY period, node, section",
                arguments: [organisation]
            ).compactMap { r -> ReportText? in
                guard let p = Period(r["period"] as String), let section = TextSection(rawValue: r["section"]) else {
                    return nil
                }
                return ReportText(period: p, node: r["node"], section: section, text: r["text"])
            }
            let actionPlans = try SQLRow.fetchAll(
                db, sql: "SELECT * FROM action_plan WHERE organisation = ? ORDER BY rowid", arguments: [organisation]
            ).map { r -> ActionPlanRow in
                let realised: Int64? = r["realised"]
                return ActionPlanRow(
                    node: r["node"], plan: r["plan"], measure: r["measure"], year: r["year"], month: r["month"],
                    expected: Money(ore: r["expected"]), realised: realised.map(Money.init(ore:)), comment: r["comment"]
                )
            }
            let activities = try SQLRow.fetchAll(
                db, sql: "SELECT * FROM activity WHERE organisation = ? ORDER BY rowid", arguments: [organisation]
            ).compactMap { r -> ActivityRow? in
                guard let period = Period(r["period"] as String) else { return nil }
                let status: String? = r["status"]
                let assessment: String? = r["assessment"]
                return ActivityRow(
                    period: period, node: r["node"], commitment: r["commitment"], activity: r["activity"],
                    status: status.flatMap(ActivityStatus.init(rawValue:)),
                    endDate: r["end_date"], unit: r["unit"], assessment: assessment.flatMap(Assessment.init(rawValue:)),
                    comment: r["comment"])
            }
            var data = FollowUpData(
                organisationName: rootName ?? name, nodes: nodes,
                mapping: rules.isEmpty ? .kommunBas13 : AccountMapping(rules: rules), ledgers: ledgers,
                budgets: budgets, forecasts: forecasts, figures: figures, investments: investments, staff: staff,
                indicators: indicators, activities: activities, actionPlans: actionPlans, texts: texts)
            data.policy = try policy(db)
            return data
        }
    }

    /// A fingerprint of the whole database content (every row of every table), so a test
    /// can show that a failed import changed nothing.
    public func contentFingerprint() throws -> String { try fingerprint(of: Store.inputTables + ["frozen_report"]) }

    /// A fingerprint of everything reports are computed from (not the frozen reports): a
    /// frozen report keeps the fingerprint of the data it was built from.
    public func inputFingerprint() throws -> String { try fingerprint(of: Store.inputTables) }

    /// Removes every row of the organisation's data, roles and history (the demo rebuilds
    /// itself so); users left with no role in any organisation go too.
    public func removeAllData() throws {
        try db.write { db in
            for table in Store.organisationTables {
                try db.execute(sql: "DELETE FROM \(table) WHERE organisation = ?", arguments: [organisation])
            }
            try db.execute(sql: "UPDATE organisation SET name = '' WHERE code = ?", arguments: [organisation])
            try db.execute(sql: "DELETE FROM app_user WHERE name NOT IN (SELECT user_name FROM user_role)")
        }
    }

    /// Every table with an organisation column.
    static let organisationTables =
        inputTables.filter { $0 != "organisation" } + [
            "import_log", "frozen_report", "session", "audit", "forecast_state", "change_request", "user_role",
        ]

    static let inputTables = [
        "organisation", "org_node", "mapping_rule", "account", "ledger", "ledger_batch", "voucher", "ledger_row",
        "period_balance", "period_budget", "opening_balance", "budget", "forecast", "figure", "investment", "staff",
        "indicator", "activity", "action_plan", "report_text", "object_set", "object_set_member", "ledger_dimension",
        "ledger_object",
    ]

    /// Tables whose `id` only numbers rows in insertion order (no other row refers to it).
    static let surrogateIDTables: Set<String> = ["mapping_rule", "budget", "forecast"]

    func fingerprint(of tables: [String]) throws -> String {
        try db.read { db in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
            for table in tables {
                // Row order is not part of the content: sort the rows' text. Nor are the numbers
                // a database gives rows as they come (SQLite reuses them, PostgreSQL's
                // sequences never do): the rowid counter and the surrogate ids.
                // A ledger row's object list is the file's, whose hash `ledger` holds; the column
                // (NULL in rows stored before v20) must not make an upgraded store "changed".
                let counters: Set<String> =
                    Store.surrogateIDTables.contains(table)
                    ? ["rowid", "id"] : table == "ledger_row" ? ["rowid", "object_set"] : ["rowid"]
                for row in try SQLRow.fetchAll(
                    db, sql: "SELECT * FROM \(table) WHERE \(table == "organisation" ? "code" : "organisation") = ?",
                    arguments: [organisation]
                ).map({ "\(table)\($0.content(excluding: counters))" }).sorted() {
                    for byte in row.utf8 {
                        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                    }
                }
            }
            return String(hash, radix: 16)
        }
    }
}

/// A report frozen when it was decided (fastställd): its value as it was then, and the
/// fingerprint of the data it was built from. Later imports never change it.
public struct FrozenReport: Sendable {
    public var kind: String
    public var period: String
    /// The org node it is for; "" for the root.
    public var node: String
    public var frozenAt: String
    public var inputFingerprint: String
    /// The report value encoded by `Report.encoded()`.
    public var value: Data
}

extension Store {
    /// Stores a frozen report. A report already frozen for the same kind, period and node is
    /// never replaced: that is an error with its place.
    public func freeze(
        kind: String, period: String, node: String, value: Data, inputFingerprint: String, at time: String
    ) throws {
        try db.write { db in
            if try Int.fetchOne(
                db, sql: "SELECT 1 FROM frozen_report WHERE organisation = ? AND kind = ? AND period = ? AND node = ?",
                arguments: [organisation, kind, period, node]) != nil
            {
                throw InputFailure([
                    InputIssue(
                        file: "\(kind) \(period)\(node.isEmpty ? "" : " \(node)")", line: nil,
                        message: "is already frozen; a frozen report is never replaced")
                ])
            }
            try db.execute(
                sql:
                    "INSERT INTO frozen_report (organisation, kind, period, node, frozen_at, input_fingerprint, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [organisation, kind, period, node, time, inputFingerprint, value])
        }
    }

    public func frozenReport(kind: String, period: String, node: String) throws -> FrozenReport? {
        try db.read { db in
            try SQLRow.fetchOne(
                db, sql: "SELECT * FROM frozen_report WHERE organisation = ? AND kind = ? AND period = ? AND node = ?",
                arguments: [organisation, kind, period, node]
            ).map { r in
                FrozenReport(
                    kind: r["kind"], period: r["period"], node: r["node"], frozenAt: r["frozen_at"],
                    inputFingerprint: r["input_fingerprint"], value: r["value"])
            }
        }
    }
}

/// The store's database: reads, and writes serialised per organisation.
struct StoreDatabase: Sendable {
    let backend: any SQLBackend
    /// What this store's writes serialise on (one organisation's data).
    let lockKey: String

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T { try backend.read(body) }
    /// This process's committed writes through this store: the backends' counters do not
    /// move at once for them (SQLite's data_version counts other connections only; the
    /// PostgreSQL counter is remembered for 100 ms), and a revoked session must end at once.
    let localWrites = Counter()

    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        let result = try backend.write(lockKey: lockKey, body)
        _ = localWrites.next()
        return result
    }
}
