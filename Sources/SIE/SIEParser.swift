import Foundation

/// The line-by-line state machine behind ``SIEReader``.
struct SIEParser {
    /// The bytes being parsed: the whole file, or the current chunk when streaming.
    var bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    var encoding: SIEEncoding
    /// The last line number handed out; lines are counted across chunks.
    var lineNumber = 0
    /// When set, a finished voucher goes here instead of into `document.vouchers`.
    var onVoucher: ((SIEVoucher) -> Void)?

    var document = SIEDocument()
    var errors: [SIEIssue] = []
    var suppressedWarnings = 0
    var suppressedErrors = 0
    static let maximumWarnings = 1000
    /// A broken 10-million-row file must not need gigabytes for its messages.
    static let maximumErrors = 1000

    var scratch: [UInt8] = []
    var recordCount = 0
    /// Whether a non-ASCII byte was read, so the encoding was really chosen (parallel reading
    /// checks that both halves chose the same); and where a second half's own lines begin.
    var sawNonASCII = false
    var bodyStartLine = 0
    var sawFlagga = false
    var sawSietyp = false

    /// A voucher being read: between `#VER` and its `}`.
    struct OpenVoucher {
        var series: String
        var number: String
        var date: SIEDate?
        var text: String
        var registrationDate: SIEDate?
        var sign: String?
        var line: Int
        /// True once the `{` line was seen (or implied after an error).
        var inBody = false
        /// True if any line of the voucher had an error; then the balance is not checked.
        var damaged = false
        var transactions: [SIETransaction] = []
        var added: [SIETransaction] = []
        var removed: [SIETransaction] = []
        var sum: Int64 = 0
        var overflow = false
        var pendingAdded: SIETransaction? {
            didSet { hasPendingAdded = pendingAdded != nil }
        }
        /// Whether ``pendingAdded`` holds a row, read on every `#TRANS` (comparing the optional row with nil
        /// copied it).
        var hasPendingAdded = false

        var name: String {
            let parts = [series, number].filter { !$0.isEmpty }
            return parts.isEmpty ? "voucher (unnumbered)" : "voucher " + parts.joined(separator: " ")
        }
    }
    var open: OpenVoucher?
    /// The last streamed voucher's rows' array, emptied, for the next voucher's rows.
    var spareRows: [SIETransaction] = []
    /// The running `#KSUMMA` checksum, from the opening record to the closing one.
    var checksum: SIEChecksum?
    var checksumLine: Int?
    var checksumClosed = false
    /// The same sum over the characters as the file encodes them: what a writer of a UTF-8 file
    /// that declares PC8 often states instead of the specified sum.
    var fileChecksum = SIEChecksum()
    /// `open?.inBody`, kept apart because reading it through the optional copies the whole
    /// open voucher, once per row.
    var openInBody = false

    var voucherNumbers = VoucherRegistry()
    var accountCache = DeclaredCache<String>()
    var objectCache = DeclaredCache<SIEObjectRef>()
    /// The `#TRANS` rows' object lists, decoded once each.
    var objectLists = ObjectListCache()
    /// The `#TRANS` rows' account numbers as strings, by their bytes (up to seven ASCII bytes and their length in
    /// one word), direct-mapped: a region's few hundred accounts decoded once, not once a row.
    var accountTexts = [(key: UInt64, text: String)](repeating: (0, ""), count: 512)
    var accountLines: [String: Int] = [:]
    var objectLines: [SIEObjectRef: Int] = [:]
    var fiscalYearLines: [Int: Int] = [:]
    var accountTypes: [(account: String, type: String, line: Int)] = []
    /// `#PSALDO`/`#PBUDGET` already warned about for a missing object list.
    var labelsWithoutObjectList: Set<String> = []

    /// Checks made when a voucher closes need the declarations read so far; uses of accounts,
    /// objects or a year not declared (yet) wait here until the end of the file, bounded.
    var yearZero: SIEFiscalYear?
    var pendingAccounts: [String: PendingUse] = [:]
    var pendingObjects: [SIEObjectRef: PendingUse] = [:]
    var pendingDates: [(line: Int, name: String, date: SIEDate)] = []
    var pendingDatesDropped = 0

    /// Where an undeclared name was used: the first lines (at most `keep`) and how often.
    struct PendingUse {
        static let keep = 20
        var lines: [Int] = []
        var count = 0
        mutating func add(_ line: Int) {
            count += 1
            if lines.count < PendingUse.keep { lines.append(line) }
        }
    }

