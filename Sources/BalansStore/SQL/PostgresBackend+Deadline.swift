import Foundation
import PostgresNIO

/// PostgreSQL gave no connection within the pool's deadline (``PostgresBackend/leaseDeadline``): the server is down
/// or unreachable, or every connection was busy that long. The web application answers 503 with it.
public struct DatabaseUnavailable: Error, CustomStringConvertible {
    /// The deadline that passed, in seconds.
    public let seconds: Double
    /// The deadline that passed (seconds).
    public init(seconds: Double) { self.seconds = seconds }
    /// What the log says.
    public var description: String { "PostgreSQL gave no connection within \(seconds) s" }
}

/// Where an operation stands with its lease: waiting, holding a connection, or given up by the deadline. The
/// deadline and the lease decide under one lock, so a connection leased just too late is not used (a write then
/// committed would be reported as failed).
final class LeaseMark: @unchecked Sendable {
    private enum State { case waiting, held, abandoned }
    private let lock = NSLock()
    private var state = State.waiting
    /// Marks the connection held; false when the deadline gave the operation up first.
    func hold() -> Bool {
        lock.withLock {
            guard state == .waiting else { return false }
            state = .held
            return true
        }
    }
    /// Gives the operation up if it holds no connection yet; false when it does.
    func abandonIfWaiting() -> Bool {
        lock.withLock {
            guard state == .waiting else { return false }
            state = .abandoned
            return true
        }
    }
}

extension PostgresBackend {
    /// How long a request waits for a pooled connection before ``DatabaseUnavailable``: long enough for a busy
    /// pool under load (a page's read takes milliseconds), short enough that a user is told rather than left waiting.
    static let leaseDeadline = Duration.seconds(15)

    /// Runs `body` on a pooled connection, on a thread of `threads`, once one is leased within `deadline`. A
    /// connection whose use threw is closed: the transactions catch what fails inside them, so only a broken
    /// connection throws.
    func withConnection<T: Sendable>(
        on server: PostgresClient? = nil, deadline: Duration = leaseDeadline,
        _ body: @Sendable (PostgresSQLConnection) throws -> T
    ) async throws -> T {
        let logger = logger
        let pool = server ?? client
        return try await withoutActuallyEscaping(body) { body in
            // The task group below ends before this call returns: `body` does not outlive it.
            try await Self.leasing(within: deadline) { mark in
                try await pool.withConnection { c in
                    guard mark.hold() else { throw CancellationError() }
                    do {
                        return try await withTaskExecutorPreference(Self.threads) {
                            try body(PostgresSQLConnection(c, logger: logger))
                        }
                    } catch {
                        try? await c.close()
                        throw error
                    }
                }
            }
        }
    }

    /// Runs `operation`, which leases a connection from the pool and marks it held; fails with
    /// ``DatabaseUnavailable`` when no connection was held within `deadline` (the waiting lease is cancelled, and the
    /// pool forgets it). Once held the work runs to its end, however long: an import's COPY takes minutes. Without
    /// it, a server gone away left every request waiting: the pool keeps trying to connect, and a lease has no end.
    static func leasing<T: Sendable>(
        within deadline: Duration, _ operation: @escaping @Sendable (LeaseMark) async throws -> T
    ) async throws -> T {
        let mark = LeaseMark()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation(mark) }
            group.addTask {
                try await Task.sleep(for: deadline)
                if mark.abandonIfWaiting() {
                    let (seconds, attoseconds) = deadline.components
                    throw DatabaseUnavailable(seconds: Double(seconds) + Double(attoseconds) / 1e18)
                }
                return nil
            }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let value = next { return value }
            }
            // Both children ended and neither gave a value: not reachable (the operation returns or throws).
            throw CancellationError()
        }
    }
}
