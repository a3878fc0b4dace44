/// Writes a ``SIEDocument`` as a SIE 4 file ("SIE filformat Utgåva 4B") that ``SIEReader``
/// reads back to the same document, apart from line numbers.
///
/// - Records come in the order of the spec's record table (chapter 6; 5.12 groups them):
///   `#FLAGGA`, identification (`#PROGRAM` `#FORMAT` `#GEN` `#SIETYP` `#ORGNR` `#FNAMN` `#RAR`
///   `#KPTYP` `#VALUTA`), chart of accounts (`#KONTO` with its `#KTYP`, `#DIM`, `#OBJEKT`),
///   then balances (`#IB` `#UB` `#OIB` `#OUB` `#RES` `#PSALDO` `#PBUDGET`) and `#VER` with its
///   rows in `{` `}` lines of their own (5.4). Within a kind, records keep the document's order.
/// - Texts are quoted; a quote inside is written `\"` (5.7). A backslash is written `\\` only
///   where the reader would otherwise take it for an escape (before `"` or `\`, or last), so
///   `C:\dir` stays `C:\dir` as 4B, which defines no other escape, expects. A line break in a
///   text becomes a space: a record is one line. Other control characters, which 5.7 forbids,
///   are kept inside the quotes so nothing read is lost.
/// - Amounts have two decimals (`-1234.50`), dates are `YYYYMMDD` (5.9, 5.10).
/// - Lines end with a line feed, which 5.5 prescribes (a CR before it is only allowed).
/// - CP437 by default, declared `#FORMAT PC8` (5.8); a character CP437 cannot hold is written `?`.
/// - With `checksum: true` the records after `#FLAGGA` are framed by `#KSUMMA` and the sum is
///   computed as ``SIEChecksum`` defines it (chapter 10).
///
/// What the model does not hold is not written: `#GEN`'s signature, `#PROSA`, `#ADRESS`,
/// `#SRU`, `#UNDERDIM`'s superior dimension (it is written as a `#DIM`), a row's `sign`.
public enum SIEWriter {
    /// The file's bytes for `doc`.
    ///
    /// - Parameters:
    ///   - doc: The document; line numbers, warnings and the decoded encoding are ignored.
    ///   - encoding: The character set to write; the standard's is `.cp437`.
    ///   - checksum: Whether to add the `#KSUMMA` records (an optional part of the standard).
    public static func write(_ doc: SIEDocument, encoding: SIEEncoding = .cp437, checksum: Bool = false) -> [UInt8] {
        var out = Output(encoding: encoding, checksum: nil)
        out.record("#FLAGGA", [.plain("0")])
        // The sum starts after #FLAGGA (10.4), which a reader may rewrite to 1.
        if checksum {
            out.raw("#KSUMMA")
            out.checksum = SIEChecksum()
        }
        if let program = doc.program { out.record("#PROGRAM", programFields(program)) }
        out.record("#FORMAT", [.plain(encoding == .cp437 ? "PC8" : (doc.format ?? "PC8"))])
        if let generated = doc.generated { out.record("#GEN", [.plain(generated.sieString)]) }
        out.record("#SIETYP", [.plain(doc.sieType ?? "4")])
        if let number = doc.organisationNumber { out.record("#ORGNR", [.plain(number)]) }
        if let name = doc.companyName { out.record("#FNAMN", [.quoted(name)]) }
        for year in doc.fiscalYears {
            out.record("#RAR", [.plain(String(year.index)), .plain(year.start.sieString), .plain(year.end.sieString)])
        }
        if let chart = doc.chartType { out.record("#KPTYP", [.plain(chart)]) }
        if let currency = doc.currency { out.record("#VALUTA", [.plain(currency)]) }

        for account in doc.accounts {
            out.record("#KONTO", [.plain(account.number), .quoted(account.name)])
            if let type = account.type { out.record("#KTYP", [.plain(account.number), .plain(type)]) }
        }
        for (dimension, name) in doc.dimensions.sorted(by: { $0.key < $1.key }) {
            out.record("#DIM", [.plain(String(dimension)), .quoted(name)])
        }
        for object in doc.objects {
            out.record("#OBJEKT", [.plain(String(object.dimension)), .quoted(object.code), .quoted(object.name)])
        }

        // #IB and #OIB share `openingBalances`, #UB and #OUB `closingBalances`; each kind keeps
        // its order, which is the order the reader appends them in.
        let opening = doc.openingBalances
        let closing = doc.closingBalances
        for b in opening where b.objects.isEmpty { out.record("#IB", balance(b)) }
        for b in closing where b.objects.isEmpty { out.record("#UB", balance(b)) }
        for b in opening where !b.objects.isEmpty { out.record("#OIB", balance(b)) }
        for b in closing where !b.objects.isEmpty { out.record("#OUB", balance(b)) }
        for r in doc.results { out.record("#RES", balance(r, objects: false)) }
        for p in doc.periodBalances { out.record("#PSALDO", period(p)) }
        for p in doc.periodBudgets { out.record("#PBUDGET", period(p)) }

        for v in doc.vouchers { voucher(v, &out) }
        if let sum = out.checksum?.value {
            out.checksum = nil
            out.raw("#KSUMMA " + SIEChecksum.format(sum))
        }
        return out.bytes
    }

