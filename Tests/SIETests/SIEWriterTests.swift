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

    // MARK: - Checksum

    @Test func crc32KnownVectors() {
        #expect(SIEChecksum.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(SIEChecksum.crc32([]) == 0)
        #expect(SIEChecksum.crc32(Array("a".utf8)) == 0xE8B7_BE43)
        #expect(SIEChecksum.crc32(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        // Adding in pieces is the same as adding at once.
        var pieces = SIEChecksum()
        pieces.add(Array("12345".utf8))
        pieces.add(Array("6789".utf8))
        #expect(pieces.value == 0xCBF4_3926)
    }

    @Test func closingValueFormatAndParse() {
        #expect(SIEChecksum.format(3_033_066_896) == "3033066896")
        #expect(SIEChecksum.parse("3033066896") == 3_033_066_896)
        // The same 32 bits printed as a signed number.
        #expect(SIEChecksum.parse("-1261900400") == 3_033_066_896)
        #expect(SIEChecksum.parse("0") == 0 && SIEChecksum.parse("4294967295") == UInt32.max)
        #expect(
            SIEChecksum.parse("4294967296") == nil && SIEChecksum.parse("12ab") == nil && SIEChecksum.parse("") == nil)
        #expect(SIEChecksum.matches("-1", UInt32.max) && !SIEChecksum.matches("1", 2))
    }

    /// Splits one record with the reader's own splitter.
    func split(_ line: String) throws -> (label: String, fields: [SIEText.Field]) {
        let bytes = SIEChecksum.encode(line, .cp437)
        var scratch: [UInt8] = []
        let result = bytes.withUnsafeBufferPointer {
            SIEText.split($0, 0, $0.count, encoding: .cp437, scratch: &scratch)
        }
        var fields = try result.get()
        guard case .text(let label) = fields.removeFirst() else { throw SIEIssue(line: nil, message: "no label") }
        return (label, fields)
    }

    /// 10.14–10.15: label and field contents only; no blanks, enclosing quotes, braces or the
    /// backslash of `\"`; CP437 values.
    @Test func recordContentAsTheSpecDefinesIt() throws {
        func sum(_ line: String) throws -> UInt32 {
            let (label, fields) = try split(line)
            var checksum = SIEChecksum()
            checksum.add(label: label, fields: fields)
            return checksum.value
        }
        // The spec's example (10.15).
        #expect(
            try sum(#"#KONTO 1915 "Kassa \"special\"""#) == SIEChecksum.crc32(Array(#"#KONTO1915Kassa "special""#.utf8))
        )
        // Tabs and runs of blanks are separators; quoting a plain field changes nothing.
        #expect(try sum("#KONTO\t\t1915   Kassa") == sum(#"#KONTO "1915" "Kassa""#))
        // An object list adds its items one after the other.
        #expect(
            try sum(#"#TRANS 7010 {1 "456" 7 "47"} 13200.00"#)
                == SIEChecksum.crc32(Array("#TRANS70101456747".utf8) + Array("13200.00".utf8)))
        // Swedish letters count as their CP437 bytes (Å 0x8F, ö 0x94), not as UTF-8.
        #expect(
            try sum(#"#FNAMN "Åsa Öberg""#)
                == SIEChecksum.crc32(Array("#FNAMN".utf8) + [0x8F] + Array("sa ".utf8) + [0x99] + Array("berg".utf8)))
        // Empty fields add nothing.
        #expect(try sum(#"#TRANS 1930 {} 1.00 "" """#) == SIEChecksum.crc32(Array("#TRANS19301.00".utf8)))
    }

    /// The spec's rule applied straight to a file's bytes, independently of the reader's
    /// splitter and of `SIEChecksum.add`: returns the sum of the records between the two
    /// `#KSUMMA` lines and the text of the closing one.
    func specSum(_ bytes: [UInt8]) -> (sum: UInt32, stated: String)? {
        var content: [UInt8] = []
        var open = false
        for raw in bytes.split(separator: 0x0A) {
            let line = Array(raw.drop { $0 == 0x20 || $0 == 0x09 }.filter { $0 != 0x0D })
            if line.isEmpty || line == [UInt8(ascii: "{")] || line == [UInt8(ascii: "}")] { continue }
            if line.starts(with: "#KSUMMA".utf8) {
                let rest = line.dropFirst(7).filter { $0 != 0x20 && $0 != 0x09 }
                if !open {
                    open = true
                    continue
                }
                return (SIEChecksum.crc32(content), String(decoding: rest, as: UTF8.self))
            }
            guard open else { continue }
            var inQuote = false
            var i = 0
            while i < line.count {
                let byte = line[i]
                if inQuote {
                    if byte == UInt8(ascii: "\\"), i + 1 < line.count,
                        line[i + 1] == UInt8(ascii: "\"") || line[i + 1] == UInt8(ascii: "\\")
                    {
                        content.append(line[i + 1])
                        i += 2
                        continue
                    }
                    if byte == UInt8(ascii: "\"") { inQuote = false } else { content.append(byte) }
                } else if byte == UInt8(ascii: "\"") {
                    inQuote = true
                } else if byte != 0x20 && byte != 0x09 && byte != UInt8(ascii: "{") && byte != UInt8(ascii: "}") {
                    content.append(byte)
                }
                i += 1
            }
        }
        return nil
    }

    /// Files written by Norstedts Bokslut and Norstedts Revision, published by the SIE group:
    /// the rule gives exactly the sums those programs wrote, and the reader finds them too.
    @Test(arguments: [
        ("Tests/Fixtures/sie-ksumma/norstedts-revision-sie1.se", UInt32(3_130_188_017)),
        ("Tests/Fixtures/sie-ksumma/norstedts-bokslut-sie4i.si", UInt32(1_573_150_874)),
    ])
    func publishedChecksums(path: String, published: UInt32) throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.path(path))))
        let (sum, stated) = try #require(specSum(bytes))
        #expect(stated == String(published))
        #expect(sum == published)
        let document = try SIEReader.read(bytes)
        #expect(document.checksum == published)
    }

    @Test(arguments: [SIEEncoding.cp437, .utf8])
    func writtenChecksumIsTheSpecSum(encoding: SIEEncoding) throws {
        for doc in [
            try SIEReader.read(contentsOf: Self.path("Tests/Fixtures/other-kommun-2024.se")), Self.everything(),
        ] {
            let written = SIEWriter.write(doc, encoding: encoding, checksum: true)
            // 10.4: #FLAGGA first, then the opening #KSUMMA; the closing one is the last line.
            #expect(written.starts(with: Array("#FLAGGA 0\n#KSUMMA\n#PROGRAM ".utf8)))
            // The sum is over the characters' PC8 values, also in a UTF-8 file (SIE 4B 10.14).
            func pc8(_ bytes: [UInt8]) -> [UInt8] {
                encoding == .utf8 ? SIEChecksum.encode(String(decoding: bytes, as: UTF8.self), .cp437) : bytes
            }
            let (sum, stated) = try #require(specSum(pc8(written)))
            #expect(Array(written.suffix(stated.utf8.count + 10)) == Array("\n#KSUMMA \(stated)\n".utf8))
            #expect(stated == String(sum))
            let again = try SIEReader.read(written)
            #expect(again.checksum == sum)
            expectSame(doc, again)
            // #FLAGGA is outside the sum: a reader that marks the file as read keeps it valid.
            var flagged = written
            flagged[8] = UInt8(ascii: "1")
            #expect(specSum(pc8(flagged))?.sum == sum)
            #expect(try SIEReader.read(flagged).checksum == sum)
            // The sum printed signed reads the same.
            let signed = Array(written.dropLast(stated.utf8.count + 1)) + Array("\(Int32(bitPattern: sum))\n".utf8)
            #expect(try SIEReader.read(signed).checksum == sum)
        }
    }

    /// The reader checks the sum (SIEReader, `#KSUMMA` handling): one changed letter in an
    /// account name fails the read, on the closing line.
    @Test func readerRejectsAChangedFile() throws {
        let original = try SIEReader.read(contentsOf: Self.path("Tests/Fixtures/other-kommun-2024.se"))
        var lines = SIEWriter.write(original, checksum: true).split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { Array($0) }
        func ascii(_ l: [UInt8]) -> String { String(decoding: l, as: UTF8.self) }
        let closing = try #require(lines.lastIndex { ascii($0).hasPrefix("#KSUMMA ") })
        let target = try #require(lines.firstIndex { ascii($0).hasPrefix("#KONTO ") && ascii($0).contains("a") })
        let a = try #require(lines[target].firstIndex(of: UInt8(ascii: "a")))
        lines[target][a] = UInt8(ascii: "e")
        do {
            _ = try SIEReader.read(Array(lines.joined(separator: [0x0A])))
            Issue.record("a changed file must not read")
        } catch {
            #expect(error.issues.map(\.line) == [closing + 1], "\(error.issues)")
            #expect(error.issues.first?.message.contains("does not match the file's content") == true)
        }
    }

    @Test func truncatedAfterOpeningChecksum() {
        expectIssue(
            "#KSUMMA\n" + header + "#VER A 1 20240105\n{\n#TRANS 1910 {} 1.00\n#TRANS 3010 {} -1.00\n}\n",
            line: 1, contains: "file ends without the closing #KSUMMA", only: true)
        expectIssue(header + "#KSUMMA 12345\n", line: 6, contains: "no opening #KSUMMA", only: true)
    }
}

/// Found by fuzzing: a period whose year has leading zeros must be written with them.
@Suite struct SIEWriterRegressionTests {
    @Test func periodYearKeepsFourDigits() throws {
        let doc = try SIEReader.read(
            Array(
                "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n#KONTO 3010 \"A\"\n#PSALDO 0 002401 3010 {} 10.00\n"
                    .utf8))
        let written = String(decoding: SIEWriter.write(doc), as: UTF8.self)
        #expect(written.contains("#PSALDO 0 002401 3010 {} 10.00"))
        #expect(try SIEReader.read(Array(written.utf8)).periodBalances.first?.year == 24)
    }
}
