import BalansTestSupport
import Foundation
import Testing

/// Policy values are the organisation's data (issue 14): the threshold for "Större
/// budgetavvikelser" is a setting, 20 mnkr unless the organisation chooses another.
@Suite struct PolicyTests {
    @Test(arguments: TestBackend.all) func theLargerDeviationThresholdIsTheOrganisations(_ backend: TestBackend)
        async throws
    {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        func deviations() async throws -> String {
            let out = dir.appendingPathComponent("ur1.md")
            #expect(
                try await CLI.run([
                    "report", "ur1", "--period", "2024-04", "--format", "md", "--out", out.path, "--db", db,
                ])
                .status == 0)
            let md = try String(contentsOf: out, encoding: .utf8)
            let start = try #require(md.range(of: "**Större budgetavvikelser 2024**"))
            return String(md[start.lowerBound...].prefix(1500))
        }
        // Seed 003 2.5.1: the common finances' lines of at least 20 mnkr (Övriga regiongemensamma 80, Pensioner
        // −45 among them), the operating committees in one row.
        let standard = try await deviations()
        #expect(
            standard.contains("\u{A0}Övriga regiongemensamma kostnader och intäkter | 80 |")
                && standard.contains("\u{A0}Pensioner | −45 |")
                && standard.contains("\u{A0}Driftnämnder och förvaltningar | −287 |"))
        #expect(standard.contains("minst 20\u{A0}mnkr"))
        #expect(
            try await CLI.run(["organisation", "set", "larger-deviation-threshold", "100000000", "--db", db]).status
                == 0)
        let raised = try await deviations()
        #expect(
            raised.contains("\u{A0}Generella statsbidrag och utjämning | 483 |")
                && raised.contains("\u{A0}Finansiella poster | 131 |"))
        #expect(!raised.contains("Övriga regiongemensamma kostnader och") && !raised.contains("\u{A0}Pensioner |"))
        #expect(raised.contains("minst 100\u{A0}mnkr"))
        // The total stays the total: what is not listed is in "Övriga avvikelser".
        #expect(raised.contains("| **Total Region Halland** | 310 |"))
        let refused = try await CLI.run(["organisation", "set", "larger-deviation-threshold", "tjugo", "--db", db])
        #expect(refused.status == 65 && refused.stderr.contains("\"tjugo\" is not a non-negative amount in kronor"))
    }
}
