extension Migration {
    /// v22: budget changes during the year (issue 16, the register of budget changes): a budget row may be a dated
    /// decision on top of the original budget — its date (empty for the original), kind and decision reference.
    static let v22BudgetChanges = Migration(
        name: "v22-budget-changes",
        sqlite: """
            ALTER TABLE budget ADD COLUMN change_date TEXT NOT NULL DEFAULT '';
            ALTER TABLE budget ADD COLUMN change_kind TEXT NOT NULL DEFAULT '';
            ALTER TABLE budget ADD COLUMN reference TEXT NOT NULL DEFAULT '';
            """,
        postgres: """
            ALTER TABLE budget ADD COLUMN change_date TEXT COLLATE "C" NOT NULL DEFAULT '';
            ALTER TABLE budget ADD COLUMN change_kind TEXT COLLATE "C" NOT NULL DEFAULT '';
            ALTER TABLE budget ADD COLUMN reference TEXT COLLATE "C" NOT NULL DEFAULT '';
            """)
}
