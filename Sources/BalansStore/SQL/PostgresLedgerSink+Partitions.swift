import BalansCore
import Foundation

/// The block of rowids one import's rows take on PostgreSQL, and so its partition of `ledger_row`
/// (`v34-ledger-row-partitions`): block k holds the rowids k·2³² to (k+1)·2³² − 1 and is the table
/// `ledger_row_<organisation>_<k>`.
final class RowPartition: @unchecked Sendable {
    /// Set when the import's first rows are written (the import's one thread).
    var block: Int64?

    /// 2³²: rowids a block holds, far beyond the largest ledger (ten million rows a year).
    static let size: Int64 = 1 << 32
}

extension PostgresLedgerSink {
    /// An import starts a block of its own, after every block used so far.
    func firstRowID(after highest: Int64) -> Int64 { (highest / RowPartition.size + 1) * RowPartition.size }

    /// The partition's table name. Organisation codes are letters, digits, `-` and `_` (at most 32, checked when a
    /// store opens), so the name is a plain identifier once quoted, and at most 54 characters (PostgreSQL: 63).
    func partitionName(_ block: Int64) -> String { "ledger_row_\(organisation.rawValue)_\(block)" }

    /// The organisation as an SQL string literal (a code has no quote to escape).
    var organisationLiteral: String { "'\(organisation.rawValue)'" }

    /// The table the rows beginning at rowid `first` go to: on the first call, the import's table is created,
    /// unattached and without an index. Its CHECK constraint is the partition's bound, so attaching it at the end
    /// needs no scan of its rows (PostgreSQL proves the bound from the constraint).
    func partitionTable(startingAt first: Int64) throws -> String {
        if let block = partition.block { return partitionName(block) }
        let block = first / RowPartition.size
        let (low, high) = (block * RowPartition.size, (block + 1) * RowPartition.size)
        try inFlight.wait()  // the vouchers' COPY may still run on the connection
        try connection.execute(
            """
            CREATE TABLE "\(partitionName(block))" (LIKE ledger_row INCLUDING DEFAULTS,
                CHECK (organisation = \(organisationLiteral) AND rowid >= \(low) AND rowid < \(high)))
            """, values: [])
        partition.block = block
        return partitionName(block)
    }

    /// After the last COPY: the BRIN index (a summary of each 8 pages' rowids: the rows are written in rowid order
    /// and never updated, so it finds a range or one row as a B-tree would, built in one pass instead of a key kept
    /// row by row), the partition attached, and its statistics gathered (ANALYZE of the partitioned table would
    /// read every partition).
    func attachPartition() throws {
        guard let block = partition.block else { return }
        let name = "\"\(partitionName(block))\""
        try connection.execute("CREATE INDEX ON \(name) USING brin (rowid) WITH (pages_per_range = 8)", values: [])
        let (low, high) = (block * RowPartition.size, (block + 1) * RowPartition.size)
        try connection.execute(
            """
            ALTER TABLE ledger_row ATTACH PARTITION \(name)
                FOR VALUES FROM (\(organisationLiteral), \(low)) TO (\(organisationLiteral), \(high))
            """, values: [])
        try connection.execute("ANALYZE \(name)", values: [])
        partition.block = nil
    }

    /// An earlier import's rows `first`…`last` dropped with their partition, when it is theirs alone: the import
    /// began its block (every import since `v34` does; the rows moved by it share block 0). Dropping takes an
    /// exclusive lock on `ledger_row` until the import commits (milliseconds later): reads wait that long.
    func dropRows(first: Int64, last: Int64, ifEmpty: Bool) throws -> Bool {
        let block = first / RowPartition.size
        guard block > 0, first == block * RowPartition.size, last / RowPartition.size == block else { return false }
        let name = partitionName(block)
        let exists = try connection.query("SELECT to_regclass(?) IS NOT NULL", values: [.text("\"\(name)\"")])
        guard case .integer(1)? = exists.first?.values.first else { return false }
        if ifEmpty, try !connection.query("SELECT 1 FROM \"\(name)\" LIMIT 1", values: []).isEmpty { return false }
        try connection.execute("DROP TABLE \"\(name)\"", values: [])
        return true
    }
}
