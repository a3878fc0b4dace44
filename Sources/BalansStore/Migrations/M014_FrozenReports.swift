extension Migration {
    /// v14: reports frozen when decided (fastställda), with the fingerprint of their data.
    static let v14FrozenReports = Migration(
        name: "v14-frozen-reports",
        sqlite: """
            CREATE TABLE frozen_report (
                kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, frozen_at TEXT NOT NULL,
                input_fingerprint TEXT NOT NULL, value BLOB NOT NULL,
                PRIMARY KEY (kind, period, node)
            );
            """,
        postgres: """
            CREATE TABLE frozen_report (
                kind TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL,
                frozen_at TEXT COLLATE "C" NOT NULL, input_fingerprint TEXT COLLATE "C" NOT NULL,
                value BYTEA NOT NULL,
                PRIMARY KEY (kind, period, node)
            );
            """)
}
