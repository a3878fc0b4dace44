import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Issue 6: a frozen report never changes after a new import; re-rendering it gives the same
/// bytes; `balans report diff` shows what today's data would change.
@Suite struct FrozenReportTests {
    @Test(arguments: TestBackend.all) func frozenReportSurvivesImportsAndDiffShowsTheChange(_ backend: TestBackend) throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try CLI.copyOfDemo(backend, in: dir)
        func report(_ extra: [String], _ name: String) throws -> (CLI.Outcome, Data) {
            let out = dir.appendingPathComponent(name).path
            let r = try CLI.run(["report", "ur1", "--period", "2024-04", "--format", "html", "--out", out, "--db", db] + extra)
            return (r, (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data())
        }
        let (frozen, first) = try report(["--freeze"], "frozen.html")
        #expect(frozen.status == 0, "\(frozen.stderr)")
        #expect(try CLI.run(["report", "diff", "ur1", "--period", "2024-04", "--db", db]).stdout == "Fryst \(try #require(try Store(path: db, create: false).frozenReport(kind: "ur1", period: "2024-04", node: "")).frozenAt); underlaget är oförändrat sedan dess.\nInga skillnader.\n")

        // New data: a changed summary text and a changed investment outcome.
        let texts = dir.appendingPathComponent("texts.csv")
        try Data("period;node;section;text\n2024-04;RH;summary;Ny sammanfattning efter beslutet.\n".utf8).write(to: texts)
        #expect(try CLI.run(["import", "texts", texts.path, "--db", db]).status == 0)
        let investments = dir.appendingPathComponent("investments.csv")
        try Data("period;node;category;outcome;budget;forecast\n2024-04;HS;equipment;50000000;159900000;140200000\n".utf8).write(to: investments)
        #expect(try CLI.run(["import", "investments", investments.path, "--db", db]).status == 0)

        let (again, second) = try report([], "again.html")
        #expect(again.status == 0 && again.stderr.contains("(fryst "))
        #expect(second == first)   // byte-identical
        let (now, current) = try report(["--current"], "current.html")
        #expect(now.status == 0 && current != first)
        #expect(String(decoding: current, as: UTF8.self).contains("Ny sammanfattning efter beslutet."))

        let diff = try CLI.run(["report", "diff", "ur1", "--period", "2024-04", "--db", db])
        #expect(diff.status == 0)
        let lines = diff.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("underlaget är ändrat sedan dess.") == true)
        #expect(lines.contains("+ Sammanfattning: «Ny sammanfattning efter beslutet.»"))
        #expect(lines.contains { $0.hasPrefix("− Sammanfattning: «Ekonomiska utmaningar kräver kloka prioriteringar.") })
        // The Hallands sjukhus equipment row: 43 → 50 mnkr outcome this year.
        #expect(lines.contains("Investeringsredovisning › Investeringar per nämnd/styrelse › Driftnämnden Hallands sjukhus › Utfall jan–apr 2024: 43 mnkr → 50 mnkr"))

        // Freezing again is refused; the frozen report stays.
        let (refused, _) = try report(["--freeze"], "refused.html")
        #expect(refused.status == 65 && refused.stderr.contains("ur1 2024-04: is already frozen; a frozen report is never replaced"))
        #expect(try report([], "third.html").1 == first)
    }
}
