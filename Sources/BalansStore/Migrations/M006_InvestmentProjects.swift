extension Migration {
    /// v6: an investment row may name its project.
    static let v6InvestmentProjects = Migration(
        name: "v6-investment-projects",
        sqlite: """
            ALTER TABLE investment ADD COLUMN project TEXT;
            """,
        postgres: """
            ALTER TABLE investment ADD COLUMN project TEXT COLLATE "C";
            """)
}
