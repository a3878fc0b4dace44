extension Migration {
    /// v18: SIE 4I import batches (issue 13): a batch adds its vouchers to the years their dates
    /// fall in. One row per batch and year; the ranges are the whole batch's (a batch that spans two
    /// years has its vouchers of both in one range, told apart by date), NULL once a full export of
    /// that year replaced them (the row stays: the same batch again is then still "unchanged").
    static let v18LedgerBatches = Migration(
        name: "v18-ledger-batches",
        sqlite: """
            CREATE TABLE ledger_batch (
                organisation TEXT NOT NULL, sha256 TEXT NOT NULL, year INTEGER NOT NULL, file_name TEXT NOT NULL,
                imported_at TEXT NOT NULL, first_voucher INTEGER, last_voucher INTEGER, first_row INTEGER,
                last_row INTEGER,
                PRIMARY KEY (organisation, sha256, year)
            );
            CREATE INDEX ledger_batch_year ON ledger_batch(organisation, year);
            """,
        postgres: """
            CREATE TABLE ledger_batch (
                organisation TEXT COLLATE "C" NOT NULL, sha256 TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL,
                file_name TEXT COLLATE "C" NOT NULL, imported_at TEXT COLLATE "C" NOT NULL, first_voucher BIGINT,
                last_voucher BIGINT, first_row BIGINT, last_row BIGINT,
                PRIMARY KEY (organisation, sha256, year)
            );
            CREATE INDEX ledger_batch_year ON ledger_batch(organisation, year);
            """)
}
