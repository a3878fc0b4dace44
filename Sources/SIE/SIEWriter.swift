/// Writes a ``SIEDocument`` as a SIE 4 file that ``SIEReader`` reads back to the same
/// document (apart from line numbers): records in the standard's order, texts quoted with
/// `\"` and `\\` escaped, amounts with two decimals, dates `YYYYMMDD`, CP437 by default.
/// With `checksum: true` the records are framed by `#KSUMMA` and the sum is computed as
/// ``SIEChecksum`` defines it.
public enum SIEWriter {
    public static func write(_ doc: SIEDocument, encoding: SIEEncoding = .cp437, checksum: Bool = false) -> [UInt8] {
        var out = Output(encoding: encoding, checksum: checksum ? SIEChecksum() : nil)
        if checksum { out.raw("#KSUMMA") }
        out.record("#FLAGGA", [.plain("0")])
        if let program = doc.program { out.record("#PROGRAM", [.quoted(program)]) }
        out.record("#FORMAT", [.plain(encoding == .cp437 ? "PC8" : (doc.format ?? "PC8"))])
        if let generated = doc.generated { out.record("#GEN", [.plain(generated.sieString)]) }
        out.record("#SIETYP", [.plain(doc.sieType ?? "4")])
        if let name = doc.companyName { out.record("#FNAMN", [.quoted(name)]) }
        if let number = doc.organisationNumber { out.record("#ORGNR", [.plain(number)]) }
        for year in doc.fiscalYears {
            out.record("#RAR", [.plain(String(year.index)), .plain(year.start.sieString), .plain(year.end.sieString)])
        }
        if let chart = doc.chartType { out.record("#KPTYP", [.quoted(chart)]) }
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
        for (balances, plainLabel, objectLabel) in [(doc.openingBalances, "#IB", "#OIB"), (doc.closingBalances, "#UB", "#OUB")] {
            for b in balances {
                if b.objects.isEmpty {
                    out.record(plainLabel, [.plain(String(b.yearIndex)), .plain(b.account), .plain(b.amount.description)] + quantity(b.quantity))
                } else {
                    out.record(objectLabel, [.plain(String(b.yearIndex)), .plain(b.account), .list(b.objects), .plain(b.amount.description)] + quantity(b.quantity))
                }
            }
        }
        for r in doc.results {
            out.record("#RES", [.plain(String(r.yearIndex)), .plain(r.account), .plain(r.amount.description)] + quantity(r.quantity))
        }
        for (balances, label) in [(doc.periodBalances, "#PSALDO"), (doc.periodBudgets, "#PBUDGET")] {
            for p in balances {
                let period = String(p.year) + (p.month < 10 ? "0" : "") + String(p.month)
                out.record(label, [.plain(String(p.yearIndex)), .plain(period), .plain(p.account), .list(p.objects), .plain(p.amount.description)] + quantity(p.quantity))
            }
        }
        for v in doc.vouchers {
            var fields: [Field] = [.quotedIfNeeded(v.series), .quotedIfNeeded(v.number), .plain(v.date.sieString), .quoted(v.text)]
            if v.registrationDate != nil || v.sign != nil { fields.append(v.registrationDate.map { .plain($0.sieString) } ?? .quoted("")) }
            if let sign = v.sign { fields.append(.quoted(sign)) }
            out.record("#VER", fields)
            out.raw("{")
            // An added row (#RTRANS) stands right before the #TRANS that repeats it.
            var added = v.addedTransactions
            for t in v.transactions {
                if let i = added.firstIndex(where: { $0.account == t.account && $0.objects == t.objects && $0.amount == t.amount }) {
                    out.record("#RTRANS", row(added.remove(at: i)))
                }
                out.record("#TRANS", row(t))
            }
            for t in v.removedTransactions { out.record("#BTRANS", row(t)) }
            out.raw("}")
        }
        if let sum = out.checksum?.value { out.raw("#KSUMMA \(sum)") }
        return out.bytes
    }

    static func row(_ t: SIETransaction) -> [Field] {
        var fields: [Field] = [.plain(t.account), .list(t.objects), .plain(t.amount.description)]
        if t.date != nil || t.text != nil || t.quantity != nil { fields.append(t.date.map { .plain($0.sieString) } ?? .quoted("")) }
        if t.text != nil || t.quantity != nil { fields.append(.quoted(t.text ?? "")) }
        if let q = t.quantity { fields.append(.plain(q)) }
        return fields
    }

    static func quantity(_ q: String?) -> [Field] { q.map { [.plain($0)] } ?? [] }

    /// A field as it is to be written.
    enum Field {
        case plain(String)
        case quoted(String)
        /// Bare when it can be (series and voucher numbers are usually bare); the same as `plain`.
        case quotedIfNeeded(String)
        case list([SIEObjectRef])
    }

    struct Output {
        let encoding: SIEEncoding
        var checksum: SIEChecksum?
        var bytes: [UInt8] = []

        init(encoding: SIEEncoding, checksum: SIEChecksum?) {
            self.encoding = encoding
            self.checksum = checksum
        }

        mutating func raw(_ line: String) {
            bytes += SIEChecksum.encode(line, encoding)
            bytes.append(0x0A)
        }

        /// One record line; the checksum sees the label and the fields' contents as the reader
        /// will split them.
        mutating func record(_ label: String, _ fields: [Field]) {
            var line = label
            var split: [SIEText.Field] = []
            for field in fields {
                line += " "
                switch field {
                case .plain(let text):
                    // Numbers and codes are bare, unless they hold a blank, quote or brace.
                    line += SIEWriter.needsQuotes(text) ? SIEWriter.quote(text) : text
                    split.append(.text(text))
                case .quoted(let text):
                    line += SIEWriter.quote(text)
                    split.append(.text(text))
                case .quotedIfNeeded(let text):
                    line += SIEWriter.needsQuotes(text) ? SIEWriter.quote(text) : text
                    split.append(.text(text))
                case .list(let objects):
                    line += "{" + objects.map { "\($0.dimension) \(SIEWriter.quote($0.code))" }.joined(separator: " ") + "}"
                    split.append(.list(objects.flatMap { [String($0.dimension), $0.code] }))
                }
            }
            if checksum != nil { checksum!.add(label: label, fields: split, encoding: encoding) }
            raw(line)
        }
    }

    /// Empty, or holding anything the reader would take as a separator, quote or brace
    /// (control characters such as CR or the DOS end-of-file byte count as blanks there).
    static func needsQuotes(_ text: String) -> Bool {
        text.isEmpty || text.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F || $0 == "\"" || $0 == "{" || $0 == "}" || $0 == "\\" }
    }

    /// A line break cannot be written inside a record: it becomes a space.
    static func quote(_ text: String) -> String {
        var out = "\""
        for ch in text {
            if ch == "\"" || ch == "\\" { out.append("\\") }
            out.append(ch.isNewline ? " " : ch)
        }
        return out + "\""
    }
}
