import Foundation

/// Read-your-writes when reads go to a PostgreSQL hot standby (`balans serve --read-db`).
///
/// Positions are PostgreSQL's WAL positions (LSN) as integers: a write remembers where the primary's
/// WAL stood after its commit, and a read that must see it first waits until the standby has
/// replayed that far (at most `PostgresBackend.replayWait`), else reads from the primary.
///
/// Two positions count for a read: the last write of this process through the store (so a
/// process whose users stick to it, or a command, always sees its own writes), and the position
/// of the request being served (`position`): the web layer binds it from the user's cookie
/// (their last write, in whichever process it was made) and its own writes raise it, so the
/// answer can hand the new position back to the browser.
public enum ReadYourWrites {
    /// The position of the request being served; nil outside a request (or on SQLite, where it never moves).
    @TaskLocal public static var position: WritePosition?
}

/// A WAL position that only moves forward, shared by the tasks of one request.
public final class WritePosition: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64

    /// A position of `lsn` (0: none).
    public init(_ lsn: Int64 = 0) { value = max(0, lsn) }

    /// The position: 0 for none.
    public var lsn: Int64 { lock.withLock { value } }

    /// Moves the position to `lsn` if that is further.
    public func raise(to lsn: Int64) { lock.withLock { value = max(value, lsn) } }
}

/// What a process knows of a primary and its standby: the positions only move forward.
final class ReplicaPositions: @unchecked Sendable {
    private let lock = NSLock()
    private var written: Int64 = 0
    private var primary: Int64 = 0
    private var replayed: Int64 = 0
    private var standbyReads = 0
    private var primaryReads = 0

    /// The position of this process's last write.
    var lastWrite: Int64 { lock.withLock { written } }
    /// The furthest position the primary is known to have reached.
    var primaryKnown: Int64 { lock.withLock { primary } }
    /// The furthest position the standby is known to have replayed.
    var replayedKnown: Int64 { lock.withLock { replayed } }
    /// Reads served by the standby and, after a wait too long, by the primary.
    var reads: (standby: Int, primary: Int) { lock.withLock { (standbyReads, primaryReads) } }

    func wrote(_ lsn: Int64) {
        lock.withLock {
            written = max(written, lsn)
            primary = max(primary, lsn)
        }
    }
    func sawPrimary(_ lsn: Int64) { lock.withLock { primary = max(primary, lsn) } }
    func sawReplayed(_ lsn: Int64) { lock.withLock { replayed = max(replayed, lsn) } }
    private var laggingSince: ContinuousClock.Instant?

    /// Whether a wait for the standby was in vain less than a second ago.
    var isLagging: Bool {
        lock.withLock { laggingSince.map { ContinuousClock.now - $0 < .seconds(1) } ?? false }
    }

    /// Counts a read; `lagging` when the standby was waited for in vain (false: it had caught up).
    func countRead(standby: Bool, lagging: Bool? = nil) {
        lock.withLock {
            if standby { standbyReads += 1 } else { primaryReads += 1 }
            if let lagging { laggingSince = lagging ? ContinuousClock.now : nil }
        }
    }
}