    /// `#PROGRAM programnamn version`: the reader joins the two with a space, so a last word
    /// with a digit in it is the version again; otherwise the version is written empty.
    static func programFields(_ program: String) -> [Field] {
        if let space = program.lastIndex(of: " ") {
            let version = program[program.index(after: space)...]
            if version.contains(where: \.isNumber) {
                return [.quoted(String(program[..<space])), .plain(String(version))]
            }
        }
        return [.quoted(program), .quoted("")]
    }

    /// `årsnr konto {objekt} saldo kvantitet` — the object list only for `#OIB`/`#OUB`
    /// (`#RES` has none).
    static func balance(_ b: SIEBalance, objects: Bool = true) -> [Field] {
        var fields: [Field] = [.plain(String(b.yearIndex)), .plain(b.account)]
        if objects && !b.objects.isEmpty { fields.append(.list(b.objects)) }
        fields.append(.plain(b.amount.description))
        if let quantity = b.quantity { fields.append(.plain(quantity)) }
        return fields
    }

    /// `årsnr period konto {objekt} saldo kvantitet`; the object list is always written, `{}`
    /// when empty, as SIE 4 requires.
    static func period(_ p: SIEPeriodBalance) -> [Field] {
        // YYYYMM with a four-digit year: the reader accepts year 0024, so the writer must keep it.
        let period = SIEDate.pad(p.year, 4) + SIEDate.pad(p.month, 2)
        var fields: [Field] = [
            .plain(String(p.yearIndex)), .plain(period), .plain(p.account), .list(p.objects),
            .plain(p.amount.description),
        ]
        if let quantity = p.quantity { fields.append(.plain(quantity)) }
        return fields
    }

    /// `#VER serie vernr verdatum vertext regdatum sign` and its rows.
    static func voucher(_ v: SIEVoucher, _ out: inout Output) {
        var fields: [Field] = [.plain(v.series), .plain(v.number), .plain(v.date.sieString), .quoted(v.text)]
        if v.registrationDate != nil || v.sign != nil {
            fields.append(v.registrationDate.map { .plain($0.sieString) } ?? .quoted(""))
        }
        if let sign = v.sign { fields.append(.quoted(sign)) }
        out.record("#VER", fields)
        out.raw("{")
        // An added row (#RTRANS) stands right before the #TRANS that repeats it; one without
        // its #TRANS (the reader warns about it) is kept after the rows.
        var added = v.addedTransactions
        for t in v.transactions {
            if let i = added.firstIndex(where: {
                $0.account == t.account && $0.objects == t.objects && $0.amount == t.amount
            }) {
                out.record("#RTRANS", row(added.remove(at: i)))
            }
            out.record("#TRANS", row(t))
        }
        for t in added { out.record("#RTRANS", row(t)) }
        for t in v.removedTransactions { out.record("#BTRANS", row(t)) }
        out.raw("}")
    }

