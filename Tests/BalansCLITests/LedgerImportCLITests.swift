import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// The ledger import as a user runs it: large files, a killed process, a re-export.
@Suite struct LedgerImportCLITests {
    /// A balanced SIE 4 ledger of `vouchers` × 4 rows for `year`, written without Balans.
    static func ledger(year: Int, vouchers: Int, amountBase: Int = 100) -> String {
        var s =
            "#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#FNAMN \"Testregionen\"\n#RAR 0 \(year)0101 \(year)1231\n#DIM 1 "
            + "\"Ansvar\"\n"
        for a in [1930, 3010, 4010, 5010] { s += "#KONTO \(a) \"Konto \(a)\"\n" }
        for o in 0..<10 { s += "#OBJEKT 1 \"A\(o)\" \"Enhet \(o)\"\n" }
        s.reserveCapacity(vouchers * 120)
        for v in 1...vouchers {
            let month = v % 12 + 1
            let amount = amountBase + v % 997
            s += "#VER A \(v) \(year)\(month < 10 ? "0" : "")\(month)15 \"V \(v)\"\n{\n"
            s += "#TRANS 4010 {1 \"A\(v % 10)\"} \(amount).25\n#TRANS 5010 {1 \"A\((v + 3) % 10)\"} \(amount).50\n"
            s += "#TRANS 3010 {1 \"A\(v % 10)\"} -\(amount).75\n#TRANS 1930 {} -\(amount).00\n}\n"
        }
        return s
    }

    func fingerprint(_ db: String) async throws -> String {
        try await Store(path: db, create: false).contentFingerprint()
    }

    @Test(arguments: TestBackend.all) func killedInTheMiddleLeavesTheDatabaseAsBefore(_ backend: TestBackend)
        async throws
    {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        let small = dir.appendingPathComponent("small.se")
        let large = dir.appendingPathComponent("large.se")
        try Self.ledger(year: 2024, vouchers: 50).write(to: small, atomically: true, encoding: .utf8)
        try Self.ledger(year: 2024, vouchers: 150_000, amountBase: 7).write(
            to: large, atomically: true, encoding: .utf8)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        #expect(try await CLI.run(["import", "sie", small.path, "--db", db]).status == 0)
        let before = try await fingerprint(db)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["import", "sie", large.path, "--db", db]
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it while it writes: once SQLite's write-ahead log holds megabytes of the
        // uncommitted transaction (PostgreSQL: once the import holds its organisation's write
        // lock), rows are going in.
        @Sendable func writing() -> Bool {
            switch backend {
            case .sqlite:
                let size = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? nil
                return size ?? 0 > 4 << 20
            case .postgres:
                let locks = try? PostgresBackend.administer(
                    url: db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")
                return (locks?.first?.values.first).flatMap(Int.init(sqlValue:)) ?? 0 > 0
            }
        }
        // Watched and killed on a thread of its own: a sleep on Swift's cooperative threads may
        // oversleep the whole import on a loaded machine.
        let process = p
        let killedWhileRunning = try await offCooperativePool {
            let deadline = Date().addingTimeInterval(60)
            while !writing() && process.isRunning && Date() < deadline { usleep(5_000) }
            usleep(100_000)
            let running = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return running
        }
        #expect(killedWhileRunning, "the import finished before it could be killed: make the file larger")
        #expect(p.terminationReason == .uncaughtSignal)

        // The next open ignores the log's uncommitted pages (PostgreSQL aborts the dead client's
        // transaction): the database is exactly as before.
        #expect(try await fingerprint(db) == before)
        let sizes = try await Store(path: db, create: false).ledgerSizes()
        #expect(sizes[2024]?.rows == 200)
        // And the same import, run to the end, works.
        let done = try await CLI.run(["import", "sie", large.path, "--db", db])
        #expect(done.status == 0)
        #expect(done.stderr.contains("replaced (a changed export of the same year): 150000 vouchers, 600000 rows"))
    }

    @Test(arguments: TestBackend.all) func sameFileTwiceIsRecognisedByItsContent(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        let file = dir.appendingPathComponent("a.se")
        let copy = dir.appendingPathComponent("copy-with-other-name.se")
        try Self.ledger(year: 2023, vouchers: 2_000).write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: file, to: copy)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let first = try await CLI.run(["import", "sie", file.path, "--db", db])
        #expect(first.stderr.contains("ledger 2023 imported: 2000 vouchers, 8000 rows, 4 accounts"))
        let after = try await fingerprint(db)
        let second = try await CLI.run(["import", "sie", copy.path, "--db", db])
        #expect(second.status == 0)
        #expect(second.stderr.contains("ledger 2023 unchanged (same file already imported)"))
        #expect(try await fingerprint(db) == after)
        // The stored aggregates equal an independent sum over the generated rows.
        let data = try await Store(path: db, create: false).followUpData()
        var expected4010: Int64 = 0
        for v in 1...2_000 { expected4010 += Int64(100 + v % 997) * 100 + 25 }
        let stored4010 = data.ledgers[2023]?.cells.filter { $0.account == 4010 }.map(\.amount.ore).reduce(0, +)
        #expect(stored4010 == expected4010)
    }
}

@Suite struct GenerateCLITests {
    @Test(arguments: TestBackend.all) func generatedLedgerImportsAndTheCSVHasTheSameRows(_ backend: TestBackend)
        async throws
    {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sie = dir.appendingPathComponent("g.se").path
        let csv = dir.appendingPathComponent("g.csv").path
        let db = dir.appendingPathComponent("g.sqlite").path
        let org = dir.appendingPathComponent("org.csv").path
        let generated = try await CLI.run([
            "generate", "--rows", "3000", "--out", sie, "--csv", csv, "--org", org, "--seed", "42",
        ])
        #expect(generated.status == 0)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        #expect(try await CLI.run(["import", "org", org, "--db", db]).status == 0)
        let imported = try await CLI.run(["import", "sie", sie, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("3000 rows"))
        // The stored aggregates equal the CSV's rows summed per account, independently.
        var perAccount: [Int: Int64] = [:]
        for line in try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            perAccount[Int(f[2])!, default: 0] += Int64(f[5].replacingOccurrences(of: ".", with: ""))!
        }
        let data = try await Store(path: db, create: false).followUpData()
        var stored: [Int: Int64] = [:]
        for c in data.ledgers[2024]?.cells ?? [] { stored[c.account, default: 0] += c.amount.ore }
        #expect(stored == perAccount)
        // With the org tree every row lands on a committee: nothing is "Ej fördelat" but the
        // balance-account counter rows, which have no ansvar.
        let statement = OperatingStatement.compute(data, period: Period(year: 2024, month: 12)!)
        #expect(statement.rows.filter { $0.kind == .committee }.count == 12)
        #expect(try await CLI.run(["generate", "--rows", "1", "--out", sie]).status == 64)
        let unwritable = try await CLI.run([
            "generate", "--rows", "10", "--out", dir.appendingPathComponent("no/such/dir/g.se").path,
        ])
        #expect(unwritable.status == 65 && unwritable.stderr.contains("g.se: cannot write the file"))
    }
}
