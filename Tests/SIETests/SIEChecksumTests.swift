import Foundation
import Testing

@testable import SIE

extension SIEWriterTests {
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
