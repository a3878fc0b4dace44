extension Migration {
    /// v9: staff rows by gender.
    static let v9StaffGender = Migration(
        name: "v9-staff-gender",
        sqlite: """
            ALTER TABLE staff ADD COLUMN gender TEXT NOT NULL DEFAULT '';
            """,
        postgres: """
            ALTER TABLE staff ADD COLUMN gender TEXT COLLATE "C" NOT NULL DEFAULT '';
            """)
}
