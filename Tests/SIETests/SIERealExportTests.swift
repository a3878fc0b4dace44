import Foundation
import Testing

@testable import SIE

/// What real exports of common programs contain and a strict reading refused or misread
/// (issue 13, items 15–24). Each fixture is written here, small, for its one case.
@Suite struct SIERealExportTests {
    /// Item 24: a second `{` in an open voucher is named as such, at its line, with the voucher.
    @Test func secondOpeningBraceInsideAVoucher() {
        let text = header + "#VER A 1 20240110\n{\n{\n#TRANS 1910 {} 5\n#TRANS 3010 {} -5\n}\n"
        let issues = failureIssues(text)
        #expect(issues.map(\.line) == [8])
        #expect(
            issues.first?.message.contains("unexpected { inside voucher A 1 (opened at line 6)") == true, "\(issues)")
        #expect(issues.contains { $0.message.contains("outside") } == false, "\(issues)")
    }

    /// Item 18: empty fields in header records Balans does not need are warnings, each at its line.
    @Test func emptyHeaderFieldsAreWarnings() throws {
        let text = """
            #FLAGGA 0
            #SIETYP 4
            #ORGNR
            #KPTYP ""
            #RAR 0 20240101 20241231
            #KONTO 1910 "Kassa"
            #KTYP 1910
            #KTYP 1910 ""
            #FNAMN ""

            """
        let doc = try readSIE(text)
        #expect(doc.organisationNumber == nil)
        #expect(doc.chartType == nil)
        #expect(doc.companyName == nil)
        #expect(doc.accounts.first?.type == nil)
        #expect(doc.warnings.map(\.line) == [3, 4, 7, 8, 9])
        #expect(doc.warnings.first?.message == "#ORGNR without organisation number; record ignored")
        #expect(doc.warnings[2].message == "#KTYP without account type; record ignored")
    }

    /// Item 19: `#BTRANS`/`#RTRANS` rows are not summed, so a date after the year end is read.
    @Test func removedAndAddedRowsDatedAfterTheYear() throws {
        let text =
            header + """
                #VER A 1 20241220
                {
                #BTRANS 1910 {} 7 20250115
                #BTRANS 3010 {} -7 20250115
                #RTRANS 1910 {} 5 20250115
                #TRANS 1910 {} 5
                #TRANS 3010 {} -5
                }

                """
        let doc = try readSIE(text)
        #expect(doc.vouchers.first?.removedTransactions.count == 2)
        #expect(doc.vouchers.first?.transactions.map(\.amount.hundredths) == [500, -500])
        // A #TRANS row after the year is still an error.
        expectIssue(
            header + "#VER A 1 20241220\n{\n#TRANS 1910 {} 5 20250115\n#TRANS 3010 {} -5\n}\n",
            line: 8, contains: "transaction date 2025-01-15 is outside fiscal year 0", only: true)
    }

    /// A UTF-8 file declaring PC8 with a `#KSUMMA` stated as `sum`.
    static func checksummedUTF8(sum: UInt32) -> [UInt8] {
        let text =
            "#FLAGGA 0\n#KSUMMA\n#FORMAT PC8\n#SIETYP 4\n#FNAMN \"Åsa\"\n#RAR 0 20240101 20241231\n#KSUMMA \(sum)\n"
        return Array(text.utf8)
    }
    static let records = ["#FORMATPC8", "#SIETYP4", "#FNAMN", "sa", "#RAR02024010120241231"].map { Array($0.utf8) }

    /// Item 20: the sum is over the characters' PC8 values, also in a UTF-8 file.
    @Test func checksumOfAUTF8FileIsOverPC8Values() throws {
        let pc8 = SIEChecksum.crc32(
            Self.records[0] + Self.records[1] + Self.records[2] + [0x8F] + Self.records[3] + Self.records[4])
        let doc = try SIEReader.read(Self.checksummedUTF8(sum: pc8))
        #expect(doc.checksum == pc8)
        #expect(doc.companyName == "Åsa")
        #expect(doc.warnings.map(\.message) == [SIEText.utf8Warning])
    }

    /// Item 20: a UTF-8 file declaring PC8 whose writer summed its UTF-8 bytes, or stated a sum
    /// that matches nothing, is read with a warning: the encoding is not the declared one.
    @Test func checksumMismatchOfAFileNotInItsDeclaredEncodingIsAWarning() throws {
        let utf8 = SIEChecksum.crc32(
            Self.records[0] + Self.records[1] + Self.records[2] + [0xC3, 0x85] + Self.records[3] + Self.records[4])
        let bytes = try SIEReader.read(Self.checksummedUTF8(sum: utf8))
        #expect(bytes.checksum == utf8)
        #expect(bytes.warnings.map(\.line) == [nil, 7])
        #expect(
            bytes.warnings.last?.message.contains("computed over the file's UTF-8 bytes, not over the PC8 values")
                == true)
        let wrong = try SIEReader.read(Self.checksummedUTF8(sum: 12345))
        #expect(wrong.checksum == nil)
        #expect(wrong.warnings.map(\.line) == [nil, 7])
        #expect(wrong.warnings.last?.message.contains("#KSUMMA 12345 does not match") == true)
        // In a PC8 file the same mismatch is damage: an error.
        let pc8 = Array(
            "#FLAGGA 0\n#KSUMMA\n#FORMAT PC8\n#SIETYP 4\n#FNAMN \"Asa\"\n#RAR 0 20240101 20241231\n#KSUMMA 12345\n".utf8
        )
        #expect(throws: SIEReadFailure.self) { try SIEReader.read(pc8) }
    }

    /// Item 21: a Windows-1252 file with one typographic quote (0x94, `ö` in CP437) is decided
    /// by all its letters: Windows-1252, with a warning, and every å, ä, ö read right.
    @Test func windows1252WithATypographicQuote() throws {
        let bytes =
            Array("#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#RAR 0 20240101 20241231\n#KONTO 3010 \"F".utf8) + [0xF6]
            + Array("rs".utf8) + [0xE4] + Array("ljning\"\n#KONTO 5010 \"L".utf8) + [0xF6] + Array("ner ".utf8) + [0x93]
            + Array("extra".utf8) + [0x94] + Array("\"\n#KONTO 5020 \"Material ".utf8) + [0xE5, 0x72]
            + Array("\"\n".utf8)
        let doc = try SIEReader.read(bytes)
        #expect(doc.encoding == .windows1252)
        #expect(doc.accounts.map(\.name) == ["Försäljning", "Löner \u{201C}extra\u{201D}", "Material år"])
        #expect(doc.warnings.map(\.message) == [SIEText.windows1252Warning])
        // The checksum's encoder is the decoder's inverse.
        #expect(
            SIEChecksum.encode("Löner \u{201C}extra\u{201D} €", .windows1252) == [0x4C, 0xF6] + Array("ner ".utf8) + [
                0x93
            ] + Array("extra".utf8) + [
                0x94, 0x20, 0x80,
            ])
    }

    /// Item 5: a control character (other than tab) in a name or text is refused at its line,
    /// the field named, whichever way the line is read (the fast paths leave it to the general
    /// one); a tab is kept.
    @Test func controlCharactersInTextsAreRefused() throws {
        let voucher = "#VER A 1 20240110 \"Hyra\u{7}mars\"\n{\n#TRANS 1910 {} 5\n#TRANS 3010 {} -5\n}\n"
        expectIssue(
            header + voucher, line: 6,
            contains: "#VER: voucher text contains the control character U+0007 (character 5)", only: true)
        let row = "#VER A 1 20240110\n{\n#TRANS 1910 {} 5 \"\" \"rad\u{1B}\"\n#TRANS 3010 {} -5\n}\n"
        expectIssue(
            header + row, line: 8, contains: "#TRANS: transaction text contains the control character U+001B",
            only: true)
        expectIssue(
            header + "#KONTO 4010 \"Ink\u{0}op\"\n", line: 6,
            contains: "#KONTO: account name contains the control character U+0000", only: true)
        expectIssue(
            header + "#OBJEKT 1 \"100\" \"A\u{C}B\"\n", line: 6,
            contains: "#OBJEKT: object name contains the control character U+000C", only: true)
        // C1 controls of a UTF-8 file.
        expectIssue(
            header + "#KONTO 4010 \"Ink\u{85}op\"\n", line: 6,
            contains: "account name contains the control character U+0085", only: true)
        let tab = try readSIE(
            header
                + "#KONTO 4010 \"Ink\top\"\n#VER A 1 20240110 \"a\tb\"\n{\n#TRANS 1910 {} 5 \"\" \"c\td\"\n#TRANS "
                + "3010 {} -5\n}\n"
        )
        #expect(tab.accounts.last?.name == "Ink\top")
        #expect(tab.vouchers.first?.text == "a\tb")
        #expect(tab.vouchers.first?.transactions.first?.text == "c\td")
    }

    /// Item 21 when the file is read in chunks: a chunk whose letters could be either reading
    /// (here two typographic quotes, ö in CP437, against one ä) does not decide; the whole
    /// file's letters do.
    @Test func streamedEncodingIsDecidedByTheWholeFile() throws {
        let lines: [[UInt8]] = [
            Array("#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n".utf8),
            Array("#KONTO 3010 \"".utf8) + [0x93] + Array("Kassa".utf8) + [0x94, 0x20, 0x94, 0xE4] + Array("\"\n".utf8),
            Array("#KONTO 1910 \"\(String(repeating: "Bank ", count: 20))\"\n".utf8),
            Array("#KONTO 5010 \"L".utf8) + [0xF6] + Array("ner i V".utf8) + [0xE4, 0x78, 0x6A, 0xF6]
                + Array("\"\n".utf8),
            Array("#KONTO 5020 \"F".utf8) + [0xF6] + Array("rs".utf8) + [0xE4]
                + Array("ljning \(String(repeating: "x", count: 70))\"\n".utf8),
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sie-1252-\(UUID().uuidString).se")
            .path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(lines.joined())))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let doc = try SIEReader.stream(contentsOf: path, chunkSize: 64) { _ in }
        #expect(doc.encoding == .windows1252)
        #expect(
            doc.accounts.map(\.name).prefix(3) == [
                "\u{201C}Kassa\u{201D} \u{201D}ä", String(repeating: "Bank ", count: 20), "Löner i Växjö",
            ])
        // One chunk alone says CP437: the sample was not decisive.
        let sample = lines[1].withUnsafeBufferPointer { SIEText.detect($0) }
        #expect(sample.encoding == .cp437 && sample.mixed)
    }

    /// Item 22: `#PSALDO`/`#PBUDGET` without an object list are read as the account's total
    /// (`{}`), with one warning per label at its first such line.
    @Test func periodRecordsWithoutObjectList() throws {
        let doc = try readSIE(
            header + "#PSALDO 0 202401 3010 -1000.00\n#PSALDO 0 202402 3010 -5.00 3\n#PBUDGET 0 202401 3010 -7.00\n")
        #expect(
            doc.periodBalances.map { [$0.month, Int($0.amount.hundredths), $0.objects.count] } == [
                [1, -100_000, 0], [2, -500, 0],
            ])
        #expect(doc.periodBalances.last?.quantity == "3")
        #expect(doc.periodBudgets.map(\.amount.hundredths) == [-700])
        #expect(doc.warnings.map(\.line) == [6, 8])
        #expect(
            doc.warnings.first?.message.contains("#PSALDO without an object list; read as the account's total ({})")
                == true)
    }
}
