extension Migration {
    /// v11: staff rows by age band.
    static let v11StaffAgeBand = Migration(
        name: "v11-staff-age-band",
        sqlite: """
            ALTER TABLE staff ADD COLUMN age_band TEXT NOT NULL DEFAULT '';
            """,
        postgres: """
            ALTER TABLE staff ADD COLUMN age_band TEXT COLLATE "C" NOT NULL DEFAULT '';
            """)
}
