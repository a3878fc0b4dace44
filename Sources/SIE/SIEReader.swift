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
