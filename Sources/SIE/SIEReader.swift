import Foundation

/// Reads SIE 4 files ("SIE filformat Utgåva 4B"), types 1–4 (4E and 4I).
///
/// The reader checks the whole file and either returns a complete ``SIEDocument`` or throws a
/// ``SIEReadFailure`` with every error found, each with its line, so an import is all or nothing
/// and the user sees all problems at once. Problems that do not make the data wrong (unknown
/// labels, a non-CP437 encoding) are ``SIEDocument/warnings`` instead.
public enum SIEReader {
    /// Parses a whole file. Throws `SIEReadFailure` carrying EVERY problem found (not just the
    /// first), each with its 1-based line. The encoding is detected (see ``SIEEncoding``).
    public static func read(_ data: [UInt8]) throws(SIEReadFailure) -> SIEDocument {
        try data.withUnsafeBufferPointer { (buffer) throws(SIEReadFailure) -> SIEDocument in
            try parse(buffer, encoding: nil)
        }
    }

    /// Parses a whole file decoding it with `encoding` instead of detecting it, for files whose
    /// encoding the detection gets wrong. Otherwise the same as ``read(_:)``.
    public static func read(_ data: [UInt8], encoding: SIEEncoding) throws(SIEReadFailure) -> SIEDocument {
        try data.withUnsafeBufferPointer { (buffer) throws(SIEReadFailure) -> SIEDocument in
            try parse(buffer, encoding: encoding)
        }
    }

    /// Reads and parses the file at `path` (memory-mapped where possible). I/O errors are
    /// reported as one issue without a line.
    public static func read(contentsOf path: String) throws(SIEReadFailure) -> SIEDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SIEReadFailure(issues: [SIEIssue(line: nil, message: "cannot read \(path): no such file")])
        }
        guard !isDirectory.boolValue else {
            throw SIEReadFailure(issues: [SIEIssue(line: nil, message: "cannot read \(path): is a directory")])
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw SIEReadFailure(issues: [
                SIEIssue(line: nil, message: "cannot read \(path): \(error.localizedDescription)")
            ])
        }
        let result: Result<SIEDocument, SIEReadFailure> = data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            do throws(SIEReadFailure) { return .success(try parse(buffer, encoding: nil)) } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, encoding forced: SIEEncoding?) throws(SIEReadFailure)
        -> SIEDocument
    {
        if SIEText.nextNewline(buffer, from: 0) == buffer.count, let cr = buffer.firstIndex(of: 0x0D),
            cr < buffer.count - 1
        {
            throw SIEReadFailure(issues: [
                SIEIssue(
                    line: nil,
                    message: "lines end with CR only (old Mac format); save the file with LF or CRLF line ends")
            ])
        }
        var parser: SIEParser
        var skip = 0
        if let forced {
            let bom =
                forced == .utf8 && buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
            parser = SIEParser(encoding: forced)
            skip = bom ? 3 : 0
        } else {
            let detection = SIEText.detect(buffer)
            parser = SIEParser(encoding: detection.encoding)
            skip = detection.skip
            if let warning = detection.warning { parser.warn(nil, warning) }
        }
        parser.consume(buffer, from: skip)
        return try parser.complete()
    }

    /// Reads the file at `path` in chunks of `chunkSize` bytes, so memory stays bounded
    /// whatever the file's size: each voucher is handed to `onVoucher` as soon as its `}` is
    /// read, and is not kept. The returned document has everything else (header, accounts,
    /// objects, balances, period balances) and no vouchers.
    ///
    /// Every check of ``read(_:)`` is made, so a file that throws here would throw there too,
    /// with the same issues — but vouchers before the first error have already been handed
    /// over: a caller that stores them must do so in a transaction it rolls back on failure.
    /// `onBytes` sees every byte of the file in order (e.g. to hash it in the same pass);
    /// `progress` gets the number of bytes read so far after each chunk.
    public static func stream(
        contentsOf path: String, encoding forced: SIEEncoding? = nil, chunkSize: Int = 4 << 20,
        onBytes: ((UnsafeRawBufferPointer) -> Void)? = nil, progress: ((Int) -> Void)? = nil,
        onVoucher: @escaping (SIEVoucher) -> Void
    ) throws(SIEReadFailure) -> SIEDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SIEReadFailure(issues: [SIEIssue(line: nil, message: "cannot read \(path): no such file")])
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw SIEReadFailure(issues: [
                SIEIssue(
                    line: nil,
                    message: "cannot read \(path): \(isDirectory.boolValue ? "is a directory" : "permission denied")")
            ])
        }
        defer { try? handle.close() }
        var parser = SIEParser(encoding: forced ?? .cp437)
        parser.onVoucher = onVoucher
        var feeder = ChunkFeeder(fd: handle.fileDescriptor, path: path, chunkSize: chunkSize, forced: forced)
        try feeder.feed(&parser, from: 0, to: Int.max, onBytes: onBytes, progress: progress)
        return try parser.complete()
    }
}

/// Reads a byte range of a file in chunks and hands whole lines to a parser, choosing the
/// encoding at the first non-ASCII byte (until then the encodings agree).
struct ChunkFeeder {
    /// No SIE record is anywhere near this long; a file whose "line" is, is not SIE.
    static let longestLine = 16 << 20
    let fd: Int32
    let path: String
    let chunkSize: Int
    let forced: SIEEncoding?
    var decided: Bool

