import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans report malbudget --period 2025-12 --version forslag-2025` (issue 18, item 6) on either backend: the document
/// in every format, its frames and result from the plan version; a version the data lack, and --version with another
/// kind, refused.
@Suite struct PlanReportCLITests {
    @Test(arguments: TestBackend.all) func malbudgetInEveryFormat(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.demoDatabase(backend)
        for format in ["md", "html", "json", "csv", "xlsx"] {
            let out = dir.appendingPathComponent("mb.\(format)")
            let r = try await CLI.run([
                "report", "malbudget", "--period", "2025-12", "--version", "forslag-2025", "--format", format,
                "--out", out.path, "--db", db,
            ])
            #expect(r.status == 0, "\(backend) \(format): \(r.stderr)")
            #expect(r.stderr.contains("Mål och budget 2025 med plan för 2026–2027"), "\(format): \(r.stderr)")
            let bytes = try Data(contentsOf: out)
            let text =
                switch format {
                case "xlsx": try SnapshotView.xlsx(bytes)
                case "csv": try SnapshotView.csvZip(bytes)
                default: String(decoding: bytes, as: UTF8.self)
                }
            // The CSV zip holds the tables, named by their ids.
            let wanted =
                format == "csv"
                ? ["skatteintakter-2025", "ramar-2025", "namngivna-forandringar-2025", "budgeterad-resultatrakning"]
                : [
                    "Skatteintäkter och generella statsbidrag 2025", "Ramar 2025", "Utökad akutvård Varberg",
                    "RS §120 2024", "Budgeterad resultaträkning 2025–2027", "planversion forslag-2025",
                ]
            for part in wanted { #expect(text.contains(part), "\(backend) \(format) lacks \(part)") }
        }
        // Without --version the version that begins in the year: 2024's is budget-2024.
        let md = dir.appendingPathComponent("mb-2024.md")
        let r = try await CLI.run([
            "report", "malbudget", "--period", "2024-12", "--format", "md", "--out", md.path, "--db", db,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: md, encoding: .utf8).contains("planversion budget-2024"))
        // A version the data lack: exit 65 with the reason; --version with another kind: a usage error.
        let missing = try await CLI.run([
            "report", "malbudget", "--period", "2025-12", "--version", "nej", "--format", "md", "--out", md.path,
            "--db", db,
        ])
        #expect(missing.status == 65 && missing.stderr.contains("no plan version \"nej\""), "\(missing.stderr)")
        let wrongKind = try await CLI.run([
            "report", "ur1", "--period", "2024-04", "--version", "forslag-2025", "--format", "md", "--out", md.path,
            "--db", db,
        ])
        #expect(wrongKind.status != 0 && wrongKind.stderr.contains("--version is for malbudget only"))
    }

    /// Fastställa a Mål och budget publishes what was decided: a proposal is refused and nothing is frozen; once
    /// decided, the version in force is frozen, and the year's document is then read from the freeze.
    @Test(arguments: TestBackend.all) func onlyADecidedPlanIsPublished(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        let out = dir.appendingPathComponent("mb.md").path
        let freeze = ["report", "malbudget", "--period", "2025-12", "--format", "md", "--out", out, "--freeze"]
        let proposal = try await CLI.run(freeze + ["--db", db])
        #expect(proposal.status == 65, "\(proposal.stderr)")
        #expect(proposal.stderr.contains("plan version \"forslag-2025\" is a proposal"), "\(proposal.stderr)")
        #expect(try await Store(path: db, create: false).frozenReports().isEmpty)
        let decide = try await CLI.run(["plan", "decide", "--year", "2025", "--version", "forslag-2025", "--db", db])
        #expect(decide.status == 0, "\(decide.stderr)")
        let frozen = try await CLI.run(freeze + ["--db", db])
        #expect(frozen.status == 0, "\(frozen.stderr)")
        #expect(try await Store(path: db, create: false).frozenReports().map(\.kind) == ["malbudget"])
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("planversion forslag-2025"))
    }
}
