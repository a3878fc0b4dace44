import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Real exports that a strict reading refused (issue 13): `balans import sie` reads them, and
/// says what it made of them as `FILE:LINE: warning: …` on stderr.
@Suite struct SIERealExportCLITests {
    /// Accounts and objects without declaration (the former malformed fixtures 06, 07 and
    /// 43) and an empty `#ORGNR`: imported, one warning per code, at its first use.
    @Test(arguments: TestBackend.all) func undeclaredCodesAndEmptyHeaderFieldsAreWarnings(_ backend: TestBackend) throws {
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
        let db = try backend.newDatabase(in: dir)
        #expect(try CLI.run(["init", "--db", db]).status == 0)
        let r = try CLI.run(["import", "sie", file, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        #expect(
            warnings == [
                "\(file):3: warning: #ORGNR without organisation number; record ignored",
                "\(file):9: warning: account 1999 is not declared by #KONTO (used once); read without a name",
                "\(file):12: warning: account 5090 is not declared by #KONTO (used 2 times); read without a name",
                "\(file):12: warning: object \"999\" in dimension 1 is not declared by #OBJEKT (used once)",
            ], "\(r.stderr)")
        let data = try Store(path: db, create: false).followUpData()
        #expect(data.ledgers[2024]?.cells.filter { $0.account == 5090 }.map(\.amount.ore).sorted() == [10_000, 30_000])
    }
}
