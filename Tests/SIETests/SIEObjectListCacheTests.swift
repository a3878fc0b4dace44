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

    /// Lists alike in their first 32 bytes (what an entry keeps beside its list) and different after them, lists of
    /// every length around 24, and more lists than the first table holds (it grows): each row reads its own.
    @Test func longAndManyListsReadAsWritten() throws {
        var lines = ["#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#VER A 1 20240115 \"Ett\"", "{"]
        var expected: [[SIEObjectRef]] = []
        // Codes of 1 to 40 characters: the list's bytes cross 32 at different places.
        let long = String(repeating: "K", count: 40)
        for length in 1...40 {
            for last in ["1", "2"] {
                let code = String(long.prefix(length)) + last
                lines.append("#TRANS 4010 {1 \"\(code)\" 6 \"P\"} 1.00")
                expected.append([SIEObjectRef(dimension: 1, code: code), SIEObjectRef(dimension: 6, code: "P")])
            }
        }
        for n in 0..<5000 {
            lines.append("#TRANS 4010 {1 \"A\(n)\"} 1.00")
            expected.append([SIEObjectRef(dimension: 1, code: "A\(n)")])
        }
        // Every list again, in reverse: found in the cache this time.
        for objects in expected.reversed() {
            let list = objects.map { "\($0.dimension) \"\($0.code)\"" }.joined(separator: " ")
            lines.append("#TRANS 4010 {\(list)} -1.00")
        }
        lines.append("}")
        let document = try SIEReader.read(Array((lines.joined(separator: "\n") + "\n").utf8))
        let rows = try #require(document.vouchers.first).transactions
        #expect(rows.map(\.objects) == expected + expected.reversed())
        // The second reading of a list shares the first's array and number.
        let half = expected.count
        for i in [0, 1, 47, 79, half - 1] {
            #expect(rows[i].listNumber >= 0 && rows[i].listNumber == rows[2 * half - 1 - i].listNumber)
        }
        #expect(Set(rows.prefix(half).map(\.listNumber)).count == half)
    }
}