    init(fd: Int32, path: String, chunkSize: Int, forced: SIEEncoding?) {
        self.fd = fd
        self.path = path
        self.chunkSize = max(chunkSize, 1)
        self.forced = forced
        decided = forced != nil
    }

    /// Feeds bytes `from..<to` (to the end of the file at most). A range that starts at 0
    /// skips a UTF-8 byte-order mark.
    mutating func feed(
        _ parser: inout SIEParser, from start: Int, to end: Int,
        onBytes: ((UnsafeRawBufferPointer) -> Void)? = nil, progress: ((Int) -> Void)? = nil
    ) throws(SIEReadFailure) {
        var pending: [UInt8] = []
        pending.reserveCapacity(chunkSize + 4096)
        var offset = start
        var first = start == 0
        while true {
            let want = min(chunkSize, end - offset)
            let count = want <= 0 ? 0 : try read(into: &pending, at: offset, count: want)
            offset += count
            let atEnd = count == 0
            if !atEnd, let onBytes {
                pending.withUnsafeBytes { onBytes(UnsafeRawBufferPointer(rebasing: $0[($0.count - count)...])) }
            }
            // Only whole lines are parsed; the tail waits for the next chunk.
            let limit = atEnd ? pending.count : (pending.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            if first, !pending.contains(0x0A), let cr = pending.firstIndex(of: 0x0D), cr < pending.count - 1 {
                throw SIEReadFailure(issues: [
                    SIEIssue(
                        line: nil,
                        message: "lines end with CR only (old Mac format); save the file with LF or CRLF line ends")
                ])
            }
            if limit == 0 && pending.count > ChunkFeeder.longestLine {
                // Without line feeds the tail would grow to the whole file.
                let message =
                    pending.contains(0x0D)
                    ? "lines end with CR only (old Mac format); save the file with LF or CRLF line ends"
                    : "a line longer than \(ChunkFeeder.longestLine >> 20) MB: not a SIE file"
                throw SIEReadFailure(issues: [SIEIssue(line: parser.lineNumber + 1, message: message)])
            }
            // The first chunk with non-ASCII bytes decides the encoding, unless it holds letters
            // of both readings (a Windows-1252 quote is an ö in CP437): then the whole file does.
            var wholeFile: SIEText.Detection?
            let highInChunk = limit > 0 && !parser.sawNonASCII && pending[..<limit].contains { $0 >= 0x80 }
            if highInChunk, !decided {
                let sample = pending.withUnsafeBufferPointer {
                    SIEText.detect(UnsafeBufferPointer(rebasing: $0[..<limit]))
                }
                if sample.mixed { wholeFile = try countLetters(from: offset - pending.count).detection }
            }
            if limit > 0 {
                pending.withUnsafeBufferPointer { all in
                    let region = UnsafeBufferPointer(rebasing: all[0..<limit])
                    var skip = 0
                    if first, region.count >= 3, region[0] == 0xEF, region[1] == 0xBB, region[2] == 0xBF,
                        forced == nil || forced == .utf8
                    {
                        skip = 3
                    }
                    if !parser.sawNonASCII, skip > 0 || highInChunk {
                        parser.sawNonASCII = true
                        if !decided {
                            let detection = wholeFile ?? SIEText.detect(region)
                            parser.encoding = detection.encoding
                            parser.document.encoding = detection.encoding
                            if let warning = detection.warning { parser.warn(nil, warning) }
                            decided = true
                        }
                    }
                    first = false
                    parser.consume(region, from: skip)
                }
                pending.removeFirst(limit)
            }
            progress?(offset)
            if atEnd { break }
        }
    }

    /// The letters of both readings from `start` to the end of the file, read in chunks.
    func countLetters(from start: Int) throws(SIEReadFailure) -> SIEText.LetterCounts {
        var counts = SIEText.LetterCounts()
        var buffer: [UInt8] = []
        var offset = start
        while true {
            buffer.removeAll(keepingCapacity: true)
            let n = try read(into: &buffer, at: offset, count: chunkSize)
            if n == 0 { return counts }
            buffer.withUnsafeBufferPointer { counts.add($0) }
            offset += n
        }
    }

    /// Appends up to `count` bytes read at `offset`; returns how many were read (0 at the end).
    func read(into buffer: inout [UInt8], at offset: Int, count: Int) throws(SIEReadFailure) -> Int {
        var failed: Int32 = 0
        // Uninitialised storage: zero-filling megabytes first would cost as much as reading.
        let chunk = [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
            let n = storage.baseAddress.map { pread(fd, $0, count, off_t(offset)) } ?? 0
            if n < 0 {
                failed = errno
                initialized = 0
            } else {
                initialized = n
            }
        }
        buffer.append(contentsOf: chunk)
        let got = chunk.count
        if failed != 0 {
            throw SIEReadFailure(issues: [
                SIEIssue(line: nil, message: "cannot read \(path): \(String(cString: strerror(failed)))")
            ])
        }
        return got
    }
}

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
        var pendingAdded: SIETransaction?

