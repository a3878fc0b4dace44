extension Migration {
    /// v2: ledger rows by rowid range instead of by index: a year of 10 million rows is appended
    /// without maintaining an index or checking a foreign key per row, and a year is removed by
    /// deleting its ranges (recorded on `ledger`). Vouchers get their year from `ledger`.
    /// PostgreSQL has no rowid: the insertion counter is a column the writer fills, the key of the
    /// range scans, numbered here in the order SQLite's rowids had.
    static let v2LedgerRowsByRange = Migration(
        name: "v2-ledger-rows-by-range",
        sqlite: """
            CREATE TABLE voucher_v2 (
                id INTEGER PRIMARY KEY, series TEXT NOT NULL, number TEXT NOT NULL, date TEXT NOT NULL,
                text TEXT NOT NULL
            );
            INSERT INTO voucher_v2 (id, series, number, date, text)
            SELECT id, series, number, date, text FROM voucher ORDER BY id;

            CREATE TABLE ledger_row_v2 (
                voucher_id INTEGER NOT NULL, account INTEGER NOT NULL, ansvar TEXT NOT NULL, month INTEGER NOT NULL,
                amount INTEGER NOT NULL, text TEXT NOT NULL DEFAULT ''
            );
            INSERT INTO ledger_row_v2
            SELECT voucher_id, account, ansvar, month, amount, text FROM ledger_row ORDER BY voucher_id, rowid;
            ALTER TABLE ledger ADD COLUMN first_voucher INTEGER;
            ALTER TABLE ledger ADD COLUMN last_voucher INTEGER;
            ALTER TABLE ledger ADD COLUMN first_row INTEGER;
            ALTER TABLE ledger ADD COLUMN last_row INTEGER;
            UPDATE ledger SET
                first_voucher = (SELECT min(id) FROM voucher WHERE voucher.year = ledger.year),
                last_voucher = (SELECT max(id) FROM voucher WHERE voucher.year = ledger.year),
                first_row = (SELECT min(r.rowid) FROM ledger_row_v2 r JOIN voucher v ON v.id = r.voucher_id WHERE
                    v.year = ledger.year),
                last_row = (SELECT max(r.rowid) FROM ledger_row_v2 r JOIN voucher v ON v.id = r.voucher_id WHERE
                    v.year = ledger.year);
            DROP TABLE ledger_row;
            DROP TABLE voucher;
            ALTER TABLE voucher_v2 RENAME TO voucher;
            ALTER TABLE ledger_row_v2 RENAME TO ledger_row;
            """,
        postgres: """
            CREATE TABLE voucher_v2 (
                id BIGSERIAL PRIMARY KEY, series TEXT COLLATE "C" NOT NULL, number TEXT COLLATE "C" NOT NULL,
                date TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL
            );
            INSERT INTO voucher_v2 (id, series, number, date, text)
            SELECT id, series, number, date, text FROM voucher ORDER BY id;

            CREATE TABLE ledger_row_v2 (
                rowid BIGSERIAL PRIMARY KEY, voucher_id BIGINT NOT NULL, account BIGINT NOT NULL,
                ansvar TEXT COLLATE "C" NOT NULL, month BIGINT NOT NULL, amount BIGINT NOT NULL,
                text TEXT COLLATE "C" NOT NULL DEFAULT ''
            );
            INSERT INTO ledger_row_v2
            SELECT row_number() OVER (ORDER BY voucher_id, rowid), voucher_id, account, ansvar, month, amount, text
                FROM ledger_row ORDER BY voucher_id, rowid;
            ALTER TABLE ledger ADD COLUMN first_voucher BIGINT;
            ALTER TABLE ledger ADD COLUMN last_voucher BIGINT;
            ALTER TABLE ledger ADD COLUMN first_row BIGINT;
            ALTER TABLE ledger ADD COLUMN last_row BIGINT;
            UPDATE ledger SET
                first_voucher = (SELECT min(id) FROM voucher WHERE voucher.year = ledger.year),
                last_voucher = (SELECT max(id) FROM voucher WHERE voucher.year = ledger.year),
                first_row = (SELECT min(r.rowid) FROM ledger_row_v2 r JOIN voucher v ON v.id = r.voucher_id WHERE
                    v.year = ledger.year),
                last_row = (SELECT max(r.rowid) FROM ledger_row_v2 r JOIN voucher v ON v.id = r.voucher_id WHERE
                    v.year = ledger.year);
            DROP TABLE ledger_row;
            DROP TABLE voucher;
            ALTER TABLE voucher_v2 RENAME TO voucher;
            ALTER TABLE ledger_row_v2 RENAME TO ledger_row;
            """)
}
