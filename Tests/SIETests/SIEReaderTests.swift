import Foundation
import Testing

@testable import SIE

@Suite struct SIEReaderValidFileTests {
    static let file = """
        #FLAGGA 0
        #PROGRAM "Balans Test" 1.0
        #FORMAT PC8
        #GEN 20250115
        #SIETYP 4
        #FNAMN "Region Testland"
        #ORGNR 232100-0000
        #KPTYP BAS2014
        #VALUTA SEK
        #RAR 0 20240101 20241231
        #RAR -1 20230101 20231231
        #DIM 1 "Ansvar"
        #DIM 6 "Projekt"
        #OBJEKT 1 "100" "Sjukhuset"
        #OBJEKT 1 "200" "Primarvarden"
        #OBJEKT 6 P1 "Projekt ett"
        #KONTO 1910 "Kassa"
        #KONTO 2440 "Leverantorsskulder"
        #KONTO 3010 "Forsaljning"
        #KONTO 4010 "Inkop"
        #KTYP 1910 T
        #KTYP 3010 I
        #IB 0 1910 1000.00
        #IB -1 1910 500
        #UB 0 1910 1250.5
        #OIB 0 1910 {1 "100"} 300.00
        #RES 0 3010 -2500.75
        #PSALDO 0 202401 3010 {1 "100" 6 "P1"} -1200.25 3
        #PSALDO 0 202402 3010 {} -1300.50
        #PBUDGET 0 202401 4010 {1 "200"} 999.99
        #VER A 1 20240115 "Forsaljning kontant" 20240116 "Anna"
        {
        #TRANS 1910 {} 2500.75
        #TRANS 3010 {1 "100"} -2500.75 20240115 "Kontant"
        }
        #VER "B" "7" 20240301 "Inkop"
        {
        \t#TRANS 4010 {1 "200" 6 "P1"} 149.50
        \t#BTRANS 2440 {} -100.00 20240302 "Fel belopp"
        \t#RTRANS 2440 {} -149.50 20240302 "Ratt belopp"
        \t#TRANS 2440 {} -149.50
        }

        """

