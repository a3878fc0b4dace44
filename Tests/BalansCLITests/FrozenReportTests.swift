import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Issue 6: a frozen report never changes after a new import; re-rendering it gives the same
/// bytes; `balans report diff` shows what today's data would change.
@Suite struct FrozenReportTests {
    @Test(arguments: TestBackend.all) func frozenReportSurvivesImportsAndDiffShowsTheChange(_ backend: TestBackend)
        async throws
    {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        func report(_ extra: [String], _ name: String) async throws -> (CLI.Outcome, Data) {
            let out = dir.appendingPathComponent(name).path
            let r = try await CLI.run(
                ["report", "ur1", "--period", "2024-04", "--format", "html", "--out", out, "--db", db] + extra)
            return (r, (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data())
        }
        let (frozen, first) = try await report(["--freeze"], "frozen.html")
        #expect(frozen.status == 0, "\(frozen.stderr)")
        // Published without the preview's "Text saknas" boxes (issue 15); the demo's UR1 has no
        // analysis of the committees' deviations, and freezing says so.
        #expect(!String(decoding: first, as: UTF8.self).contains("Text saknas"))
        let preview = try await report(["--current"], "preview.html").1
        #expect(String(decoding: preview, as: UTF8.self).contains("Text saknas"))
        #expect(frozen.stderr.contains("frozen.html: published without a text: "), "\(frozen.stderr)")
        let stored = try await Store(path: db, create: false).frozenReport(kind: "ur1", period: "2024-04", node: "")
        let frozenAt = try #require(stored).frozenAt
        #expect(
            try await CLI.run(["report", "diff", "ur1", "--period", "2024-04", "--db", db]).stdout
                == "Fryst \(frozenAt); underlaget är oförändrat sedan dess.\nInga skillnader.\n"
        )

        // New data: a changed summary text and a changed investment outcome.
        let texts = dir.appendingPathComponent("texts.csv")
        try Data("period;node;section;text\n2024-04;RH;summary;Ny sammanfattning efter beslutet.\n".utf8).write(
            to: texts)
        #expect(try await CLI.run(["import", "texts", texts.path, "--db", db]).status == 0)
        let investments = dir.appendingPathComponent("investments.csv")
        try Data(
            "period;node;category;outcome;budget;forecast\n2024-04;HS;equipment;50000000;159900000;140200000\n".utf8
        ).write(to: investments)
        #expect(try await CLI.run(["import", "investments", investments.path, "--db", db]).status == 0)

        let (again, second) = try await report([], "again.html")
        #expect(again.status == 0 && again.stderr.contains("(fryst "))
        #expect(second == first)  // byte-identical
        let (now, current) = try await report(["--current"], "current.html")
        #expect(now.status == 0 && current != first)
        #expect(String(decoding: current, as: UTF8.self).contains("Ny sammanfattning efter beslutet."))

        let diff = try await CLI.run(["report", "diff", "ur1", "--period", "2024-04", "--db", db])
        #expect(diff.status == 0)
        let lines = diff.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("underlaget är ändrat sedan dess.") == true)
        #expect(lines.contains("+ Sammanfattning: «Ny sammanfattning efter beslutet.»"))
        #expect(
            lines.contains { $0.hasPrefix("− Sammanfattning: «Ekonomiska utmaningar kräver kloka prioriteringar.") })
        // The Hallands sjukhus equipment row: 43 → 50 mnkr outcome this year.
        #expect(
            lines.contains(
                "Investeringsredovisning › Investeringar per nämnd/styrelse › Driftnämnden Hallands sjukhus › "
                    + "Utfall "
                    + "jan–apr 2024: 43 mnkr → 50 mnkr"
            ))

        // Freezing again is refused; the frozen report stays.
        let (refused, _) = try await report(["--freeze"], "refused.html")
        #expect(
            refused.status == 65
                && refused.stderr.contains("ur1 2024-04: is already frozen; a frozen report is never replaced"))
        await #expect(try report([], "third.html").1 == first)
    }

    /// Frozen reports stored by an earlier version still open (issue 14): the stored values in
    /// Tests/Fixtures/frozen-reports (made by the code of 4 December 2026, never regenerated) are
    /// put into the demo's database as they were stored, and `balans report` writes them in every
    /// format as Tests/Snapshots/frozen holds — the same files as the demo's reports of that day.
    /// A change to the report value that an old value no longer decodes into fails here.
    @Test(arguments: TestBackend.all)
    func frozenReportsStoredByAnEarlierVersionStillOpen(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        let store = try await Store(path: db, create: false)
        let frozenAt = "2026-12-04T19:22:28Z"
        for (kind, period, node) in [("manad", "2024-04", ""), ("namnd", "2017-03", "RS17")] {
            let stem = "\(kind)-\(node.isEmpty ? "" : "\(node)-")\(period)"
            let fixture = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/frozen-reports/\(stem).json")
            try await store.freeze(
                kind: kind, period: period, node: NodeCode(node), value: Data(contentsOf: fixture),
                inputFingerprint: "fixture",
                at: frozenAt)
            for format in ["html", "md", "json", "xlsx", "csv"] {
                let out = dir.appendingPathComponent("\(stem).\(format == "csv" ? "csv.zip" : format)")
                let org = node.isEmpty ? [] : ["--org", node]
                let r = try await CLI.run(
                    ["report", kind, "--period", period, "--format", format, "--out", out.path, "--db", db] + org)
                // Written from the stored value, not built anew.
                #expect(r.status == 0 && r.stderr.hasSuffix("(fryst \(frozenAt))\n"), "\(r.stderr)")
                let (name, data) = try SnapshotTests.snapshot(of: out)
                try SnapshotTests.check(name, data, "\(backend): frozen \(out.lastPathComponent)", in: "frozen")
            }
        }
    }
}
