import Foundation

/// The `balans` executable and the Region Halland demo built by it, shared by the CLI and web
/// tests: each test target builds the demo once per backend and copies it for tests that write.
public enum TestDemo {
    /// The package's root directory, found from this source file's path: where tests run `balans` from.
    public static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `balans` executable `swift test` built next to the test bundle (or BALANS_BIN).
    public static var binary: String {
        if let env = ProcessInfo.processInfo.environment["BALANS_BIN"] { return env }
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        let debug = repoRoot.appendingPathComponent(".build/debug/balans").path
        return [bundleDir.appendingPathComponent("balans").path, debug].first {
            FileManager.default.isExecutableFile(atPath: $0)
        } ?? debug
    }

    /// Runs `balans demo` into a new directory and a new database of `backend` (no PDFs: they
    /// are tested on their own), and returns both. No process keeps the database open, so
    /// copies can be made of it (`TestBackend.copy`).
    public static func build(_ backend: TestBackend) async throws -> (directory: URL, database: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let database = try await backend.newDatabase(in: dir, name: "balans")
        let r = try await runProcess(binary, ["demo", "--out", dir.path, "--no-pdf", "--db", database], in: repoRoot)
        let stderr = String(decoding: r.stderr, as: UTF8.self)
        guard r.status == 0 else { throw TestSupportError("balans demo failed:\n\(stderr)") }
        return (dir, database)
    }
}
