import BalansCore
import Foundation
import PostgresNIO

/// Vouchers and ledger rows with `COPY … FROM STDIN` (text format), 20 000 to a COPY: the
/// server's fastest way in, several times faster than multi-row INSERTs. PostgresNIO's COPY is
/// async; the import's writing thread (never an event loop of the connection) starts one and goes on
/// to make the next group's text while the server reads it, and waits for it only before the next COPY
/// (one connection, one statement at a time): client and server work at once (issue 19).
///
/// The vouchers and rows go into partitions of their own (`v34-ledger-partitions`), filled before they have an
/// index and attached at the end: see `PostgresLedgerSink+Partitions.swift`.
struct PostgresLedgerSink: LedgerSink {
    let connection: PostgresSQLConnection
    let groupSize = 20_000
    let organisation: OrganisationCode
    let inFlight = CopyInFlight()
    /// The partitions this import writes, once its first vouchers and rows came.
    let partitions = ImportPartitions()
    init(_ connection: PostgresSQLConnection, organisation: OrganisationCode) {
        self.connection = connection
        self.organisation = organisation
    }

    func finish() throws {
        try inFlight.wait()
        try attachPartitions()
    }

    func writeVouchers(_ items: ArraySlice<LedgerVoucherItem>) throws {
        guard !items.isEmpty else { return }
        var b = ByteBufferAllocator().buffer(capacity: items.count * 48)
        for item in items {
            Self.number(&b, item.id)
            for text in [item.voucher.series, item.voucher.number, item.voucher.date, item.voucher.text] {
                Self.field(&b, text)
            }
            Self.field(&b, organisation.rawValue, last: true)
        }
        let table = try partitionTable(.voucher, ids: items[items.startIndex].id, items[items.endIndex - 1].id)
        try copy(table, ["id", "series", "number", "date", "text", "organisation"], b)
    }

    func writeRows(_ items: ArraySlice<LedgerRowItem>) throws {
        guard !items.isEmpty else { return }
        var b = ByteBufferAllocator().buffer(capacity: items.count * 48)
        for item in items {
            Self.number(&b, item.id)
            Self.number(&b, item.voucherID)
            Self.number(&b, Int64(item.row.account))
            Self.field(&b, item.row.ansvar)
            Self.number(&b, Int64(item.row.month))
            Self.number(&b, item.row.amount.ore)
            Self.field(&b, item.row.text)
            Self.field(&b, organisation.rawValue)
            if let set = item.objectSet {
                Self.number(&b, set, last: true)
            } else {
                b.writeStaticString("\\N\n")  // COPY's NULL
            }
        }
        let columns = ["rowid", "voucher_id", "account", "ansvar", "month", "amount", "text", "organisation"]
        let table = try partitionTable(.ledgerRow, ids: items[items.startIndex].id, items[items.endIndex - 1].id)
        try copy(table, columns + ["object_set"], b)
    }

    /// An integer field and its tab, its digits written straight into the buffer: a `String` per number was
    /// five allocations a row, a good part of the client's time.
    static func number(_ b: inout ByteBuffer, _ value: Int64, last: Bool = false) {
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)  // 80 bytes: Int64's 19 digits and more
        var magnitude = value.magnitude
        let count = withUnsafeMutableBytes(of: &digits) { out -> Int in
            var n = 0
            repeat {
                out[out.count - 1 - n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            return n
        }
        if value < 0 { b.writeInteger(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { b.writeBytes(UnsafeRawBufferPointer(rebasing: $0[($0.count - count)...])) }
        b.writeInteger(last ? UInt8(ascii: "\n") : UInt8(ascii: "\t"))
    }

    /// A text field of COPY's text format: backslash, tab, newline and carriage return escaped.
    static func field(_ b: inout ByteBuffer, _ text: String, last: Bool = false) {
        let plain = !text.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if plain {
            b.writeString(text)  // nearly every field: one copy, not a write per byte
            b.writeInteger(last ? UInt8(ascii: "\n") : UInt8(ascii: "\t"))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): b.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): b.writeStaticString("\\t")
            case UInt8(ascii: "\n"): b.writeStaticString("\\n")
            case UInt8(ascii: "\r"): b.writeStaticString("\\r")
            default: b.writeInteger(byte)
            }
        }
        b.writeInteger(last ? UInt8(ascii: "\n") : UInt8(ascii: "\t"))
    }

    /// `table` is a bare name: PostgresNIO quotes it.
    private func copy(_ table: String, _ columns: [String], _ data: ByteBuffer) throws {
        try inFlight.wait()
        let done = DispatchSemaphore(value: 0)
        let outcome = CopyOutcome()
        outcome.table = table
        let connection = connection.connection
        let logger = connection.logger
        // On an executor of its own: the waiting thread may be one of Swift's cooperative
        // threads (a test, a request handler), and the COPY must not need one of those.
        @Sendable func run() async {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    try await writer.write(data)
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        if #available(macOS 15, *) {
            Task(executorPreference: CopyExecutor.shared) { await run() }
        } else {
            // macOS 14 has no task executors: the COPY runs on the cooperative pool, so an
            // import must not be started from a task there (the CLI starts it from the main
            // thread).
            Task.detached { await run() }
        }
        inFlight.started(done, outcome)
    }
}

/// The COPY the server may still be reading. Waited for before the next one, at the end, and when the import
/// stops early (the sink goes away with the failed transaction's writer): a ROLLBACK must never meet a COPY still
/// running on the connection.
final class CopyInFlight: @unchecked Sendable {
    private var pending: (done: DispatchSemaphore, outcome: CopyOutcome)?

    func started(_ done: DispatchSemaphore, _ outcome: CopyOutcome) { pending = (done, outcome) }

    func wait() throws {
        guard let (done, outcome) = pending else { return }
        pending = nil
        done.wait()
        if let error = outcome.error { throw PostgresFailure(error, sql: "COPY \(outcome.table)") }
    }

    deinit { pending?.done.wait() }
}

/// Runs the COPY tasks on threads of libdispatch's own, outside Swift's cooperative pool.
@available(macOS 15, *)
final class CopyExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = CopyExecutor()
    private let queue = DispatchQueue(label: "balans.postgres.copy", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// The error of a COPY, read after its task signalled.
final class CopyOutcome: @unchecked Sendable {
    var table = ""
    var error: (any Error)?
}
