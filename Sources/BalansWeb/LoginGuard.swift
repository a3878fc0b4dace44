import Foundation

/// Failed logins, counted per user name and client address together, and per client address
/// alone. A few failures are free; each further one doubles a short wait (1 s, 2 s, 4 s … at
/// most a minute) before the next attempt of that name from that address, or of any name from
/// that address. The real user, at another address, is never locked out by someone guessing
/// her password elsewhere, and a right password after the wait always works; a guesser gets
/// about one try a minute per name and address. An entry is forgotten fifteen minutes after
/// its last failure, and each table holds at most `capacity` entries (the oldest go first,
/// the names are at most 64 characters), so guessed names cannot fill the memory.
actor LoginLimiter {
    struct Policy: Sendable {
        /// Failures without any wait.
        var free: Int
        /// The wait after the first failure beyond the free ones; it doubles with each further one.
        var firstWait: TimeInterval
        var maxWait: TimeInterval
    }

    struct Entry: Sendable {
        var failures: Int
        var last: Date
    }

    let pairPolicy: Policy
    let addressPolicy: Policy
    let forgetAfter: TimeInterval
    let capacity: Int
    private(set) var pairs: [String: Entry] = [:]
    private(set) var addresses: [String: Entry] = [:]

    init(
        pair: Policy = Policy(free: 3, firstWait: 1, maxWait: 60),
        address: Policy = Policy(free: 20, firstWait: 1, maxWait: 60),
        forgetAfter: TimeInterval = 15 * 60,
        capacity: Int = 10_000
    ) {
        self.pairPolicy = pair
        self.addressPolicy = address
        self.forgetAfter = forgetAfter
        self.capacity = capacity
    }

    static func pairKey(_ name: String, _ address: String) -> String { address + "\u{0}" + name }

    /// The seconds until `name` may be tried again from `address`; nil when it may now.
    func retryAfter(name: String, address: String, now: Date) -> TimeInterval? {
        let waits = [
            wait(pairs[Self.pairKey(name, address)], pairPolicy, now),
            wait(addresses[address], addressPolicy, now),
        ]
        return waits.compactMap { $0 }.max()
    }

    private func wait(_ entry: Entry?, _ policy: Policy, _ now: Date) -> TimeInterval? {
        guard let entry, entry.failures > policy.free, now.timeIntervalSince(entry.last) < forgetAfter else {
            return nil
        }
        let doublings = Double(min(entry.failures - policy.free - 1, 30))
        let wait = min(policy.maxWait, policy.firstWait * pow(2, doublings))
        let left = entry.last.addingTimeInterval(wait).timeIntervalSince(now)
        return left > 0 ? left : nil
    }

    func failed(name: String, address: String, now: Date) {
        Self.record(&pairs, Self.pairKey(name, address), now: now, forgetAfter: forgetAfter, capacity: capacity)
        Self.record(&addresses, address, now: now, forgetAfter: forgetAfter, capacity: capacity)
    }

    /// A right password forgets the failures of the name at that address (not the address's:
    /// a guesser with an account of her own could otherwise clear them).
    func succeeded(name: String, address: String) { pairs[Self.pairKey(name, address)] = nil }

    private static func record(
        _ table: inout [String: Entry], _ key: String, now: Date, forgetAfter: TimeInterval, capacity: Int
    ) {
        var entry = table[key] ?? Entry(failures: 0, last: now)
        if now.timeIntervalSince(entry.last) >= forgetAfter { entry.failures = 0 }
        entry.failures += 1
        entry.last = now
        if table[key] == nil && table.count >= capacity {
            // Full: the forgotten entries go, and if that is not enough the oldest quarter
            // (sorting once per capacity / 4 new entries).
            table = table.filter { now.timeIntervalSince($0.value.last) < forgetAfter }
            if table.count >= capacity {
                let kept = table.sorted { $0.value.last > $1.value.last }.prefix(capacity * 3 / 4)
                table = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
            }
        }
        table[key] = entry
    }
}

/// bcrypt off Swift's cooperative thread pool, at most `workers` at a time: a login's quarter
/// of a second of CPU otherwise holds one of the few threads every page runs on (two logins
/// at once made the dashboard 150 times slower on two cores). Up to `queueLimit` more wait
/// for a worker; beyond that `run` throws `Busy` at once (the login answers 503 with
/// Retry-After) instead of letting a flood of logins queue without end.
actor PasswordHasher {
    struct Busy: Error {}

    let workers: Int
    let queueLimit: Int
    /// Hashes running now, and the most that ever ran at once.
    private(set) var running = 0
    private(set) var peak = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    var queued: Int { waiting.count }

    /// Threads of their own (Dispatch's, not the cooperative pool's).
    private static let threads = DispatchQueue(label: "balans.bcrypt", qos: .userInitiated, attributes: .concurrent)

    /// By default half the cores (at least one): the other half keeps serving pages.
    init(workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount / 2), queueLimit: Int? = nil) {
        self.workers = max(1, workers)
        self.queueLimit = queueLimit ?? 4 * max(1, workers)
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        try await admit()
        let result = await withCheckedContinuation { (c: CheckedContinuation<T, Never>) in
            Self.threads.async { c.resume(returning: work()) }
        }
        release()
        return result
    }

    private func admit() async throws {
        if running < workers {
            running += 1
            peak = max(peak, running)
            return
        }
        guard waiting.count < queueLimit else { throw Busy() }
        // `release` hands its worker over to the first waiter: `running` stays as it is.
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
