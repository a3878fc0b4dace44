/// One named step of the schema. Both backends run the same ordered list: SQLite runs
/// `sqlite`; PostgreSQL runs `postgres`, which is the same SQL translated by
/// `Migration.postgresDDL` unless a step needs its own (v2, which moves rowids).
public struct Migration: Sendable {
    public let name: String
    public let sqlite: String
    public let postgres: String

    init(_ name: String, _ sql: String, postgres: String? = nil) {
        self.name = name
        sqlite = sql
        self.postgres = postgres ?? Migration.postgresDDL(sql)
    }

    /// SQLite's DDL in PostgreSQL's words: integers are 64-bit (`BIGINT`; an `id INTEGER
    /// PRIMARY KEY` numbers itself, `BIGSERIAL`), `BLOB` is `BYTEA`, text compares byte by
    /// byte as in SQLite (`COLLATE "C"`, so ORDER BY gives the same order on both), and a
    /// table marked `/*rowid*/` gets the insertion counter SQLite gives every table.
    static func postgresDDL(_ sql: String) -> String {
        var s = sql
        s = s.replacingOccurrences(of: "id INTEGER PRIMARY KEY", with: "id BIGSERIAL PRIMARY KEY")
        s = s.replacingOccurrences(of: "/*rowid*/", with: "rowid BIGSERIAL, ")
        s = s.replacingOccurrences(of: ") WITHOUT ROWID", with: ")")
        s = s.replacingOccurrences(of: "INTEGER", with: "BIGINT")
        s = s.replacingOccurrences(of: "BLOB", with: "BYTEA")
        s = s.replacingOccurrences(of: "TEXT", with: "TEXT COLLATE \"C\"")
        return s
    }
}

/// The store's schema as an ordered list of named migrations. A step once released is never
/// edited (but for the PostgreSQL translation, which runs only on new databases): a change is
/// a new step, so every existing database upgrades the same way.
enum Schema {
    static let v2 = """
        CREATE TABLE voucher_v2 (id INTEGER PRIMARY KEY, series TEXT NOT NULL, number TEXT NOT NULL,
            date TEXT NOT NULL, text TEXT NOT NULL);
        INSERT INTO voucher_v2 (id, series, number, date, text) SELECT id, series, number, date, text FROM voucher ORDER BY id;
        CREATE TABLE ledger_row_v2 (voucher_id INTEGER NOT NULL, account INTEGER NOT NULL, ansvar TEXT NOT NULL,
            month INTEGER NOT NULL, amount INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '');
        INSERT INTO ledger_row_v2 SELECT voucher_id, account, ansvar, month, amount, text FROM ledger_row ORDER BY voucher_id, rowid;
        ALTER TABLE ledger ADD COLUMN first_voucher INTEGER;
        ALTER TABLE ledger ADD COLUMN last_voucher INTEGER;
        ALTER TABLE ledger ADD COLUMN first_row INTEGER;
        ALTER TABLE ledger ADD COLUMN last_row INTEGER;
        UPDATE ledger SET
            first_voucher = (SELECT min(id) FROM voucher WHERE voucher.year = ledger.year),
            last_voucher = (SELECT max(id) FROM voucher WHERE voucher.year = ledger.year),
            first_row = (SELECT min(r.rowid) FROM ledger_row_v2 r JOIN voucher v ON v.id = r.voucher_id WHERE v.year = ledger.year),
            last_row = (SELECT max(r.rowid) FROM ledger_row_v2 r JOIN voucher v ON v.id = r.voucher_id WHERE v.year = ledger.year);
        DROP TABLE ledger_row;
        DROP TABLE voucher;
        ALTER TABLE voucher_v2 RENAME TO voucher;
        ALTER TABLE ledger_row_v2 RENAME TO ledger_row;
        """

    /// Many organisations in one database (issue 8): every row belongs to an organisation,
    /// whose code leads every key; what was there belongs to the organisation "default".
    /// A user is one login with a role per organisation (`user_role`). Tables whose key
    /// changes are rebuilt (SQLite cannot alter a key); the others get the column.
    /// The tables that get the organisation by ALTER TABLE. SQLite needs a default for that;
    /// PostgreSQL drops it afterwards, so a row written without its organisation is an error.
    static let addedColumnTables = [
        "mapping_rule", "voucher", "ledger_row", "budget", "forecast", "figure", "investment", "staff", "indicator",
        "activity", "action_plan", "import_log", "audit", "session",
    ]

