import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The command line as a user runs it: exit statuses, `FILE:LINE:` messages, an unchanged
/// database after bad input, and a ledger from another organisation with no other file.
@Suite struct CLITests {
    func fresh(_ backend: TestBackend) async throws -> (dir: URL, db: String) {
        let dir = try CLI.temporaryDirectory()
        let db = try await backend.newDatabase(in: dir)
        let r = try await CLI.run(["init", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, db)
    }

    func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func fingerprint(_ db: String) async throws -> String {
        try await Store(path: db, create: false).contentFingerprint()
    }

    @Test(arguments: TestBackend.all) func otherOrganisationsLedgerAloneGivesOutcomeRatios(_ backend: TestBackend)
        async throws
    {
        let (_, db) = try await fresh(backend)
        let sie = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/other-kommun-2024.se").path
        let imported = try await CLI.run(["import", "sie", sie, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let r = try await CLI.run(["ratios", "--period", "2024-03", "--db", db, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["organisation"] as? String == "Övertorneå exempelkommun")  // CP437 decoded
        #expect(json["period"] as? String == "2024-03")
        #expect(json["fiscalYear"] as? Int == 2024)
        let outcome = try #require(json["outcome"] as? [String: Any])
        // Worked out by hand from the fixture (mkr): result 4,4 on T = 30 + 6 = 36.
        func num(_ any: Any?) -> Decimal? { (any as? NSNumber).map { Decimal(string: $0.stringValue)! } }
        #expect(num(outcome["resultToTaxRevenue"])?.roundedHalfAwayFromZero(scale: 4) == Decimal(string: "12.2222"))
        let share = try #require(outcome["netCostShare"] as? [String: Any])
        #expect(num(share["operations"])?.roundedHalfAwayFromZero(scale: 4) == Decimal(string: "83.3333"))  // 30 / 36
        #expect(num(share["depreciation"])?.roundedHalfAwayFromZero(scale: 4) == Decimal(string: "4.1667"))  // 1,5 / 36
        #expect(num(share["total"])?.roundedHalfAwayFromZero(scale: 4) == Decimal(string: "87.7778"))
        // 64,4 / 74,4
        #expect(num(outcome["equityRatio"])?.roundedHalfAwayFromZero(scale: 3) == Decimal(string: "86.559"))
        #expect(num(outcome["resultExclComparabilityItems"]) == 4_400_000)
        // What the data cannot give is null, never 0.
        #expect(outcome["equityRatioInclPensions"] is NSNull)
        #expect(outcome["hiredStaffCostShare"] is NSNull)
        #expect(outcome["taxRevenueGrowth"] is NSNull)
        let forecast = try #require(json["forecast"] as? [String: Any])
        #expect(forecast["netCostShare"] is NSNull)
        #expect(forecast["resultToTaxRevenue"] is NSNull)
    }

    @Test(arguments: TestBackend.all) func badBudgetExits65WithPlacesAndChangesNothing(_ backend: TestBackend)
        async throws
    {
        let (dir, db) = try await fresh(backend)
        let org = try write(
            "code;parent;name;kind;ansvar\nR;;Region;region;\nHS;R;Hallands sjukhus;committee;100\n", "org.csv", in: dir
        )
        #expect(try await CLI.run(["import", "org", org, "--db", db]).status == 0)
        let before = try await fingerprint(db)
        let budget = try write("year;node;amount\n2024;HS;-100\n2024;HS9;-5\n2024;HS;abc\n", "budget.csv", in: dir)
        let r = try await CLI.run(["import", "budget", budget, "--db", db])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(budget):4: amount \"abc\" is not an amount in kronor"))
        #expect(try await fingerprint(db) == before)
        // Once the amount is fixed, the unknown node is reported with its line.
        let budget2 = try write("year;node;amount\n2024;HS;-100\n2024;HS9;-5\n", "budget2.csv", in: dir)
        let r2 = try await CLI.run(["import", "budget", budget2, "--db", db])
        #expect(r2.status == 65)
        #expect(r2.stderr == "\(budget2):3: unknown organisation node \"HS9\" (import the org file first)\n")
        #expect(try await fingerprint(db) == before)
    }

    @Test(arguments: TestBackend.all) func badLedgerExits65AndChangesNothing(_ backend: TestBackend) async throws {
        let (dir, db) = try await fresh(backend)
        let good = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/other-kommun-2024.se").path
        #expect(try await CLI.run(["import", "sie", good, "--db", db]).status == 0)
        let before = try await fingerprint(db)
        let bad = try write(
            "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n#VER A 1 20240105 \"x\"\n{\n#TRANS 5010 {} "
                + "100.00\n#TRANS 1930 {} -90.00\n}\n#VER A 2 20240231 \"y\"\n{\n}\n",
            "bad.se", in: dir)
        let r = try await CLI.run(["import", "sie", bad, "--db", db])
        #expect(r.status == 65)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(bad):4: ") == true)
        #expect(lines.last?.hasPrefix("\(bad):9: ") == true)
        #expect(try await fingerprint(db) == before)
        // The same good file again changes nothing.
        let again = try await CLI.run(["import", "sie", good, "--db", db])
        #expect(again.status == 0)
        #expect(again.stderr.contains("unchanged"))
        #expect(try await fingerprint(db) == before)
    }

    @Test func usageErrorsExit64() async throws {
        #expect(
            try await CLI.run([
                "report", "ur9", "--period", "2024-04", "--format", "html", "--out", "/tmp/x.html", "--db", "x",
            ]).status == 64)
        #expect(try await CLI.run(["import", "sie"]).status == 64)
    }

    /// A PostgreSQL server that cannot be reached is bad input with its URL, the password hidden.
    @Test func unreachablePostgresIsBadInput() async throws {
        let r = try await CLI.run([
            "ratios", "--period", "2024-04", "--db", "postgres://balans:hemligt@127.0.0.1:1/balans",
        ])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("postgres://balans:***@127.0.0.1:1/balans: PostgreSQL: "), "\(r.stderr)")
        #expect(!r.stderr.contains("hemligt"))
    }

