import BalansCore
import BalansImport
import BalansReport
import BalansStore
import Foundation

/// The Region Halland example read in process, through BalansImport into an in-memory SQLite
/// database, as `balans demo` reads it, once per test process: the seed-figure tests of Core
/// and Report need no built executable and no PostgreSQL. (That the backends give the same
/// reports is the snapshot tests' job.)
public enum ExampleFixture {
    /// `Examples/region-halland` in this checkout.
    public static let directory = TestDemo.repoRoot.appendingPathComponent("Examples/region-halland")

    /// The example's data as the store reads it back.
    public static func data() async throws -> FollowUpData { try await loaded.value }

    private static let loaded = Task { try await load() }

    private static func load() async throws -> FollowUpData {
        let store = try await Store()
        try await ExampleData.importAll(from: directory, into: store)
        return try await store.followUpData()
    }

    /// One of the demo's reports as Markdown, built in process: `stem` as the demo names its
    /// files (`ur1-2024-04`, `ur1-RS17-2017-03`, `arsredovisning-2023`).
    public static func markdown(_ stem: String) async throws -> String {
        MarkdownRenderer.render(try await report(stem))
    }

    /// One of the demo's reports as a value, built in process: `stem` as in ``markdown(_:)``.
    public static func report(_ stem: String) async throws -> Report {
        var parts = stem.split(separator: "-").map(String.init)
        guard let kind = ReportKind(rawValue: parts.removeFirst()) else {
            throw TestSupportError("no report kind in \(stem)")
        }
        // kind-NODE-YYYY-MM for a committee's report, kind-YYYY-MM or kind-YYYY for the region's.
        let node = parts.count == 3 || kind == .namnd ? NodeCode(parts.removeFirst()) : nil
        let periodText = parts.count == 1 ? "\(parts[0])-12" : parts.joined(separator: "-")
        guard let period = Period(periodText) else { throw TestSupportError("no period in \(stem)") }
        return try ReportBuilder.build(kind, data: await data(), period: period, node: node)
    }
}
