import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Real exports that a strict reading refused (issue 13): `balans import sie` reads them, and
/// says what it made of them as `FILE:LINE: warning: …` on stderr.
@Suite struct SIERealExportCLITests {
    /// Accounts and objects without declaration (the former malformed fixtures 06, 07 and
    /// 43) and an empty `#ORGNR`: imported, one warning per code, at its first use.
    @Test(arguments: TestBackend.all) func undeclaredCodesAndEmptyHeaderFieldsAreWarnings(_ backend: TestBackend)
        async throws
    {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = """
            #FLAGGA 0
            #SIETYP 4
            #ORGNR
            #RAR 0 20240101 20241231
            #KONTO 1930 "Bank"
            #KONTO 5010 "Loner"
            #DIM 1 "Ansvar"
            #OBJEKT 1 "100" "Styrelsen"
            #IB 0 1999 1000.00
            #VER A 1 20240115
            {
            #TRANS 5090 {1 "999"} 300.00
            #TRANS 5090 {1 "100"} 100.00
            #TRANS 1930 {} -400.00
            }

            """
        let file = dir.appendingPathComponent("real.se").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let r = try await CLI.run(["import", "sie", file, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        #expect(
            warnings == [
                "\(file):3: warning: #ORGNR without organisation number; record ignored",
                "\(file):9: warning: account 1999 is not declared by #KONTO (used once); read without a name",
                "\(file):12: warning: account 5090 is not declared by #KONTO (used 2 times); read without a name",
                "\(file):12: warning: object \"999\" in dimension 1 is not declared by #OBJEKT (used once)",
            ], "\(r.stderr)")
        let data = try await Store(path: db, create: false).followUpData()
        #expect(data.ledgers[2024]?.cells.filter { $0.account == 5090 }.map(\.amount.ore).sorted() == [10_000, 30_000])
    }

    /// Item 23 through the streaming import: a SIE 4I batch (no `#RAR`) adds to the year, a
    /// second time changes nothing, and the year keeps its opening balances.
    @Test(arguments: TestBackend.all) func importBatchAddsToTheYear(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full =
            "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n#IB 0 1930 1000.00\n#VER A 1 20240115\n{\n#TRANS 3010 {} "
            + "-800.00\n#TRANS 1930 {} 800.00\n}\n"
        let batch =
            "#FLAGGA 0\n#SIETYP 4\n#VER K 1 20240301 \"Kassa\"\n{\n#TRANS 3010 {} -16.00\n#TRANS 1930 {} 16.00\n}\n"
        let fullPath = dir.appendingPathComponent("2024.se").path
        let batchPath = dir.appendingPathComponent("kassa.si").path
        try Data(full.utf8).write(to: URL(fileURLWithPath: fullPath))
        try Data(batch.utf8).write(to: URL(fileURLWithPath: batchPath))
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        #expect(try await CLI.run(["import", "sie", fullPath, "--db", db]).status == 0)
        let added = try await CLI.run(["import", "sie", batchPath, "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(
            added.stderr.contains("kassa.si: import batch added to ledger 2024: 1 vouchers, 2 rows"), "\(added.stderr)")
        #expect(added.stderr.contains("\(batchPath): warning: no #RAR: read as an import batch"), "\(added.stderr)")
        let fingerprint = try await Store(path: db, create: false).contentFingerprint()
        let again = try await CLI.run(["import", "sie", batchPath, "--db", db])
        #expect(again.status == 0 && again.stderr.contains("unchanged"), "\(again.stderr)")
        #expect(try await Store(path: db, create: false).contentFingerprint() == fingerprint)
        let ledger = try await Store(path: db, create: false).followUpData().ledgers[2024]
        #expect(ledger?.openingBalances[1930]?.ore == 100_000)
        #expect(ledger?.cells.filter { $0.account == 3010 }.map(\.amount.ore).sorted() == [-80_000, -1_600])
    }
}