    @Test func missingDatabaseIsBadInput() async throws {
        let r = try await CLI.run(["ratios", "--period", "2024-04", "--db", "/nonexistent/balans.sqlite"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("no such database"))
    }
}

/// `balans user add`: the password from standard input, checked; the role and node checked.
@Suite struct UserCommandTests {
    func run(_ args: [String], input: String) async throws -> CLI.Outcome {
        let r = try await runProcess(CLI.binary, args, input: Data(input.utf8))
        return CLI.Outcome(status: r.status, stdout: "", stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    @Test(arguments: TestBackend.all) func addUsers(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let db = try await CLI.copyOfDemo(backend, in: dir)
        await #expect(
            try run(
                ["user", "add", "anna", "--role", "committee", "--node", "ADH", "--db", db],
                input: "ett långt lösenord\n"
            ).status == 0)
        let user = try #require(try await Store(path: db, create: false).user(named: "anna"))
        #expect(user.role == .committee && user.node == "ADH" && user.passwordHash.hasPrefix("$2"))
        #expect(!user.passwordHash.contains("ett långt"))
        let again = try await run(
            ["user", "add", "anna", "--role", "central", "--db", db], input: "ett långt lösenord\n")
        #expect(again.status == 65 && again.stderr.contains("user anna: already exists"))
        let short = try await run(["user", "add", "bo", "--role", "central", "--db", db], input: "kort\n")
        #expect(short.status == 65 && short.stderr.contains("at least 8 characters"))
        await #expect(
            try run(
                ["user", "add", "cecilia", "--role", "committee", "--db", db],
                input: "ett långt lösenord\n"
            ).status
                == 64)
        let unknown = try await run(
            ["user", "add", "cecilia", "--role", "committee", "--node", "XX", "--db", db],
            input: "ett långt lösenord\n"
        )
        #expect(unknown.status == 65 && unknown.stderr.contains("unknown organisation node \"XX\""))
        await #expect(
            try run(["user", "add", "cecilia", "--role", "chef", "--db", db], input: "ett långt lösenord\n").status
                == 64)
    }
}

/// `balans backup`: a copy with the same content, never over an existing file.
@Suite struct BackupTests {
    @Test(arguments: TestBackend.all) func backupHasTheSameContent(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let source = try await CLI.demoDatabase(backend)
        let copy = dir.appendingPathComponent("backup.sqlite").path
        let r = try await CLI.run(["backup", "--db", source, "--out", copy])
        if backend == .postgres {
            // PostgreSQL is backed up with its own tool (docs/operations.md).
            #expect(r.status == 65 && r.stderr.contains("back up PostgreSQL with pg_dump"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: copy))
            return
        }
        #expect(r.status == 0, "\(r.stderr)")
        let (copied, original) = (
            try await Store(path: copy, create: false), try await Store(path: source, create: false)
        )
        #expect(try await copied.contentFingerprint() == original.contentFingerprint())
        let again = try await CLI.run(["backup", "--db", source, "--out", copy])
        #expect(again.status == 65 && again.stderr.contains("already exists"))
    }
}
