extension Migration {
    /// v3: staff measures and targets (personal) per node and month.
    static let v3Staff = Migration(
        name: "v3-staff",
        sqlite: """
            CREATE TABLE staff (
                year INTEGER NOT NULL, month INTEGER, node TEXT NOT NULL, measure TEXT NOT NULL, value TEXT NOT NULL
            );
            CREATE INDEX staff_year ON staff(year);
            """,
        postgres: """
            CREATE TABLE staff (
                rowid BIGSERIAL, year BIGINT NOT NULL, month BIGINT, node TEXT COLLATE "C" NOT NULL,
                measure TEXT COLLATE "C" NOT NULL, value TEXT COLLATE "C" NOT NULL
            );
            CREATE INDEX staff_year ON staff(year);
            """)
}
