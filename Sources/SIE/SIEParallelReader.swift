import Foundation

extension SIEReader {
    /// Reads a large file with two threads: the first half on this thread, the second half on
    /// another, each handing its vouchers to `onVoucher` with its part number (0 or 1) — so a
    /// receiver keeps one state per part and merges them at the end. The result, issues and
    /// lines included, is the same as ``stream(contentsOf:encoding:chunkSize:onBytes:progress:onVoucher:)``
    /// would give; a file smaller than `minimumSize`, one that starts with `#KSUMMA` (the
    /// checksum runs through the file in order) or one without a `#VER` near its middle is
    /// simply read in one pass as part 0.
    ///
    /// How the halves agree: the second part first reads the file's head (everything before
    /// the first `#VER`: declarations, years) for itself, then counts the lines up to its
    /// start, then reads from a `#VER` line at the middle to the end. At the end the second
    /// part's findings join the first's: errors, records after the head, uses of undeclared
    /// names, voucher numbers (a number used in both halves is a duplicate).
    public static func streamInParallel(
        contentsOf path: String, chunkSize: Int = 4 << 20, minimumSize: Int = 64 << 20,
        onVoucher: @escaping @Sendable (_ part: Int, SIEVoucher) -> Void
    ) throws(SIEReadFailure) -> SIEDocument {
        let sequential = { () throws(SIEReadFailure) -> SIEDocument in
            try stream(contentsOf: path, chunkSize: chunkSize) { onVoucher(0, $0) }
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return try sequential() }
        defer { try? handle.close() }
        let fd = handle.fileDescriptor
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) >= max(minimumSize, 1) else { return try sequential() }
        let size = Int(info.st_size)
        let probe = ChunkFeeder(fd: fd, path: path, chunkSize: chunkSize, forced: nil)
        // The head: up to the first #VER; a #KSUMMA at the start means one pass.
        guard let headEnd = try firstVoucherLine(probe, from: 0, limit: size), headEnd < size / 2,
            !(try startsWithChecksum(probe)),
            let split = try firstVoucherLine(probe, from: size / 2, limit: min(size, size / 2 + (16 << 20)))
        else { return try sequential() }

        let second = SecondPart()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            second.result = Result { () throws(SIEReadFailure) -> SIEParser in
                var parser = SIEParser(encoding: .cp437)
                var feeder = ChunkFeeder(fd: fd, path: path, chunkSize: chunkSize, forced: nil)
                try feeder.feed(&parser, from: 0, to: headEnd)
                parser.forgetHeadRecords()
                parser.lineNumber += try countLines(probe, from: headEnd, to: split)
                parser.bodyStartLine = parser.lineNumber
                parser.onVoucher = { onVoucher(1, $0) }
                try feeder.feed(&parser, from: split, to: size)
                if parser.open != nil { parser.closeVoucher(terminated: false, before: nil) }
                parser.onVoucher = nil
                return parser
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()

        var first = SIEParser(encoding: .cp437)
        first.onVoucher = { onVoucher(0, $0) }
        var feeder = ChunkFeeder(fd: fd, path: path, chunkSize: chunkSize, forced: nil)
        let firstResult = Result { () throws(SIEReadFailure) in try feeder.feed(&first, from: 0, to: split) }
        done.wait()
        try firstResult.get()
        guard case .success(var later)? = second.result else {
            if case .failure(let failure)? = second.result { throw failure }
            return try sequential()
        }
        // A voucher still open at the split is ended by the #VER there, as in one pass.
        if first.open != nil {
            if first.openInBody {
                first.closeVoucher(terminated: false, before: later.firstLine)
            } else {
                first.closeVoucher(terminated: true, before: nil)
            }
        }
        guard first.encoding == later.encoding || !later.sawNonASCII else { return try sequential() }
        first.onVoucher = nil
        first.absorb(&later)
        return try first.complete()
    }

