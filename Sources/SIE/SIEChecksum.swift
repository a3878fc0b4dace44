/// The `#KSUMMA` checksum (kontrollsumma) of SIE 4, as "SIE filformat Utgåva 4B" (2008-09-30)
/// defines it in chapter 10 "Kontrollsummering", paragraphs 10.4–10.14.
///
/// **Where.** A checksummed file has two `#KSUMMA` records: one without a value right after
/// `#FLAGGA` (10.4), and one with the sum at the end. The sum covers every record after the
/// opening `#KSUMMA` up to, not including, the closing one (10.14) — so `#FLAGGA`, which an
/// importing program rewrites to 1, is outside it.
///
/// **What (10.14).** For each record, in order: the label (`#VER`) and then each field's
/// content, concatenated with nothing in between. Left out are the blanks and tabs between
/// fields, the quotes that open and close a field, the braces around object lists and around a
/// voucher's rows (the `{` and `}` lines add nothing), and line ends. The backslash before an
/// escaped quote is left out too; only the quote counts. The object list `{1 "0123" 6 "P1"}`
/// therefore adds `101236P1`, and `#KONTO 1915 "Kassa \"special\""` adds
/// `#KONTO1915Kassa "special"`. The bytes are the characters' code page 437 values (PC8), also
/// in a file written in another encoding: the sum is of the characters, not of the bytes.
///
/// **How (10.11–10.13).** The common reflected CRC-32: polynomial 0xEDB88320, register preset
/// to 0xFFFFFFFF, result complemented — the same CRC as zlib's `crc32` and the spec's C
/// example. The closing record carries it as an unsigned decimal number (`#KSUMMA 3033066896`
/// in Norstedts' files); ``parse(_:)`` also accepts the signed 32-bit form a writer using a
/// signed `long` would print.
///
/// **Checked against.** The spec's rules and C code; five published SIE-gruppen test files with
/// a `#KSUMMA` (Norstedts Bokslut 2011.2.1, Norstedts Revision 2010.1.1 — with `\"` escapes —
/// and Visma Compact 6.00), whose sums this computes exactly; and the Kigkonsult Sie4Sdk
/// writer, which adds an object list as `dimension + code` the same way. The .NET jsisie
/// library differs (it keeps the blanks and quotes inside object lists and counts the `{`/`}`
/// lines); that contradicts 10.14, and counting the brace lines fails the Norstedts 4E file,
/// so this follows the specification.
///
/// **Escapes beyond the spec.** 4B defines only `\"`. The reader also turns `\\` into one
/// backslash, and this adds the field as the reader decoded it, so a `\\` counts as one
/// backslash; a backslash before any other character counts as written.
public struct SIEChecksum: Sendable, Hashable {
    /// The CRC register (pre-conditioned, not yet complemented).
    private var register: UInt32 = 0xFFFF_FFFF

    /// Starts a checksum, as at the opening `#KSUMMA`.
    public init() {}

    /// The checksum of everything added so far (post-conditioned, 10.13).
    public var value: UInt32 { ~register }

    /// Adds one record as the reader split it: its label and its fields, without separators,
    /// quotes or braces, each character as its PC8 (CP437) value — what 10.14 defines, whatever
    /// the file's own encoding (a UTF-8 file's `Å` counts as 0x8F, not as 0xC3 0x85).
    ///
    /// - Parameters:
    ///   - label: The record's label as written, e.g. `#TRANS`.
    ///   - fields: The fields from `SIEText.split`, already unquoted and unescaped.
    mutating func add(label: String, fields: [SIEText.Field]) {
        add(label: label, fields: fields, encoding: .cp437)
    }

    /// The same with each character as its byte(s) in `encoding`: what a writer that summed
    /// its own bytes of a file not in PC8 stated, which the reader tells apart for a warning.
    mutating func add(label: String, fields: [SIEText.Field], encoding: SIEEncoding) {
        add(text: label, encoding: encoding)
        for field in fields {
            switch field {
            case .text(let text):
                add(text: text, encoding: encoding)
            case .list(let items):
                for item in items { add(text: item, encoding: encoding) }
            }
        }
    }

    /// Adds one text's bytes in `encoding`.
    mutating func add(text: String, encoding: SIEEncoding) {
        if encoding == .utf8 || text.utf8.allSatisfy({ $0 < 0x80 }) {
            add(text.utf8)
        } else {
            add(SIEChecksum.encode(text, encoding))
        }
    }

    /// Adds raw bytes (table-driven, one byte at a time, as the spec's `CRC_ackumulera`).
    mutating func add(_ bytes: some Sequence<UInt8>) {
        var crc = register
        for byte in bytes {
            crc = (crc >> 8) ^ SIEChecksum.table[Int((crc ^ UInt32(byte)) & 0xFF)]
        }
        register = crc
    }

    /// The CRC-32 of `bytes` on its own; `crc32("123456789")` is 0xCBF43926.
    public static func crc32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var checksum = SIEChecksum()
        checksum.add(bytes)
        return checksum.value
    }

    /// The sum as the closing record writes it: unsigned decimal, `#KSUMMA 3033066896`.
    public static func format(_ value: UInt32) -> String {
        String(value)
    }

    /// The sum stated on a closing `#KSUMMA` line: unsigned decimal, or the same 32 bits
    /// printed as a signed number (`-1261900400`); nil for anything else.
    public static func parse(_ text: String) -> UInt32? {
        if let unsigned = UInt32(text) { return unsigned }
        if let signed = Int32(text) { return UInt32(bitPattern: signed) }
        return nil
    }

    /// Whether the text of a closing `#KSUMMA` states `value` (signed or unsigned decimal).
    static func matches(_ text: String, _ value: UInt32) -> Bool {
        parse(text) == value
    }

    /// The lookup table for the reflected polynomial 0xEDB88320 (the spec's `CRC_skapa_tabell`).
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        return c
    }

    /// A text as bytes in the file's character set, the inverse of the reader's decoding.
    /// A character the set cannot hold becomes `?` (writing cannot do better; reading never
    /// produces one, since every decoded character came from a byte).
    static func encode(_ text: String, _ encoding: SIEEncoding) -> [UInt8] {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .latin1:
            return text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
        case .windows1252:
            return text.unicodeScalars.map { scalar in
                if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
                guard scalar.value <= 0xFFFF else { return UInt8(ascii: "?") }
                return windows1252Byte[UInt16(scalar.value)] ?? UInt8(ascii: "?")
            }
        case .cp437:
            return text.unicodeScalars.map { scalar in
                if scalar.value < 0x80 { return UInt8(scalar.value) }
                guard scalar.value <= 0xFFFF else { return UInt8(ascii: "?") }
                return cp437Byte[UInt16(scalar.value)] ?? UInt8(ascii: "?")
            }
        }
    }

    /// Unicode code point → Windows-1252 byte for 0x80...0x9F: the inverse of `SIEText.windows1252Low`.
    static let windows1252Byte: [UInt16: UInt8] = {
        var map: [UInt16: UInt8] = [:]
        for (offset, code) in SIEText.windows1252Low.enumerated() { map[code] = UInt8(0x80 + offset) }
        return map
    }()

    /// Unicode code point → CP437 byte for 0x80...0xFF: the inverse of `SIEText.cp437High`.
    static let cp437Byte: [UInt16: UInt8] = {
        var map: [UInt16: UInt8] = [:]
        for (offset, code) in SIEText.cp437High.enumerated() { map[code] = UInt8(0x80 + offset) }
        return map
    }()
}
