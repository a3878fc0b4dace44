extension Migration {
    /// v5: commitments and activities (uppdrag och aktiviteter) with status and assessment.
    static let v5Activities = Migration(
        name: "v5-activities",
        sqlite: """
            CREATE TABLE activity (
                period TEXT NOT NULL, node TEXT NOT NULL, commitment TEXT NOT NULL, activity TEXT NOT NULL,
                status TEXT, end_date TEXT NOT NULL, unit TEXT NOT NULL, assessment TEXT, comment TEXT NOT NULL
            );
            """,
        postgres: """
            CREATE TABLE activity (
                rowid BIGSERIAL, period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL,
                commitment TEXT COLLATE "C" NOT NULL, activity TEXT COLLATE "C" NOT NULL, status TEXT COLLATE "C",
                end_date TEXT COLLATE "C" NOT NULL, unit TEXT COLLATE "C" NOT NULL, assessment TEXT COLLATE "C",
                comment TEXT COLLATE "C" NOT NULL
            );
            """)
}
