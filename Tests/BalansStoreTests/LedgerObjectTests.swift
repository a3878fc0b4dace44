import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// Ledger rows keep every object they are booked on (issue 14, item 10): ansvar, verksamhet,
/// projekt, … as one object list per row, stored once per distinct list; the reports' ansvar
/// cells stay as they were.
@Suite struct LedgerObjectTests {
    static let sie = """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 4610 "Lakemedel"
        #KONTO 5010 "Lokaler"
        #DIM 1 "Ansvar"
        #DIM 6 "Projekt"
        #DIM 20 "Verksamhet"
        #OBJEKT 1 "100" "Kirurgi"
        #OBJEKT 6 "P1" "Nybygge"
        #OBJEKT 20 "V3" "Akutvard"
        #VER A 1 20240115 "Januari"
        {
        #TRANS 4610 {1 "100" 20 "V3"} 250.00
        #TRANS 4610 {20 "V3" 6 "P1" 1 "100"} 100.00
        #TRANS 1930 {} -350.00
        }
        #VER A 2 20240220 "Februari"
        {
        #TRANS 5010 {6 "P1"} 40.00
        #TRANS 1930 {} -40.00
        }

        """

    /// The same year with one more voucher, whose lists the first file had already.
    static let changed =
        sie + """
            #VER A 3 20240305 "Mars"
            {
            #TRANS 4610 {1 "100" 20 "V3"} 5.00
            #TRANS 1930 {} -5.00
            }

            """

    func read(_ text: String, _ file: String) throws -> LedgerImport {
        try SIELedger.read(Array(text.utf8), file: file).ledger
    }

    func refs(_ pairs: (Int, String)...) -> [LedgerImport.ObjectRef] {
        pairs.map { LedgerImport.ObjectRef(dimension: $0.0, code: $0.1) }
    }

    func objectSets(_ store: Store) async throws -> [String] {
        try await store.db.read { db in
            try String.fetchAll(
                db, sql: "SELECT objects FROM object_set WHERE organisation = ? ORDER BY id",
                arguments: [store.organisation])
        }
    }

    func members(_ store: Store) async throws -> [String] {
        try await store.db.read { db in
            try SQLRow.fetchAll(
                db,
                sql: """
                    SELECT s.id, m.dimension, m.code FROM object_set_member m
                    JOIN object_set s ON s.organisation = m.organisation AND s.id = m.object_set
                    WHERE m.organisation = ? ORDER BY s.id, m.dimension
                    """, arguments: [store.organisation]
            ).map { "\($0["id"] as Int) \($0["dimension"] as Int) \($0["code"] as String)" }
        }
    }

