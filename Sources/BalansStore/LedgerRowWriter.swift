import BalansCore
import Foundation

public typealias LedgerVoucherItem = (id: Int64, voucher: LedgerImport.Voucher)
public typealias LedgerRowItem = (id: Int64, voucherID: Int64, row: LedgerImport.Row)

/// Where a backend writes the ledger's vouchers and rows, the one bulk insert: each backend
/// does it its fastest way (SQLite's raw API, PostgreSQL's multi-row INSERT).
public protocol LedgerSink {
    /// How many items to hand over at once (fewer only at the end).
    var groupSize: Int { get }
    func writeVouchers(_ items: ArraySlice<LedgerVoucherItem>) throws
    func writeRows(_ items: ArraySlice<LedgerRowItem>) throws
}

/// Appends vouchers and their rows in groups, with ids assigned here: consecutive from the
/// table's maximum, so the ranges it records are exact.
struct LedgerRowWriter {
    let sink: any LedgerSink
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
    /// numbers, which their keys (organisation, id) allow.
    init(_ db: any SQLConnection, organisation: String) throws {
        sink = try db.makeLedgerSink(organisation: organisation)
        // Import batches hold ranges too (a replaced batch's NULL ranges count for nothing).
        let highest =
            "SELECT max(m) FROM (SELECT max(COLUMN) AS m FROM ledger UNION ALL SELECT max(COLUMN) AS m FROM ledger_batch) AS t"
        firstVoucherID =
            (try Int64.fetchOne(db, sql: highest.replacingOccurrences(of: "COLUMN", with: "last_voucher")) ?? 0) + 1
        firstRowID =
            (try Int64.fetchOne(db, sql: highest.replacingOccurrences(of: "COLUMN", with: "last_row")) ?? 0) + 1
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
            for row in voucher.rows {
                rows.append((nextRowID, id, row))
                nextRowID += 1
                if rows.count == group {
                    try sink.writeRows(rows[...])
                    rows.removeAll(keepingCapacity: true)
                }
            }
        }
    }

    /// Writes what is left of the last group.
    mutating func flush() throws {
        try sink.writeVouchers(vouchers[...])
        try sink.writeRows(rows[...])
        vouchers.removeAll()
        rows.removeAll()
    }
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
