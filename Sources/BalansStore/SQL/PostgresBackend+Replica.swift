import Foundation
import PostgresNIO

/// Reads from a hot standby, writes to the primary (`PostgresBackend(url:readURL:)`), and the
/// user's own writes seen at once (``ReadYourWrites``).
extension PostgresBackend {
    /// How long a read waits for the standby to replay what it must see before it reads from the
    /// primary instead. On one network the standby is milliseconds behind.
    static let replayWait: Duration = .milliseconds(200)

    /// The primary's WAL position as an integer: where the last commit's record ends (inserted,
    /// whether or not it is flushed yet, so it is never before that commit).
    static let primarySQL = "SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint"
    /// How far the standby has replayed (a server not in recovery: its own position).
    static let replayedSQL =
        "SELECT (COALESCE(pg_last_wal_replay_lsn(), pg_current_wal_insert_lsn()) - '0/0'::pg_lsn)::bigint"

    /// The position this process's and this request's reads must see, not yet checked against the primary.
    var unclampedRequirement: Int64 { max(replica.lastWrite, ReadYourWrites.position?.lsn ?? 0) }

    /// The position the current read must see: this process's last write, or the request's (its
    /// user's last write, from a cookie), whichever is further — but never beyond where the
    /// primary stands (a forged cookie would make every read wait and then go to the primary).
    /// 0 without a standby.
    func requiredReadPosition() async throws -> Int64 {
        guard standby != nil else { return 0 }
        let need = unclampedRequirement
        if need <= replica.replayedKnown || need <= replica.primaryKnown { return need }
        let primary = try await withConnection { c in try Int64.fetchOne(c, sql: Self.primarySQL) } ?? 0
        replica.sawPrimary(primary)
        return min(need, primary)
    }

    /// Reads so far from the standby, and from the primary because the standby was too far behind; nil without one.
    public var replicaReads: (standby: Int, primary: Int)? { standby == nil ? nil : replica.reads }

    /// Where a read goes, and the position it will see at least: the standby once it has replayed
    /// ``requiredReadPosition()`` (asked again every millisecond, at most ``replayWait``; once, for a
    /// second after a wait was in vain), else the primary. The standby's position is asked before the
    /// read's snapshot is taken, so the snapshot holds every commit up to it.
    func readServer() async throws -> (server: PostgresClient, position: Int64) {
        guard let standby else { return (client, .max) }
        let need = try await requiredReadPosition()
        var replayed = replica.replayedKnown
        if need <= replayed {
            replica.countRead(standby: true)
            return (standby, replayed)
        }
        // A standby found too far behind a moment ago is asked once, not waited for, until it has caught up.
        let deadline = replica.isLagging ? ContinuousClock.now : ContinuousClock.now + Self.replayWait
        while true {
            replayed = try await withConnection(on: standby) { c in try Int64.fetchOne(c, sql: Self.replayedSQL) } ?? 0
            replica.sawReplayed(replayed)
            if replayed >= need {
                replica.countRead(standby: true, lagging: false)
                return (standby, replayed)
            }
            if ContinuousClock.now >= deadline {
                replica.countRead(standby: false, lagging: true)
                return (client, need)
            }
            try await Task.sleep(for: .milliseconds(1))
        }
    }

    /// After a write's COMMIT, on its connection: remembers the primary's position for this process
    /// and for the request (whose answer hands it to the browser).
    func noteWrite(_ c: PostgresSQLConnection) throws {
        let lsn = try Int64.fetchOne(c, sql: Self.primarySQL) ?? 0
        replica.wrote(lsn)
        ReadYourWrites.position?.raise(to: lsn)
    }
}
