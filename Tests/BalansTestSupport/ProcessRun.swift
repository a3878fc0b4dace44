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

/// Runs a program to its end with both pipes read at the same time: reading one to its end
/// before the other deadlocks once the child fills the other pipe's buffer (64 KiB on Linux)
/// — a command with many errors on standard error hung the test that read stdout first.
public func runProcess(
    _ executable: String, _ arguments: [String], in directory: URL, environment: [String: String]? = nil
) throws -> ProcessOutput {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    p.currentDirectoryURL = directory
    if let environment { p.environment = environment }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
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
