extension Migration {
    /// v25: an indicator's source (issue 15: "Källa: Väntetider i vården" under its chart).
    static let v25IndicatorSource = Migration(
        name: "v25-indicator-source",
        sqlite: """
            ALTER TABLE indicator ADD COLUMN source TEXT NOT NULL DEFAULT '';
            """,
        postgres: """
            ALTER TABLE indicator ADD COLUMN source TEXT COLLATE "C" NOT NULL DEFAULT '';
            """)
}
