import BalansTestSupport
import Foundation
import Testing

/// Issue 15: how many of the seeds' printed figures (`Examples/region-halland/seed-figures.csv`)
/// the demo's reports reproduce, measured by `build/seedcheck.py` on the demo's Markdown. The
/// issue asks for 98 % of every seed; each seed's floor is what the demo reached when the floor
/// was last raised (at least 98), so that no change loses a figure a report already prints.
/// Raise a floor when a seed's share rises (SEED-COVERAGE.md has the current table).
@Suite struct SeedCoverageTests {
    static let floors: [String: Double] = ["000": 98.2, "001": 98.4, "002": 98.1, "003": 99.2, "004": 100.0]

    /// On both backends: the demo each builds (shared with the snapshot tests) is measured.
    @Test(arguments: TestBackend.all) func everySeedKeepsTheFiguresItHas(_ backend: TestBackend) async throws {
        let reports = try await CLI.demo(backend).get().appendingPathComponent("reports")
        let script = CLI.repoRoot.appendingPathComponent("Examples/region-halland/build/seedcheck.py").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("seedcheck-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try await runProcess(
            "/usr/bin/env", ["python3", script, reports.path, "--out", out.path], in: CLI.repoRoot)
        #expect(r.status == 0, "\(String(decoding: r.stderr, as: UTF8.self))")
        // "seed<TAB>report<TAB>figures<TAB>found in row<TAB>found elsewhere<TAB>missing<TAB>reproduced"
        var shares: [String: Double] = [:]
        for line in String(decoding: r.stdout, as: UTF8.self).split(separator: "\n") {
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count == 7, let share = Double(cells[6].replacingOccurrences(of: " %", with: "")) else {
                continue
            }
            shares[cells[0]] = share
        }
        #expect(Set(shares.keys) == Set(Self.floors.keys), "\(shares)")
        for (seed, floor) in Self.floors {
            #expect(
                (shares[seed] ?? 0) >= floor,
                "\(backend) seed \(seed): \(shares[seed] ?? 0) % of its figures, was \(floor) %")
        }
    }
}
