extension Migration {
    /// v19: settings an organisation chooses (four eyes on approval, issue 13); a missing row is
    /// the setting's default.
    static let v19OrganisationSettings = Migration(
        name: "v19-organisation-settings",
        sqlite: """
            CREATE TABLE organisation_setting (
                organisation TEXT NOT NULL REFERENCES organisation(code) ON DELETE CASCADE, key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (organisation, key)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE organisation_setting (
                organisation TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) ON DELETE CASCADE,
                key TEXT COLLATE "C" NOT NULL, value TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, key)
            );
            """)
}
