import BalansCore
import Foundation

/// A voucher and the id the writer gave it.
public typealias LedgerVoucherItem = (id: Int64, voucher: LedgerImport.Voucher)
/// A ledger row, its rowid, its voucher's id and the id of its object list (nil: no objects).
public typealias LedgerRowItem = (id: Int64, voucherID: Int64, objectSet: Int64?, row: LedgerImport.Row)

/// Where a backend writes the ledger's vouchers and rows, the one bulk insert: each backend
/// does it its fastest way (SQLite's raw API, PostgreSQL's COPY).
public protocol LedgerSink {
    /// How many items to hand over at once (fewer only at the end).
    var groupSize: Int { get }
    /// Appends vouchers with their ids.
    func writeVouchers(_ items: ArraySlice<LedgerVoucherItem>) throws
    /// Appends rows with their rowids, voucher ids and object-set ids.
    func writeRows(_ items: ArraySlice<LedgerRowItem>) throws
    /// Waits for every write handed over to be done (a sink may still be writing the last group).
    func finish() throws
    /// The first voucher id or rowid of an import when the highest recorded so far is `highest`.
    func firstID(_ table: LedgerTable, after highest: Int64) -> Int64
    /// Removes the vouchers or rows with ids `first`…`last` of one earlier import where the backend keeps them
    /// apart (PostgreSQL: the import's partition, dropped), only if none is left when `ifEmpty`; false: the caller
    /// deletes them.
    func drop(_ table: LedgerTable, first: Int64, last: Int64, ifEmpty: Bool) throws -> Bool
}

extension LedgerSink {
    /// Consecutive: SQLite's rowids are one sequence per table.
    func firstID(_ table: LedgerTable, after highest: Int64) -> Int64 { highest + 1 }
    /// SQLite deletes rows; it has no partitions.
    func drop(_ table: LedgerTable, first: Int64, last: Int64, ifEmpty: Bool) throws -> Bool { false }
}

/// Appends vouchers and their rows in groups, with ids assigned here: consecutive from where the sink
/// starts an import (after the table's maximum), so the ranges it records are exact.
struct LedgerRowWriter {
    let sink: any LedgerSink
    let db: any SQLConnection
    let organisation: OrganisationCode
    var objectSets: ObjectSetIDs
    /// The store's id of each of the import's object lists, by the list's number less one.
    private var importLists: [Int64] = []
    let firstVoucherID: Int64, firstRowID: Int64
    var nextVoucherID: Int64, nextRowID: Int64
    private var vouchers: [LedgerVoucherItem] = []
    private var rows: [LedgerRowItem] = []

    var voucherCount: Int { Int(nextVoucherID - firstVoucherID) }
    var rowCount: Int { Int(nextRowID - firstRowID) }
    var firstVoucher: Int64? { voucherCount > 0 ? firstVoucherID : nil }
    var lastVoucher: Int64? { voucherCount > 0 ? nextVoucherID - 1 : nil }
    var firstRow: Int64? { rowCount > 0 ? firstRowID : nil }
    var lastRow: Int64? { rowCount > 0 ? nextRowID - 1 : nil }

    /// The ids continue from the highest of every organisation: SQLite's rowids are one
    /// sequence per table. On PostgreSQL two organisations importing at once may get the same
    /// numbers, which their keys (organisation, id) allow; there an import's vouchers and rows
    /// start partitions of their own
    /// (`PostgresLedgerSink`).
    init(_ db: any SQLConnection, organisation: OrganisationCode) throws {
        sink = try db.makeLedgerSink(organisation: organisation)
        self.db = db
        self.organisation = organisation
        objectSets = try ObjectSetIDs(db, organisation: organisation)
        // Import batches hold ranges too (a replaced batch's NULL ranges count for nothing).
        let highest =
            "SELECT max(m) FROM (SELECT max(COLUMN) AS m FROM ledger"
            + " UNION ALL SELECT max(COLUMN) AS m FROM ledger_batch) AS t"
        func highestOf(_ column: String) throws -> Int64 {
            try Int64.fetchOne(db, sql: highest.replacingOccurrences(of: "COLUMN", with: column)) ?? 0
        }
        firstVoucherID = sink.firstID(.voucher, after: try highestOf("last_voucher"))
        firstRowID = sink.firstID(.ledgerRow, after: try highestOf("last_row"))
        nextVoucherID = firstVoucherID
        nextRowID = firstRowID
        vouchers.reserveCapacity(sink.groupSize)
        rows.reserveCapacity(sink.groupSize)
    }

