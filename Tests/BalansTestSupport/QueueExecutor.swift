import Foundation

/// A task executor on a dispatch queue of its own, outside Swift's cooperative thread pool: a
/// test server whose tasks prefer it keeps answering while other tests hold every cooperative
/// thread in a synchronous wait for a child process (on two cores there are two).
@available(macOS 15.0, *)
public final class QueueExecutor: TaskExecutor, @unchecked Sendable {
    /// The Kolada stand-in's.
    public static let shared = QueueExecutor(label: "kolada-test-server")
    private let queue: DispatchQueue

    /// An executor on a serial queue named `label`.
    public init(label: String) { queue = DispatchQueue(label: label) }

    /// Runs `job` on the queue.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
