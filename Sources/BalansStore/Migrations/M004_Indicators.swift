extension Migration {
    /// v4: indicators (mål och indikatorer) with target and outcome per period.
    static let v4Indicators = Migration(
        name: "v4-indicators",
        sqlite: """
            CREATE TABLE indicator (
                code TEXT NOT NULL, name TEXT NOT NULL, node TEXT NOT NULL, goal TEXT NOT NULL, unit TEXT NOT NULL,
                direction TEXT NOT NULL, year INTEGER NOT NULL, month INTEGER, target TEXT, outcome TEXT,
                comment TEXT NOT NULL
            );
            """,
        postgres: """
            CREATE TABLE indicator (
                rowid BIGSERIAL, code TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C" NOT NULL,
                node TEXT COLLATE "C" NOT NULL, goal TEXT COLLATE "C" NOT NULL, unit TEXT COLLATE "C" NOT NULL,
                direction TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, month BIGINT, target TEXT COLLATE "C",
                outcome TEXT COLLATE "C", comment TEXT COLLATE "C" NOT NULL
            );
            """)
}
