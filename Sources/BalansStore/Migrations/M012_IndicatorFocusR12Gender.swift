extension Migration {
    /// v12: an indicator's focus area, rolling-12 flag and outcome for women and men.
    static let v12IndicatorFocusR12Gender = Migration(
        name: "v12-indicator-focus-r12-gender",
        sqlite: """
            ALTER TABLE indicator ADD COLUMN focus_area TEXT NOT NULL DEFAULT '';
            ALTER TABLE indicator ADD COLUMN r12 INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE indicator ADD COLUMN outcome_women TEXT;
            ALTER TABLE indicator ADD COLUMN outcome_men TEXT;
            """,
        postgres: """
            ALTER TABLE indicator ADD COLUMN focus_area TEXT COLLATE "C" NOT NULL DEFAULT '';
            ALTER TABLE indicator ADD COLUMN r12 BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE indicator ADD COLUMN outcome_women TEXT COLLATE "C";
            ALTER TABLE indicator ADD COLUMN outcome_men TEXT COLLATE "C";
            """)
}