    @Test func theReaderNumbersEachDistinctObjectListOnce() throws {
        let ledger = try read(Self.changed, "a.se")
        let rows = ledger.vouchers.flatMap(\.rows)
        // Vouchers 1 and 3 use the same list: it is given once, with the voucher that used it first.
        #expect(rows.map(\.objectList) == [1, 2, 0, 3, 0, 1, 0])
        #expect(
            ledger.vouchers.map { $0.objectLists.map(\.text) } == [
                ["{1 \"100\" 20 \"V3\"}", "{1 \"100\" 6 \"P1\" 20 \"V3\"}"], ["{6 \"P1\"}"], [],
            ])
        #expect(rows.map(\.ansvar) == ["100", "100", "", "", "", "100", ""])
        #expect(ledger.dimensions == [1: "Ansvar", 6: "Projekt", 20: "Verksamhet"])
        #expect(ledger.objectNames[LedgerImport.ObjectRef(dimension: 20, code: "V3")] == "Akutvard")
    }

    /// A row that names a list its import never gave is refused, and nothing is written.
    @Test(arguments: TestBackend.all) func aRowWithAnUnknownListIsRefused(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        var ledger = try read(Self.sie, "2024.se")
        ledger.vouchers[1].rows[0].objectList = 4
        await #expect(throws: LedgerWriteFailure.self) { try await store.importLedger(ledger) }
        #expect(try await store.ledgerYears().isEmpty)
    }

    @Test(arguments: TestBackend.all) func voucherRowsHaveEveryObject(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        #expect(try await store.importLedger(read(Self.sie, "2024.se")).changed)
        let drugs = try await store.ledgerRows(year: 2024, account: 4610, ansvar: ["100"], throughMonth: 12)
        #expect(drugs.map(\.objects) == [refs((1, "100"), (20, "V3")), refs((1, "100"), (6, "P1"), (20, "V3"))])
        #expect(drugs.map(\.amount) == [Money(ore: 25000), Money(ore: 10000)])
        let voucher = try await store.voucher(id: #require(drugs.first).voucherID)
        #expect(voucher.map(\.objects) == [refs((1, "100"), (20, "V3")), refs((1, "100"), (6, "P1"), (20, "V3")), []])
        #expect(voucher.map(\.ansvar) == ["100", "100", ""])
        let project = try await store.ledgerRows(year: 2024, account: 5010, ansvar: [""], throughMonth: 12)
        #expect(project.map(\.objects) == [refs((6, "P1"))])
        // The reports' cells are per ansvar as before: the other dimensions do not split them.
        let cells = try await store.followUpData().ledgers[2024]?.cells ?? []
        #expect(
            Set(cells.map { "\($0.account)/\($0.ansvar)/\($0.month): \($0.amount.ore)" }) == [
                "4610/100/1: 35000", "1930//1: -35000", "5010//2: 4000", "1930//2: -4000",
            ])
        #expect(try await store.ledgerDimensions(year: 2024) == [1: "Ansvar", 6: "Projekt", 20: "Verksamhet"])
        await #expect(
            try store.ledgerObjectNames(year: 2024) == [
                LedgerImport.ObjectRef(dimension: 1, code: "100"): "Kirurgi",
                LedgerImport.ObjectRef(dimension: 6, code: "P1"): "Nybygge",
                LedgerImport.ObjectRef(dimension: 20, code: "V3"): "Akutvard",
            ])
    }

    /// Each distinct list once, its pairs beside it; the same file again changes nothing, and a
    /// changed export of the year reuses the lists the organisation has.
    @Test(arguments: TestBackend.all) func objectListsAreStoredOnceAndReused(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        _ = try await store.importLedger(read(Self.sie, "2024.se"))
        let lists = ["{1 \"100\" 20 \"V3\"}", "{1 \"100\" 6 \"P1\" 20 \"V3\"}", "{6 \"P1\"}"]
        #expect(try await objectSets(store) == lists)
        #expect(try await members(store) == ["1 1 100", "1 20 V3", "2 1 100", "2 6 P1", "2 20 V3", "3 6 P1"])
        let fingerprint = try await store.contentFingerprint()
        let again = try await store.importLedger(read(Self.sie, "2024.se"))
        #expect(!again.changed)
        #expect(try await store.contentFingerprint() == fingerprint)
        #expect(try await objectSets(store) == lists)
        let replaced = try await store.importLedger(read(Self.changed, "2024b.se"))
        #expect(replaced.message.contains("replaced"))
        #expect(try await objectSets(store) == lists)
        let march = try await store.ledgerRows(year: 2024, account: 4610, ansvar: ["100"], throughMonth: 12)
        #expect(march.map(\.objects).last == refs((1, "100"), (20, "V3")))
        #expect(march.count == 3)
        try await store.removeAllData()
        #expect(try await objectSets(store).isEmpty)
        #expect(try await members(store).isEmpty)
        #expect(try await store.ledgerDimensions(year: 2024).isEmpty)
    }

    /// A row stored before migration v20 kept only its ansvar: that is its one object.
    @Test(arguments: TestBackend.all) func aRowStoredBeforeObjectListsHasItsAnsvar(_ backend: TestBackend) async throws
    {
        let store = try await backend.store()
        _ = try await store.importLedger(read(Self.sie, "2024.se"))
        let fingerprint = try await store.inputFingerprint()
        _ = try await store.db.write { db in
            try db.execute(
                sql: "UPDATE ledger_row SET object_set = NULL WHERE organisation = ?", arguments: [store.organisation])
        }
        // Nor has the upgraded store's data changed for a report frozen before the upgrade.
        #expect(try await store.inputFingerprint() == fingerprint)
        let rows = try await store.ledgerRows(year: 2024, account: 4610, ansvar: ["100"], throughMonth: 12)
        #expect(rows.map(\.objects) == [refs((1, "100")), refs((1, "100"))])
        let voucher = try await store.voucher(id: #require(rows.first).voucherID)
        #expect(voucher.map(\.objects) == [refs((1, "100")), refs((1, "100")), []])
    }

    /// An import batch (SIE 4I) keeps its rows' objects and adds the names its year lacks.
    @Test(arguments: TestBackend.all) func aBatchKeepsItsObjects(_ backend: TestBackend) async throws {
        let store = try await backend.store()
        _ = try await store.importLedger(read(Self.sie, "2024.se"))
        let batch = """
            #FLAGGA 0
            #SIETYP 4
            #KONTO 1930 "Bank"
            #KONTO 7010 "Loner"
            #DIM 1 "Ansvar"
            #DIM 30 "Motpart"
            #OBJEKT 1 "100" "Kirurgi"
            #OBJEKT 30 "M9" "Region"
            #VER L 1 20241225 "Lon"
            {
            #TRANS 7010 {1 "100" 30 "M9"} 40.00
            #TRANS 1930 {} -40.00
            }

            """
        #expect(try await store.importLedger(read(batch, "lon.si")).changed)
        let rows = try await store.ledgerRows(year: 2024, account: 7010, ansvar: ["100"], throughMonth: 12)
        #expect(rows.map(\.objects) == [refs((1, "100"), (30, "M9"))])
        #expect(
            try await store.ledgerDimensions(year: 2024) == [
                1: "Ansvar", 6: "Projekt", 20: "Verksamhet", 30: "Motpart",
            ])
        #expect(try await objectSets(store).last == "{1 \"100\" 30 \"M9\"}")
    }
}
