extension Migration {
    /// Ledger rows keep every object they are booked on (issue 14, item 10), not only the ansvar.
    ///
    /// - `object_set`: each distinct object list of an organisation once, by its canonical text
    ///   (`{1 "100" 20 "V3"}`), numbered by the import that met it first. A region's ten million
    ///   rows have a few thousand lists, so a row holds one integer (`ledger_row.object_set`,
    ///   NULL for a row without objects) and the bulk insert stays as fast as before.
    /// - `object_set_member`: the same lists as dimension/code pairs, to find rows by one object
    ///   in SQL (a motpart's rows: `object_set IN (SELECT object_set FROM object_set_member …)`).
    /// - `ledger_dimension` and `ledger_object`: the names the year's file gives its dimensions
    ///   (`#DIM`) and objects (`#OBJEKT`), replaced with the year as its accounts are.
    ///
    /// Rows imported before this step have `object_set` NULL: they kept only their ansvar, which
    /// the reads give as their one object. The column is added without a default, so neither
    /// backend rewrites a table of millions of rows.
    static let v20LedgerObjectSets = Migration(
        name: "v20-ledger-object-sets",
        sqlite: """
            CREATE TABLE object_set (organisation TEXT NOT NULL, id INTEGER NOT NULL, objects TEXT NOT NULL,
                PRIMARY KEY (organisation, id), UNIQUE (organisation, objects)) WITHOUT ROWID;
            CREATE TABLE object_set_member (organisation TEXT NOT NULL, object_set INTEGER NOT NULL,
                dimension INTEGER NOT NULL, code TEXT NOT NULL,
                PRIMARY KEY (organisation, object_set, dimension, code)) WITHOUT ROWID;
            CREATE INDEX object_set_member_object ON object_set_member(organisation, dimension, code);
            CREATE TABLE ledger_dimension (organisation TEXT NOT NULL, year INTEGER NOT NULL, dimension INTEGER NOT NULL,
                name TEXT NOT NULL, PRIMARY KEY (organisation, year, dimension)) WITHOUT ROWID;
            CREATE TABLE ledger_object (organisation TEXT NOT NULL, year INTEGER NOT NULL, dimension INTEGER NOT NULL,
                code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (organisation, year, dimension, code)) WITHOUT ROWID;
            ALTER TABLE ledger_row ADD COLUMN object_set INTEGER
            """,
        postgres: """
            CREATE TABLE object_set (organisation TEXT COLLATE "C" NOT NULL, id BIGINT NOT NULL,
                objects TEXT COLLATE "C" NOT NULL, PRIMARY KEY (organisation, id), UNIQUE (organisation, objects));
            CREATE TABLE object_set_member (organisation TEXT COLLATE "C" NOT NULL, object_set BIGINT NOT NULL,
                dimension BIGINT NOT NULL, code TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, object_set, dimension, code));
            CREATE INDEX object_set_member_object ON object_set_member(organisation, dimension, code);
            CREATE TABLE ledger_dimension (organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL,
                dimension BIGINT NOT NULL, name TEXT COLLATE "C" NOT NULL, PRIMARY KEY (organisation, year, dimension));
            CREATE TABLE ledger_object (organisation TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL,
                dimension BIGINT NOT NULL, code TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, year, dimension, code));
            ALTER TABLE ledger_row ADD COLUMN object_set BIGINT
            """)
}