    init(encoding: SIEEncoding) {
        self.encoding = encoding
        document.encoding = encoding
    }

    // MARK: Issues

    mutating func error(_ line: Int?, _ message: String) {
        if errors.count < SIEParser.maximumErrors {
            errors.append(SIEIssue(line: line, message: message))
        } else {
            suppressedErrors += 1
        }
    }

    mutating func warn(_ line: Int?, _ message: String) {
        if document.warnings.count < SIEParser.maximumWarnings {
            document.warnings.append(SIEIssue(line: line, message: message))
        } else {
            suppressedWarnings += 1
        }
    }

    // MARK: Driver

    /// Parses the lines of `region` from byte `start`. When streaming, `region` ends with a
    /// newline (or at the end of the file), so no line is split between two calls.
    mutating func consume(_ region: UnsafeBufferPointer<UInt8>, from start: Int) {
        bytes = region
        let count = region.count
        var lineStart = start
        while lineStart < count {
            lineNumber += 1
            let lineEnd = SIEText.nextNewline(region, from: lineStart)
            var start = lineStart
            var end = lineEnd
            while start < end && SIEText.isBlank(region[start]) { start += 1 }
            while end > start && SIEText.isBlank(region[end - 1]) { end -= 1 }
            if start < end { handleLine(start, end, lineNumber) }
            lineStart = lineEnd + 1
        }
        bytes = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// Ends the file: closes an open voucher, makes the whole-file checks and returns the
    /// document, or throws every error found, in line order.
    mutating func complete() throws(SIEReadFailure) -> SIEDocument {
        if open != nil { closeVoucher(terminated: false, before: nil) }
        finish(lineCount: lineNumber)

        var sorted = errors.enumerated().sorted { a, b in
            let la = a.element.line ?? 0
            let lb = b.element.line ?? 0
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
        if suppressedErrors > 0 {
            sorted.append(SIEIssue(line: nil, message: "\(suppressedErrors) further errors not shown"))
        }
        if suppressedWarnings > 0 {
            document.warnings.append(SIEIssue(line: nil, message: "\(suppressedWarnings) further warnings not shown"))
        }
        if !sorted.isEmpty { throw SIEReadFailure(issues: sorted, warnings: document.warnings) }
        return document
    }

    mutating func handleLine(_ start: Int, _ end: Int, _ line: Int) {
        let first = bytes[start]

        // A brace line with more on it ("} extra") still opens or closes the voucher, so the
        // fault is reported where it is and not as a voucher that never ends.
        if (first == SIEText.openBrace || first == SIEText.closeBrace) && end - start > 1 {
            error(line, "unexpected text after \(first == SIEText.openBrace ? "{" : "}")")
            if open != nil { open!.damaged = true }
            handleLine(start, start + 1, line)
            return
        }
        if first == SIEText.openBrace && end - start == 1 {
            if open != nil, !open!.inBody {
                open!.inBody = true  // in place: a copy of the voucher retained and released its fields
                openInBody = true
            } else if let voucher = open {
                // A second `{` in an open voucher: the voucher is the place to look, not "outside".
                error(line, "unexpected { inside \(voucher.name) (opened at line \(voucher.line)): a voucher has one {")
                open!.damaged = true
            } else {
                error(line, "unexpected { outside a voucher")
            }
            return
        }
        if first == SIEText.closeBrace && end - start == 1 {
            if openInBody {
                closeVoucher(terminated: true, before: nil)
            } else if open != nil {
                closeVoucher(terminated: true, before: nil)  // reports the missing {
            } else {
                error(line, "unexpected } outside a voucher")
            }
            return
        }

        guard first == UInt8(ascii: "#") else {
            warn(line, "line does not start with a #label; skipped")
            return
        }
        var labelEnd = start + 1
        while labelEnd < end && !SIEText.isBlank(bytes[labelEnd]) { labelEnd += 1 }
        // Most lines of a ledger are `#TRANS` rows inside a voucher: read those straight from
        // the bytes. Anything unusual falls through to the general path, which reports it.
        if labelEnd - start == 6, openInBody, checksum == nil, SIEParser.isTRANS(bytes, start),
            fastTransaction(labelEnd, end, line)
        {
            recordCount += 1
            return
        }
        // And one `#VER` per voucher, when no voucher is open (otherwise the general path
        // reports the missing `}`).
        if labelEnd - start == 4, open == nil, checksum == nil, bytes[start + 1] == UInt8(ascii: "V"),
            bytes[start + 2] == UInt8(ascii: "E"),
            bytes[start + 3] == UInt8(ascii: "R"), fastVoucher(labelEnd, end, line)
        {
            recordCount += 1
            return
        }
        let labelBytes = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<labelEnd])
        let wellFormed =
            !labelBytes.isEmpty
            && labelBytes.allSatisfy {
                ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z"))
                    || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z"))
                    || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
            }
        let rawLabel = SIEText.decode(UnsafeBufferPointer(rebasing: bytes[start..<labelEnd]), as: encoding)
        guard wellFormed else {
            warn(line, "garbled label \"\(rawLabel)\"; line skipped")
            return
        }
        let label = rawLabel.uppercased()
        let isRow = label == "#TRANS" || label == "#RTRANS" || label == "#BTRANS"

        guard SIEParser.knownLabels.contains(label) else {
            warn(line, "unknown label \(rawLabel); line skipped")
            return
        }

        // Voucher structure: `{` must follow #VER, rows only inside, `}` before the next record.
        if let voucher = open {
            if !voucher.inBody {
                if isRow {
                    // Read the rows as the body anyway, so they are not also reported as outside.
                    error(voucher.line, "missing { after #VER")
                    open!.damaged = true
                    open!.inBody = true
                    openInBody = true
                } else {
                    closeVoucher(terminated: true, before: nil)  // reports the missing {
                }
            } else if !isRow {
                closeVoucher(terminated: false, before: line)
            }
        }

        recordCount += 1

        let fields: [SIEText.Field]
        switch SIEText.split(bytes, labelEnd, end, encoding: encoding, scratch: &scratch) {
        case .success(let value): fields = value
        case .failure(let failure):
            error(line, "\(label): \(failure.message)")
            if isRow, open != nil { open!.damaged = true }
            if label == "#VER" { openBrokenVoucher(line) }
            return
        }
        if label == "#KSUMMA" {
            checkSum(fields, line)
            return
        }
        if checksum != nil {
            checksum!.add(label: label, fields: fields)
            fileChecksum.add(label: label, fields: fields, encoding: encoding)
        }
        var record = Record(label: label, fields: fields, line: line)
        handle(&record, isRow: isRow)
    }

