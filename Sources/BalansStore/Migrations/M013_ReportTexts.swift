extension Migration {
    /// v13: the texts of a report (analysis, events, …) per period, node and section.
    static let v13ReportTexts = Migration(
        name: "v13-report-texts",
        sqlite: """
            CREATE TABLE report_text (
                period TEXT NOT NULL, node TEXT NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL,
                PRIMARY KEY (period, node, section)
            );
            """,
        postgres: """
            CREATE TABLE report_text (
                period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL,
                section TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (period, node, section)
            );
            """)
}
