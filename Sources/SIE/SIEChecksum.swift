/// The `#KSUMMA` checksum of SIE 4 ("SIE filformat Utgåva 4B", §5.8 #KSUMMA and appendix
/// "Kontrollsumma"): a CRC-32 over every record between the opening `#KSUMMA` (no value) and
/// the closing `#KSUMMA <sum>`.
///
/// What enters the CRC, per the specification: for each record, its label (`#VER`) and then
/// the content of each field in the file's character set — without the whitespace between
/// fields, without the enclosing quote characters and without braces (so the object list
/// `{1 "0123"}` contributes `10123`). The `{` and `}` lines of a voucher are not records and
/// contribute nothing. The CRC is the common reflected CRC-32 (polynomial 0xEDB88320, initial
/// value 0xFFFFFFFF, final complement); the closing record carries it as a decimal number.
/// Writers differ in printing it signed or unsigned, so both readings are accepted.
public struct SIEChecksum: Sendable {
    private var crc: UInt32 = 0xFFFF_FFFF

    public init() {}

    /// The checksum so far.
    public var value: UInt32 { ~crc }

    /// Adds one record: its label and its fields as the reader split them.
    mutating func add(label: String, fields: [SIEText.Field], encoding: SIEEncoding) {
        add(SIEChecksum.encode(label, encoding))
        for field in fields {
            switch field {
            case .text(let text): add(SIEChecksum.encode(text, encoding))
            case .list(let items): for item in items { add(SIEChecksum.encode(item, encoding)) }
            }
        }
    }

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes {
            crc = (crc >> 8) ^ SIEChecksum.table[Int((crc ^ UInt32(byte)) & 0xFF)]
        }
    }

    /// CRC-32 of `bytes` on its own; `crc32("123456789")` is 0xCBF43926.
    public static func crc32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var c = SIEChecksum()
        c.add(Array(bytes))
        return c.value
    }

    /// Whether the text of a closing `#KSUMMA` states `value` (signed or unsigned decimal).
    static func matches(_ text: String, _ value: UInt32) -> Bool {
        if let unsigned = UInt32(text) { return unsigned == value }
        if let signed = Int32(text) { return UInt32(bitPattern: signed) == value }
        return false
    }

    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        return c
    }

    /// Text back into the file's bytes (CP437 by default), as the checksum is defined on them.
    static func encode(_ text: String, _ encoding: SIEEncoding) -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .latin1: return text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
        case .cp437:
            return text.unicodeScalars.map { scalar in
                if scalar.value < 0x80 { return UInt8(scalar.value) }
                return cp437Byte[UInt16(truncatingIfNeeded: scalar.value)] ?? UInt8(ascii: "?")
            }
        }
    }

    /// The inverse of the reader's CP437 table.
    static let cp437Byte: [UInt16: UInt8] = {
        var map: [UInt16: UInt8] = [:]
        for (i, code) in SIEText.cp437High.enumerated() { map[code] = UInt8(0x80 + i) }
        return map
    }()
}