    /// The opening `#KSUMMA` starts the checksum; the closing one (with the sum) must match.
    mutating func checkSum(_ fields: [SIEText.Field], _ line: Int) {
        guard let first = fields.first else {
            if checksumLine != nil {
                error(line, "#KSUMMA opened again (first at line \(checksumLine!))")
            } else {
                checksum = SIEChecksum()
                fileChecksum = SIEChecksum()
                checksumLine = line
            }
            return
        }
        guard case .text(let stated) = first, let running = checksum else {
            error(line, "#KSUMMA with a sum but no opening #KSUMMA before it")
            return
        }
        // The sum is defined over PC8 values; a file in another encoding than it declares
        // (UTF-8 declaring PC8) may carry a sum of its own bytes or of something else: a
        // mismatch there says more about the writer than about damage, so it is a warning.
        let declared = (document.format ?? "PC8").uppercased()
        let otherEncoding = encoding != .cp437 || declared != "PC8"
        if SIEChecksum.matches(stated, running.value) {
            document.checksum = running.value
        } else if otherEncoding && SIEChecksum.matches(stated, fileChecksum.value) {
            document.checksum = fileChecksum.value
            warn(
                line,
                "#KSUMMA is computed over the file's \(encoding.label) bytes, not over the PC8 values SIE 4 defines "
                    + "(#FORMAT \(declared)); accepted"
            )
        } else if otherEncoding {
            warn(
                line,
                "#KSUMMA \(stated) does not match the file's content (checksum \(running.value) over PC8 values); "
                    + "the file is \(encoding.label) while #FORMAT declares \(declared), so this is only a warning")
        } else {
            error(
                line,
                "#KSUMMA \(stated) does not match the file's content (checksum \(running.value)): the file was "
                    + "changed or damaged after it was written"
            )
        }
        checksum = nil
        checksumClosed = true
    }
}