    /// `kontonr {objekt} belopp transdat transtext kvantitet`; an absent date or text before a
    /// present field is written `""`, which the reader takes as absent.
    static func row(_ t: SIETransaction) -> [Field] {
        var fields: [Field] = [.plain(t.account), .list(t.objects), .plain(t.amount.description)]
        if t.date != nil || t.text != nil || t.quantity != nil {
            fields.append(t.date.map { .plain($0.sieString) } ?? .quoted(""))
        }
        if t.text != nil || t.quantity != nil { fields.append(.quoted(t.text ?? "")) }
        if let q = t.quantity { fields.append(.plain(q)) }
        return fields
    }

    /// A field as it is to be written.
    enum Field {
        /// Bare (numbers, dates, codes), quoted only when the content needs it.
        case plain(String)
        /// Always quoted (names and texts, as the spec's examples write them).
        case quoted(String)
        /// An object list `{dim "code" ...}`.
        case list([SIEObjectRef])
    }

    /// The bytes being written, and the running checksum while inside the `#KSUMMA` frame.
    struct Output {
        let encoding: SIEEncoding
        var checksum: SIEChecksum?
        var bytes: [UInt8] = []

        init(encoding: SIEEncoding, checksum: SIEChecksum?) {
            self.encoding = encoding
            self.checksum = checksum
        }

        /// One line as is; `{`, `}` and `#KSUMMA` lines are not part of the sum.
        mutating func raw(_ line: String) {
            bytes += SIEChecksum.encode(line, encoding)
            bytes.append(0x0A)
        }

        /// One record line. The checksum sees the label and each field's content exactly as
        /// the reader will split it: unquoted, unescaped, list items one after the other.
        mutating func record(_ label: String, _ fields: [Field]) {
            var line = label
            var contents: [SIEText.Field] = []
            for field in fields {
                line += " "
                switch field {
                case .plain(let raw):
                    let text = SIEWriter.oneLine(raw)
                    line += SIEWriter.needsQuotes(text) ? SIEWriter.quote(text) : text
                    contents.append(.text(text))
                case .quoted(let raw):
                    let text = SIEWriter.oneLine(raw)
                    line += SIEWriter.quote(text)
                    contents.append(.text(text))
                case .list(let objects):
                    let codes = objects.map { SIEWriter.oneLine($0.code) }
                    line +=
                        "{"
                        + zip(objects, codes).map { "\($0.dimension) \(SIEWriter.quote($1))" }.joined(separator: " ")
                        + "}"
                    contents.append(.list(zip(objects, codes).flatMap { [String($0.dimension), $1] }))
                }
            }
            checksum?.add(label: label, fields: contents)
            raw(line)
        }
    }

    /// The text with each line break (LF, CR, CRLF, VT, FF, NEL, LS, PS) replaced by a space:
    /// a record is one line.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }

    /// Empty, or holding anything the reader would take as a separator, quote, brace or escape
    /// (control characters such as CR or the DOS end-of-file byte count as blanks there).
    static func needsQuotes(_ text: String) -> Bool {
        text.isEmpty
            || text.unicodeScalars.contains {
                $0.value < 0x21 || $0.value == 0x7F || $0 == "\"" || $0 == "{" || $0 == "}" || $0 == "\\"
            }
    }

    /// `"text"` with `\"` for a quote and `\\` for a backslash the reader would otherwise read
    /// as the start of an escape (one before `"` or `\`, or at the end).
    static func quote(_ text: String) -> String {
        var out = "\""
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\"" {
                out += "\\\""
            } else if scalar == "\\" {
                let next = i + 1 < scalars.count ? scalars[i + 1] : nil
                out += next == nil || next == "\"" || next == "\\" ? "\\\\" : "\\"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
