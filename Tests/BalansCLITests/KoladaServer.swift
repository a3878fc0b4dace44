import BalansTestSupport
import Foundation
import Hummingbird
import Logging

/// A stand-in for Kolada API v3 on 127.0.0.1 (a port of its own): it serves the hand-written
/// answers of `Tests/Fixtures/kolada/` in Kolada's documented shape — the regions' list, the KPIs'
/// titles and the figures in two pages — and records every address asked for.
final class KoladaServer: Sendable {
    /// The answers' folder.
    static let fixtures = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/kolada")

    /// Every address asked for, path and query.
    let requests = Recorded()
    private let task: Task<Void, any Error>
    /// The server's API address, `http://127.0.0.1:PORT/v3`.
    let baseURL: String

    /// Starts the server. `linked`: page 1 names page 2 in `next_page`; otherwise the client
    /// must ask for `page=2` itself (and gets an empty page 3).
    init(linked: Bool = true) async throws {
        let requests = requests
        let port = Recorded()
        let router = Router()
        router.get("/v3/municipality") { request, _ in
            requests.add("\(request.uri)")
            let first = (request.uri.queryParameters["page"].map(String.init) ?? "1") == "1"
            return Self.json(first ? try Self.fixture("municipality.json") : #"{"count": 0, "values": []}"#)
        }
        router.get("/v3/kpi/:ids") { request, _ in
            requests.add("\(request.uri)")
            return Self.json(try Self.fixture("kpi.json"))
        }
        router.get("/v3/data/kpi/:kpis/municipality/:ids/year/:years") { request, _ in
            requests.add("\(request.uri)")
            let base = "http://127.0.0.1:\(port.first ?? "")/v3"
            switch request.uri.queryParameters["page"].map(String.init) ?? "1" {
            case "1":
                let page = try Self.fixture("data-page1.json").replacingOccurrences(of: "{BASE}", with: base)
                return Self.json(linked ? page : page.replacingOccurrences(of: "\"next_page\"", with: "\"next\""))
            case "2": return Self.json(try Self.fixture("data-page2.json"))
            default: return Self.json(#"{"count": 0, "values": []}"#)
            }
        }
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in port.add("\(channel.localAddress?.port ?? 0)") }, logger: Self.quiet)
        // The server's tasks run on a queue of their own: tests that run the CLI synchronously may
        // hold every cooperative thread (two on a two-core machine), and the server must answer anyway.
        if #available(macOS 15.0, *) {
            task = Task(executorPreference: QueueExecutor.shared) { try await app.run() }
        } else {
            task = Task { try await app.run() }
        }
        var waited = 0
        while port.first == nil, waited < 500 {
            try await Task.sleep(nanoseconds: 10_000_000)
            waited += 1
        }
        guard let p = port.first else { throw TestSupportError("the Kolada test server did not start") }
        baseURL = "http://127.0.0.1:\(p)/v3"
    }

    /// The server's log: only what is critical (a stopped test server's shutdown notes are not).
    static let quiet: Logger = {
        var logger = Logger(label: "kolada-test-server")
        logger.logLevel = .critical
        return logger
    }()

    static func json(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    /// Stops the server; its port then refuses connections.
    func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    /// Lines recorded by the server's handlers, behind a lock: no handler waits for Swift's
    /// cooperative threads, which a test running the CLI may be holding.
    final class Recorded: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        var all: [String] { lock.withLock { lines } }
        var first: String? { all.first }
        func add(_ line: String) { lock.withLock { lines.append(line) } }
    }
}
