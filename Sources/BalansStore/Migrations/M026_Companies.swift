extension Migration {
    /// v26: the kommunkoncern's parties (LKBR 12 kap., issue 16): per organisation the companies of `companies.csv`
    /// and the region's own row; `share` in hundredths of a percent (10 000 = 100 %), `position` keeps the file's
    /// order. A company's ledger is stored beside the region's under an internal organisation code
    /// (`Store.companyOrganisation`), in the ledger tables as they are.
    static let v26Companies = Migration(
        name: "v26-companies",
        sqlite: """
            CREATE TABLE company (
                organisation TEXT NOT NULL, code TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
                organisation_number TEXT NOT NULL, share INTEGER NOT NULL, method TEXT NOT NULL,
                counterparty TEXT NOT NULL, dimension INTEGER NOT NULL,
                PRIMARY KEY (organisation, code)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE company (
                organisation TEXT COLLATE "C" NOT NULL, code TEXT COLLATE "C" NOT NULL, position BIGINT NOT NULL,
                name TEXT COLLATE "C" NOT NULL, organisation_number TEXT COLLATE "C" NOT NULL, share BIGINT NOT NULL,
                method TEXT COLLATE "C" NOT NULL, counterparty TEXT COLLATE "C" NOT NULL, dimension BIGINT NOT NULL,
                PRIMARY KEY (organisation, code)
            );
            """)
}
