import BalansCore
import Testing

/// A ledger row's object list as a set with one canonical text (issue 14, item 10).
@Suite struct ObjectListTests {
    typealias Ref = LedgerImport.ObjectRef

    @Test func theTextIsOrderedByDimensionWithoutRepeatsAndEscaped() throws {
        let list = try #require(
            LedgerImport.ObjectList([
                Ref(dimension: 20, code: "V\"3"), Ref(dimension: 1, code: "a\\b"), Ref(dimension: 20, code: "V\"3"),
                Ref(dimension: 6, code: "P 1"),
            ]))
        #expect(list.text == #"{1 "a\\b" 6 "P 1" 20 "V\"3"}"#)
        #expect(list.objects.map(\.dimension) == [1, 6, 20])
        #expect(list.code(in: 20) == "V\"3")
        #expect(list.code(in: 2) == nil)
        #expect(LedgerImport.ObjectList(canonical: list.text)?.objects == list.objects)
        #expect(LedgerImport.ObjectList(canonical: list.text) == list)
    }

    @Test func anEmptyListIsNoneAndABrokenTextIsNoList() {
        #expect(LedgerImport.ObjectList([]) == nil)
        #expect(LedgerImport.ObjectList(canonical: "{}") == nil)
        #expect(LedgerImport.ObjectList(canonical: #"{1 "100"#) == nil)
        #expect(LedgerImport.ObjectList(canonical: #"1 "100""#) == nil)
        #expect(LedgerImport.ObjectList(canonical: #"{x "100"}"#) == nil)
        #expect(LedgerImport.ObjectList(canonical: #"{1 "100" 2 "ä"}"#)?.code(in: 2) == "ä")
    }
}
