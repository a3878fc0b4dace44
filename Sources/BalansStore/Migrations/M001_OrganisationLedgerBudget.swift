extension Migration {
    /// v1: the organisation, its tree and account mapping, the ledger (vouchers and rows by index),
    /// the period balances and budgets, the budget, forecast, figures, investments and import log.
    static let v1OrganisationLedgerBudget = Migration(
        name: "v1-organisation-ledger-budget",
        sqlite: """
            CREATE TABLE organisation (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL);

            CREATE TABLE org_node (
                code TEXT PRIMARY KEY, parent TEXT, name TEXT NOT NULL, kind TEXT NOT NULL,
                ansvar TEXT NOT NULL DEFAULT '', from_year INTEGER, to_year INTEGER, position INTEGER NOT NULL
            );

            CREATE TABLE mapping_rule (
                id INTEGER PRIMARY KEY, from_account INTEGER NOT NULL, to_account INTEGER NOT NULL, line TEXT,
                internal INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE account (
                year INTEGER NOT NULL, number INTEGER NOT NULL, name TEXT NOT NULL,
                PRIMARY KEY (year, number)
            ) WITHOUT ROWID;

            CREATE TABLE ledger (
                year INTEGER PRIMARY KEY, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, imported_at TEXT NOT NULL
            );

            CREATE TABLE voucher (
                id INTEGER PRIMARY KEY, year INTEGER NOT NULL, series TEXT NOT NULL, number TEXT NOT NULL,
                date TEXT NOT NULL, text TEXT NOT NULL
            );
            CREATE INDEX voucher_year ON voucher(year);

            CREATE TABLE ledger_row (
                voucher_id INTEGER NOT NULL REFERENCES voucher(id) ON DELETE CASCADE, account INTEGER NOT NULL,
                ansvar TEXT NOT NULL, month INTEGER NOT NULL, amount INTEGER NOT NULL, text TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX ledger_row_voucher ON ledger_row(voucher_id);

            CREATE TABLE period_balance (
                year INTEGER NOT NULL, month INTEGER NOT NULL, account INTEGER NOT NULL, ansvar TEXT NOT NULL,
                amount INTEGER NOT NULL,
                PRIMARY KEY (year, month, account, ansvar)
            ) WITHOUT ROWID;

            CREATE TABLE period_budget (
                year INTEGER NOT NULL, month INTEGER NOT NULL, account INTEGER NOT NULL, ansvar TEXT NOT NULL,
                amount INTEGER NOT NULL,
                PRIMARY KEY (year, month, account, ansvar)
            ) WITHOUT ROWID;

            CREATE TABLE opening_balance (
                year INTEGER NOT NULL, account INTEGER NOT NULL, amount INTEGER NOT NULL,
                PRIMARY KEY (year, account)
            ) WITHOUT ROWID;

            CREATE TABLE budget (
                id INTEGER PRIMARY KEY, year INTEGER NOT NULL, node TEXT NOT NULL, account INTEGER,
                amount INTEGER NOT NULL, version TEXT NOT NULL, monthly TEXT NOT NULL
            );
            CREATE INDEX budget_year ON budget(year);

            CREATE TABLE forecast (
                id INTEGER PRIMARY KEY, period TEXT NOT NULL, node TEXT NOT NULL, account INTEGER,
                amount INTEGER NOT NULL, comment TEXT NOT NULL, author TEXT NOT NULL, status TEXT NOT NULL
            );
            CREATE INDEX forecast_period ON forecast(period);

            CREATE TABLE figure (
                year INTEGER NOT NULL, month INTEGER, key TEXT NOT NULL, amount INTEGER, comment TEXT NOT NULL
            );

            CREATE TABLE investment (
                period TEXT NOT NULL, node TEXT NOT NULL, category TEXT NOT NULL, outcome INTEGER NOT NULL,
                budget INTEGER, forecast INTEGER
            );

            CREATE TABLE import_log (
                id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL, summary TEXT NOT NULL
            );
            """,
        postgres: """
            CREATE TABLE organisation (id BIGSERIAL PRIMARY KEY CHECK (id = 1), name TEXT COLLATE "C" NOT NULL);

            CREATE TABLE org_node (
                code TEXT COLLATE "C" PRIMARY KEY, parent TEXT COLLATE "C", name TEXT COLLATE "C" NOT NULL,
                kind TEXT COLLATE "C" NOT NULL, ansvar TEXT COLLATE "C" NOT NULL DEFAULT '', from_year BIGINT,
                to_year BIGINT, position BIGINT NOT NULL
            );

            CREATE TABLE mapping_rule (
                id BIGSERIAL PRIMARY KEY, from_account BIGINT NOT NULL, to_account BIGINT NOT NULL,
                line TEXT COLLATE "C", internal BIGINT NOT NULL DEFAULT 0
            );

            CREATE TABLE account (
                year BIGINT NOT NULL, number BIGINT NOT NULL, name TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (year, number)
            );

            CREATE TABLE ledger (
                year BIGINT PRIMARY KEY, file_name TEXT COLLATE "C" NOT NULL, sha256 TEXT COLLATE "C" NOT NULL,
                imported_at TEXT COLLATE "C" NOT NULL
            );

            CREATE TABLE voucher (
                id BIGSERIAL PRIMARY KEY, year BIGINT NOT NULL, series TEXT COLLATE "C" NOT NULL,
                number TEXT COLLATE "C" NOT NULL, date TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL
            );
            CREATE INDEX voucher_year ON voucher(year);

            CREATE TABLE ledger_row (
                rowid BIGSERIAL, voucher_id BIGINT NOT NULL REFERENCES voucher(id) ON DELETE CASCADE,
                account BIGINT NOT NULL, ansvar TEXT COLLATE "C" NOT NULL, month BIGINT NOT NULL,
                amount BIGINT NOT NULL, text TEXT COLLATE "C" NOT NULL DEFAULT ''
            );
            CREATE INDEX ledger_row_voucher ON ledger_row(voucher_id);

            CREATE TABLE period_balance (
                year BIGINT NOT NULL, month BIGINT NOT NULL, account BIGINT NOT NULL,
                ansvar TEXT COLLATE "C" NOT NULL, amount BIGINT NOT NULL,
                PRIMARY KEY (year, month, account, ansvar)
            );

            CREATE TABLE period_budget (
                year BIGINT NOT NULL, month BIGINT NOT NULL, account BIGINT NOT NULL,
                ansvar TEXT COLLATE "C" NOT NULL, amount BIGINT NOT NULL,
                PRIMARY KEY (year, month, account, ansvar)
            );

            CREATE TABLE opening_balance (
                year BIGINT NOT NULL, account BIGINT NOT NULL, amount BIGINT NOT NULL,
                PRIMARY KEY (year, account)
            );

            CREATE TABLE budget (
                id BIGSERIAL PRIMARY KEY, year BIGINT NOT NULL, node TEXT COLLATE "C" NOT NULL, account BIGINT,
                amount BIGINT NOT NULL, version TEXT COLLATE "C" NOT NULL, monthly TEXT COLLATE "C" NOT NULL
            );
            CREATE INDEX budget_year ON budget(year);

            CREATE TABLE forecast (
                id BIGSERIAL PRIMARY KEY, period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL,
                account BIGINT, amount BIGINT NOT NULL, comment TEXT COLLATE "C" NOT NULL,
                author TEXT COLLATE "C" NOT NULL, status TEXT COLLATE "C" NOT NULL
            );
            CREATE INDEX forecast_period ON forecast(period);

            CREATE TABLE figure (
                year BIGINT NOT NULL, month BIGINT, key TEXT COLLATE "C" NOT NULL, amount BIGINT,
                comment TEXT COLLATE "C" NOT NULL
            );

            CREATE TABLE investment (
                rowid BIGSERIAL, period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL,
                category TEXT COLLATE "C" NOT NULL, outcome BIGINT NOT NULL, budget BIGINT, forecast BIGINT
            );

            CREATE TABLE import_log (
                id BIGSERIAL PRIMARY KEY, kind TEXT COLLATE "C" NOT NULL, file_name TEXT COLLATE "C" NOT NULL,
                sha256 TEXT COLLATE "C" NOT NULL, imported_at TEXT COLLATE "C" NOT NULL,
                summary TEXT COLLATE "C" NOT NULL
            );
            """)
}
