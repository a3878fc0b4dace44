extension Migration {
    /// v10: an investment project's totals: site, budget, outcome, forecast and the year it finished.
    static let v10InvestmentProjectTotals = Migration(
        name: "v10-investment-project-totals",
        sqlite: """
            ALTER TABLE investment ADD COLUMN site TEXT;
            ALTER TABLE investment ADD COLUMN project_budget INTEGER;
            ALTER TABLE investment ADD COLUMN project_outcome INTEGER;
            ALTER TABLE investment ADD COLUMN project_forecast INTEGER;
            ALTER TABLE investment ADD COLUMN finished INTEGER;
            """,
        postgres: """
            ALTER TABLE investment ADD COLUMN site TEXT COLLATE "C";
            ALTER TABLE investment ADD COLUMN project_budget BIGINT;
            ALTER TABLE investment ADD COLUMN project_outcome BIGINT;
            ALTER TABLE investment ADD COLUMN project_forecast BIGINT;
            ALTER TABLE investment ADD COLUMN finished BIGINT;
            """)
}
