import Foundation

/// Runs a transaction's synchronous body on threads of its own (`withTaskExecutorPreference`),
/// so its statements' waits for the server hold one of these, never one of Swift's cooperative
/// threads nor an event loop.
///
/// A job waits for no thread: one is started when every thread is busy, and a thread idle for a
/// minute ends. A job is submitted only by a transaction holding a pooled connection, so the
/// threads are as many as the connections in use at most. A fixed pool (it was 16 threads for
/// the whole process) let the writers of one organisation waiting for its lock — held by an
/// import in another process — take every thread, and the reads of every other organisation,
/// each with a pool of its own, then waited for that import to end.
final class TransactionExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [UnownedJob] = []
    private var head = 0
    /// Threads waiting for a job.
    private var idle = 0
    /// Threads started and not ended.
    private var threads = 0
    let idleTime: TimeInterval

    init(idleTime: TimeInterval = 60) { self.idleTime = idleTime }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        queue.append(job)
        // More jobs waiting than threads waiting to take them: one more thread.
        let start = queue.count - head > idle
        if start { threads += 1 } else { condition.signal() }
        condition.unlock()
        if start {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// How many threads there are now.
    var threadCount: Int { condition.withLock { threads } }

    private func work() {
        condition.lock()
        while true {
            while head == queue.count {
                idle += 1
                let signalled = condition.wait(until: Date(timeIntervalSinceNow: idleTime))
                idle -= 1
                // A job queued meanwhile is taken even after a timeout (the queue is read under the lock).
                if !signalled && head == queue.count {
                    threads -= 1
                    condition.unlock()
                    return
                }
            }
            let job = queue[head]
            head += 1
            if head == queue.count {
                queue.removeAll(keepingCapacity: true)
                head = 0
            }
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
            condition.lock()
        }
    }
}

/// One write per lock key at a time within a process, in the order asked; the others wait for
/// their turn suspended, holding neither a connection nor a thread.
actor WriteTurns {
    private var busy: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Returns when it is this caller's turn for `key`.
    func take(_ key: String) async {
        if busy.insert(key).inserted { return }
        await withCheckedContinuation { waiting[key, default: []].append($0) }
    }

    /// Ends the caller's turn: the next waiting for `key` has it.
    func give(_ key: String) {
        guard var queue = waiting[key], !queue.isEmpty else {
            busy.remove(key)
            return
        }
        let next = queue.removeFirst()
        waiting[key] = queue.isEmpty ? nil : queue
        next.resume()
    }
}
