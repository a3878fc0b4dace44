extension Migration {
    /// v7: an indicator's national value (riket), from Kolada.
    static let v7IndicatorNational = Migration(
        name: "v7-indicator-national",
        sqlite: """
            ALTER TABLE indicator ADD COLUMN national TEXT;
            """,
        postgres: """
            ALTER TABLE indicator ADD COLUMN national TEXT COLLATE "C";
            """)
}