    @Test func readsHeader() throws {
        let doc = try readSIE(Self.file)
        #expect(doc.warnings == [])
        #expect(doc.encoding == .cp437)
        #expect(doc.sieType == "4")
        #expect(doc.program == "Balans Test 1.0")
        #expect(doc.format == "PC8")
        #expect(doc.generated == SIEDate(year: 2025, month: 1, day: 15))
        #expect(doc.companyName == "Region Testland")
        #expect(doc.organisationNumber == "232100-0000")
        #expect(doc.chartType == "BAS2014")
        #expect(doc.currency == "SEK")
        #expect(doc.fiscalYears.count == 2)
        #expect(
            doc.fiscalYear(index: -1)
                == SIEFiscalYear(index: -1, start: SIEDate(sie: "20230101")!, end: SIEDate(sie: "20231231")!))
        #expect(doc.fiscalYear(index: 0)?.end == SIEDate(year: 2024, month: 12, day: 31))
        #expect(doc.fiscalYear(index: -2) == nil)
    }

    @Test func readsChartAndObjects() throws {
        let doc = try readSIE(Self.file)
        #expect(doc.dimensions == [1: "Ansvar", 6: "Projekt"])
        #expect(doc.objects.map(\.code) == ["100", "200", "P1"])
        #expect(doc.objects[2] == SIEObject(dimension: 6, code: "P1", name: "Projekt ett", line: 16))
        #expect(doc.accounts.map(\.number) == ["1910", "2440", "3010", "4010"])
        #expect(doc.accounts[0] == SIEAccount(number: "1910", name: "Kassa", type: "T", line: 17))
        #expect(doc.accounts[1].type == nil)
        #expect(doc.accounts[2].type == "I")
    }

    @Test func readsBalances() throws {
        let doc = try readSIE(Self.file)
        #expect(
            doc.openingBalances == [
                SIEBalance(yearIndex: 0, account: "1910", amount: SIEAmount(hundredths: 100000), line: 23),
                SIEBalance(yearIndex: -1, account: "1910", amount: SIEAmount(hundredths: 50000), line: 24),
                SIEBalance(
                    yearIndex: 0, account: "1910", objects: [SIEObjectRef(dimension: 1, code: "100")],
                    amount: SIEAmount(hundredths: 30000), line: 26),
            ])
        #expect(
            doc.closingBalances == [
                SIEBalance(yearIndex: 0, account: "1910", amount: SIEAmount(hundredths: 125050), line: 25)
            ])
        #expect(doc.results.count == 1)
        #expect(doc.results[0].amount.hundredths == -250075)
        #expect(doc.results[0].line == 27)

        #expect(doc.periodBalances.count == 2)
        let first = doc.periodBalances[0]
        #expect(first.yearIndex == 0 && first.year == 2024 && first.month == 1 && first.account == "3010")
        #expect(first.objects == [SIEObjectRef(dimension: 1, code: "100"), SIEObjectRef(dimension: 6, code: "P1")])
        #expect(first.amount == SIEAmount(hundredths: -120025))
        #expect(first.quantity == "3")
        #expect(doc.periodBalances[1].month == 2 && doc.periodBalances[1].objects.isEmpty)
        #expect(
            doc.periodBudgets == [
                SIEPeriodBalance(
                    yearIndex: 0, year: 2024, month: 1, account: "4010",
                    objects: [SIEObjectRef(dimension: 1, code: "200")],
                    amount: SIEAmount(hundredths: 99999), line: 30)
            ])
    }

    @Test func readsVouchers() throws {
        let doc = try readSIE(Self.file)
        #expect(doc.vouchers.count == 2)
        let a1 = doc.vouchers[0]
        #expect(a1.series == "A" && a1.number == "1" && a1.line == 31)
        #expect(a1.date == SIEDate(year: 2024, month: 1, day: 15))
        #expect(a1.text == "Forsaljning kontant")
        #expect(a1.registrationDate == SIEDate(year: 2024, month: 1, day: 16))
        #expect(a1.sign == "Anna")
        #expect(
            a1.transactions == [
                SIETransaction(account: "1910", amount: SIEAmount(hundredths: 250075), line: 33),
                SIETransaction(
                    account: "3010", objects: [SIEObjectRef(dimension: 1, code: "100")],
                    amount: SIEAmount(hundredths: -250075), date: SIEDate(year: 2024, month: 1, day: 15),
                    text: "Kontant", line: 34),
            ])

        let b7 = doc.vouchers[1]
        #expect(b7.series == "B" && b7.number == "7" && b7.text == "Inkop")
        #expect(b7.registrationDate == nil && b7.sign == nil)
        #expect(b7.transactions.map(\.amount.hundredths) == [14950, -14950])
        #expect(b7.transactions.map(\.line) == [38, 41])
        #expect(b7.removedTransactions.map(\.amount.hundredths) == [-10000])
        #expect(b7.removedTransactions[0].text == "Fel belopp")
        #expect(b7.addedTransactions.map(\.line) == [40])
    }

    @Test func readsFromPathAndReportsIOErrors() throws {
        let path = NSTemporaryDirectory() + "sie-reader-test-\(UUID().uuidString).se"
        try Data(Self.file.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let doc = try SIEReader.read(contentsOf: path)
        #expect(doc.vouchers.count == 2)

        do {
            _ = try SIEReader.read(contentsOf: path + ".missing")
            Issue.record("expected failure")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues[0].line == nil)
            #expect(error.issues[0].message.contains("cannot read"))
        }
    }
}

@Suite struct SIEReaderSyntaxTests {
    @Test func quotingAndEscapes() throws {
        let doc = try readSIE(
            header + """
                #FNAMN "Konto \\"A\\" och \\\\ snedstreck"
                #KONTO 4010 "Konto med  mellanslag"
                #OBJEKT 1 "A 1" "Objekt \\"ett\\""
                #VER "" "" 20240105 ""
                {
                #TRANS 1910 {1 "A 1"} "10.00" "" "Text med \\"citat\\""
                #TRANS 4010 {} -10
                }

                """)
        #expect(doc.companyName == #"Konto "A" och \ snedstreck"#)
        #expect(doc.accounts.last?.name == "Konto med  mellanslag")
        #expect(doc.objects == [SIEObject(dimension: 1, code: "A 1", name: #"Objekt "ett""#, line: 8)])
        let voucher = try #require(doc.vouchers.first)
        #expect(voucher.series == "" && voucher.number == "" && voucher.text == "")
        #expect(voucher.transactions[0].objects == [SIEObjectRef(dimension: 1, code: "A 1")])
        #expect(voucher.transactions[0].amount.hundredths == 1000)
        #expect(voucher.transactions[0].date == nil)
        #expect(voucher.transactions[0].text == #"Text med "citat""#)
    }