    mutating func insert(_ batch: [LedgerImport.Voucher]) throws {
        let group = sink.groupSize
        for voucher in batch {
            let id = nextVoucherID
            nextVoucherID += 1
            vouchers.append((id, voucher))
            if vouchers.count == group {
                try sink.writeVouchers(vouchers[...])
                vouchers.removeAll(keepingCapacity: true)
            }
            for list in voucher.objectLists { importLists.append(objectSets.id(list)) }
            for row in voucher.rows {
                var objectSet: Int64?
                if row.objectList != 0 {
                    guard row.objectList > 0, row.objectList <= importLists.count else {
                        throw LedgerWriteFailure(
                            description: "a row's object list \(row.objectList) is not among the import's lists")
                    }
                    objectSet = importLists[row.objectList - 1]
                }
                rows.append((nextRowID, id, objectSet, row))
                nextRowID += 1
                if rows.count == group {
                    try sink.writeRows(rows[...])
                    rows.removeAll(keepingCapacity: true)
                }
            }
        }
    }

    /// Writes what is left of the last group, and the object lists the import met first.
    mutating func flush() throws {
        try sink.writeVouchers(vouchers[...])
        try sink.writeRows(rows[...])
        vouchers.removeAll()
        rows.removeAll()
        try sink.finish()
        try objectSets.writeNew(db, organisation: organisation)
    }
}

/// The ids of an organisation's object lists (`object_set`), as a dictionary in memory for
/// the import: the stored lists are read once at its start, and a list met for the first time
/// gets the next id and is written at its end (no row refers to it by a foreign key, so the
/// order does not matter, and a failed import rolls both back).
///
/// Rows refer to the import's lists by number (``LedgerImport/Row/objectList``): a list is
/// looked up here once per import, a row costs an array index.
struct ObjectSetIDs {
    private var byText: [String: Int64] = [:]
    private var new: [(id: Int64, list: LedgerImport.ObjectList)] = []
    private var nextID: Int64 = 1

    init(_ db: any SQLConnection, organisation: OrganisationCode) throws {
        for r in try Scoped(db: db, organisation: organisation).select("id, objects", from: "object_set") {
            let id: Int64 = r["id"]
            byText[r["objects"]] = id
            nextID = max(nextID, id + 1)
        }
    }

    /// The id of `list`, a new one if the organisation has never had it.
    mutating func id(_ list: LedgerImport.ObjectList) -> Int64 {
        let id: Int64
        if let known = byText[list.text] {
            id = known
        } else {
            id = nextID
            nextID += 1
            byText[list.text] = id
            new.append((id, list))
        }
        return id
    }

    /// Writes the lists met for the first time and their members, several hundred to a statement.
    mutating func writeNew(_ db: any SQLConnection, organisation: OrganisationCode) throws {
        try db.insertMany(
            into: "object_set", ["organisation", "id", "objects"],
            rows: new.map { [organisation, $0.id, $0.list.text] })
        try db.insertMany(
            into: "object_set_member", ["organisation", "object_set", "dimension", "code"],
            rows: new.flatMap { item in
                item.list.objects.map { [organisation, item.id, $0.dimension, $0.code] as SQLArguments }
            })
        new.removeAll()
    }
}

/// A row that refers to an object list its import never gave: a producer's mistake, not input.
struct LedgerWriteFailure: Error, CustomStringConvertible {
    var description: String
}

/// A bounded queue of voucher batches between the reading thread and the writing one: the
/// reader waits when `capacity` batches are waiting, so memory stays bounded.
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[LedgerImport.Voucher]] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Adds a batch, waiting for room; throws if the writer gave up.
    func push(_ batch: [LedgerImport.Voucher]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count - head >= capacity && !cancelled { condition.wait() }
        if cancelled { throw CancellationError() }
        batches.append(batch)
        condition.broadcast()
    }

    /// The next batch, or nil once the reader has closed the channel and all are taken.
    func pop() -> [LedgerImport.Voucher]? {
        condition.lock()
        defer { condition.unlock() }
        while head == batches.count && !closed && !cancelled { condition.wait() }
        guard head < batches.count, !cancelled else { return nil }
        let batch = batches[head]
        batches[head] = []
        head += 1
        if head == batches.count {
            batches.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return batch
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// What the producer thread returned; read only after it signalled that it finished.
final class ProducerOutcome: @unchecked Sendable {
    var result: Result<LedgerImport, any Error>?
}
