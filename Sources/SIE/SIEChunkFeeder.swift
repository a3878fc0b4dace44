import Foundation

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
        // Read straight into the buffer's end (zeroed first, in memory the buffer already has): a chunk read into an
        // array of its own and then appended was a copy of every byte of the file.
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        let n = buffer.withUnsafeMutableBufferPointer { all in
            all.baseAddress.map { pread(fd, $0 + old, count, off_t(offset)) } ?? 0
        }
        if n < 0 { failed = errno }
        let got = max(n, 0)
        buffer.removeLast(count - got)
        if failed != 0 {
            throw SIEReadFailure(issues: [
                SIEIssue(line: nil, message: "cannot read \(path): \(String(cString: strerror(failed)))")
            ])
        }
        return got
    }
}
