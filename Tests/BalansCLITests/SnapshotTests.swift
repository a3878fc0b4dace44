import BalansTestSupport
import Foundation
import Testing

/// Snapshot tests of the rendered example reports (issue 6): the demo's HTML, Markdown and
/// JSON must equal the files in Tests/Snapshots. A change to a report shows up as a diff in
/// review; after checking it, `BALANS_UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests`
/// writes the new files.
@Suite struct SnapshotTests {
    static let files = ["ur1-2024-04.html", "ur1-2024-04.md", "ur1-2024-04.json", "namnd-RS17-2017-03.html", "namnd-RS17-2017-03.md", "namnd-RS17-2017-03.json",
                        "manad-2024-04.md", "ur2-2024-04.md", "arsredovisning-2023.md"]

    @Test(arguments: files, TestBackend.all) func reportMatchesItsSnapshot(_ name: String, _ backend: TestBackend) throws {
        let produced = try Data(contentsOf: CLI.demo(backend).get().appendingPathComponent("reports/\(name)"))
        let snapshot = CLI.repoRoot.appendingPathComponent("Tests/Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["BALANS_UPDATE_SNAPSHOTS"] == "1" {
            try produced.write(to: snapshot)
            return
        }
        let expected = try Data(contentsOf: snapshot)
        if produced != expected {
            // Name the first line that differs, so the failure says where.
            let a = String(decoding: produced, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("\(name) differs from Tests/Snapshots/\(name) at line \(line + 1): \(line < a.count ? String(a[line].prefix(200)) : "<end>") vs \(line < b.count ? String(b[line].prefix(200)) : "<end>")")
        }
    }
}
