extension Migration {
    /// v23: project funds (projektmedel, seed 000 2.1.2): per report period, node and fund the year's budget and the
    /// project money decided so far; `position` keeps the file's order of the funds.
    static let v23ProjectFunds = Migration(
        name: "v23-project-funds",
        sqlite: """
            CREATE TABLE project_fund (
                organisation TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL, node TEXT NOT NULL,
                fund TEXT NOT NULL, position INTEGER NOT NULL, budget INTEGER NOT NULL, decided INTEGER NOT NULL,
                PRIMARY KEY (organisation, year, month, node, fund)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE project_fund (
                organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, month BIGINT NOT NULL,
                node TEXT COLLATE "C" NOT NULL, fund TEXT COLLATE "C" NOT NULL, position BIGINT NOT NULL,
                budget BIGINT NOT NULL, decided BIGINT NOT NULL,
                PRIMARY KEY (organisation, year, month, node, fund)
            );
            """)
}