    /// The offset of the first line starting with `#VER` at or after `from` (the start of a
    /// line is found first), searching up to `limit`.
    static func firstVoucherLine(_ feeder: ChunkFeeder, from: Int, limit: Int) throws(SIEReadFailure) -> Int? {
        var buffer: [UInt8] = []
        var offset = from
        var atLineStart = from == 0
        while offset < limit {
            buffer.removeAll(keepingCapacity: true)
            let n = try feeder.read(into: &buffer, at: offset, count: min(1 << 20, limit - offset))
            if n == 0 { return nil }
            var i = 0
            while i < n {
                if atLineStart, i + 4 < n, buffer[i] == UInt8(ascii: "#"), buffer[i + 1] == UInt8(ascii: "V"),
                    buffer[i + 2] == UInt8(ascii: "E"), buffer[i + 3] == UInt8(ascii: "R"),
                    SIEText.isBlank(buffer[i + 4])
                {
                    return offset + i
                }
                atLineStart = buffer[i] == 0x0A
                i += 1
            }
            // A #VER cut by the chunk end is found by starting the next chunk a little earlier.
            offset += n > 8 ? n - 8 : n
            if n > 8 { atLineStart = buffer[n - 9] == 0x0A }
        }
        return nil
    }

    static func startsWithChecksum(_ feeder: ChunkFeeder) throws(SIEReadFailure) -> Bool {
        var buffer: [UInt8] = []
        let n = try feeder.read(into: &buffer, at: 0, count: 4096)
        let text = String(decoding: buffer[..<n], as: UTF8.self)
        return text.contains("#KSUMMA")
    }

    static func countLines(_ feeder: ChunkFeeder, from: Int, to: Int) throws(SIEReadFailure) -> Int {
        var buffer: [UInt8] = []
        var offset = from
        var lines = 0
        while offset < to {
            buffer.removeAll(keepingCapacity: true)
            let n = try feeder.read(into: &buffer, at: offset, count: min(4 << 20, to - offset))
            if n == 0 { break }
            buffer.withUnsafeBufferPointer { b in
                var i = SIEText.nextNewline(b, from: 0)
                while i < b.count {
                    lines += 1
                    i = SIEText.nextNewline(b, from: i + 1)
                }
            }
            offset += n
        }
        return lines
    }

    /// The second part's parser, handed from its thread after it finished.
    final class SecondPart: @unchecked Sendable {
        var result: Result<SIEParser, SIEReadFailure>?
    }
}

extension SIEParser {
    /// The first line this parser read after its head was forgotten.
    var firstLine: Int { bodyStartLine + 1 }

    /// After reading the head again, the second part keeps what it learnt (declarations,
    /// years, encoding) but not the records and problems, which the first part reports.
    mutating func forgetHeadRecords() {
        let encoding = document.encoding
        document = SIEDocument()
        document.encoding = encoding
        errors = []
        suppressedErrors = 0
        suppressedWarnings = 0
        recordCount = 0
        pendingAccounts = [:]
        pendingObjects = [:]
        pendingDates = []
        accountTypes = []
        sawNonASCII = false
    }

    /// Takes in what the second part found.
    mutating func absorb(_ later: inout SIEParser) {
        for issue in later.errors { error(issue.line, issue.message) }
        suppressedErrors += later.suppressedErrors
        for warning in later.document.warnings { warn(warning.line, warning.message) }
        suppressedWarnings += later.suppressedWarnings
        recordCount += later.recordCount
        let d = later.document
        document.accounts += d.accounts.filter { accountLines[$0.number] == nil }
        document.objects += d.objects.filter {
            objectLines[SIEObjectRef(dimension: $0.dimension, code: $0.code)] == nil
        }
        document.openingBalances += d.openingBalances
        document.closingBalances += d.closingBalances
        document.results += d.results
        document.periodBalances += d.periodBalances
        document.periodBudgets += d.periodBudgets
        for (number, line) in later.accountLines where accountLines[number] == nil { accountLines[number] = line }
        for (ref, line) in later.objectLines where objectLines[ref] == nil { objectLines[ref] = line }
        accountTypes += later.accountTypes
        for (account, use) in later.pendingAccounts {
            for line in use.lines { pendingAccounts[account, default: PendingUse()].add(line) }
            pendingAccounts[account]!.count += use.count - use.lines.count  // safe: just inserted above
        }
        for (ref, use) in later.pendingObjects {
            for line in use.lines { pendingObjects[ref, default: PendingUse()].add(line) }
            pendingObjects[ref]!.count += use.count - use.lines.count  // safe: just inserted above
        }
        pendingDates += later.pendingDates
        for d in voucherNumbers.absorb(later.voucherNumbers) {
            let name =
                d.series.isEmpty && d.number.isEmpty
                ? "voucher (unnumbered)"
                : "voucher " + [d.series, d.number].filter { !$0.isEmpty }.joined(separator: " ")
            error(d.line, "duplicate \(name) (first at line \(d.first))")
        }
        lineNumber = max(lineNumber, later.lineNumber)
    }
}
