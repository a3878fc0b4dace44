import BalansCore
import Foundation
import Testing

/// A period in stored JSON (a frozen report) is its `YYYY-MM` text, as when it was a string.
@Suite struct PeriodCodingTests {
    @Test func aPeriodIsItsText() throws {
        let april = try #require(Period(year: 2024, month: 4))
        #expect(String(decoding: try JSONEncoder().encode([april]), as: UTF8.self) == #"["2024-04"]"#)
        #expect(
            try JSONDecoder().decode([Period].self, from: Data(#"["2017-03"]"#.utf8)) == [Period(year: 2017, month: 3)])
    }

    @Test func aTextThatIsNoPeriodIsRefused() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Period].self, from: Data(#"["2024-13"]"#.utf8))
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Period].self, from: Data("[202404]".utf8)) }
    }
}
