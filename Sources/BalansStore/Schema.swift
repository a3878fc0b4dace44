import GRDB

/// The store's schema as an ordered list of named migrations (GRDB `DatabaseMigrator`).
/// A step once released is never edited: a change is a new step, so every existing
/// database upgrades the same way.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-organisation-ledger-budget") { db in
            try db.execute(sql: """
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
                CREATE TABLE ledger_row (voucher_id INTEGER NOT NULL REFERENCES voucher(id) ON DELETE CASCADE,
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
                CREATE TABLE investment (period TEXT NOT NULL, node TEXT NOT NULL, category TEXT NOT NULL,
                    outcome INTEGER NOT NULL, budget INTEGER, forecast INTEGER);
                CREATE TABLE import_log (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file_name TEXT NOT NULL,
                    sha256 TEXT NOT NULL, imported_at TEXT NOT NULL, summary TEXT NOT NULL);
                """)
        }
        // Ledger rows by rowid range instead of by index: a year of 10 million rows is appended
        // without maintaining an index or checking a foreign key per row, and a year is removed
        // by deleting its ranges (recorded on `ledger`). Vouchers get their year from `ledger`.
        m.registerMigration("v2-ledger-rows-by-range") { db in
            try db.execute(sql: """
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
                """)
        }
        m.registerMigration("v3-staff") { db in
            try db.execute(sql: """
                CREATE TABLE staff (year INTEGER NOT NULL, month INTEGER, node TEXT NOT NULL, measure TEXT NOT NULL,
                    value TEXT NOT NULL);
                CREATE INDEX staff_year ON staff(year);
                """)
        }
        m.registerMigration("v4-indicators") { db in
            try db.execute(sql: """
                CREATE TABLE indicator (code TEXT NOT NULL, name TEXT NOT NULL, node TEXT NOT NULL, goal TEXT NOT NULL,
                    unit TEXT NOT NULL, direction TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER,
                    target TEXT, outcome TEXT, comment TEXT NOT NULL);
                """)
        }
        m.registerMigration("v5-activities") { db in
            try db.execute(sql: """
                CREATE TABLE activity (period TEXT NOT NULL, node TEXT NOT NULL, commitment TEXT NOT NULL, activity TEXT NOT NULL,
                    status TEXT, end_date TEXT NOT NULL, unit TEXT NOT NULL, assessment TEXT, comment TEXT NOT NULL);
                """)
        }
        m.registerMigration("v6-investment-projects") { db in
            try db.execute(sql: "ALTER TABLE investment ADD COLUMN project TEXT")
        }
        m.registerMigration("v7-indicator-national") { db in
            try db.execute(sql: "ALTER TABLE indicator ADD COLUMN national TEXT")
        }
        m.registerMigration("v8-action-plans") { db in
            try db.execute(sql: """
                CREATE TABLE action_plan (node TEXT NOT NULL, plan TEXT NOT NULL, measure TEXT NOT NULL, year INTEGER NOT NULL,
                    month INTEGER NOT NULL, expected INTEGER NOT NULL, realised INTEGER, comment TEXT NOT NULL);
                """)
        }
        m.registerMigration("v9-staff-gender") { db in
            try db.execute(sql: "ALTER TABLE staff ADD COLUMN gender TEXT NOT NULL DEFAULT ''")
        }
        m.registerMigration("v10-investment-project-totals") { db in
            for column in ["site TEXT", "project_budget INTEGER", "project_outcome INTEGER", "project_forecast INTEGER", "finished INTEGER"] {
                try db.execute(sql: "ALTER TABLE investment ADD COLUMN \(column)")
            }
        }
        m.registerMigration("v11-staff-age-band") { db in
            try db.execute(sql: "ALTER TABLE staff ADD COLUMN age_band TEXT NOT NULL DEFAULT ''")
        }
        m.registerMigration("v12-indicator-focus-r12-gender") { db in
            for column in ["focus_area TEXT NOT NULL DEFAULT ''", "r12 INTEGER NOT NULL DEFAULT 0", "outcome_women TEXT", "outcome_men TEXT"] {
                try db.execute(sql: "ALTER TABLE indicator ADD COLUMN \(column)")
            }
        }
        m.registerMigration("v13-report-texts") { db in
            try db.execute(sql: """
                CREATE TABLE report_text (period TEXT NOT NULL, node TEXT NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL,
                    PRIMARY KEY (period, node, section));
                """)
        }
        m.registerMigration("v14-frozen-reports") { db in
            try db.execute(sql: """
                CREATE TABLE frozen_report (kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, frozen_at TEXT NOT NULL,
                    input_fingerprint TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (kind, period, node));
                """)
        }
        m.registerMigration("v15-users-sessions-audit-workflow") { db in
            try db.execute(sql: """
                CREATE TABLE app_user (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, node TEXT NOT NULL DEFAULT '');
                CREATE TABLE session (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES app_user(name) ON DELETE CASCADE,
                    csrf TEXT NOT NULL, expires_at INTEGER NOT NULL);
                CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,
                    entity TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL);
                CREATE TABLE forecast_state (period TEXT NOT NULL, node TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL,
                    comment TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (period, node));
                """)
        }
        m.registerMigration("v16-change-requests") { db in
            try db.execute(sql: """
                CREATE TABLE change_request (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, key TEXT NOT NULL,
                    value TEXT NOT NULL, comment TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL, review_comment TEXT NOT NULL DEFAULT '',
                    updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (kind, period, node, key));
                """)
        }
        return m
    }
}
