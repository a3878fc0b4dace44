import Foundation

/// Runs the built `balans` executable, as a user would.
enum CLI {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["BALANS_BIN"] { return env }
        // `swift test` builds the executable next to the test bundle.
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [bundleDir.appendingPathComponent("balans").path, repoRoot.appendingPathComponent(".build/debug/balans").path] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return repoRoot.appendingPathComponent(".build/debug/balans").path
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        p.currentDirectoryURL = directory ?? repoRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("balans-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The demo, built once per test run into a temporary directory.
    static let demo: Swift.Result<URL, any Error> = Swift.Result {
        let dir = try temporaryDirectory()
        // PDFs are tested on their own (PDFTests): the shared demo skips them for speed.
        let r = try run(["demo", "--out", dir.path, "--no-pdf"])
        guard r.status == 0 else { throw DemoFailed(stderr: r.stderr) }
        return dir
    }

    struct DemoFailed: Error, CustomStringConvertible {
        var stderr: String
        var description: String { "balans demo failed:\n\(stderr)" }
    }
}
