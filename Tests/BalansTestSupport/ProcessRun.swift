import Foundation

/// What a finished process wrote and how it ended.
public struct ProcessOutput: Sendable {
    /// The process's exit code, or the number of the signal that ended it.
    public var status: Int32
    /// Everything the process wrote to standard output.
    public var stdout: Data
    /// Everything the process wrote to standard error.
    public var stderr: Data
}

/// Runs a program to its end, waited for on a thread of its own (``offCooperativePool(_:)``).
/// `input` is written to its standard input, which is then closed.
public func runProcess(
    _ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
    input: Data? = nil
) async throws -> ProcessOutput {
    await ProcessSlots.shared.take()
    defer { Task { await ProcessSlots.shared.give() } }
    return try await offCooperativePool {
        try runProcessBlocking(executable, arguments, in: directory, environment: environment, input: input)
    }
}

/// How many programs the tests run at once: a few more than the machine has cores. With the
/// waits off the cooperative threads nothing else held them back, and the whole suite's CLI
/// tests started together (85 `balans` processes, load 64 on two cores). With one slot, a
/// lock held across awaits (``TestStandby/exclusively(_:)``).
actor ProcessSlots {
    static let shared = ProcessSlots(ProcessInfo.processInfo.activeProcessorCount + 2)
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = count }

    /// Waits for a free slot, in the order asked.
    func take() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot to the first waiting, or frees it.
    func give() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

extension Process {
    /// Waits for the process to end on a thread of its own (``offCooperativePool(_:)``).
    public func ended() async {
        _ = try? await offCooperativePool { self.waitUntilExit() }
    }
}

/// Runs blocking work (a process waited for, a database copied) on a thread of its own and awaits
/// it. Waited for on one of Swift's cooperative threads — two on the CI machine, shared by every
/// test of the run — it stopped every other test meanwhile: a CLI test running `balans` for
/// seconds, a demo built once for a whole target (its other tests waited in the `static let`'s
/// initialiser on the other thread), and a test with a time limit ran out of it doing nothing.
public func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// Runs a program to its end with both pipes read at the same time: reading one to its end
/// before the other deadlocks once the child fills the other pipe's buffer (64 KiB on Linux)
/// — a command with many errors on standard error hung the test that read stdout first.
/// It blocks its thread: from a test, call ``runProcess(_:_:in:environment:input:)`` (this is for a
/// trait's condition, which cannot await).
public func runProcessBlocking(
    _ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
    input: Data? = nil
) throws -> ProcessOutput {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    if let directory { p.currentDirectoryURL = directory }
    if let environment { p.environment = environment }
    let out = Pipe()
    let err = Pipe()
    let inPipe = input.map { _ in Pipe() }
    p.standardOutput = out
    p.standardError = err
    if let inPipe { p.standardInput = inPipe }
    try p.run()
    if let inPipe, let input {
        inPipe.fileHandleForWriting.write(input)
        try inPipe.fileHandleForWriting.close()
    }
    let errData = DataBox()
    let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return ProcessOutput(status: p.terminationStatus, stdout: o, stderr: errData.wait())
}

/// The standard error read on another thread, handed over when it is complete.
final class DataBox: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    func set(_ d: Data) {
        data = d
        done.signal()
    }

    /// Waits for `set`; the semaphore orders the write before this read.
    func wait() -> Data {
        done.wait()
        return data
    }
}
