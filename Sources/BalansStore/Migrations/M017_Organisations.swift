extension Migration {
    /// v17: many organisations in one database (issue 8): every row belongs to an organisation,
    /// whose code leads every key; what was there belongs to the organisation "default". A user is
    /// one login with a role per organisation (`user_role`). Tables whose key changes are rebuilt
    /// (SQLite cannot alter a key); the others get the column. SQLite needs a default for an added
    /// NOT NULL column; PostgreSQL drops it afterwards, so a row written without its organisation is
    /// an error there, and it moves the keys of the tables v2 rebuilt to (organisation, …).
    static let v17Organisations = Migration(
        name: "v17-organisations",
        sqlite: """
            CREATE TABLE organisation_v17 (code TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
            INSERT INTO organisation_v17 (code, name)
            SELECT 'default', coalesce((SELECT name FROM organisation WHERE id = 1), '');
            DROP TABLE organisation;
            ALTER TABLE organisation_v17 RENAME TO organisation;

            CREATE TABLE org_node_v17 (
                organisation TEXT NOT NULL, code TEXT NOT NULL, parent TEXT, name TEXT NOT NULL,
                kind TEXT NOT NULL, ansvar TEXT NOT NULL DEFAULT '', from_year INTEGER, to_year INTEGER,
                position INTEGER NOT NULL,
                PRIMARY KEY (organisation, code)
            );
            INSERT INTO org_node_v17 (organisation, code, parent, name, kind, ansvar, from_year, to_year, position)
            SELECT 'default', code, parent, name, kind, ansvar, from_year, to_year, position FROM org_node;
            DROP TABLE org_node;
            ALTER TABLE org_node_v17 RENAME TO org_node;

            CREATE TABLE account_v17 (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL, name TEXT NOT NULL,
                PRIMARY KEY (organisation, year, number)
            ) WITHOUT ROWID;
            INSERT INTO account_v17 (organisation, year, number, name)
            SELECT 'default', year, number, name FROM account;
            DROP TABLE account;
            ALTER TABLE account_v17 RENAME TO account;

            CREATE TABLE ledger_v17 (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL, first_voucher INTEGER, last_voucher INTEGER, first_row INTEGER,
                last_row INTEGER,
                PRIMARY KEY (organisation, year)
            );
            INSERT INTO ledger_v17 (organisation, year, file_name, sha256, imported_at, first_voucher, last_voucher,
                first_row, last_row)
            SELECT 'default', year, file_name, sha256, imported_at, first_voucher, last_voucher, first_row, last_row
                FROM ledger;
            DROP TABLE ledger;
            ALTER TABLE ledger_v17 RENAME TO ledger;

            CREATE TABLE period_balance_v17 (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL,
                account INTEGER NOT NULL, ansvar TEXT NOT NULL, amount INTEGER NOT NULL,
                PRIMARY KEY (organisation, year, month, account, ansvar)
            ) WITHOUT ROWID;
            INSERT INTO period_balance_v17 (organisation, year, month, account, ansvar, amount)
            SELECT 'default', year, month, account, ansvar, amount FROM period_balance;
            DROP TABLE period_balance;
            ALTER TABLE period_balance_v17 RENAME TO period_balance;

            CREATE TABLE period_budget_v17 (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL,
                account INTEGER NOT NULL, ansvar TEXT NOT NULL, amount INTEGER NOT NULL,
                PRIMARY KEY (organisation, year, month, account, ansvar)
            ) WITHOUT ROWID;
            INSERT INTO period_budget_v17 (organisation, year, month, account, ansvar, amount)
            SELECT 'default', year, month, account, ansvar, amount FROM period_budget;
            DROP TABLE period_budget;
            ALTER TABLE period_budget_v17 RENAME TO period_budget;

            CREATE TABLE opening_balance_v17 (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, account INTEGER NOT NULL,
                amount INTEGER NOT NULL,
                PRIMARY KEY (organisation, year, account)
            ) WITHOUT ROWID;
            INSERT INTO opening_balance_v17 (organisation, year, account, amount)
            SELECT 'default', year, account, amount FROM opening_balance;
            DROP TABLE opening_balance;
            ALTER TABLE opening_balance_v17 RENAME TO opening_balance;

            CREATE TABLE report_text_v17 (
                organisation TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, section TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (organisation, period, node, section)
            );
            INSERT INTO report_text_v17 (organisation, period, node, section, text)
            SELECT 'default', period, node, section, text FROM report_text;
            DROP TABLE report_text;
            ALTER TABLE report_text_v17 RENAME TO report_text;

            CREATE TABLE frozen_report_v17 (
                organisation TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL,
                frozen_at TEXT NOT NULL, input_fingerprint TEXT NOT NULL, value BLOB NOT NULL,
                PRIMARY KEY (organisation, kind, period, node)
            );
            INSERT INTO frozen_report_v17 (organisation, kind, period, node, frozen_at, input_fingerprint, value)
            SELECT 'default', kind, period, node, frozen_at, input_fingerprint, value FROM frozen_report;
            DROP TABLE frozen_report;
            ALTER TABLE frozen_report_v17 RENAME TO frozen_report;

            CREATE TABLE forecast_state_v17 (
                organisation TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, status TEXT NOT NULL,
                version INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (organisation, period, node)
            );
            INSERT INTO forecast_state_v17 (organisation, period, node, status, version, comment, updated_by,
                updated_at)
            SELECT 'default', period, node, status, version, comment, updated_by, updated_at FROM forecast_state;
            DROP TABLE forecast_state;
            ALTER TABLE forecast_state_v17 RENAME TO forecast_state;

            CREATE TABLE change_request_v17 (
                id INTEGER PRIMARY KEY, organisation TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL,
                node TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, comment TEXT NOT NULL,
                status TEXT NOT NULL, version INTEGER NOT NULL, review_comment TEXT NOT NULL DEFAULT '',
                updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
                UNIQUE (organisation, kind, period, node, key)
            );
            INSERT INTO change_request_v17 (organisation, id, kind, period, node, key, value, comment, status,
                version, review_comment, updated_by, updated_at)
            SELECT 'default', id, kind, period, node, key, value, comment, status, version, review_comment,
                updated_by, updated_at FROM change_request;
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

            CREATE TABLE user_role (
                organisation TEXT NOT NULL REFERENCES organisation(code) ON DELETE CASCADE,
                user_name TEXT NOT NULL REFERENCES app_user(name) ON DELETE CASCADE, role TEXT NOT NULL,
                node TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (organisation, user_name)
            );
            INSERT INTO user_role (organisation, user_name, role, node)
            SELECT 'default', name, role, node FROM app_user;
            ALTER TABLE app_user DROP COLUMN role;
            ALTER TABLE app_user DROP COLUMN node;
            """,
        postgres: """
            CREATE TABLE organisation_v17 (
                code TEXT COLLATE "C" NOT NULL PRIMARY KEY, name TEXT COLLATE "C" NOT NULL DEFAULT ''
            );
            INSERT INTO organisation_v17 (code, name)
            SELECT 'default', coalesce((SELECT name FROM organisation WHERE id = 1), '');
            DROP TABLE organisation;
            ALTER TABLE organisation_v17 RENAME TO organisation;

            CREATE TABLE org_node_v17 (
                organisation TEXT COLLATE "C" NOT NULL, code TEXT COLLATE "C" NOT NULL, parent TEXT COLLATE "C",
                name TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL,
                ansvar TEXT COLLATE "C" NOT NULL DEFAULT '', from_year BIGINT, to_year BIGINT,
                position BIGINT NOT NULL,
                PRIMARY KEY (organisation, code)
            );
            INSERT INTO org_node_v17 (organisation, code, parent, name, kind, ansvar, from_year, to_year, position)
            SELECT 'default', code, parent, name, kind, ansvar, from_year, to_year, position FROM org_node;
            DROP TABLE org_node;
            ALTER TABLE org_node_v17 RENAME TO org_node;

            CREATE TABLE account_v17 (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, number BIGINT NOT NULL,
                name TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, year, number)
            );
            INSERT INTO account_v17 (organisation, year, number, name)
            SELECT 'default', year, number, name FROM account;
            DROP TABLE account;
            ALTER TABLE account_v17 RENAME TO account;

            CREATE TABLE ledger_v17 (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, file_name TEXT COLLATE "C" NOT NULL,
                sha256 TEXT COLLATE "C" NOT NULL, imported_at TEXT COLLATE "C" NOT NULL, first_voucher BIGINT,
                last_voucher BIGINT, first_row BIGINT, last_row BIGINT,
                PRIMARY KEY (organisation, year)
            );
            INSERT INTO ledger_v17 (organisation, year, file_name, sha256, imported_at, first_voucher, last_voucher,
                first_row, last_row)
            SELECT 'default', year, file_name, sha256, imported_at, first_voucher, last_voucher, first_row, last_row
                FROM ledger;
            DROP TABLE ledger;
            ALTER TABLE ledger_v17 RENAME TO ledger;

            CREATE TABLE period_balance_v17 (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, month BIGINT NOT NULL,
                account BIGINT NOT NULL, ansvar TEXT COLLATE "C" NOT NULL, amount BIGINT NOT NULL,
                PRIMARY KEY (organisation, year, month, account, ansvar)
            );
            INSERT INTO period_balance_v17 (organisation, year, month, account, ansvar, amount)
            SELECT 'default', year, month, account, ansvar, amount FROM period_balance;
            DROP TABLE period_balance;
            ALTER TABLE period_balance_v17 RENAME TO period_balance;

            CREATE TABLE period_budget_v17 (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, month BIGINT NOT NULL,
                account BIGINT NOT NULL, ansvar TEXT COLLATE "C" NOT NULL, amount BIGINT NOT NULL,
                PRIMARY KEY (organisation, year, month, account, ansvar)
            );
            INSERT INTO period_budget_v17 (organisation, year, month, account, ansvar, amount)
            SELECT 'default', year, month, account, ansvar, amount FROM period_budget;
            DROP TABLE period_budget;
            ALTER TABLE period_budget_v17 RENAME TO period_budget;

            CREATE TABLE opening_balance_v17 (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, account BIGINT NOT NULL,
                amount BIGINT NOT NULL,
                PRIMARY KEY (organisation, year, account)
            );
            INSERT INTO opening_balance_v17 (organisation, year, account, amount)
            SELECT 'default', year, account, amount FROM opening_balance;
            DROP TABLE opening_balance;
            ALTER TABLE opening_balance_v17 RENAME TO opening_balance;

            CREATE TABLE report_text_v17 (
                organisation TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                node TEXT COLLATE "C" NOT NULL, section TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, period, node, section)
            );
            INSERT INTO report_text_v17 (organisation, period, node, section, text)
            SELECT 'default', period, node, section, text FROM report_text;
            DROP TABLE report_text;
            ALTER TABLE report_text_v17 RENAME TO report_text;

            CREATE TABLE frozen_report_v17 (
                organisation TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL,
                period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL,
                frozen_at TEXT COLLATE "C" NOT NULL, input_fingerprint TEXT COLLATE "C" NOT NULL,
                value BYTEA NOT NULL,
                PRIMARY KEY (organisation, kind, period, node)
            );
            INSERT INTO frozen_report_v17 (organisation, kind, period, node, frozen_at, input_fingerprint, value)
            SELECT 'default', kind, period, node, frozen_at, input_fingerprint, value FROM frozen_report;
            DROP TABLE frozen_report;
            ALTER TABLE frozen_report_v17 RENAME TO frozen_report;

            CREATE TABLE forecast_state_v17 (
                organisation TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                node TEXT COLLATE "C" NOT NULL, status TEXT COLLATE "C" NOT NULL, version BIGINT NOT NULL,
                comment TEXT COLLATE "C" NOT NULL DEFAULT '', updated_by TEXT COLLATE "C" NOT NULL,
                updated_at TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, period, node)
            );
            INSERT INTO forecast_state_v17 (organisation, period, node, status, version, comment, updated_by,
                updated_at)
            SELECT 'default', period, node, status, version, comment, updated_by, updated_at FROM forecast_state;
            DROP TABLE forecast_state;
            ALTER TABLE forecast_state_v17 RENAME TO forecast_state;

            CREATE TABLE change_request_v17 (
                id BIGSERIAL PRIMARY KEY, organisation TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL,
                period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL,
                value TEXT COLLATE "C" NOT NULL, comment TEXT COLLATE "C" NOT NULL,
                status TEXT COLLATE "C" NOT NULL, version BIGINT NOT NULL,
                review_comment TEXT COLLATE "C" NOT NULL DEFAULT '', updated_by TEXT COLLATE "C" NOT NULL,
                updated_at TEXT COLLATE "C" NOT NULL,
                UNIQUE (organisation, kind, period, node, key)
            );
            INSERT INTO change_request_v17 (organisation, id, kind, period, node, key, value, comment, status,
                version, review_comment, updated_by, updated_at)
            SELECT 'default', id, kind, period, node, key, value, comment, status, version, review_comment,
                updated_by, updated_at FROM change_request;
            DROP TABLE change_request;
            ALTER TABLE change_request_v17 RENAME TO change_request;
            ALTER TABLE mapping_rule ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE voucher ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE ledger_row ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE budget ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE forecast ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE figure ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE investment ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE staff ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE indicator ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE activity ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE action_plan ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE import_log ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE audit ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            ALTER TABLE session ADD COLUMN organisation TEXT COLLATE "C" NOT NULL DEFAULT 'default';
            DROP INDEX budget_year;
            CREATE INDEX budget_organisation_year ON budget(organisation, year);
            DROP INDEX forecast_period;
            CREATE INDEX forecast_organisation_period ON forecast(organisation, period);
            DROP INDEX staff_year;
            CREATE INDEX staff_organisation_year ON staff(organisation, year);

            CREATE TABLE user_role (
                organisation TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) ON DELETE CASCADE,
                user_name TEXT COLLATE "C" NOT NULL REFERENCES app_user(name) ON DELETE CASCADE,
                role TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL DEFAULT '',
                PRIMARY KEY (organisation, user_name)
            );
            INSERT INTO user_role (organisation, user_name, role, node)
            SELECT 'default', name, role, node FROM app_user;
            ALTER TABLE app_user DROP COLUMN role;
            ALTER TABLE app_user DROP COLUMN node;
            ALTER TABLE voucher DROP CONSTRAINT voucher_v2_pkey;
            ALTER TABLE voucher ADD PRIMARY KEY (organisation, id);
            ALTER TABLE ledger_row DROP CONSTRAINT ledger_row_v2_pkey;
            ALTER TABLE ledger_row ADD PRIMARY KEY (organisation, rowid);
            ALTER TABLE mapping_rule ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE voucher ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE ledger_row ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE budget ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE forecast ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE figure ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE investment ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE staff ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE indicator ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE activity ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE action_plan ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE import_log ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE audit ALTER COLUMN organisation DROP DEFAULT;
            ALTER TABLE session ALTER COLUMN organisation DROP DEFAULT;
            """)
}
