extension Migration {
    /// v33: a plan version's investment plan (issue 18, item 5): its investments per year, committee, project and
    /// category (`plan_investment`), and its finance assumptions (`plan_finance`: useful lives per category, the
    /// interest rate, borrowing, amortisation and the existing assets' depreciation per year; decimals kept as text,
    /// exact; `year` 0 for a row of no year). `position` keeps the file's order.
    static let v33PlanInvestments = Migration(
        name: "v33-plan-investments",
        sqlite: """
            CREATE TABLE plan_investment (
                organisation TEXT NOT NULL, version TEXT NOT NULL, year INTEGER NOT NULL, node TEXT NOT NULL,
                project TEXT NOT NULL, category TEXT NOT NULL, position INTEGER NOT NULL, amount INTEGER NOT NULL,
                reference TEXT NOT NULL,
                PRIMARY KEY (organisation, version, year, node, project, category)
            ) WITHOUT ROWID;
            CREATE TABLE plan_finance (
                organisation TEXT NOT NULL, version TEXT NOT NULL, year INTEGER NOT NULL, item TEXT NOT NULL,
                category TEXT NOT NULL, position INTEGER NOT NULL, value TEXT NOT NULL, reference TEXT NOT NULL,
                PRIMARY KEY (organisation, version, year, item, category)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE plan_investment (
                organisation TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL,
                node TEXT COLLATE "C" NOT NULL, project TEXT COLLATE "C" NOT NULL, category TEXT COLLATE "C" NOT NULL,
                position BIGINT NOT NULL, amount BIGINT NOT NULL, reference TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, version, year, node, project, category)
            );
            CREATE TABLE plan_finance (
                organisation TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL,
                item TEXT COLLATE "C" NOT NULL, category TEXT COLLATE "C" NOT NULL, position BIGINT NOT NULL,
                value TEXT COLLATE "C" NOT NULL, reference TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, version, year, item, category)
            );
            """)
}
