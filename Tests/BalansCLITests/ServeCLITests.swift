import BalansTestSupport
import Foundation
import Testing

/// Issue 17, item 8: `balans serve` serves every organisation of its database, one line each, or the one
/// `--organisation` names; a host mapped to no organisation it serves is bad input.
@Suite struct ServeCLITests {
    /// A database with the organisations `default` and `B`, no data.
    static func twoOrganisations(_ backend: TestBackend, in dir: URL) async throws -> String {
        let db = try await backend.newDatabase(in: dir, name: "two")
        for arguments in [["init", "--db", db], ["init", "--db", db, "--organisation", "B"]] {
            let r = try await CLI.run(arguments)
            #expect(r.status == 0, "\(r.stderr)")
        }
        return db
    }

    /// The lines `serve` writes to standard error before it answers, read until `count` lines name an
    /// organisation (or two minutes pass); the server is stopped then.
    static func startLines(_ arguments: [String], count: Int) async throws -> [String] {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: CLI.binary)
        server.arguments = arguments
        let pipe = Pipe()
        server.standardError = pipe
        server.standardOutput = FileHandle.nullDevice
        let text = LockedText()
        pipe.fileHandleForReading.readabilityHandler = { text.append($0.availableData) }
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
            pipe.fileHandleForReading.readabilityHandler = nil
        }
        let started = Date()
        while text.lines.filter({ $0.hasPrefix("Balans (organisation") }).count < count, server.isRunning,
            Date().timeIntervalSince(started) < 120
        {
            try await Task.sleep(for: .milliseconds(100))
        }
        return text.lines
    }

    @Test(arguments: TestBackend.all) func servesEveryOrganisationOrTheOneNamed(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await Self.twoOrganisations(backend, in: dir)
        let port = String(20_000 + Int.random(in: 0..<20_000))
        let both = try await Self.startLines(
            ["serve", "--db", db, "--port", port, "--host-organisation", "b.example=B"], count: 2)
        #expect(both.contains("Balans (organisation \"B\", B): http://b.example:\(port)/"), "\(both)")
        #expect(both.contains("Balans (organisation \"default\", default) (default): http://127.0.0.1:\(port)/"))
        let one = try await Self.startLines(["serve", "--db", db, "--port", port, "--organisation", "B"], count: 1)
        #expect(
            one.filter { $0.hasPrefix("Balans (organisation") } == [
                "Balans (organisation \"B\", B): http://127.0.0.1:\(port)/"
            ])
    }

    @Test(arguments: TestBackend.all) func aHostOfNoOrganisationServedIsRefused(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await Self.twoOrganisations(backend, in: dir)
        let unknown = try await CLI.run(["serve", "--db", db, "--host-organisation", "x.example=NOPE"])
        #expect(unknown.status == 65 && unknown.stderr.contains("x.example: no organisation \"NOPE\" served"))
        let other = try await CLI.run([
            "serve", "--db", db, "--organisation", "B", "--host-organisation", "x.example=default",
        ])
        #expect(other.status == 65 && other.stderr.contains("no organisation \"default\" served"))
        let malformed = try await CLI.run(["serve", "--db", db, "--host-organisation", "x.example"])
        #expect(malformed.status == 64 && malformed.stderr.contains("give HOST=CODE"))
    }

    /// Issue 19: a hot standby to read from is PostgreSQL's; SQLite refuses it, with the reason.
    @Test func aStandbyOfAnSQLiteFileIsRefused() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await Self.twoOrganisations(.sqlite, in: dir)
        let refused = try await CLI.run(["serve", "--db", db, "--read-db", "postgres://balans@127.0.0.1:1/balans"])
        #expect(refused.status == 65 && refused.stderr.contains("an SQLite file has no standby"), "\(refused.stderr)")
    }
}

/// Text a pipe's handler appends to while a test reads it.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) { lock.withLock { data.append(more) } }

    var lines: [String] {
        lock.withLock { String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init) }
    }
}
