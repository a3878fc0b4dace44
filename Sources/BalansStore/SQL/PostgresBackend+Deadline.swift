import Foundation
import PostgresNIO

/// PostgreSQL gave no connection within the pool's deadline (``PostgresBackend/leaseDeadline``) and a connection of
/// its own could not be opened either: the server is down or unreachable. The web application answers 503 with it.
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
    /// Whether the operation holds its connection.
    var isHeld: Bool { lock.withLock { state == .held } }
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
    /// How long a request waits for a pooled connection before the server is asked whether it is there at all: long
    /// enough for a busy pool under load (a page's read takes milliseconds), short enough that a user is told rather
    /// than left waiting when it is not.
    static let leaseDeadline = Duration.seconds(15)

    /// Runs `body` on a pooled connection, on a thread of `threads`. A lease not given within `deadline` fails with
    /// ``DatabaseUnavailable`` only when a connection of its own cannot be opened either (the server is down); a
    /// server that answers means the pool is busy or slow (a loaded machine), and the request waits on. A connection
    /// whose use threw is closed: the transactions catch what fails inside them, so only a broken connection throws.
    func withConnection<T: Sendable>(
        on server: PostgresClient? = nil, deadline: Duration = leaseDeadline,
        _ body: @Sendable (PostgresSQLConnection) throws -> T
    ) async throws -> T {
        let logger = logger
        let pool = server ?? client
        let probed = server != nil && server === standby ? standbyConfiguration ?? configuration : configuration
        return try await withoutActuallyEscaping(body) { body in
            // The task group below ends before this call returns: `body` does not outlive it.
            try await Self.leasing(within: deadline, reachable: { await Self.reachable(probed) }) { mark in
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

    /// Whether a connection to the server of `configuration` opens (within its connect timeout), closed at once.
    static func reachable(_ configuration: PostgresConnection.Configuration) async -> Bool {
        var quiet = Logger(label: "balans.postgres.probe")
        quiet.logLevel = .critical
        do {
            let c = try await PostgresConnection.connect(
                on: group.next(), configuration: configuration, id: nextID.next(), logger: quiet)
            try? await c.close()
            return true
        } catch {
            return false
        }
    }

    /// Runs `operation`, which leases a connection from the pool and marks it held. Every `deadline` that passes
    /// without a connection held, `reachable` is asked: when the server answers, the wait goes on; when it does not,
    /// the waiting lease is cancelled (the pool forgets it) and ``DatabaseUnavailable`` thrown. Once held the work
    /// runs to its end, however long: an import's COPY takes minutes. Without it a server gone away left every
    /// request waiting, as the pool keeps trying to connect and a lease has no end; with a deadline alone (no
    /// question to the server) requests failed on a machine too loaded to hand a connection over in time.
    static func leasing<T: Sendable>(
        within deadline: Duration, reachable: @escaping @Sendable () async -> Bool,
        _ operation: @escaping @Sendable (LeaseMark) async throws -> T
    ) async throws -> T {
        let mark = LeaseMark()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation(mark) }
            group.addTask {
                var waited = Duration.zero
                while true {
                    try await Task.sleep(for: deadline)
                    waited += deadline
                    if mark.isHeld { return nil }
                    if await reachable() { continue }
                    if mark.abandonIfWaiting() {
                        let (seconds, attoseconds) = waited.components
                        throw DatabaseUnavailable(seconds: Double(seconds) + Double(attoseconds) / 1e18)
                    }
                    return nil
                }
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
