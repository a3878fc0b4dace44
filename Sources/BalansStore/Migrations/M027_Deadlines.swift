extension Migration {
    /// v27: the central office's deadline (sista dag) for the committees' reporting of a period (issue 17): the
    /// status board marks a committee overdue after it.
    static let v27Deadlines = Migration(
        name: "v27-deadlines",
        sqlite: """
            CREATE TABLE report_deadline (
                organisation TEXT NOT NULL, period TEXT NOT NULL, due TEXT NOT NULL, set_by TEXT NOT NULL,
                PRIMARY KEY (organisation, period)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE report_deadline (
                organisation TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL, due TEXT COLLATE "C" NOT NULL,
                set_by TEXT COLLATE "C" NOT NULL, PRIMARY KEY (organisation, period)
            );
            """)
}
