import Testing

@testable import SIE

@Suite struct SIEAmountTests {
    @Test(arguments: [
        ("-1234.5", Int64(-123450)), ("0.00", 0), ("12", 1200), ("+3.07", 307), ("-0.5", -50),
        (".5", 50), ("1234567890.12", 123_456_789_012), ("-0", 0),
    ])
    func parsesValidAmounts(text: String, hundredths: Int64) {
        #expect(SIEAmount(parsing: text)?.hundredths == hundredths)
    }

    @Test(arguments: [
        "", "-", ".", "1,50", "1.005", "1.500", "abc", "1e3", "1.2.3", "--1", " 1", "99999999999999999999",
    ])
    func rejectsInvalidAmounts(text: String) {
        #expect(SIEAmount(parsing: text) == nil)
    }

    @Test func reportsWhyAnAmountIsInvalid() {
        #expect(SIEAmount.parse("1.005") == .failure(.tooManyDecimals))
        #expect(SIEAmount.parse("1,5") == .failure(.notANumber))
        #expect(SIEAmount.parse("92233720368547758.08") == .failure(.overflow))
        #expect(SIEAmount.parse("92233720368547758.07") == .success(SIEAmount(hundredths: .max)))
    }

    @Test func formatsWithTwoDecimals() {
        #expect(SIEAmount(hundredths: -123450).description == "-1234.50")
        #expect(SIEAmount(hundredths: 5).description == "0.05")
        #expect(SIEAmount(hundredths: -5).description == "-0.05")
        #expect(SIEAmount.zero.description == "0.00")
        #expect(SIEAmount(hundredths: 1) < SIEAmount(hundredths: 2))
    }
}

@Suite struct SIEDateTests {
    @Test func parsesAndValidates() {
        #expect(SIEDate(sie: "20240229") == SIEDate(year: 2024, month: 2, day: 29))
        #expect(SIEDate(sie: "20240229")?.description == "2024-02-29")
        #expect(SIEDate(sie: "20000229") != nil)
        #expect(SIEDate(sie: "20230229") == nil)
        #expect(SIEDate(sie: "19000229") == nil)
        #expect(SIEDate(sie: "20240231") == nil)
        #expect(SIEDate(sie: "20241301") == nil)
        #expect(SIEDate(sie: "20240100") == nil)
        #expect(SIEDate(sie: "2024-01-01") == nil)
        #expect(SIEDate(sie: "2024011") == nil)
        #expect(SIEDate(year: 2024, month: 4, day: 31) == nil)
        #expect(SIEDate(sie: "20241231")?.sieString == "20241231")
        #expect(SIEDate(sie: "20240101")! < SIEDate(sie: "20240102")!)
    }
}

@Suite struct SIEIssueTests {
    @Test func describesWithAndWithoutLine() {
        #expect(SIEIssue(line: 7, message: "unknown account 9999").description == "7: unknown account 9999")
        #expect(SIEIssue(line: nil, message: "file is empty").description == "file is empty")
    }
}