    static let v17 = """
        CREATE TABLE organisation_v17 (code TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
        INSERT INTO organisation_v17 (code, name) SELECT 'default', coalesce((SELECT name FROM organisation WHERE id = 1), '');
        DROP TABLE organisation;
        ALTER TABLE organisation_v17 RENAME TO organisation;
        CREATE TABLE org_node_v17 (organisation TEXT NOT NULL, code TEXT NOT NULL, parent TEXT, name TEXT NOT NULL, kind TEXT NOT NULL, ansvar TEXT NOT NULL DEFAULT '', from_year INTEGER, to_year INTEGER, position INTEGER NOT NULL, PRIMARY KEY (organisation, code));
        INSERT INTO org_node_v17 (organisation, code, parent, name, kind, ansvar, from_year, to_year, position) SELECT 'default', code, parent, name, kind, ansvar, from_year, to_year, position FROM org_node;
        DROP TABLE org_node;
        ALTER TABLE org_node_v17 RENAME TO org_node;
        CREATE TABLE account_v17 (organisation TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (organisation, year, number)) WITHOUT ROWID;
        INSERT INTO account_v17 (organisation, year, number, name) SELECT 'default', year, number, name FROM account;
        DROP TABLE account;
        ALTER TABLE account_v17 RENAME TO account;
        CREATE TABLE ledger_v17 (organisation TEXT NOT NULL, year INTEGER NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, imported_at TEXT NOT NULL, first_voucher INTEGER, last_voucher INTEGER, first_row INTEGER, last_row INTEGER, PRIMARY KEY (organisation, year));
        INSERT INTO ledger_v17 (organisation, year, file_name, sha256, imported_at, first_voucher, last_voucher, first_row, last_row) SELECT 'default', year, file_name, sha256, imported_at, first_voucher, last_voucher, first_row, last_row FROM ledger;
        DROP TABLE ledger;
        ALTER TABLE ledger_v17 RENAME TO ledger;
        CREATE TABLE period_balance_v17 (organisation TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL, account INTEGER NOT NULL, ansvar TEXT NOT NULL, amount INTEGER NOT NULL, PRIMARY KEY (organisation, year, month, account, ansvar)) WITHOUT ROWID;
        INSERT INTO period_balance_v17 (organisation, year, month, account, ansvar, amount) SELECT 'default', year, month, account, ansvar, amount FROM period_balance;
        DROP TABLE period_balance;
        ALTER TABLE period_balance_v17 RENAME TO period_balance;
        CREATE TABLE period_budget_v17 (organisation TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL, account INTEGER NOT NULL, ansvar TEXT NOT NULL, amount INTEGER NOT NULL, PRIMARY KEY (organisation, year, month, account, ansvar)) WITHOUT ROWID;
        INSERT INTO period_budget_v17 (organisation, year, month, account, ansvar, amount) SELECT 'default', year, month, account, ansvar, amount FROM period_budget;
        DROP TABLE period_budget;
        ALTER TABLE period_budget_v17 RENAME TO period_budget;
        CREATE TABLE opening_balance_v17 (organisation TEXT NOT NULL, year INTEGER NOT NULL, account INTEGER NOT NULL, amount INTEGER NOT NULL, PRIMARY KEY (organisation, year, account)) WITHOUT ROWID;
        INSERT INTO opening_balance_v17 (organisation, year, account, amount) SELECT 'default', year, account, amount FROM opening_balance;
        DROP TABLE opening_balance;
        ALTER TABLE opening_balance_v17 RENAME TO opening_balance;
        CREATE TABLE report_text_v17 (organisation TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (organisation, period, node, section));
        INSERT INTO report_text_v17 (organisation, period, node, section, text) SELECT 'default', period, node, section, text FROM report_text;
        DROP TABLE report_text;
        ALTER TABLE report_text_v17 RENAME TO report_text;
        CREATE TABLE frozen_report_v17 (organisation TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, frozen_at TEXT NOT NULL, input_fingerprint TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (organisation, kind, period, node));
        INSERT INTO frozen_report_v17 (organisation, kind, period, node, frozen_at, input_fingerprint, value) SELECT 'default', kind, period, node, frozen_at, input_fingerprint, value FROM frozen_report;
        DROP TABLE frozen_report;
        ALTER TABLE frozen_report_v17 RENAME TO frozen_report;
        CREATE TABLE forecast_state_v17 (organisation TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (organisation, period, node));
        INSERT INTO forecast_state_v17 (organisation, period, node, status, version, comment, updated_by, updated_at) SELECT 'default', period, node, status, version, comment, updated_by, updated_at FROM forecast_state;
        DROP TABLE forecast_state;
        ALTER TABLE forecast_state_v17 RENAME TO forecast_state;
        CREATE TABLE change_request_v17 (id INTEGER PRIMARY KEY, organisation TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, comment TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL, review_comment TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (organisation, kind, period, node, key));
        INSERT INTO change_request_v17 (organisation, id, kind, period, node, key, value, comment, status, version, review_comment, updated_by, updated_at) SELECT 'default', id, kind, period, node, key, value, comment, status, version, review_comment, updated_by, updated_at FROM change_request;
        DROP TABLE change_request;
        ALTER TABLE change_request_v17 RENAME TO change_request;
        ALTER TABLE mapping_rule ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE voucher ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE ledger_row ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE budget ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE forecast ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE figure ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE investment ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE staff ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE indicator ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE activity ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE action_plan ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE import_log ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE audit ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        ALTER TABLE session ADD COLUMN organisation TEXT NOT NULL DEFAULT 'default';
        DROP INDEX budget_year;
        CREATE INDEX budget_organisation_year ON budget(organisation, year);
        DROP INDEX forecast_period;
        CREATE INDEX forecast_organisation_period ON forecast(organisation, period);
        DROP INDEX staff_year;
        CREATE INDEX staff_organisation_year ON staff(organisation, year);
        CREATE TABLE user_role (organisation TEXT NOT NULL REFERENCES organisation(code) ON DELETE CASCADE, user_name TEXT NOT NULL REFERENCES app_user(name) ON DELETE CASCADE, role TEXT NOT NULL, node TEXT NOT NULL DEFAULT '', PRIMARY KEY (organisation, user_name));
        INSERT INTO user_role (organisation, user_name, role, node) SELECT 'default', name, role, node FROM app_user;
        ALTER TABLE app_user DROP COLUMN role;
        ALTER TABLE app_user DROP COLUMN node
        """

