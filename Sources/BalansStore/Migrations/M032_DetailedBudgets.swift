extension Migration {
    /// v32: the committees' detailed budgets (issue 18, item 4): per year and committee its rows (line, account,
    /// amount, monthly profile and the months it gives), its staff rows (category, årsarbetare, monthly salary,
    /// PO-pålägg) and its place in the workflow (draft → submitted → approved or returned) with an integer
    /// version for optimistic locking.
    static let v32DetailedBudgets = Migration(
        name: "v32-detailed-budgets",
        sqlite: """
            CREATE TABLE detail_budget_state (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, committee TEXT NOT NULL, status TEXT NOT NULL,
                version INTEGER NOT NULL, comment TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
                PRIMARY KEY (organisation, year, committee)
            ) WITHOUT ROWID;
            CREATE TABLE detail_budget_line (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, committee TEXT NOT NULL, seq INTEGER NOT NULL,
                node TEXT NOT NULL, account INTEGER NOT NULL, amount INTEGER NOT NULL, profile TEXT NOT NULL,
                weights TEXT NOT NULL, monthly TEXT NOT NULL,
                PRIMARY KEY (organisation, year, committee, seq)
            ) WITHOUT ROWID;
            CREATE TABLE detail_budget_staff (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, committee TEXT NOT NULL, seq INTEGER NOT NULL,
                node TEXT NOT NULL, account INTEGER NOT NULL, category TEXT NOT NULL, fte TEXT NOT NULL,
                salary INTEGER NOT NULL, overhead TEXT NOT NULL,
                PRIMARY KEY (organisation, year, committee, seq)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE detail_budget_state (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, committee TEXT COLLATE "C" NOT NULL,
                status TEXT COLLATE "C" NOT NULL, version BIGINT NOT NULL, comment TEXT COLLATE "C" NOT NULL,
                updated_by TEXT COLLATE "C" NOT NULL, updated_at TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, year, committee)
            );
            CREATE TABLE detail_budget_line (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, committee TEXT COLLATE "C" NOT NULL,
                seq BIGINT NOT NULL, node TEXT COLLATE "C" NOT NULL, account BIGINT NOT NULL, amount BIGINT NOT NULL,
                profile TEXT COLLATE "C" NOT NULL, weights TEXT COLLATE "C" NOT NULL, monthly TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, year, committee, seq)
            );
            CREATE TABLE detail_budget_staff (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, committee TEXT COLLATE "C" NOT NULL,
                seq BIGINT NOT NULL, node TEXT COLLATE "C" NOT NULL, account BIGINT NOT NULL,
                category TEXT COLLATE "C" NOT NULL, fte TEXT COLLATE "C" NOT NULL, salary BIGINT NOT NULL,
                overhead TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, year, committee, seq)
            );
            """)
}
