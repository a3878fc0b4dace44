extension SyntheticLedger {
    /// How a generated file is laid out. The rows, amounts and balances are the same kind in each; what differs is
    /// what a reader must cope with (issue 19 measures both of the shapes real files come in).
    public enum Shape: String, Sendable, CaseIterable {
        /// LF line ends, CP437 (PC8) as SIE 4 prescribes, quoted object values: the form the standard's own
        /// examples have, and what the tests read.
        case standard
        /// LF line ends, UTF-8 (no `#FORMAT PC8`), object values unquoted: `{1 11000 20 100}`, as scripts and
        /// newer web services write.
        case unix
        /// CR LF line ends, CP437, quoted series, numbers and object values, two or three dimensions a row
        /// (ansvar, verksamhet and on a third of the rows projekt) and vouchers of ten rows on average: the
        /// form Windows accounting programs export.
        case windows
    }

    /// The windows shape's projects (dimension 6).
    static let projectCount = 40
    static func project(_ index: Int) -> String { "P" + String(1_000 + index) }

    /// The fixed pieces of a voucher's lines that differ by shape, in ASCII.
    struct Pieces {
        let verPrefix: [UInt8], afterNumber: [UInt8], quoteOpen: [UInt8], braceEnd: [UInt8]
        let dimension1: [UInt8], dimension2: [UInt8], dimension6: [UInt8], objectEnd: [UInt8]

        init(_ shape: Shape) {
            let newline = shape == .windows ? "\r\n" : "\n"
            let quote = shape == .unix ? "" : "\""
            // Windows programs quote the series and the number too: `#VER "A" "17" 20240115 "…"`.
            verPrefix = Array((shape == .windows ? "#VER \"A\" \"" : "#VER A ").utf8)
            afterNumber = Array((shape == .windows ? "\" " : " ").utf8)
            quoteOpen = Array("\"\(newline){\(newline)".utf8)
            braceEnd = Array("}\(newline)".utf8)
            dimension1 = Array("1 \(quote)".utf8)
            dimension2 = Array("\(quote) 20 \(quote)".utf8)
            dimension6 = Array("\(quote) 6 \(quote)".utf8)
            objectEnd = Array(quote.utf8)
        }
    }
}