    static let steps: [Migration] = {
        var m: [Migration] = []
        m.append(
            Migration(
                "v1-organisation-ledger-budget",
                """
                CREATE TABLE organisation (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL);
                CREATE TABLE org_node (
                    code TEXT PRIMARY KEY, parent TEXT, name TEXT NOT NULL, kind TEXT NOT NULL,
                    ansvar TEXT NOT NULL DEFAULT '', from_year INTEGER, to_year INTEGER, position INTEGER NOT NULL);
                CREATE TABLE mapping_rule (
                    id INTEGER PRIMARY KEY, from_account INTEGER NOT NULL, to_account INTEGER NOT NULL,
                    line TEXT, internal INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE account (year INTEGER NOT NULL, number INTEGER NOT NULL, name TEXT NOT NULL,
                    PRIMARY KEY (year, number)) WITHOUT ROWID;
                CREATE TABLE ledger (year INTEGER PRIMARY KEY, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
                    imported_at TEXT NOT NULL);
                CREATE TABLE voucher (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, series TEXT NOT NULL,
                    number TEXT NOT NULL, date TEXT NOT NULL, text TEXT NOT NULL);
                CREATE INDEX voucher_year ON voucher(year);
                CREATE TABLE ledger_row (/*rowid*/voucher_id INTEGER NOT NULL REFERENCES voucher(id) ON DELETE CASCADE,
                    account INTEGER NOT NULL, ansvar TEXT NOT NULL, month INTEGER NOT NULL, amount INTEGER NOT NULL,
                    text TEXT NOT NULL DEFAULT '');
                CREATE INDEX ledger_row_voucher ON ledger_row(voucher_id);
                CREATE TABLE period_balance (year INTEGER NOT NULL, month INTEGER NOT NULL, account INTEGER NOT NULL,
                    ansvar TEXT NOT NULL, amount INTEGER NOT NULL, PRIMARY KEY (year, month, account, ansvar)) WITHOUT ROWID;
                CREATE TABLE period_budget (year INTEGER NOT NULL, month INTEGER NOT NULL, account INTEGER NOT NULL,
                    ansvar TEXT NOT NULL, amount INTEGER NOT NULL, PRIMARY KEY (year, month, account, ansvar)) WITHOUT ROWID;
                CREATE TABLE opening_balance (year INTEGER NOT NULL, account INTEGER NOT NULL, amount INTEGER NOT NULL,
                    PRIMARY KEY (year, account)) WITHOUT ROWID;
                CREATE TABLE budget (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, node TEXT NOT NULL, account INTEGER,
                    amount INTEGER NOT NULL, version TEXT NOT NULL, monthly TEXT NOT NULL);
                CREATE INDEX budget_year ON budget(year);
                CREATE TABLE forecast (id INTEGER PRIMARY KEY, period TEXT NOT NULL, node TEXT NOT NULL, account INTEGER,
                    amount INTEGER NOT NULL, comment TEXT NOT NULL, author TEXT NOT NULL, status TEXT NOT NULL);
                CREATE INDEX forecast_period ON forecast(period);
                CREATE TABLE figure (year INTEGER NOT NULL, month INTEGER, key TEXT NOT NULL, amount INTEGER,
                    comment TEXT NOT NULL);
                CREATE TABLE investment (/*rowid*/period TEXT NOT NULL, node TEXT NOT NULL, category TEXT NOT NULL,
                    outcome INTEGER NOT NULL, budget INTEGER, forecast INTEGER);
                CREATE TABLE import_log (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file_name TEXT NOT NULL,
                    sha256 TEXT NOT NULL, imported_at TEXT NOT NULL, summary TEXT NOT NULL);
                """))
        // Ledger rows by rowid range instead of by index: a year of 10 million rows is appended
        // without maintaining an index or checking a foreign key per row, and a year is removed
        // by deleting its ranges (recorded on `ledger`). Vouchers get their year from `ledger`.
        m.append(
            Migration(
                "v2-ledger-rows-by-range", v2,
                postgres: Migration.postgresDDL(
                    v2
                        // PostgreSQL has no rowid: the insertion counter is a column the writer fills, the
                        // key of the range scans.
                        .replacingOccurrences(
                            of: "CREATE TABLE ledger_row_v2 (",
                            with: "CREATE TABLE ledger_row_v2 (rowid INTEGER PRIMARY KEY, "
                        )
                        .replacingOccurrences(
                            of: "INSERT INTO ledger_row_v2 SELECT voucher_id,",
                            with:
                                "INSERT INTO ledger_row_v2 SELECT row_number() OVER (ORDER BY voucher_id, rowid), voucher_id,"
                        ))))
        m.append(
            Migration(
                "v3-staff",
                """
                CREATE TABLE staff (/*rowid*/year INTEGER NOT NULL, month INTEGER, node TEXT NOT NULL, measure TEXT NOT NULL,
                    value TEXT NOT NULL);
                CREATE INDEX staff_year ON staff(year);
                """))
        m.append(
            Migration(
                "v4-indicators",
                """
                CREATE TABLE indicator (/*rowid*/code TEXT NOT NULL, name TEXT NOT NULL, node TEXT NOT NULL, goal TEXT NOT NULL,
                    unit TEXT NOT NULL, direction TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER,
                    target TEXT, outcome TEXT, comment TEXT NOT NULL);
                """))
        m.append(
            Migration(
                "v5-activities",
                """
                CREATE TABLE activity (/*rowid*/period TEXT NOT NULL, node TEXT NOT NULL, commitment TEXT NOT NULL, activity TEXT NOT NULL,
                    status TEXT, end_date TEXT NOT NULL, unit TEXT NOT NULL, assessment TEXT, comment TEXT NOT NULL);
                """))
        m.append(Migration("v6-investment-projects", "ALTER TABLE investment ADD COLUMN project TEXT"))
        m.append(Migration("v7-indicator-national", "ALTER TABLE indicator ADD COLUMN national TEXT"))
        m.append(
            Migration(
                "v8-action-plans",
                """
                CREATE TABLE action_plan (/*rowid*/node TEXT NOT NULL, plan TEXT NOT NULL, measure TEXT NOT NULL, year INTEGER NOT NULL,
                    month INTEGER NOT NULL, expected INTEGER NOT NULL, realised INTEGER, comment TEXT NOT NULL);
                """))
        m.append(Migration("v9-staff-gender", "ALTER TABLE staff ADD COLUMN gender TEXT NOT NULL DEFAULT ''"))
        m.append(
            Migration(
                "v10-investment-project-totals",
                [
                    "site TEXT", "project_budget INTEGER", "project_outcome INTEGER", "project_forecast INTEGER",
                    "finished INTEGER",
                ].map { "ALTER TABLE investment ADD COLUMN \($0);" }.joined(separator: "\n")))
        m.append(Migration("v11-staff-age-band", "ALTER TABLE staff ADD COLUMN age_band TEXT NOT NULL DEFAULT ''"))
        m.append(
            Migration(
                "v12-indicator-focus-r12-gender",
                [
                    "focus_area TEXT NOT NULL DEFAULT ''", "r12 INTEGER NOT NULL DEFAULT 0", "outcome_women TEXT",
                    "outcome_men TEXT",
                ].map { "ALTER TABLE indicator ADD COLUMN \($0);" }.joined(separator: "\n")))
        m.append(
            Migration(
                "v13-report-texts",
                """
                CREATE TABLE report_text (period TEXT NOT NULL, node TEXT NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL,
                    PRIMARY KEY (period, node, section));
                """))
        m.append(
            Migration(
                "v14-frozen-reports",
                """
                CREATE TABLE frozen_report (kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, frozen_at TEXT NOT NULL,
                    input_fingerprint TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (kind, period, node));
                """))
        m.append(
            Migration(
                "v15-users-sessions-audit-workflow",
                """
                CREATE TABLE app_user (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, node TEXT NOT NULL DEFAULT '');
                CREATE TABLE session (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES app_user(name) ON DELETE CASCADE,
                    csrf TEXT NOT NULL, expires_at INTEGER NOT NULL);
                CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,
                    entity TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL);
                CREATE TABLE forecast_state (period TEXT NOT NULL, node TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL,
                    comment TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (period, node));
                """))
        m.append(
            Migration(
                "v16-change-requests",
                """
                CREATE TABLE change_request (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, key TEXT NOT NULL,
                    value TEXT NOT NULL, comment TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL, review_comment TEXT NOT NULL DEFAULT '',
                    updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (kind, period, node, key));
                """))
        m.append(
            Migration(
                "v17-organisations", v17,
                postgres: Migration.postgresDDL(v17) + """
                    ;
                    ALTER TABLE voucher DROP CONSTRAINT voucher_v2_pkey;
                    ALTER TABLE voucher ADD PRIMARY KEY (organisation, id);
                    ALTER TABLE ledger_row DROP CONSTRAINT ledger_row_v2_pkey;
                    ALTER TABLE ledger_row ADD PRIMARY KEY (organisation, rowid);
                    """
                    + addedColumnTables.map { "ALTER TABLE \($0) ALTER COLUMN organisation DROP DEFAULT;" }.joined(
                        separator: "\n")))
        // SIE 4I import batches (issue 13): a batch adds its vouchers to the years their dates
        // fall in. One row per batch and year; the ranges are the whole batch's (a batch that
        // spans two years has its vouchers of both in one range, told apart by date), NULL once
        // a full export of that year replaced them (the row stays: the same batch again is
        // then still "unchanged").
        m.append(
            Migration(
                "v18-ledger-batches",
                """
                CREATE TABLE ledger_batch (organisation TEXT NOT NULL, sha256 TEXT NOT NULL, year INTEGER NOT NULL, file_name TEXT NOT NULL,
                    imported_at TEXT NOT NULL, first_voucher INTEGER, last_voucher INTEGER, first_row INTEGER, last_row INTEGER,
                    PRIMARY KEY (organisation, sha256, year));
                CREATE INDEX ledger_batch_year ON ledger_batch(organisation, year);
                """))
        // Settings an organisation chooses (four eyes on approval, issue 13); a missing row is
        // the setting's default.
        m.append(
            Migration(
                "v19-organisation-settings",
                """
                CREATE TABLE organisation_setting (organisation TEXT NOT NULL REFERENCES organisation(code) ON DELETE CASCADE,
                    key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (organisation, key)) WITHOUT ROWID
                """))
        m.append(Schema.v20LedgerObjectSets)
        return m
    }()
}