        var name: String {
            let parts = [series, number].filter { !$0.isEmpty }
            return parts.isEmpty ? "voucher (unnumbered)" : "voucher " + parts.joined(separator: " ")
        }
    }
    var open: OpenVoucher?
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
            if var voucher = open, !voucher.inBody {
                voucher.inBody = true
                open = voucher
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
                "#KSUMMA is computed over the file's \(encoding.label) bytes, not over the PC8 values SIE 4 defines (#FORMAT \(declared)); accepted"
            )
        } else if otherEncoding {
            warn(
                line,
                "#KSUMMA \(stated) does not match the file's content (checksum \(running.value) over PC8 values); "
                    + "the file is \(encoding.label) while #FORMAT declares \(declared), so this is only a warning")
        } else {
            error(
                line,
                "#KSUMMA \(stated) does not match the file's content (checksum \(running.value)): the file was changed or damaged after it was written"
            )
        }
        checksum = nil
        checksumClosed = true
    }

    @inline(__always)
    static func isTRANS(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i + 1] == UInt8(ascii: "T") && b[i + 2] == UInt8(ascii: "R") && b[i + 3] == UInt8(ascii: "A")
            && b[i + 4] == UInt8(ascii: "N") && b[i + 5] == UInt8(ascii: "S")
    }

    /// `#TRANS account {dim obj ...} amount [date] ["text"] [quantity]` read without building
    /// field strings. Returns false — having changed nothing — for anything it does not
    /// handle (escapes, a missing field, a bad amount or date); the general path then reads
    /// the line and words any error. The result is the same as the general path's.
    mutating func fastTransaction(_ from: Int, _ end: Int, _ line: Int) -> Bool {
        let b = bytes
        var i = from
        @inline(__always) func skipBlanks() { while i < end && SIEText.isBlank(b[i]) { i += 1 } }
        /// The end of an unquoted token starting at `start`.
        @inline(__always) func plainEnd(_ start: Int) -> Int {
            var j = start
            while j < end {
                let c = b[j]
                if SIEText.isBlank(c) || c == SIEText.openBrace || c == SIEText.closeBrace || c == SIEText.quote {
                    break
                }
                j += 1
            }
            return j
        }
        /// The closing quote of a quoted field without escapes or possible control characters, or nil.
        @inline(__always) func closingQuote(_ open: Int) -> Int? {
            var j = open + 1
            while j < end {
                let c = b[j]
                if c == SIEText.quote { return j }
                if c == SIEText.backslash || SIEText.mayBeControl(c, encoding) { return nil }
                j += 1
            }
            return nil
        }
        func text(_ s: Int, _ e: Int) -> String {
            SIEText.decode(UnsafeBufferPointer(rebasing: b[s..<e]), as: encoding)
        }

        skipBlanks()
        guard i < end, b[i] != SIEText.quote else { return false }
        let accountEnd = plainEnd(i)
        guard accountEnd > i else { return false }
        let account = text(i, accountEnd)
        i = accountEnd
        skipBlanks()
        guard i < end, b[i] == SIEText.openBrace else { return false }
        i += 1
        var objects: [SIEObjectRef] = []
        objects.reserveCapacity(2)  // most rows have one or two objects: one allocation
        while true {
            skipBlanks()
            guard i < end else { return false }
            if b[i] == SIEText.closeBrace {
                i += 1
                break
            }
            var dimension = 0
            let digitsStart = i
            while i < end, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9"), i - digitsStart < 9 {
                dimension = dimension * 10 + Int(b[i] - UInt8(ascii: "0"))
                i += 1
            }
            guard i > digitsStart, i < end, SIEText.isBlank(b[i]) else { return false }
            skipBlanks()
            guard i < end else { return false }
            let code: String
            if b[i] == SIEText.quote {
                guard let close = closingQuote(i) else { return false }
                code = text(i + 1, close)
                i = close + 1
            } else {
                let codeEnd = plainEnd(i)
                guard codeEnd > i else { return false }
                code = text(i, codeEnd)
                i = codeEnd
            }
            objects.append(SIEObjectRef(dimension: dimension, code: code))
        }
        skipBlanks()
        guard i < end else { return false }
        let amountEnd = plainEnd(i)
        guard amountEnd > i,
            case .success(let amount) = SIEAmount.parse(bytes: UnsafeBufferPointer(rebasing: b[i..<amountEnd]))
        else { return false }
        i = amountEnd
        skipBlanks()
        var date: SIEDate?
        var rowText: String?
        var quantity: String?
        if i < end {
            if b[i] == SIEText.quote {
                guard i + 1 < end, b[i + 1] == SIEText.quote else { return false }  // only "" (no date)
                i += 2
            } else {
                let dateEnd = plainEnd(i)
                guard dateEnd - i == 8, let value = SIEDate.digits(Array(b[i..<dateEnd])[...]),
                    let parsed = SIEDate(year: value / 10000, month: value / 100 % 100, day: value % 100)
                else { return false }
                date = parsed
                i = dateEnd
            }
            skipBlanks()
            if i < end {
                guard b[i] == SIEText.quote, let close = closingQuote(i) else { return false }
                rowText = text(i + 1, close)
                i = close + 1
                skipBlanks()
                if i < end {
                    let quantityEnd = plainEnd(i)
                    guard quantityEnd > i else { return false }
                    quantity = text(i, quantityEnd)
                    i = quantityEnd
                    skipBlanks()
                    guard i == end else { return false }
                }
            }
        }
        addRow(
            SIETransaction(
                account: account, objects: objects, amount: amount, date: date, text: rowText, quantity: quantity,
                line: line), label: "#TRANS")
        return true
    }

    /// `#VER series number date ["text"]` read without building field strings; false (having
    /// changed nothing) for anything else, which the general path then reads and reports.
    mutating func fastVoucher(_ from: Int, _ end: Int, _ line: Int) -> Bool {
        let b = bytes
        var i = from
        @inline(__always) func skipBlanks() { while i < end && SIEText.isBlank(b[i]) { i += 1 } }
        /// A plain token (no quotes or braces), or a quoted one without escapes.
        func token() -> String? {
            guard i < end else { return nil }
            if b[i] == SIEText.quote {
                var j = i + 1
                while j < end, b[j] != SIEText.quote {
                    if b[j] == SIEText.backslash || SIEText.mayBeControl(b[j], encoding) { return nil }
                    j += 1
                }
                guard j < end else { return nil }
                let text = SIEText.decode(UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: encoding)
                i = j + 1
                return text
            }
            var j = i
            while j < end {
                let c = b[j]
                if SIEText.isBlank(c) || c == SIEText.openBrace || c == SIEText.closeBrace || c == SIEText.quote {
                    break
                }
                j += 1
            }
            guard j > i else { return nil }
            let text = SIEText.decode(UnsafeBufferPointer(rebasing: b[i..<j]), as: encoding)
            i = j
            return text
        }
        skipBlanks()
        guard let series = token() else { return false }
        skipBlanks()
        guard let number = token() else { return false }
        skipBlanks()
        guard let dateText = token(), let date = SIEDate(sie: dateText) else { return false }
        skipBlanks()
        var text = ""
        if i < end {
            guard b[i] == SIEText.quote, let value = token() else { return false }
            text = value
            skipBlanks()
            guard i == end else { return false }
        }
        var voucher = OpenVoucher(series: series, number: number, date: date, text: text, line: line)
        voucher.transactions.reserveCapacity(8)  // one allocation instead of growing 1, 2, 4, 8
        if !number.isEmpty, let first = voucherNumbers.register(series: series, number: number, line: line) {
            error(line, "duplicate \(voucher.name) (first at line \(first))")
        }
        open = voucher
        openInBody = false
        return true
    }

    static let knownLabels: Set<String> = [
        "#FLAGGA", "#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#PROSA", "#FTYP", "#FNR", "#ORGNR",
        "#BKOD", "#ADRESS", "#FNAMN", "#RAR", "#TAXAR", "#OMFATTN", "#KPTYP", "#VALUTA", "#KONTO",
        "#KTYP", "#ENHET", "#SRU", "#DIM", "#UNDERDIM", "#OBJEKT", "#IB", "#UB", "#OIB", "#OUB",
        "#RES", "#PSALDO", "#PBUDGET", "#VER", "#TRANS", "#RTRANS", "#BTRANS", "#KSUMMA",
    ]

    /// A #VER whose line could not be read still opens a voucher, so its rows are not reported
    /// again as rows outside a voucher.
    mutating func openBrokenVoucher(_ line: Int) {
        open = OpenVoucher(series: "", number: "", date: nil, text: "", line: line, damaged: true)
        openInBody = false
    }

    // MARK: Records

    /// One record line split into fields, with helpers that report missing or invalid fields.
    struct Record {
        let label: String
        let fields: [SIEText.Field]
        let line: Int
        var problems: [String] = []

        mutating func text(_ index: Int, _ what: String) -> String? {
            guard index < fields.count else {
                problems.append("\(label): missing \(what)")
                return nil
            }
            switch fields[index] {
            case .text(let value): return value
            case .list:
                problems.append("\(label): expected \(what), found an object list")
                return nil
            }
        }

        /// A name or text with a control character (other than tab) is refused, never cut at
        /// it or shown with it: such a byte means a damaged file or a wrong encoding.
        mutating func refuseControl(_ value: String?, _ what: String) {
            guard let value, let index = value.unicodeScalars.firstIndex(where: SIEText.isControl) else { return }
            let scalar = value.unicodeScalars[index]
            let position = value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: index) + 1
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            problems.append(
                "\(label): \(what) contains the control character U+\(code) (character \(position)); remove it or check the file's encoding"
            )
        }

        mutating func optionalText(_ index: Int, _ what: String) -> String? {
            guard index < fields.count else { return nil }
            return text(index, what)
        }

        mutating func int(_ index: Int, _ what: String) -> Int? {
            guard let value = text(index, what) else { return nil }
            guard let number = Int(value) else {
                problems.append("\(label): \(what) \"\(value)\" is not a whole number")
                return nil
            }
            return number
        }

        mutating func amount(_ index: Int, _ what: String = "amount") -> SIEAmount? {
            guard let value = text(index, what) else { return nil }
            switch SIEAmount.parse(value) {
            case .success(let amount): return amount
            case .failure(.tooManyDecimals):
                problems.append("\(label): \(what) \"\(value)\" has more than 2 decimals")
            case .failure(.overflow):
                problems.append("\(label): \(what) \"\(value)\" is too large")
            case .failure(.notANumber):
                problems.append("\(label): invalid \(what) \"\(value)\"")
            }
            return nil
        }

        mutating func date(_ index: Int, _ what: String) -> SIEDate? {
            guard let value = text(index, what) else { return nil }
            guard let date = SIEDate(sie: value) else {
                problems.append("\(label): invalid \(what) \"\(value)\" (expected an existing date YYYYMMDD)")
                return nil
            }
            return date
        }

        /// An optional date: absent or empty (`""`) is nil without a problem.
        mutating func optionalDate(_ index: Int, _ what: String) -> SIEDate?? {
            guard index < fields.count, case .text(let value) = fields[index], !value.isEmpty else {
                if index < fields.count, case .list = fields[index] {
                    problems.append("\(label): expected \(what), found an object list")
                    return .some(nil)  // marker: failed
                }
                return .none
            }
            guard let date = SIEDate(sie: value) else {
                problems.append("\(label): invalid \(what) \"\(value)\" (expected an existing date YYYYMMDD)")
                return .some(nil)
            }
            return .some(date)
        }

        mutating func objects(_ index: Int) -> [SIEObjectRef]? {
            guard index < fields.count else {
                problems.append("\(label): missing object list")
                return nil
            }
            guard case .list(let items) = fields[index] else {
                problems.append("\(label): malformed object list: expected {dimension object ...}")
                return nil
            }
            guard items.count % 2 == 0 else {
                problems.append("\(label): malformed object list: dimension without object")
                return nil
            }
            var refs: [SIEObjectRef] = []
            refs.reserveCapacity(items.count / 2)
            var pair = 0
            while pair < items.count {
                guard let dimension = Int(items[pair]), dimension >= 0 else {
                    problems.append("\(label): malformed object list: dimension \"\(items[pair])\" is not a number")
                    return nil
                }
                refs.append(SIEObjectRef(dimension: dimension, code: items[pair + 1]))
                pair += 2
            }
            return refs
        }
    }

    /// A field of a header record Balans does not need (`#ORGNR`, `#KPTYP`, `#KTYP`, ...):
    /// missing or empty, the record is ignored with a warning instead of refusing the file, as
    /// real exports write `#ORGNR` without a number or an empty `#KPTYP`.
    mutating func headerText(_ r: inout Record, _ index: Int, _ what: String) -> String? {
        if index < r.fields.count, case .text(let value) = r.fields[index], !value.isEmpty { return value }
        if index < r.fields.count, case .list = r.fields[index] {
            warn(r.line, "\(r.label): expected \(what), found an object list; record ignored")
        } else {
            warn(r.line, "\(r.label) without \(what); record ignored")
        }
        return nil
    }

    mutating func handle(_ r: inout Record, isRow: Bool) {
        let line = r.line
        defer {
            for problem in r.problems { error(line, problem) }
            if !r.problems.isEmpty && isRow && open != nil { open!.damaged = true }
        }
        switch r.label {
        case "#FLAGGA":
            sawFlagga = true
            _ = r.text(0, "flag")
        case "#PROGRAM":
            if let name = headerText(&r, 0, "program name") {
                let version = r.optionalText(1, "version") ?? ""
                document.program = version.isEmpty ? name : name + " " + version
            }
        case "#FORMAT":
            if let format = headerText(&r, 0, "format") {
                document.format = format
                if format.uppercased() != "PC8" {
                    warn(line, "#FORMAT \(format) is not PC8, the only format SIE 4 defines")
                }
            }
        case "#GEN":
            if headerText(&r, 0, "date") != nil, let date = r.date(0, "date") { document.generated = date }
        case "#SIETYP":
            sawSietyp = true
            if let type = headerText(&r, 0, "type") { document.sieType = type }
        case "#FNAMN":
            if let name = headerText(&r, 0, "company name") {
                r.refuseControl(name, "company name")
                document.companyName = name
            }
        case "#ORGNR":
            if let number = headerText(&r, 0, "organisation number") { document.organisationNumber = number }
        case "#KPTYP":
            if let type = headerText(&r, 0, "chart type") { document.chartType = type }
        case "#VALUTA":
            if let currency = headerText(&r, 0, "currency") { document.currency = currency }
        case "#RAR":
            let index = r.int(0, "year index")
            let start = r.date(1, "start date")
            let end = r.date(2, "end date")
            guard let index, let start, let end else { return }
            if end < start {
                r.problems.append("#RAR \(index): start date \(start) is after end date \(end)")
            } else if let first = fiscalYearLines[index] {
                r.problems.append("#RAR \(index): duplicate year index (first at line \(first))")
            } else {
                fiscalYearLines[index] = line
                document.fiscalYears.append(SIEFiscalYear(index: index, start: start, end: end))
                if index == 0 { yearZero = SIEFiscalYear(index: index, start: start, end: end) }
            }
        case "#KONTO":
            let number = r.text(0, "account number")
            let name = r.text(1, "account name")
            r.refuseControl(name, "account name")
            guard let number, let name, r.problems.isEmpty else { return }
            if let first = accountLines[number] {
                warn(line, "#KONTO \(number) declared again (first at line \(first)); ignored")
            } else {
                accountLines[number] = line
                document.accounts.append(SIEAccount(number: number, name: name, line: line))
            }
        case "#KTYP":
            guard let account = headerText(&r, 0, "account number"), let type = headerText(&r, 1, "account type") else {
                return
            }
            let upper = type.uppercased()
            if !["T", "S", "K", "I"].contains(upper) {
                warn(line, "#KTYP \(account): unknown account type \"\(type)\" (expected T, S, K or I)")
            }
            accountTypes.append((account, upper, line))
        case "#DIM":
            let dimension = r.int(0, "dimension number")
            let name = r.text(1, "dimension name")
            r.refuseControl(name, "dimension name")
            guard let dimension, let name else { return }
            document.dimensions[dimension] = name
        case "#UNDERDIM":
            let dimension = r.int(0, "dimension number")
            let name = r.text(1, "dimension name")
            r.refuseControl(name, "dimension name")
            let parent = r.int(2, "superior dimension")
            guard let dimension, let name, parent != nil else { return }
            document.dimensions[dimension] = name
        case "#OBJEKT":
            let dimension = r.int(0, "dimension number")
            let code = r.text(1, "object code")
            let name = r.text(2, "object name")
            r.refuseControl(name, "object name")
            guard let dimension, let code, let name, r.problems.isEmpty else { return }
            let ref = SIEObjectRef(dimension: dimension, code: code)
            if let first = objectLines[ref] {
                warn(line, "#OBJEKT \(dimension) \"\(code)\" declared again (first at line \(first)); ignored")
            } else {
                objectLines[ref] = line
                document.objects.append(SIEObject(dimension: dimension, code: code, name: name, line: line))
            }
        case "#IB", "#UB", "#RES":
            let year = r.int(0, "year index")
            let account = r.text(1, "account number")
            let amount = r.amount(2)
            let quantity = r.optionalText(3, "quantity")
            guard let year, let account, let amount else { return }
            let balance = SIEBalance(
                yearIndex: year, account: account, objects: [], amount: amount, quantity: quantity, line: line)
            switch r.label {
            case "#IB": document.openingBalances.append(balance)
            case "#UB": document.closingBalances.append(balance)
            default: document.results.append(balance)
            }
        case "#OIB", "#OUB":
            let year = r.int(0, "year index")
            let account = r.text(1, "account number")
            let objects = r.objects(2)
            let amount = r.amount(3)
            let quantity = r.optionalText(4, "quantity")
            guard let year, let account, let objects, let amount else { return }
            let balance = SIEBalance(
                yearIndex: year, account: account, objects: objects, amount: amount, quantity: quantity, line: line)
            if r.label == "#OIB" {
                document.openingBalances.append(balance)
            } else {
                document.closingBalances.append(balance)
            }
        case "#PSALDO", "#PBUDGET":
            let year = r.int(0, "year index")
            let periodText = r.text(1, "period")
            var period: (Int, Int)?
            if let periodText {
                let utf8 = Array(periodText.utf8)
                if utf8.count == 6, let value = SIEDate.digits(utf8[...]), (1...12).contains(value % 100),
                    value / 100 >= 1
                {
                    period = (value / 100, value % 100)
                } else {
                    r.problems.append("\(r.label): period \"\(periodText)\" is not YYYYMM")
                }
            }
            let account = r.text(2, "account number")
            // Some programs leave the object list out (`#PSALDO 0 202401 3010 1000.00`): read
            // as `{}`, the account's total, with one warning per label.
            var withoutList = false
            if r.fields.count == 4 || r.fields.count == 5, case .text = r.fields[3] { withoutList = true }
            if withoutList, !labelsWithoutObjectList.contains(r.label) {
                labelsWithoutObjectList.insert(r.label)
                warn(
                    line,
                    "\(r.label) without an object list; read as the account's total ({}) here and on later such lines")
            }
            let objects = withoutList ? [] : r.objects(3)
            let amount = r.amount(withoutList ? 3 : 4)
            let quantity = r.optionalText(withoutList ? 4 : 5, "quantity")
            guard let year, let period, let account, let objects, let amount else { return }
            let balance = SIEPeriodBalance(
                yearIndex: year, year: period.0, month: period.1, account: account,
                objects: objects, amount: amount, quantity: quantity, line: line)
            if r.label == "#PSALDO" {
                document.periodBalances.append(balance)
            } else {
                document.periodBudgets.append(balance)
            }
        case "#VER":
            let series = r.text(0, "series") ?? ""
            let number = r.text(1, "voucher number") ?? ""
            let date = r.date(2, "voucher date")
            let text = r.optionalText(3, "voucher text") ?? ""
            r.refuseControl(text, "voucher text")
            let registration = r.optionalDate(4, "registration date")
            let sign = r.optionalText(5, "sign")
            var voucher = OpenVoucher(
                series: series, number: number, date: date, text: text,
                registrationDate: registration ?? nil, sign: sign, line: line)
            voucher.damaged = !r.problems.isEmpty
            if r.problems.isEmpty && !number.isEmpty {
                if let first = voucherNumbers.register(series: series, number: number, line: line) {
                    r.problems.append("duplicate \(voucher.name) (first at line \(first))")
                }
            }
            open = voucher
            openInBody = false
        case "#TRANS", "#RTRANS", "#BTRANS":
            guard open != nil else {
                r.problems.append("\(r.label) outside a voucher")
                return
            }
            let account = r.text(0, "account number")
            let objects = r.objects(1)
            let amount = r.amount(2)
            let date = r.optionalDate(3, "transaction date")
            let text = r.optionalText(4, "transaction text")
            r.refuseControl(text, "transaction text")
            let quantity = r.optionalText(5, "quantity")
            guard let account, let objects, let amount, r.problems.isEmpty else { return }
            let row = SIETransaction(
                account: account, objects: objects, amount: amount, date: date ?? nil,
                text: text, quantity: quantity, line: line)
            addRow(row, label: r.label)
        default:
            break  // known labels the reader does not need (#PROSA, #ADRESS, #SRU, #KSUMMA, ...)
        }
    }

    mutating func addRow(_ row: SIETransaction, label: String) {
        if open!.pendingAdded != nil, let pending = open!.pendingAdded {
            let matches =
                label == "#TRANS" && pending.account == row.account && pending.objects == row.objects
                && pending.amount == row.amount
            if !matches { warn(pending.line, "#RTRANS is not followed by an identical #TRANS") }
            open!.pendingAdded = nil
        }
        switch label {
        case "#TRANS":
            open!.transactions.append(row)
            let (sum, overflow) = open!.sum.addingReportingOverflow(row.amount.hundredths)
            open!.sum = sum
            if overflow { open!.overflow = true }
        case "#RTRANS":
            open!.added.append(row)
            open!.pendingAdded = row
        default:
            open!.removed.append(row)
        }
    }

    /// Ends the open voucher. `terminated` is false when `}` is missing; `before` is the line of
    /// the record that ended it (nil at end of file).
    mutating func closeVoucher(terminated: Bool, before: Int?) {
        guard var voucher = open else { return }
        open = nil
        openInBody = false
        if let pending = voucher.pendingAdded {
            warn(pending.line, "#RTRANS is not followed by an identical #TRANS")
        }
        if !voucher.inBody {
            error(voucher.line, "missing { after #VER")
            voucher.damaged = true
        } else if !terminated {
            if let before {
                error(voucher.line, "\(voucher.name) is not closed by } before line \(before)")
            } else {
                error(voucher.line, "unterminated \(voucher.name): missing } before end of file")
            }
            voucher.damaged = true
        }
        if !voucher.damaged {
            if voucher.overflow {
                error(voucher.line, "\(voucher.name): sum of amounts is too large")
            } else if voucher.sum != 0 {
                error(voucher.line, "\(voucher.name) does not balance: sum \(SIEAmount(hundredths: voucher.sum))")
            }
        }
        guard let date = voucher.date else { return }
        let finished = SIEVoucher(
            series: voucher.series, number: voucher.number, date: date, text: voucher.text,
            transactions: voucher.transactions, line: voucher.line, registrationDate: voucher.registrationDate,
            sign: voucher.sign, addedTransactions: voucher.added, removedTransactions: voucher.removed)
        checkDeclarations(finished)
        if let onVoucher {
            // A voucher with an error is not handed over: the read fails anyway, and a receiver
            // must never see rows that do not balance or whose sum overflows.
            if !voucher.damaged && !voucher.overflow && voucher.sum == 0 { onVoucher(finished) }
        } else {
            document.vouchers.append(finished)
        }
    }

    /// The voucher's date against fiscal year 0 and its rows' accounts and objects against the
    /// declarations read so far; what is not declared yet is decided at the end of the file.
    mutating func checkDeclarations(_ voucher: SIEVoucher) {
        if let yearZero {
            if !yearZero.contains(voucher.date) {
                reportOutsideYear(voucher.line, voucherName(voucher), voucher.date, yearZero)
            }
        } else if pendingDates.count < SIEParser.maximumErrors {
            pendingDates.append((voucher.line, voucherName(voucher), voucher.date))
        } else {
            pendingDatesDropped += 1
        }
        checkRows(voucher.transactions)
        // Added and removed rows are not summed: their dates (when the change was made, often
        // after the year end) do not matter to the ledger.
        if !voucher.addedTransactions.isEmpty { checkRows(voucher.addedTransactions, dates: false) }
        if !voucher.removedTransactions.isEmpty { checkRows(voucher.removedTransactions, dates: false) }
    }

    mutating func checkRows(_ rows: [SIETransaction], dates: Bool = true) {
        for row in rows {
            if dates, let date = row.date, let yearZero, !yearZero.contains(date) {
                error(
                    row.line, "transaction date \(date) is outside fiscal year 0 (\(yearZero.start) – \(yearZero.end))")
            }
            let accountSlot = DeclaredCache<String>.slot(row.account, 0)
            if !accountCache.contains(row.account, slot: accountSlot) {
                if accountLines[row.account] == nil {
                    pendingAccounts[row.account, default: PendingUse()].add(row.line)
                } else {
                    accountCache.insert(row.account, slot: accountSlot)
                }
            }
            for ref in row.objects {
                let objectSlot = DeclaredCache<SIEObjectRef>.slot(ref.code, ref.dimension)
                if objectCache.contains(ref, slot: objectSlot) { continue }
                if objectLines[ref] == nil {
                    pendingObjects[ref, default: PendingUse()].add(row.line)
                } else {
                    objectCache.insert(ref, slot: objectSlot)
                }
            }
        }
    }

    func voucherName(_ v: SIEVoucher) -> String {
        v.series.isEmpty && v.number.isEmpty ? "voucher" : "voucher \(v.series) \(v.number)"
    }

    mutating func reportOutsideYear(_ line: Int, _ name: String, _ date: SIEDate, _ year: SIEFiscalYear) {
        error(line, "\(name) date \(date) is outside fiscal year 0 (\(year.start) – \(year.end))")
    }

    // MARK: Whole-file checks

    /// Accounts used without `#KONTO` (when the file declares any) and objects without
    /// `#OBJEKT` (in dimensions that declare any): other readers accept such files, and the
    /// amounts are whole, so one warning per code at its first use, with how often it is used.
    mutating func reportUndeclared() {
        var accounts = accountLines.isEmpty ? [:] : pendingAccounts.filter { accountLines[$0.key] == nil }
        let dimensionsWithObjects = Set(objectLines.keys.map(\.dimension))
        var objects = pendingObjects.filter {
            dimensionsWithObjects.contains($0.key.dimension) && objectLines[$0.key] == nil
        }
        let balances = document.openingBalances + document.closingBalances + document.results
        let periods = document.periodBalances + document.periodBudgets
        for (account, objectList, line) in balances.map({ ($0.account, $0.objects, $0.line) })
            + periods.map({ ($0.account, $0.objects, $0.line) })
        {
            if !accountLines.isEmpty, accountLines[account] == nil {
                accounts[account, default: PendingUse()].add(line)
            }
            for ref in objectList where dimensionsWithObjects.contains(ref.dimension) && objectLines[ref] == nil {
                objects[ref, default: PendingUse()].add(line)
            }
        }
        func times(_ use: PendingUse) -> String { use.count == 1 ? "once" : "\(use.count) times" }
        var found: [SIEIssue] = []
        for (account, use) in accounts {
            let first = use.lines.min() ?? 0
            found.append(
                SIEIssue(
                    line: first,
                    message: "account \(account) is not declared by #KONTO (used \(times(use))); read without a name"))
        }
        for (ref, use) in objects {
            let first = use.lines.min() ?? 0
            found.append(
                SIEIssue(
                    line: first,
                    message:
                        "object \"\(ref.code)\" in dimension \(ref.dimension) is not declared by #OBJEKT (used \(times(use)))"
                ))
        }
        for issue in found.sorted(by: { ($0.line ?? 0, $0.message) < ($1.line ?? 0, $1.message) }) {
            warn(issue.line, issue.message)
        }
    }

    mutating func finish(lineCount: Int) {
        if recordCount == 0 && !sawFlagga && !sawSietyp {
            error(nil, lineCount == 0 ? "file is empty" : "not an SIE file: no #FLAGGA, #SIETYP or other SIE records")
            return
        }
        if let checksumLine, !checksumClosed {
            error(
                checksumLine,
                "#KSUMMA is opened here but the file ends without the closing #KSUMMA: the file is truncated")
        }
        if !sawFlagga { warn(nil, "#FLAGGA is missing") }
        if !sawSietyp { warn(nil, "#SIETYP is missing") }

        // #KTYP applies to accounts declared anywhere in the file.
        if !accountTypes.isEmpty {
            var indexByNumber: [String: Int] = [:]
            for (index, account) in document.accounts.enumerated() { indexByNumber[account.number] = index }
            for entry in accountTypes {
                if let index = indexByNumber[entry.account] {
                    document.accounts[index].type = entry.type
                } else {
                    warn(entry.line, "#KTYP for undeclared account \(entry.account)")
                }
            }
        }

        var found: [SIEIssue] = []
        if let yearZero {
            for use in pendingDates where !yearZero.contains(use.date) {
                found.append(
                    SIEIssue(
                        line: use.line,
                        message:
                            "\(use.name) date \(use.date) is outside fiscal year 0 (\(yearZero.start) – \(yearZero.end))"
                    ))
            }
        }
        reportUndeclared()
        errors.append(contentsOf: found)

        // Balances for a year the file does not define are suspicious but harmless.
        if !document.fiscalYears.isEmpty {
            var reported: Set<Int> = []
            let uses =
                (document.openingBalances + document.closingBalances + document.results).map { ($0.yearIndex, $0.line) }
                + (document.periodBalances + document.periodBudgets).map { ($0.yearIndex, $0.line) }
            for (index, line) in uses.sorted(by: { $0.1 < $1.1 })
            where fiscalYearLines[index] == nil && !reported.contains(index) {
                reported.insert(index)
                warn(line, "year index \(index) has no #RAR")
            }
        }
    }
}
