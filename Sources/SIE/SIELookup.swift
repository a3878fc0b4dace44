/// Bookkeeping the reader does once per voucher or row, made cheap enough for ledgers of
/// millions of rows: hashing a String per row is what a naive reader spends most time on.

/// Where each voucher number was first seen, to report duplicates with both lines.
///
/// Voucher numbers are in practice consecutive integers per series, so they are kept in an
/// array indexed by the number (4 bytes per number, no hashing); anything else — leading
/// zeros, letters, very large numbers — goes to a dictionary.
struct VoucherRegistry {
    private var series: [String: [Int32]] = [:]
    private var lastSeries: String?
    private var lastLines: [Int32] = []
    private var other: [String: Int] = [:]
    static let denseLimit = 50_000_000

    /// Registers series/number at `line`; returns the first line if it was seen before.
    mutating func register(series name: String, number: String, line: Int) -> Int? {
        guard let n = VoucherRegistry.denseNumber(number), line <= Int(Int32.max) else {
            let key = name + "\u{0}" + number
            if let first = other[key] { return first }
            other[key] = line
            return nil
        }
        if lastSeries != name {
            if let last = lastSeries { series[last] = lastLines }
            lastLines = series.removeValue(forKey: name) ?? []
            lastSeries = name
        }
        if n < lastLines.count {
            let first = lastLines[n]
            if first != 0 { return Int(first) }
        } else {
            lastLines.append(contentsOf: repeatElement(0, count: max(n + 1 - lastLines.count, lastLines.count / 2)))
        }
        lastLines[n] = Int32(line)
        return nil
    }

    /// Takes in the numbers `other` registered (a later part of the same file, read in
    /// parallel); returns those already registered here, with both lines.
    mutating func absorb(_ other: VoucherRegistry) -> [(series: String, number: String, line: Int, first: Int)] {
        var duplicates: [(series: String, number: String, line: Int, first: Int)] = []
        var theirs = other.series
        if let last = other.lastSeries { theirs[last] = other.lastLines }
        for (name, lines) in theirs {
            for (n, line) in lines.enumerated() where line != 0 {
                if let first = register(series: name, number: String(n), line: Int(line)) {
                    duplicates.append((name, String(n), Int(line), first))
                }
            }
        }
        for (key, line) in other.other {
            let parts = key.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let number = parts.count > 1 ? String(parts[1]) : ""
            if let first = register(series: name, number: number, line: line) {
                duplicates.append((name, number, line, first))
            }
        }
        return duplicates
    }

    /// The number if it is a plain decimal without leading zeros below the dense limit.
    static func denseNumber(_ text: String) -> Int? {
        // The bytes in place, as ``DeclaredCache/slot(_:_:)`` reads them.
        text.utf8.withContiguousStorageIfAvailable { denseNumber(bytes: $0) } ?? denseNumber(bytes: text.utf8)
    }

    @inline(__always)
    static func denseNumber(bytes: some Sequence<UInt8>) -> Int? {
        var n = 0
        var count = 0
        var leadingZero = false
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 9 else { return nil }
            if count == 0 && byte == UInt8(ascii: "0") { leadingZero = true }
            n = n * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
        guard count > 0, !(leadingZero && count > 1), n < denseLimit else { return nil }
        return n
    }
}

/// A small direct-mapped cache of names already known to be declared: a row's account or
/// object is checked with a few byte compares instead of a dictionary lookup. A miss falls
/// back to the caller's dictionary; correctness never depends on the cache.
struct DeclaredCache<Key: Equatable> {
    private var slots: [Key?] = Array(repeating: nil, count: 512)

    @inline(__always)
    static func slot(_ text: String, _ salt: Int) -> Int {
        // The bytes in place (a reader's strings always have them so): the UTF-8 view a byte at a time cost more.
        text.utf8.withContiguousStorageIfAvailable { hash($0, salt) } ?? hash(text.utf8, salt)
    }

    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>, _ salt: Int) -> Int {
        var h: UInt32 = 2_166_136_261 &+ UInt32(truncatingIfNeeded: salt)
        for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
        return Int(h & 511)
    }

    @inline(__always)
    func contains(_ key: Key, slot: Int) -> Bool { slots[slot] == key }

    @inline(__always)
    mutating func insert(_ key: Key, slot: Int) { slots[slot] = key }
}
