extension Migration {
    /// v34 (PostgreSQL only): `voucher` and `ledger_row` partitioned by range of (organisation, id), one partition
    /// of each per import (issue 19, goal 3). An import writes its vouchers and rows into tables of their own with
    /// no index, builds the index after the load (vouchers: a unique B-tree on `id`; rows: a small BRIN on `rowid`)
    /// and attaches the tables as partitions: the server no longer maintains a key row by row (43 % of its CPU
    /// during a 10 M-row import), and replacing a year drops two tables instead of deleting millions of rows.
    /// A partition is `<table>_<organisation>_<the import's first id>`: the vouchers' ids are the import's (they go
    /// on from the highest, as on SQLite: links name them), the rows' a block of 2³² rowids. What was stored before
    /// this step moves to `<table>_<organisation>_0`: the rows' block 0 (their rowids are far below 2³²), the
    /// vouchers up to the organisation's highest id.
    ///
    /// Ids stay unique per organisation: the partitions' bounds, the import's consecutive ids
    /// (`PostgresLedgerSink`) and the vouchers' unique index. SQLite keeps its tables: its rowid is its key and
    /// costs little.
    static let v34LedgerPartitions = Migration(
        name: "v34-ledger-partitions",
        sqlite: "",
        postgres: """
            ALTER TABLE voucher RENAME TO voucher_v33;
            CREATE TABLE voucher (
                id BIGINT NOT NULL, series TEXT COLLATE "C" NOT NULL, number TEXT COLLATE "C" NOT NULL,
                date TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL, organisation TEXT COLLATE "C" NOT NULL
            ) PARTITION BY RANGE (organisation, id);
            ALTER TABLE ledger_row RENAME TO ledger_row_v33;
            CREATE TABLE ledger_row (
                rowid BIGINT NOT NULL, voucher_id BIGINT NOT NULL, account BIGINT NOT NULL,
                ansvar TEXT COLLATE "C" NOT NULL, month BIGINT NOT NULL, amount BIGINT NOT NULL,
                text TEXT COLLATE "C" NOT NULL DEFAULT '', organisation TEXT COLLATE "C" NOT NULL, object_set BIGINT
            ) PARTITION BY RANGE (organisation, rowid);
            DO '
            DECLARE o text; m bigint;
            BEGIN
                FOR o, m IN SELECT organisation, max(id) FROM voucher_v33 GROUP BY organisation LOOP
                    EXECUTE format(''CREATE TABLE %I PARTITION OF voucher FOR VALUES FROM (%L, 0) TO (%L, %s)'',
                        ''voucher_'' || o || ''_0'', o, o, m + 1);
                END LOOP;
                FOR o IN SELECT DISTINCT organisation FROM ledger_row_v33 LOOP
                    EXECUTE format(''CREATE TABLE %I PARTITION OF ledger_row FOR VALUES FROM (%L, 0) TO (%L, %s)'',
                        ''ledger_row_'' || o || ''_0'', o, o, 4294967296);
                END LOOP;
            END';
            INSERT INTO voucher (id, series, number, date, text, organisation)
            SELECT id, series, number, date, text, organisation FROM voucher_v33 ORDER BY organisation, id;
            INSERT INTO ledger_row (rowid, voucher_id, account, ansvar, month, amount, text, organisation, object_set)
            SELECT rowid, voucher_id, account, ansvar, month, amount, text, organisation, object_set
                FROM ledger_row_v33 ORDER BY organisation, rowid;
            DO '
            DECLARE o text;
            BEGIN
                FOR o IN SELECT DISTINCT organisation FROM voucher_v33 LOOP
                    EXECUTE format(''CREATE UNIQUE INDEX ON %I (id)'', ''voucher_'' || o || ''_0'');
                END LOOP;
                FOR o IN SELECT DISTINCT organisation FROM ledger_row_v33 LOOP
                    EXECUTE format(''CREATE INDEX ON %I USING brin (rowid) WITH (pages_per_range = 8)'',
                        ''ledger_row_'' || o || ''_0'');
                END LOOP;
            END';
            DROP TABLE voucher_v33;
            DROP TABLE ledger_row_v33
            """)
}
