import BalansCore
import Foundation

/// The partitions of `voucher` and `ledger_row` one import writes on PostgreSQL (`v34-ledger-partitions`): the
/// table `<table>_<organisation>_<first id>`, created at the import's first vouchers or rows and attached at its end.
final class ImportPartitions: @unchecked Sendable {
    /// Each table's first and last id so far (the import's one thread).
    var ids: [LedgerTable: (first: Int64, last: Int64)] = [:]

    /// 2³²: the rowids a partition of `ledger_row` holds, far beyond the largest ledger (ten million rows a year).
    static let rowBlock: Int64 = 1 << 32
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
    /// Voucher ids go on from the highest, as on SQLite: they are in the drill-down's links. An import's rows start
    /// a block of 2³² rowids of their own, so their partition's bound is known before the first row is written.
    func firstID(_ table: LedgerTable, after highest: Int64) -> Int64 {
        switch table {
        case .voucher: highest + 1
        case .ledgerRow: (highest / ImportPartitions.rowBlock + 1) * ImportPartitions.rowBlock
        }
    }

    /// A partition's table name, with the organisation's code where it is a plain one (letters, digits, `-` and
    /// `_`, at most 32: every code a user gives, `Store.checkCode`), so the name is at most 63 characters
    /// (PostgreSQL's limit); a company's ledger (`region~company`) is named by a hash of its code instead.
    func partitionName(_ table: LedgerTable, _ first: Int64) -> String {
        let code = organisation.rawValue
        let plain =
            code.utf8.count <= 32 && code.utf8.allSatisfy { $0 == 0x2D || $0 == 0x5F || isalnum(Int32($0)) != 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in code.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "\(table.rawValue)_\(plain ? code : "h" + String(hash, radix: 16))_\(first)"
    }

    /// The organisation as an SQL string literal.
    var organisationLiteral: String { "'" + organisation.rawValue.replacingOccurrences(of: "'", with: "''") + "'" }

    /// The table `items` (ids from `first` to `last`) go to: on the first call, the import's table is created,
    /// unattached and without an index. The rows' CHECK constraint is their partition's bound, so attaching them at
    /// the end needs no scan (PostgreSQL proves the bound from the constraint); the vouchers' upper bound is known
    /// only at the end, and attaching them reads them once (a fifth of the rows or fewer).
    func partitionTable(_ table: LedgerTable, ids first: Int64, _ last: Int64) throws -> String {
        if let known = partitions.ids[table] {
            partitions.ids[table] = (known.first, last)
            return partitionName(table, known.first)
        }
        let upper = table == .ledgerRow ? " AND rowid < \(first + ImportPartitions.rowBlock)" : ""
        try inFlight.wait()  // a COPY may still run on the connection
        try connection.execute(
            """
            CREATE TABLE "\(partitionName(table, first))" (LIKE \(table.rawValue) INCLUDING DEFAULTS,
                CHECK (organisation = \(organisationLiteral) AND \(table.key) >= \(first)\(upper)))
            """, values: [])
        partitions.ids[table] = (first, last)
        return partitionName(table, first)
    }

    /// After the last COPY: each table's index built, the table attached as a partition, and its statistics
    /// gathered (ANALYZE of the partitioned table would read every partition).
    func attachPartitions() throws {
        for table in LedgerTable.allCases {
            guard let (first, last) = partitions.ids[table] else { continue }
            let name = "\"\(partitionName(table, first))\""
            try connection.execute(table.index.replacingOccurrences(of: "%@", with: name), values: [])
            let end = table == .ledgerRow ? first + ImportPartitions.rowBlock : last + 1
            try connection.execute(
                """
                ALTER TABLE \(table.rawValue) ATTACH PARTITION \(name)
                    FOR VALUES FROM (\(organisationLiteral), \(first)) TO (\(organisationLiteral), \(end))
                """, values: [])
            try connection.execute("ANALYZE \(name)", values: [])
            partitions.ids[table] = nil
        }
    }

    /// An earlier import's ids `first`…`last` dropped with their partition, if they have one: the partition named
    /// by an import's first id holds that import's alone (every import since `v34`; what that step moved is in
    /// `<table>_<organisation>_0`, and no import begins at 0). Dropping takes an exclusive lock on the partitioned
    /// table until the import commits (milliseconds later): reads wait that long.
    func drop(_ table: LedgerTable, first: Int64, last: Int64, ifEmpty: Bool) throws -> Bool {
        let name = "\"\(partitionName(table, first))\""
        let exists = try connection.query("SELECT to_regclass(?) IS NOT NULL", values: [.text(name)])
        guard case .integer(1)? = exists.first?.values.first else { return false }
        // A partition holds one organisation's ids (its bound): one row tells whose it is (a hashed name is checked,
        // not trusted).
        let owner = try connection.query("SELECT organisation FROM \(name) LIMIT 1", values: [])
        if let row = owner.first {
            guard case .text(organisation.rawValue)? = row.values.first, !ifEmpty else { return false }
        }
        try connection.execute("DROP TABLE \(name)", values: [])
        return true
    }
}
