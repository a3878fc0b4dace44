import Foundation
import Testing
@testable import SIE

/// The writer writes what the reader reads: read → write → read gives the same document.
@Suite struct SIEWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The document without line numbers, warnings and encoding, which a rewrite may change.
    func comparable(_ d: SIEDocument) -> SIEDocument {
        var d = d
        d.accounts = d.accounts.map { var a = $0; a.line = 0; return a }
        d.objects = d.objects.map { var o = $0; o.line = 0; return o }
        func zero(_ b: [SIEBalance]) -> [SIEBalance] { b.map { var x = $0; x.line = 0; return x } }
        d.openingBalances = zero(d.openingBalances)
        d.closingBalances = zero(d.closingBalances)
        d.results = zero(d.results)
        d.periodBalances = d.periodBalances.map { var x = $0; x.line = 0; return x }
        d.periodBudgets = d.periodBudgets.map { var x = $0; x.line = 0; return x }
        func rows(_ r: [SIETransaction]) -> [SIETransaction] { r.map { var x = $0; x.line = 0; return x } }
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

    func expectSame(_ a: SIEDocument, _ b: SIEDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        let x = comparable(a), y = comparable(b)
        #expect(x.accounts == y.accounts, sourceLocation: sourceLocation)
        #expect(x.objects == y.objects, sourceLocation: sourceLocation)
        #expect(x.fiscalYears == y.fiscalYears && x.dimensions == y.dimensions, sourceLocation: sourceLocation)
        #expect(x.openingBalances == y.openingBalances && x.closingBalances == y.closingBalances && x.results == y.results, sourceLocation: sourceLocation)
        #expect(x.periodBalances == y.periodBalances && x.periodBudgets == y.periodBudgets, sourceLocation: sourceLocation)
        #expect(x.vouchers == y.vouchers, sourceLocation: sourceLocation)
        #expect(x.companyName == y.companyName && x.program == y.program && x.sieType == y.sieType && x.generated == y.generated, sourceLocation: sourceLocation)
    }

    @Test(arguments: ["Tests/Fixtures/other-kommun-2024.se", "Examples/region-halland/ledger-2024.se", "Examples/region-halland/ledger-2017.se"])
    func realFilesRoundTrip(path: String) throws {
        let original = try SIEReader.read(contentsOf: Self.root.appendingPathComponent(path).path)
        #expect(!original.vouchers.isEmpty || !original.periodBalances.isEmpty)
        let written = SIEWriter.write(original)
        let again = try SIEReader.read(written)
        #expect(again.encoding == .cp437 && again.warnings.isEmpty)
        expectSame(original, again)
        // Writing is stable: the second write is byte for byte the first.
        #expect(SIEWriter.write(again) == written)
    }

    @Test(arguments: [SIEEncoding.cp437, .utf8])
    func awkwardTextsRoundTrip(encoding: SIEEncoding) throws {
        var doc = SIEDocument()
        doc.sieType = "4"
        doc.companyName = "Region \"Syd\" \\ Å Ä Ö"
        doc.fiscalYears = [SIEFiscalYear(index: 0, start: SIEDate(year: 2024, month: 1, day: 1)!, end: SIEDate(year: 2024, month: 12, day: 31)!)]
        doc.dimensions = [1: "Ansvar {kst}", 2: ""]
        doc.accounts = [SIEAccount(number: "3010", name: "Försäljning\tmoms 25 %", type: "I", line: 0), SIEAccount(number: "1930", name: "", line: 0)]
        doc.objects = [SIEObject(dimension: 1, code: "A 1", name: "Enhet \"ett\"", line: 0), SIEObject(dimension: 2, code: "{x}", name: "é", line: 0)]
        let date = SIEDate(year: 2024, month: 3, day: 5)!
        let rows = [
            SIETransaction(account: "3010", objects: [SIEObjectRef(dimension: 1, code: "A 1"), SIEObjectRef(dimension: 2, code: "{x}")], amount: SIEAmount(hundredths: -12_550), text: "Sålt \\ \"allt\"", line: 0),
            // A quantity needs a text field before it: an absent text is written "" and reads back empty.
            SIETransaction(account: "1930", amount: SIEAmount(hundredths: 12_550), date: date, text: "", quantity: "2", line: 0),
        ]
        doc.vouchers = [SIEVoucher(series: "A B", number: "", date: date, text: "", transactions: rows, line: 0, registrationDate: date, sign: "åsa")]
        let again = try SIEReader.read(SIEWriter.write(doc, encoding: encoding))
        expectSame(doc, again)
        #expect(again.encoding == (encoding == .utf8 ? .utf8 : .cp437))
    }

    @Test func crc32KnownVectors() {
        #expect(SIEChecksum.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(SIEChecksum.crc32([]) == 0)
        #expect(SIEChecksum.crc32(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test func checksumIsWrittenVerifiedAndCatchesAChange() throws {
        let original = try SIEReader.read(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/other-kommun-2024.se").path)
        let written = SIEWriter.write(original, checksum: true)
        let text = String(decoding: written, as: UTF8.self)   // for the ASCII checks below
        #expect(text.hasPrefix("#KSUMMA\n#FLAGGA 0\n"))
        // The sum by hand, from the definition, over the file's CP437 bytes: label + field
        // contents of every record between the two #KSUMMA lines, no blanks, quotes or braces.
        var expected: [UInt8] = []
        for line in written.split(separator: 0x0A).dropFirst() {
            if line.elementsEqual("{".utf8) || line.elementsEqual("}".utf8) || line.starts(with: "#KSUMMA".utf8) { continue }
            var inQuote = false, escaped = false
            for byte in line {
                if escaped { expected.append(byte); escaped = false; continue }
                if inQuote && byte == UInt8(ascii: "\\") { escaped = true; continue }
                if byte == UInt8(ascii: "\"") { inQuote.toggle(); continue }
                if !inQuote && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")) { continue }
                expected.append(byte)
            }
        }
        let sum = SIEChecksum.crc32(expected)
        #expect(text.hasSuffix("#KSUMMA \(sum)\n"))
        let again = try SIEReader.read(written)
        #expect(again.checksum == sum)
        expectSame(original, again)
        // Work on the bytes (CP437), a line at a time.
        var lines = written.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        func ascii(_ l: [UInt8]) -> String { String(decoding: l, as: UTF8.self) }
        let closing = try #require(lines.lastIndex { ascii($0).hasPrefix("#KSUMMA ") })
        // Signed printing of the same sum is accepted too.
        var signed = lines
        signed[closing] = Array("#KSUMMA \(Int32(bitPattern: sum))".utf8)
        #expect(try SIEReader.read(Array(signed.joined(separator: [0x0A]))).checksum == sum)

        // One letter of an account name changed: nothing else can notice, the checksum does,
        // and the error is on the closing #KSUMMA line.
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
        expectIssue("#KSUMMA\n" + header + "#VER A 1 20240105\n{\n#TRANS 1910 {} 1.00\n#TRANS 3010 {} -1.00\n}\n",
                    line: 1, contains: "file ends without the closing #KSUMMA", only: true)
        expectIssue(header + "#KSUMMA 12345\n", line: 6, contains: "no opening #KSUMMA", only: true)
    }
}
