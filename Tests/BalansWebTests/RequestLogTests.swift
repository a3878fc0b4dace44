import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import BalansWeb

/// The request log and the metrics an operator scrapes (issue 14).
@Suite struct RequestLogTests {
    /// The lines a logger was given, with their metadata.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    struct Capture: LogHandler {
        let lines: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let user = event.metadata?["user"].map { "\($0)" } ?? "?"
            lines.append("\(event.level) \(event.message) user=\(user)")
        }
    }

    static func app(_ backend: TestBackend, _ lines: Lines) async throws -> WebApp {
        await WebApp(
            store: try WebFixture.store(backend), secureCookies: false, limiter: LoginLimiter(),
            hasher: PasswordHasher(), clock: { Date() },
            requestLogger: Logger(label: "test", factory: { _ in Capture(lines: lines) }))
    }

    @Test(arguments: TestBackend.all) func oneLinePerRequestWithTheUserAndNoToken(_ backend: TestBackend)
        async throws
    {
        let lines = Lines()
        try await Application(router: try Self.app(backend, lines).router()).test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            _ = try await hs.get("/namnd/HS?period=2024-04")
            _ = try await hs.get("/finns-inte")
            _ = try await hs.get("/granskning")
            let token = try #require(hs.cookies["balans_session"])
            let csrf = try #require(try await hs.sessionCSRF())
            let logged = lines.all
            let shapes = logged.map {
                $0.replacingOccurrences(of: #" [0-9]+\.[0-9] ms"#, with: " MS", options: .regularExpression)
            }
            #expect(
                shapes.prefix(5) == [
                    "info GET /login 200 MS user=-", "info POST /login 303 MS user=-",
                    "info GET /namnd/HS 200 MS user=hs", "info GET /finns-inte 404 MS user=hs",
                    "info GET /granskning 403 MS user=hs",
                ])
            #expect(!logged.contains { $0.contains(token) || $0.contains(csrf) })
        }
    }

    /// /metrics counts the requests by route and status, for the administrator only.
    @Test func theMetricsCountTheRequestsForTheAdministrator() async throws {
        let lines = Lines()
        try await Application(router: try Self.app(.sqlite, lines).router()).test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/metrics").status == .forbidden)
            var admin = Browser(client: client)
            try await admin.login("admin")
            for _ in 0..<2 { #expect(try await admin.get("/rad/HS-SOM?period=2024-04").status == .ok) }
            let response = try await admin.get("/metrics")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = String(buffer: response.body)
            #expect(text.contains(#"balans_http_requests_total{method="GET",route="/rad/{code}",status="200"} 2"#))
            #expect(text.contains(#"balans_http_requests_total{method="GET",route="/metrics",status="403"} 1"#))
            #expect(text.contains(#"balans_http_request_duration_seconds_count{method="GET",route="/rad/{code}"} 2"#))
            // Counted anew at each scrape, never a kept answer (nothing was written in between).
            #expect(try await admin.get("/rad/HS-SOM?period=2024-04").status == .ok)
            let again = String(buffer: try await admin.get("/metrics").body)
            #expect(again.contains(#"balans_http_requests_total{method="GET",route="/rad/{code}",status="200"} 3"#))
        }
    }
}
