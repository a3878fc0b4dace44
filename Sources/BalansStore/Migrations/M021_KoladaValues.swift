extension Migration {
    /// v21: Kolada's yearly KPI figures (issue 15): the region's own, riket's and the other
    /// regions', per gender, each with its source (the API page's URL or the imported file).
    /// Decimals are text (exact, as Kolada printed them).
    static let v21KoladaValues = Migration(
        name: "v21-kolada-values",
        sqlite: """
            CREATE TABLE kolada_value (
                organisation TEXT NOT NULL, kpi TEXT NOT NULL, municipality TEXT NOT NULL, year INTEGER NOT NULL,
                gender TEXT NOT NULL, kpi_title TEXT NOT NULL, municipality_name TEXT NOT NULL, value TEXT NOT NULL,
                source TEXT NOT NULL,
                PRIMARY KEY (organisation, kpi, municipality, year, gender)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE kolada_value (
                organisation TEXT COLLATE "C" NOT NULL, kpi TEXT COLLATE "C" NOT NULL,
                municipality TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, gender TEXT COLLATE "C" NOT NULL,
                kpi_title TEXT COLLATE "C" NOT NULL, municipality_name TEXT COLLATE "C" NOT NULL,
                value TEXT COLLATE "C" NOT NULL, source TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, kpi, municipality, year, gender)
            );
            """)
}
