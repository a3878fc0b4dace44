import Foundation

/// Byte-level text handling: encoding detection, decoding of single fields, and splitting a
/// line into fields. Works on the raw bytes so a large file is never decoded as a whole.
enum SIEText {
    /// Unicode code points for CP437 bytes 0x80...0xFF (bytes below 0x80 are ASCII).
    static let cp437High: [UInt16] = [
        0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,  // 80
        0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,  // 88
        0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,  // 90
        0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,  // 98
        0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,  // A0
        0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,  // A8
        0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,  // B0
        0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,  // B8
        0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,  // C0
        0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,  // C8
        0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,  // D0
        0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,  // D8
        0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,  // E0
        0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,  // E8
        0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,  // F0
        0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,  // F8
    ]

    /// The result of looking at a file's bytes before parsing.
    struct Detection {
        var encoding: SIEEncoding
        /// Bytes to skip at the start (a UTF-8 byte-order mark).
        var skip: Int
        var warning: String?
        /// Whether letters of both readings were counted: a sample of the file (a chunk) does
        /// not decide then, the whole file's counts do.
        var mixed = false
    }

    /// The bytes that are Swedish letters (å ä ö Å Ä Ö é ü É) in CP437 and in ISO 8859-1/
    /// Windows-1252, and the bytes 0x80...0x9F (quotes, dashes in Windows-1252).
    struct LetterCounts {
        var latin = 0
        var cp437 = 0
        var windowsOnly = 0

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
            for index in start..<bytes.count {
                switch bytes[index] {
                case 0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xFC, 0xC9: latin += 1
                case 0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x81, 0x90:
                    cp437 += 1
                    windowsOnly += 1
                case 0x80...0x9F: windowsOnly += 1
                default: break
                }
            }
        }

