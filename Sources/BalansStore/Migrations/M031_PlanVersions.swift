extension Migration {
    /// v31: the status of a plan version (issue 18, item 1): proposal until decided; decided, or revised when it
    /// replaced an earlier decided version of the same year; who decided it and when.
    static let v31PlanVersions = Migration(
        name: "v31-plan-versions",
        sqlite: """
            CREATE TABLE plan_version (
                organisation TEXT NOT NULL, version TEXT NOT NULL, first_year INTEGER NOT NULL, status TEXT NOT NULL,
                decided_by TEXT NOT NULL, decided_at TEXT NOT NULL, reference TEXT NOT NULL,
                PRIMARY KEY (organisation, version)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE plan_version (
                organisation TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL, first_year BIGINT NOT NULL,
                status TEXT COLLATE "C" NOT NULL, decided_by TEXT COLLATE "C" NOT NULL,
                decided_at TEXT COLLATE "C" NOT NULL, reference TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, version)
            );
            """)
}