    @Test func crlfAndBlankLines() throws {
        let doc = try readSIE(
            "#FLAGGA 0\r\n\r\n#SIETYP 4\r\n   \r\n#KONTO 1910 \"Kassa\"\r\n#VER A 1 20240101\r\n{\r\n#TRANS 1910 {} "
                + "0.00\r\n}\r\n"
        )
        #expect(doc.accounts == [SIEAccount(number: "1910", name: "Kassa", line: 5)])
        #expect(doc.vouchers.first?.line == 6)
        #expect(doc.vouchers.first?.transactions.first?.line == 8)
    }

    @Test func unknownAndGarbledLabelsAreWarnings() throws {
        let doc = try readSIE(header + "#FOO bar \"baz\n#KONTO-X 1\nnot a record\n")
        #expect(doc.warnings.contains { $0.line == 6 && $0.message.contains("unknown label #FOO") })
        #expect(doc.warnings.contains { $0.line == 7 && $0.message.contains("garbled label") })
        #expect(doc.warnings.contains { $0.line == 8 && $0.message.contains("does not start with a #label") })
        #expect(doc.accounts.count == 2)
    }
}

@Suite struct SIEEncodingTests {
    /// "Läkemedel Åbo Övrigt é" in CP437.
    static let cp437Name: [UInt8] = [
        0x4C, 0x84, 0x6B, 0x65, 0x6D, 0x65, 0x64, 0x65, 0x6C, 0x20,
        0x8F, 0x62, 0x6F, 0x20, 0x99, 0x76, 0x72, 0x69, 0x67, 0x74, 0x20, 0x82,
    ]

    func file(name: [UInt8]) -> [UInt8] {
        Array("#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#KONTO 4010 \"".utf8) + name + Array("\"\r\n".utf8)
    }

    @Test func decodesCP437() throws {
        let doc = try SIEReader.read(file(name: Self.cp437Name))
        #expect(doc.encoding == .cp437)
        #expect(doc.warnings == [])
        #expect(doc.accounts.first?.name == "Läkemedel Åbo Övrigt é")
    }

    @Test func cp437TableCoversAllHighBytes() {
        #expect(SIEText.cp437High.count == 128)
        #expect(SIEText.decode([0x86, 0x8E, 0x94, 0xE1, 0xFF, 0xB0], as: .cp437) == "åÄöß\u{A0}░")
    }

    @Test func decodesUTF8WithWarning() throws {
        let doc = try SIEReader.read(file(name: Array("Läkemedel Åbo".utf8)))
        #expect(doc.encoding == .utf8)
        #expect(doc.accounts.first?.name == "Läkemedel Åbo")
        #expect(
            doc.warnings.contains { $0.line == nil && $0.message == "file is UTF-8, not CP437 as SIE 4 prescribes" })
    }

    @Test func decodesUTF8WithBOM() throws {
        let doc = try SIEReader.read([0xEF, 0xBB, 0xBF] + file(name: Array("Ö".utf8)))
        #expect(doc.encoding == .utf8)
        #expect(doc.accounts.first?.name == "Ö")
    }

    @Test func detectsLatin1() throws {
        let doc = try SIEReader.read(file(name: [0x4C, 0xE4, 0x6B, 0x65, 0x6D, 0x65, 0x64, 0x65, 0x6C]))
        #expect(doc.encoding == .latin1)
        #expect(doc.accounts.first?.name == "Läkemedel")
        #expect(doc.warnings.contains { $0.message.contains("Latin-1") })
        // The caller can override detection.
        let forced = try SIEReader.read(file(name: [0x4C, 0xE4]), encoding: .cp437)
        #expect(forced.accounts.first?.name == "LΣ")
    }
}