        /// The more common reading wins, CP437 (the standard) on a tie; of the two Latin
        /// encodings Windows-1252 when bytes 0x80...0x9F occur.
        var detection: Detection {
            var result: Detection
            if latin <= cp437 {
                result = Detection(encoding: .cp437, skip: 0, warning: nil)
            } else if windowsOnly > 0 {
                result = Detection(encoding: .windows1252, skip: 0, warning: windows1252Warning)
            } else {
                result = Detection(encoding: .latin1, skip: 0, warning: latin1Warning)
            }
            result.mixed = latin > 0 && cp437 > 0
            return result
        }
    }

    static let utf8Warning = "file is UTF-8, not CP437 as SIE 4 prescribes"
    static let latin1Warning =
        "file appears to be ISO 8859-1 (Latin-1), not CP437 as SIE 4 prescribes; decoded as Latin-1"
    static let windows1252Warning =
        "file appears to be Windows-1252, not CP437 as SIE 4 prescribes; decoded as Windows-1252"

    /// Unicode code points for Windows-1252 bytes 0x80...0x9F (the rest is ISO 8859-1). The five
    /// bytes Windows-1252 leaves undefined stay the control characters they are in ISO 8859-1.
    static let windows1252Low: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98
    ]

    /// Chooses the encoding: UTF-8 if the bytes are valid UTF-8 with non-ASCII content (or have
    /// a BOM); otherwise by counting, over all of `bytes`, the bytes that are Swedish letters
    /// (å ä ö Å Ä Ö é ü É) in CP437 and in ISO 8859-1/Windows-1252: the more common reading
    /// wins, CP437 (the standard, which also covers pure ASCII) on a tie. One typographic
    /// quote of a Windows-1252 file (0x94, `ö` in CP437) so no longer decides for CP437. Of the
    /// two Latin encodings Windows-1252 is taken when bytes 0x80...0x9F occur (control
    /// characters in ISO 8859-1, quotes and dashes in Windows-1252).
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Detection {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return Detection(encoding: .utf8, skip: 3, warning: utf8Warning)
        }
        guard let firstHigh = bytes.firstIndex(where: { $0 >= 0x80 }) else {
            return Detection(encoding: .cp437, skip: 0, warning: nil)
        }
        if isValidUTF8(bytes, from: firstHigh) {
            return Detection(encoding: .utf8, skip: 0, warning: utf8Warning)
        }
        var counts = LetterCounts()
        counts.add(bytes, from: firstHigh)
        return counts.detection
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let need: Int
            var scalar: UInt32
            let minimum: UInt32
            if lead & 0xE0 == 0xC0 {
                need = 1
                scalar = UInt32(lead & 0x1F)
                minimum = 0x80
            } else if lead & 0xF0 == 0xE0 {
                need = 2
                scalar = UInt32(lead & 0x0F)
                minimum = 0x800
            } else if lead & 0xF8 == 0xF0 {
                need = 3
                scalar = UInt32(lead & 0x07)
                minimum = 0x10000
            } else {
                return false
            }
            guard index + need < count else { return false }
            for offset in 1...need {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
            index += need + 1
        }
        return true
    }

    /// Decodes one field's bytes.
    static func decode(_ bytes: some Collection<UInt8>, as encoding: SIEEncoding) -> String {
        if encoding == .utf8 || !bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        // Straight to UTF-8 bytes: appending scalars one by one to a String costs more than
        // parsing the rest of the line (every voucher text has an å, ä or ö).
        return String(unsafeUninitializedCapacity: bytes.count * 3) { out in
            var n = 0
            for byte in bytes {
                let scalar: UInt32
                if byte < 0x80 || encoding == .latin1 || (encoding == .windows1252 && byte >= 0xA0) {
                    scalar = UInt32(byte)
                } else if encoding == .windows1252 {
                    scalar = UInt32(windows1252Low[Int(byte - 0x80)])
                } else {
                    scalar = UInt32(cp437High[Int(byte - 0x80)])
                }
                if scalar < 0x80 {
                    out[n] = UInt8(scalar)
                    n += 1
                } else if scalar < 0x800 {
                    out[n] = 0xC0 | UInt8(scalar >> 6)
                    out[n + 1] = 0x80 | UInt8(scalar & 0x3F)
                    n += 2
                } else {
                    out[n] = 0xE0 | UInt8(scalar >> 12)
                    out[n + 1] = 0x80 | UInt8(scalar >> 6 & 0x3F)
                    out[n + 2] = 0x80 | UInt8(scalar & 0x3F)
                    n += 3
                }
            }
            return n
        }
    }

    /// A field of a record line.
    enum Field: Equatable {
        /// A plain or quoted field, unescaped and decoded.
        case text(String)
        /// A brace list `{...}` with its items unescaped and decoded.
        case list([String])
    }

    /// Why a line could not be split into fields.
    enum SplitError: Error, Equatable {
        case unterminatedQuote
        case unterminatedList
        case nestedList
        case strayClosingBrace

        var message: String {
            switch self {
            case .unterminatedQuote: return "unterminated quote"
            case .unterminatedList: return "malformed object list: missing }"
            case .nestedList: return "malformed object list: { inside an object list"
            case .strayClosingBrace: return "malformed object list: } without {"
            }
        }
    }

    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")

    /// The index of the next line feed at or after `start`, or `bytes.count` if none
    /// (`memchr` scans a long file many times faster than a byte loop).
    @inline(__always)
    static func nextNewline(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// A control character other than tab: C0, DEL and the C1 range.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 ? scalar.value != 0x09 : (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether `byte` may start a control character in `encoding` (a byte the fast paths leave
    /// to the general one, which names the field): C0 but tab, DEL, C1 bytes of the Latin
    /// encodings and UTF-8's lead byte 0xC2 (U+0080...U+00BF). ASCII text costs two compares.
    @inline(__always)
    static func mayBeControl(_ byte: UInt8, _ encoding: SIEEncoding) -> Bool {
        if byte < 0x20 { return byte != tab }
        if byte < 0x7F { return false }
        switch encoding {
        case .cp437: return byte == 0x7F
        case .utf8: return byte == 0x7F || byte == 0xC2
        case .latin1, .windows1252: return byte <= 0x9F
        }
    }

    /// Field separators: space and tab; also CR, form feed and DOS end-of-file (0x1A) so stray
    /// control characters at line ends do not become fields.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == 0x0D || byte == 0x0C || byte == 0x1A
    }

    /// Splits `bytes[start..<end]` into fields. Quoted fields may contain blanks and the escapes
    /// `\"` and `\\`; `{...}` is a list whose items are plain or quoted.
    static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
        encoding: SIEEncoding, scratch: inout [UInt8]
    ) -> Result<[Field], SplitError> {
        var fields: [Field] = []
        var index = start

        /// Reads a quoted string starting at the opening quote; returns the index after the closing one.
        func readQuoted(_ from: Int, scratch: inout [UInt8]) -> (String, Int)? {
            scratch.removeAll(keepingCapacity: true)
            var cursor = from + 1
            while cursor < end {
                let byte = bytes[cursor]
                if byte == backslash, cursor + 1 < end, bytes[cursor + 1] == quote || bytes[cursor + 1] == backslash {
                    scratch.append(bytes[cursor + 1])
                    cursor += 2
                } else if byte == quote {
                    return (decode(scratch, as: encoding), cursor + 1)
                } else {
                    scratch.append(byte)
                    cursor += 1
                }
            }
            return nil
        }

        /// Reads an unquoted token; stops at a blank or a brace.
        func readPlain(_ from: Int) -> (String, Int) {
            var cursor = from
            while cursor < end {
                let byte = bytes[cursor]
                if isBlank(byte) || byte == openBrace || byte == closeBrace { break }
                cursor += 1
            }
            return (decode(UnsafeBufferPointer(rebasing: bytes[from..<cursor]), as: encoding), cursor)
        }

        while true {
            while index < end && isBlank(bytes[index]) { index += 1 }
            if index >= end { break }
            let byte = bytes[index]
            if byte == quote {
                guard let (text, next) = readQuoted(index, scratch: &scratch) else {
                    return .failure(.unterminatedQuote)
                }
                fields.append(.text(text))
                index = next
            } else if byte == openBrace {
                index += 1
                var items: [String] = []
                while true {
                    while index < end && isBlank(bytes[index]) { index += 1 }
                    if index >= end { return .failure(.unterminatedList) }
                    let inner = bytes[index]
                    if inner == closeBrace {
                        index += 1
                        break
                    }
                    if inner == openBrace { return .failure(.nestedList) }
                    if inner == quote {
                        guard let (text, next) = readQuoted(index, scratch: &scratch) else {
                            return .failure(.unterminatedQuote)
                        }
                        items.append(text)
                        index = next
                    } else {
                        let (text, next) = readPlain(index)
                        items.append(text)
                        index = next
                    }
                }
                fields.append(.list(items))
            } else if byte == closeBrace {
                return .failure(.strayClosingBrace)
            } else {
                let (text, next) = readPlain(index)
                fields.append(.text(text))
                index = next
            }
        }
        return .success(fields)
    }
}
