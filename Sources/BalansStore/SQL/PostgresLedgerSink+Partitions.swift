import BalansCore
import Foundation

/// The blocks of ids one import's vouchers and rows take on PostgreSQL, and so their partitions of `voucher` and
/// `ledger_row` (`v34-ledger-partitions`): block k holds the ids k·2³² to (k+1)·2³² − 1 and is the table
/// `<table>_<organisation>_<k>`.
final class ImportPartitions: @unchecked Sendable {
    /// The block of each table, once the import's first vouchers or rows are written (the import's one thread).
    var blocks: [LedgerTable: Int64] = [:]

    /// 2³²: ids a block holds, far beyond the largest ledger (ten million rows a year).
    static let size: Int64 = 1 << 32
}

/// The two tables of an import's bulk write, partitioned on PostgreSQL.
public enum LedgerTable: String, CaseIterable, Sendable {
    /// `voucher`: the vouchers (verifikationer).
    case voucher
    /// `ledger_row`: their rows.
    case ledgerRow = "ledger_row"

    /// The id column, the partitions' second key.
    var key: String { self == .voucher ? "id" : "rowid" }

    /// A voucher is looked up by its id (drill-downs join each row to its voucher): a unique B-tree. Rows are
    /// written in rowid order and never updated, so a BRIN index (the rowids of each 8 pages) finds a range or a
    /// row nearly as a B-tree would, built in one pass over a tenth of the pages a B-tree writes.
    var index: String {
        self == .voucher
            ? "CREATE UNIQUE INDEX ON %@ (id)" : "CREATE INDEX ON %@ USING brin (rowid) WITH (pages_per_range = 8)"
    }
}

extension PostgresLedgerSink {
    /// An import starts a block of its own, after every block used so far.
    func firstID(after highest: Int64) -> Int64 { (highest / ImportPartitions.size + 1) * ImportPartitions.size }

    /// A partition's table name. Organisation codes are letters, digits, `-` and `_` (at most 32, checked when a
    /// store opens), so the name is a plain identifier once quoted, and at most 54 characters (PostgreSQL: 63).
    func partitionName(_ table: LedgerTable, _ block: Int64) -> String {
        "\(table.rawValue)_\(organisation.rawValue)_\(block)"
    }

    /// The organisation as an SQL string literal (a code has no quote to escape).
    var organisationLiteral: String { "'\(organisation.rawValue)'" }

    func bounds(_ block: Int64) -> (low: Int64, high: Int64) {
        (block * ImportPartitions.size, (block + 1) * ImportPartitions.size)
    }

    /// The table the items beginning at id `first` go to: on the first call, the import's table is created,
    /// unattached and without an index. Its CHECK constraint is the partition's bound, so attaching it at the end
    /// needs no scan of its rows (PostgreSQL proves the bound from the constraint).
    func partitionTable(_ table: LedgerTable, startingAt first: Int64) throws -> String {
        if let block = partitions.blocks[table] { return partitionName(table, block) }
        let block = first / ImportPartitions.size
        let (low, high) = bounds(block)
        try inFlight.wait()  // a COPY may still run on the connection
        try connection.execute(
            """
            CREATE TABLE "\(partitionName(table, block))" (LIKE \(table.rawValue) INCLUDING DEFAULTS,
                CHECK (organisation = \(organisationLiteral) AND \(table.key) >= \(low) AND \(table.key) < \(high)))
            """, values: [])
        partitions.blocks[table] = block
        return partitionName(table, block)
    }

    /// After the last COPY: each table's index built, the table attached as a partition, and its statistics
    /// gathered (ANALYZE of the partitioned table would read every partition).
    func attachPartitions() throws {
        for table in LedgerTable.allCases {
            guard let block = partitions.blocks[table] else { continue }
            let name = "\"\(partitionName(table, block))\""
            try connection.execute(table.index.replacingOccurrences(of: "%@", with: name), values: [])
            let (low, high) = bounds(block)
            try connection.execute(
                """
                ALTER TABLE \(table.rawValue) ATTACH PARTITION \(name)
                    FOR VALUES FROM (\(organisationLiteral), \(low)) TO (\(organisationLiteral), \(high))
                """, values: [])
            try connection.execute("ANALYZE \(name)", values: [])
            partitions.blocks[table] = nil
        }
    }

    /// An earlier import's ids `first`…`last` dropped with their partition, when it is theirs alone: the import
    /// began its block (every import since `v34` does; what that step moved shares block 0). Dropping takes an
    /// exclusive lock on the partitioned table until the import commits (milliseconds later): reads wait that long.
    func drop(_ table: LedgerTable, first: Int64, last: Int64, ifEmpty: Bool) throws -> Bool {
        let block = first / ImportPartitions.size
        guard block > 0, first == bounds(block).low, last < bounds(block).high else { return false }
        let name = "\"\(partitionName(table, block))\""
        let exists = try connection.query("SELECT to_regclass(?) IS NOT NULL", values: [.text(name)])
        guard case .integer(1)? = exists.first?.values.first else { return false }
        if ifEmpty, try !connection.query("SELECT 1 FROM \(name) LIMIT 1", values: []).isEmpty { return false }
        try connection.execute("DROP TABLE \(name)", values: [])
        return true
    }
}
