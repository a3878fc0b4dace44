import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// The fingerprint a frozen report keeps (issue 19, goal 4): the ledger's rows are stood for by the files' hashes,
/// so it moves with every input that changes and costs nothing per ledger row; a fingerprint frozen before it is
/// still compared as it was made.
@Suite struct InputFingerprintTests {
    static func sie(amount: String) -> String {
        """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 4610 "Lakemedel"
        #DIM 1 "Ansvar"
        #OBJEKT 1 "100" "Kirurgi"
        #VER A 1 20240115 "Januari"
        {
        #TRANS 4610 {1 "100"} \(amount)
        #TRANS 1930 {} -\(amount)
        }

        """
    }

    func ledger(_ amount: String) throws -> LedgerImport {
        try SIELedger.read(Array(Self.sie(amount: amount).utf8), file: "2024.se").ledger
    }

    @Test(arguments: TestBackend.all) func movesWithTheLedgerFileAndTheSmallTables(_ backend: TestBackend) async throws
    {
        let store = try await backend.store()
        let empty = try await store.inputFingerprint()
        _ = try await store.importLedger(ledger("250.00"))
        let first = try await store.inputFingerprint()
        #expect(first != empty)
        #expect(first.hasPrefix("v2:"))

        // The same file again changes nothing, and neither does the fingerprint.
        _ = try await store.importLedger(ledger("250.00"))
        #expect(try await store.inputFingerprint() == first)

        // Another export of the year (one amount differs) replaces the rows: another file hash, another fingerprint.
        _ = try await store.importLedger(ledger("251.00"))
        let second = try await store.inputFingerprint()
        #expect(second != first)

        // A small table (an organisation setting read by the reports) moves it too.
        let before = try await store.legacyInputFingerprint()
        _ = try await store.db.write { db in
            try db.execute(
                sql: "UPDATE account SET name = 'Läkemedel' WHERE organisation = ? AND number = 4610",
                arguments: [store.organisation])
        }
        #expect(try await store.inputFingerprint() != second)
        #expect(try await store.legacyInputFingerprint() != before)
    }

    /// A report frozen before issue 19 kept the fingerprint of every row: it is still compared with that one.
    @Test(arguments: TestBackend.all) func aFingerprintOfTheOldKindIsComparedAsItWasMade(_ backend: TestBackend)
        async throws
    {
        let store = try await backend.store()
        _ = try await store.importLedger(ledger("250.00"))
        let old = try await store.legacyInputFingerprint()
        let new = try await store.inputFingerprint()
        #expect(old != new)
        #expect(try await store.inputsUnchanged(since: old))
        #expect(try await store.inputsUnchanged(since: new))
        _ = try await store.importLedger(ledger("251.00"))
        #expect(try await store.inputsUnchanged(since: old) == false)
        #expect(try await store.inputsUnchanged(since: new) == false)
    }
}
