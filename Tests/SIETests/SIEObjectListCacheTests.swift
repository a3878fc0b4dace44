import Testing

@testable import SIE

/// The reader decodes each object list as written once and shares it between the rows that write it the same way
/// (issue 19). What a row reads must not depend on that: the same list written two ways, a `}` inside a quoted code,
/// an escape, and an undeclared object used again after a declared list — each as if read alone.
@Suite struct SIEObjectListCacheTests {
    static let text = """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20240101 20241231
        #KONTO 1930 "Bank"
        #KONTO 4010 "Varor"
        #DIM 1 "Ansvar"
        #DIM 6 "Projekt"
        #OBJEKT 1 "100" "Kirurgi"
        #OBJEKT 1 "a}b" "Klammer"
        #OBJEKT 6 "P\\"1" "Citat"
        #VER A 1 20240115 "Ett"
        {
        #TRANS 4010 {1 "100"} 10.00
        #TRANS 4010 {1 100} 20.00
        #TRANS 4010 {1 "100"} 30.00
        #TRANS 4010 {1 "a}b"} 40.00
        #TRANS 4010 {1 "a}b"} 50.00
        #TRANS 4010 {6 "P\\"1" 1 "100"} 60.00
        #TRANS 4010 {6 "P\\"1" 1 "100"} 70.00
        #TRANS 4010 {1 "100" 6 "X9"} 80.00
        #TRANS 4010 {1 "100" 6 "X9"} 90.00
        #TRANS 1930 {} -450.00
        }

        """

    @Test func rowsReadTheirListsAsWritten() throws {
        let document = try SIEReader.read(Array(Self.text.utf8))
        let rows = try #require(document.vouchers.first).transactions
        func refs(_ pairs: (Int, String)...) -> [SIEObjectRef] {
            pairs.map { SIEObjectRef(dimension: $0.0, code: $0.1) }
        }
        #expect(
            rows.map(\.objects) == [
                refs((1, "100")), refs((1, "100")), refs((1, "100")), refs((1, "a}b")), refs((1, "a}b")),
                refs((6, "P\"1"), (1, "100")), refs((6, "P\"1"), (1, "100")), refs((1, "100"), (6, "X9")),
                refs((1, "100"), (6, "X9")), [],
            ])
        #expect(rows.map(\.amount.hundredths) == [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, -45000])
        // The undeclared project is reported with both uses, though its list was met before.
        let undeclared = document.warnings.filter { $0.message.contains("\"X9\"") }
        #expect(undeclared.count == 1)
        #expect(undeclared.first?.line == 20)
        #expect(undeclared.first?.message.contains("used 2 times") == true)
    }
}
