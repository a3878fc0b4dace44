import BalansCore
import Foundation
import PostgresNIO

/// Vouchers and ledger rows with `COPY … FROM STDIN` (text format), 10 000 to a COPY: the
/// server's fastest way in, several times faster than multi-row INSERTs. PostgresNIO's COPY is
/// async; the import's writing thread (never an event loop of the connection) waits for each.
struct PostgresLedgerSink: LedgerSink {
    let connection: PostgresSQLConnection
    let groupSize = 10_000
    let organisation: OrganisationCode
    init(_ connection: PostgresSQLConnection, organisation: OrganisationCode) {
        self.connection = connection
        self.organisation = organisation
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
        try copy("voucher", ["id", "series", "number", "date", "text", "organisation"], b)
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
                b.writeString(String(set))
                b.writeInteger(UInt8(ascii: "\n"))
            } else {
                b.writeStaticString("\\N\n")  // COPY's NULL
            }
        }
        let columns = ["rowid", "voucher_id", "account", "ansvar", "month", "amount", "text", "organisation"]
        try copy("ledger_row", columns + ["object_set"], b)
    }

    /// An integer field and its tab.
    static func number(_ b: inout ByteBuffer, _ value: Int64) {
        b.writeString(String(value))
        b.writeInteger(UInt8(ascii: "\t"))
    }

    /// A text field of COPY's text format: backslash, tab, newline and carriage return escaped.
    static func field(_ b: inout ByteBuffer, _ text: String, last: Bool = false) {
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

    private func copy(_ table: String, _ columns: [String], _ data: ByteBuffer) throws {
        let done = DispatchSemaphore(value: 0)
        let outcome = CopyOutcome()
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
        done.wait()
        if let error = outcome.error { throw PostgresFailure(error, sql: "COPY \(table)") }
    }
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
    var error: (any Error)?
}
