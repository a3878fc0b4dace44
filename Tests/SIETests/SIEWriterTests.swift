import Foundation
import Testing

@testable import SIE

/// The writer writes what the reader reads (read → write → read gives the same document), and
/// `#KSUMMA` is the checksum of SIE 4B chapter 10, checked against files other programs wrote.
@Suite struct SIEWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> SIEDate {
        SIEDate(year: year, month: month, day: day)!
    }

    /// The document without line numbers, warnings, encoding and checksum, which a rewrite may change.
    func comparable(_ d: SIEDocument) -> SIEDocument {
        var d = d
        d.accounts = d.accounts.map {
            var a = $0
            a.line = 0
            return a
        }
        d.objects = d.objects.map {
            var o = $0
            o.line = 0
            return o
        }
        func zero(_ b: [SIEBalance]) -> [SIEBalance] {
            b.map {
                var x = $0
                x.line = 0
                return x
            }
        }
        d.openingBalances = zero(d.openingBalances)
        d.closingBalances = zero(d.closingBalances)
        d.results = zero(d.results)
        d.periodBalances = d.periodBalances.map {
            var x = $0
            x.line = 0
            return x
        }
        d.periodBudgets = d.periodBudgets.map {
            var x = $0
            x.line = 0
            return x
        }
        func rows(_ r: [SIETransaction]) -> [SIETransaction] {
            r.map {
                var x = $0
                x.line = 0
                return x
            }
        }
        d.vouchers = d.vouchers.map {
            var v = $0
            v.line = 0
            v.transactions = rows(v.transactions)
            v.addedTransactions = rows(v.addedTransactions)
            v.removedTransactions = rows(v.removedTransactions)
            return v
        }
        d.warnings = []
        d.encoding = .cp437
        d.format = nil
        d.checksum = nil
        return d
    }

    /// Every part of the model compared, line numbers aside.
    func expectSame(_ a: SIEDocument, _ b: SIEDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        let x = comparable(a)
        let y = comparable(b)
        #expect(
            x.sieType == y.sieType && x.program == y.program && x.generated == y.generated,
            sourceLocation: sourceLocation)
        #expect(
            x.companyName == y.companyName && x.organisationNumber == y.organisationNumber,
            sourceLocation: sourceLocation)
        #expect(x.chartType == y.chartType && x.currency == y.currency, sourceLocation: sourceLocation)
        #expect(x.fiscalYears == y.fiscalYears, sourceLocation: sourceLocation)
        #expect(x.dimensions == y.dimensions, sourceLocation: sourceLocation)
        #expect(x.accounts == y.accounts, sourceLocation: sourceLocation)
        #expect(x.objects == y.objects, sourceLocation: sourceLocation)
        #expect(x.openingBalances == y.openingBalances, sourceLocation: sourceLocation)
        #expect(x.closingBalances == y.closingBalances, sourceLocation: sourceLocation)
        #expect(x.results == y.results, sourceLocation: sourceLocation)
        #expect(x.periodBalances == y.periodBalances, sourceLocation: sourceLocation)
        #expect(x.periodBudgets == y.periodBudgets, sourceLocation: sourceLocation)
        #expect(x.vouchers == y.vouchers, sourceLocation: sourceLocation)
    }

    // MARK: - Round trips

    @Test(arguments: [
        "Tests/Fixtures/other-kommun-2024.se", "Examples/region-halland/ledger-2024.se",
        "Examples/region-halland/ledger-2017.se",
        "Tests/Fixtures/sie-ksumma/norstedts-revision-sie1.se", "Tests/Fixtures/sie-ksumma/norstedts-bokslut-sie4i.si",
    ])
    func realFilesRoundTrip(path: String) throws {
        let original = try SIEReader.read(contentsOf: Self.path(path))
        #expect(!original.accounts.isEmpty)
        let written = SIEWriter.write(original)
        let again = try SIEReader.read(written)
        #expect(again.encoding == .cp437 && again.warnings.isEmpty, "\(again.warnings)")
        expectSame(original, again)
        // Writing is stable: the second write is byte for byte the first.
        #expect(SIEWriter.write(again) == written)
        // With a checksum the document is the same, and the reader finds the sum right.
        let summed = try SIEReader.read(SIEWriter.write(original, checksum: true))
        expectSame(original, summed)
        #expect(summed.checksum != nil)
    }

    /// The Norstedts files hold texts with `\"` and Swedish letters: check a few by value, so
    /// a round trip that lost them in both directions cannot pass.
    @Test func realFileTextsSurvive() throws {
        let revision = try SIEReader.read(contentsOf: Self.path("Tests/Fixtures/sie-ksumma/norstedts-revision-sie1.se"))
        #expect(revision.program == "\"Norstedts Revision\" 2010.1.1")
        let again = try SIEReader.read(SIEWriter.write(revision))
        #expect(again.program == "\"Norstedts Revision\" 2010.1.1")
        let bokslut = try SIEReader.read(
            SIEWriter.write(
                SIEReader.read(contentsOf: Self.path("Tests/Fixtures/sie-ksumma/norstedts-bokslut-sie4i.si"))))
        #expect(bokslut.vouchers.map(\.text) == ["Exempel på bokslutstransaktion", "Årets resultat"])
        #expect(
            bokslut.vouchers.last?.transactions.map(\.amount) == [
                SIEAmount(hundredths: 110_448_811), SIEAmount(hundredths: -110_448_811),
            ])
    }

    /// A document with every part of the model and texts that need quoting and escaping.
    /// Balances are in the order the reader produces (`#IB` before `#OIB`, `#UB` before `#OUB`).
    static func everything() -> SIEDocument {
        var doc = SIEDocument()
        doc.sieType = "4"
        doc.program = "Balans 1.0"
        doc.generated = date(2025, 1, 15)
        doc.companyName = #"Region "Syd" \ Å Ä Ö {AB}"#
        doc.organisationNumber = "232100-0016"
        doc.chartType = "BAS2024"
        doc.currency = "SEK"
        doc.fiscalYears = [
            SIEFiscalYear(index: 0, start: date(2024, 1, 1), end: date(2024, 12, 31)),
            SIEFiscalYear(index: -1, start: date(2023, 1, 1), end: date(2023, 12, 31)),
        ]
        doc.dimensions = [1: "Ansvar {kst}", 2: "Kostnadsbärare", 6: ""]
        doc.accounts = [
            SIEAccount(number: "1915", name: #"Kassa "special""#, type: "T", line: 0),
            SIEAccount(number: "1930", name: "", line: 0),
            SIEAccount(number: "2440", name: #"C:\dir\ och \"#, type: "S", line: 0),
            SIEAccount(number: "3010", name: "Försäljning\tmoms 25 %", type: "I", line: 0),
            SIEAccount(number: "4010", name: #"a\\b \" c"#, type: "K", line: 0),
        ]
        let a1 = SIEObjectRef(dimension: 1, code: "A 1")
        let x = SIEObjectRef(dimension: 6, code: "{x}")
        doc.objects = [
            SIEObject(dimension: 1, code: "A 1", name: #"Enhet "ett""#, line: 0),
            SIEObject(dimension: 6, code: "{x}", name: "é ü ß", line: 0),
        ]
        doc.openingBalances = [
            SIEBalance(yearIndex: 0, account: "1930", amount: SIEAmount(hundredths: 100_000), line: 0),
            SIEBalance(yearIndex: -1, account: "1930", amount: SIEAmount(hundredths: 90_000), line: 0),
            SIEBalance(
                yearIndex: 0, account: "3010", objects: [a1], amount: SIEAmount(hundredths: -5_050), quantity: "3",
                line: 0),
        ]
        doc.closingBalances = [
            SIEBalance(yearIndex: 0, account: "1930", amount: SIEAmount(hundredths: 120_000), line: 0),
            SIEBalance(
                yearIndex: 0, account: "3010", objects: [a1, x], amount: SIEAmount(hundredths: -7_500), line: 0),
        ]
        doc.results = [
            SIEBalance(yearIndex: 0, account: "3010", amount: SIEAmount(hundredths: -100_025), line: 0),
            SIEBalance(yearIndex: 0, account: "4010", amount: SIEAmount(hundredths: 50_000), quantity: "1.5", line: 0),
        ]
        doc.periodBalances = [
            SIEPeriodBalance(
                yearIndex: 0, year: 2024, month: 1, account: "3010", amount: SIEAmount(hundredths: -10_000), line: 0),
            SIEPeriodBalance(
                yearIndex: 0, year: 2024, month: 12, account: "3010", objects: [a1],
                amount: SIEAmount(hundredths: -2_000), quantity: "2", line: 0),
        ]
        doc.periodBudgets = [
            SIEPeriodBalance(
                yearIndex: 0, year: 2024, month: 1, account: "3010", amount: SIEAmount(hundredths: -11_000), line: 0)
        ]
        let day = date(2024, 3, 5)
        let cash = SIETransaction(
            account: "1930", amount: SIEAmount(hundredths: 12_550), date: day, text: "", quantity: "2", line: 0)
        doc.vouchers = [
            SIEVoucher(
                series: "A", number: "1", date: day, text: #"Sålt \ "allt" {}"#,
                transactions: [
                    SIETransaction(
                        account: "3010", objects: [a1, x], amount: SIEAmount(hundredths: -12_550), text: #"rad \"#,
                        line: 0),
                    cash,
                ],
                line: 0, registrationDate: date(2024, 3, 6), sign: "åsa",
                addedTransactions: [cash],
                removedTransactions: [
                    SIETransaction(account: "1915", amount: SIEAmount(hundredths: 12_550), text: "fel konto", line: 0)
                ]),
            SIEVoucher(
                series: "A B", number: "", date: day, text: "",
                transactions: [
                    SIETransaction(account: "4010", amount: SIEAmount(hundredths: 10_000), line: 0),
                    SIETransaction(account: "1915", amount: SIEAmount(hundredths: -10_000), line: 0),
                ],
                line: 0, sign: "Ö"),
        ]
        return doc
    }

    @Test(arguments: [SIEEncoding.cp437, .utf8])
    func everyPartAndAwkwardTextsRoundTrip(encoding: SIEEncoding) throws {
        let doc = Self.everything()
        let written = SIEWriter.write(doc, encoding: encoding)
        let again = try SIEReader.read(written)
        expectSame(doc, again)
        #expect(again.encoding == encoding)
        #expect(SIEWriter.write(again, encoding: encoding) == written)
        let summed = try SIEReader.read(SIEWriter.write(doc, encoding: encoding, checksum: true))
        expectSame(doc, summed)
    }

    /// The lines as the spec shows them: bare numbers and codes, quoted names, `\"` for a
    /// quote, a backslash doubled only where the reader would take it for an escape, two
    /// decimals, LF line ends, CP437 letters.
    @Test func writtenLinesFollowTheSpec() throws {
        let bytes = SIEWriter.write(Self.everything())
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        func has(_ line: String) -> Bool { lines.contains(SIEChecksum.encode(line, .cp437)) }
        #expect(lines.first == Array("#FLAGGA 0".utf8))
        #expect(has(#"#PROGRAM "Balans" 1.0"#) && has("#FORMAT PC8") && has("#GEN 20250115") && has("#SIETYP 4"))
        #expect(has(#"#FNAMN "Region \"Syd\" \ Å Ä Ö {AB}""#))
        #expect(has(#"#KONTO 1915 "Kassa \"special\"""#) && has("#KTYP 1915 T"))
        #expect(has(#"#KONTO 1930 """#))
        #expect(has(#"#KONTO 2440 "C:\dir\ och \\""#))
        #expect(has(#"#KONTO 4010 "a\\\b \\\" c""#))
        #expect(has(#"#DIM 6 """#) && has(#"#OBJEKT 6 "{x}" "é ü ß""#))
        #expect(has(#"#OIB 0 3010 {1 "A 1"} -50.50 3"#) && has(#"#OUB 0 3010 {1 "A 1" 6 "{x}"} -75.00"#))
        #expect(
            has("#RES 0 4010 500.00 1.5") && has("#PSALDO 0 202401 3010 {} -100.00")
                && has("#PBUDGET 0 202401 3010 {} -110.00"))
        #expect(has(#"#VER A 1 20240305 "Sålt \ \"allt\" {}" 20240306 "åsa""#))
        #expect(has(#"#RTRANS 1930 {} 125.50 20240305 "" 2"#))
        #expect(has(#"#BTRANS 1915 {} 125.50 "" "fel konto""#))
        #expect(has(#"#VER "A B" "" 20240305 "" "" "Ö""#))
        // Order: the #RTRANS right before the #TRANS it adds; #IB, #UB, #OIB, #OUB, #RES.
        let rtrans = try #require(lines.firstIndex { $0.starts(with: "#RTRANS".utf8) })
        #expect(lines[rtrans + 1].starts(with: "#TRANS 1930".utf8))
        let order = ["#IB", "#UB", "#OIB", "#OUB", "#RES", "#PSALDO", "#PBUDGET", "#VER"].map { label in
            lines.firstIndex { $0.starts(with: (label + " ").utf8) } ?? -1
        }
        #expect(order == order.sorted() && !order.contains(-1), "\(order)")
        // CP437: å is 0x86, Ö 0x99; no UTF-8 lead bytes, no CR.
        #expect(bytes.contains(0x86) && bytes.contains(0x99) && !bytes.contains(0xC3) && !bytes.contains(0x0D))
        #expect(bytes.suffix(2) == [UInt8(ascii: "}"), 0x0A])
    }
}
