extension Migration {
    /// v30: planning (issue 18): a plan version's tax and grant assumptions (`plan_tax`; decimals kept as text, exact)
    /// and its frame rows (`plan_frame`: frames, indexation, volume, priorities, savings, the region's own lines).
    /// `position` keeps the file's order.
    static let v30Plan = Migration(
        name: "v30-plan",
        sqlite: """
            CREATE TABLE plan_tax (
                organisation TEXT NOT NULL, version TEXT NOT NULL, year INTEGER NOT NULL, item TEXT NOT NULL,
                name TEXT NOT NULL, position INTEGER NOT NULL, value TEXT NOT NULL, population INTEGER,
                reference TEXT NOT NULL,
                PRIMARY KEY (organisation, version, year, item, name)
            ) WITHOUT ROWID;
            CREATE TABLE plan_frame (
                organisation TEXT NOT NULL, version TEXT NOT NULL, year INTEGER NOT NULL, node TEXT NOT NULL,
                kind TEXT NOT NULL, label TEXT NOT NULL, position INTEGER NOT NULL, amount INTEGER, percent TEXT,
                reference TEXT NOT NULL,
                PRIMARY KEY (organisation, version, year, node, kind, label)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE plan_tax (
                organisation TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL,
                item TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C" NOT NULL, position BIGINT NOT NULL,
                value TEXT COLLATE "C" NOT NULL, population BIGINT, reference TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, version, year, item, name)
            );
            CREATE TABLE plan_frame (
                organisation TEXT COLLATE "C" NOT NULL, version TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL,
                node TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL, label TEXT COLLATE "C" NOT NULL,
                position BIGINT NOT NULL, amount BIGINT, percent TEXT COLLATE "C", reference TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, version, year, node, kind, label)
            );
            """)
}
