/// The object lists of `#TRANS` rows as written (`{1 "11000" 20 "100"}`), each decoded once: a region's ten
/// million rows use a few thousand distinct lists, and decoding every row's codes into new strings in a new array
/// cost more than the rest of the row (issue 19). A row whose list's bytes were seen before shares that list's
/// array. Keyed by the bytes between the braces, so a list is the same list only when written the same way; the
/// decoded value does not depend on anything but those bytes and the encoding, and a change of encoding empties
/// the cache.
///
/// Laid out for the processor's caches (the windows shape's 12 000 lists do not fit them): the slots hold each key's
/// hash beside its entry's number, so a probe that does not match reads nothing else, and an entry holds the first
/// 32 bytes of its key beside its list, so a row's lookup is two cache misses where it was four.
struct ObjectListCache {
    /// A list's bytes as looked up: the first 32 packed into four words (a short list — most are; the windows
    /// shape's three-dimension lists are 28 bytes — is compared as four numbers), the length, and a hash over all.
    struct Key {
        var w0: UInt64 = 0
        var w1: UInt64 = 0
        var w2: UInt64 = 0
        var w3: UInt64 = 0
        var length = 0
        var hash: UInt64 = 0
        static let inline = 32

        init() {}

        @inline(__always)
        init(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
            length = to - from
            let inline = min(length, Self.inline)
            if let base = b.baseAddress, from + Self.inline <= b.count {
                // Four loads, the bytes past the list masked off: the same words as the loop below, a byte at a time
                // (which was a twentieth of reading a row).
                let raw = UnsafeRawPointer(base + from)
                @inline(__always) func word(_ k: Int) -> UInt64 {
                    let valid = inline - k * 8
                    if valid <= 0 { return 0 }
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self))
                    return valid >= 8 ? w : w & ((1 << UInt64(valid * 8)) &- 1)
                }
                (w0, w1, w2, w3) = (word(0), word(1), word(2), word(3))
            } else {
                fill(b, from, inline)
            }
            // Mixed as splitmix64 does, word by word; the bytes past the words as FNV-1a.
            var h = (UInt64(length) &+ 0x9E37_79B9_7F4A_7C15 ^ w0) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ h >> 31 ^ w1) &* 0x94D0_49BB_1331_11EB
            h = (h ^ h >> 29 ^ w2) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ h >> 31 ^ w3) &* 0x94D0_49BB_1331_11EB
            var j = from + inline
            while j < to {
                h = (h ^ UInt64(b[j])) &* 0x100_0000_01b3
                j += 1
            }
            hash = h ^ h >> 32
        }

        /// The words a byte at a time (a list near the end of the buffer).
        private mutating func fill(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ inline: Int) {
            var i = 0
            while i < inline {
                let byte = UInt64(b[from + i]) << UInt64((i & 7) * 8)
                switch i >> 3 {
                case 0: w0 |= byte
                case 1: w1 |= byte
                case 2: w2 |= byte
                default: w3 |= byte
                }
                i += 1
            }
        }
    }

    struct Slot {
        /// The key's hash, cut to 32 bits (the key is compared anyway).
        var hash: UInt32 = 0
        /// The entry's index + 1; 0 for an empty slot.
        var entry: Int32 = 0
    }

    /// A list kept: its key's words and length beside the decoded list, so a lookup that finds its slot reads one
    /// more place (the bytes past the first 32, for a long list, a third).
    struct Entry {
        var w0: UInt64
        var w1: UInt64
        var w2: UInt64
        var w3: UInt64
        var length: Int32
        /// Where the key's bytes start in `keyBytes`.
        var start: Int32
        var declared: Bool
        var list: [SIEObjectRef]
        /// The list's array storage (the arrays live as long as the cache, so an address is that list's).
        var address: Int
        var hash: UInt64
    }
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private var keyBytes: [UInt8] = []
    /// The lists kept, numbered by their index: what a row's ``SIETransaction/listNumber`` names.
    private var entries: [Entry] = []
    private var encoding: SIEEncoding?
    /// A file with more distinct lists than this (hardly a real one) reads the rest uncached.
    static let maximumEntries = 1 << 18

    /// The decoded list written as `b[from..<to]` and its entry's number, if it was seen before under `encoding`.
    @inline(__always)
    mutating func lookup(
        _ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, key: Key, encoding: SIEEncoding
    ) -> (list: [SIEObjectRef], entry: Int32)? {
        if encoding != self.encoding {
            if self.encoding != nil { self = ObjectListCache() }
            self.encoding = encoding
        }
        let mask = slots.count - 1
        let hash = UInt32(truncatingIfNeeded: key.hash)
        var slot = Int(truncatingIfNeeded: key.hash >> 32) & mask
        while true {
            let found = slots[slot]
            if found.entry == 0 { return nil }
            if found.hash == hash {
                let index = Int(found.entry) - 1
                if let list = list(index, ifKey: key, b, from) { return (list, Int32(index)) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Entry `index`'s fields in place: `entries[index]` (and an unsafe buffer's subscript) copy the whole entry, a
    /// retain and release of its list.
    @inline(__always)
    private func withEntry<Result>(_ index: Int, _ body: (UnsafePointer<Entry>) -> Result) -> Result {
        entries.withUnsafeBufferPointer { body($0.baseAddress! + index) }
    }

    /// Entry `index`'s list if its key is `key` (the bytes `b[from...]`), else nil.
    @inline(__always)
    private func list(_ index: Int, ifKey key: Key, _ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> [SIEObjectRef]? {
        let start = withEntry(index) { e in
            e.pointee.length == key.length && e.pointee.w0 == key.w0 && e.pointee.w1 == key.w1
                && e.pointee.w2 == key.w2 && e.pointee.w3 == key.w3 ? Int(e.pointee.start) : -1
        }
        if start < 0 { return nil }
        if key.length > Key.inline {
            let same = keyBytes.withUnsafeBufferPointer { k in
                var j = Key.inline
                while j < key.length {
                    if k[start + j] != b[from + j] { return false }
                    j += 1
                }
                return true
            }
            if !same { return nil }
        }
        return withEntry(index) { $0.pointee.list }
    }

    /// Keeps `objects`, decoded from `b[from..<to]` (after a `lookup` that missed, under the same encoding); its
    /// entry's number, or -1 when the cache is full.
    mutating func insert(
        _ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, key: Key, _ objects: [SIEObjectRef]
    ) -> Int32 {
        guard entries.count < Self.maximumEntries, keyBytes.count + (to - from) < Int(Int32.max) else { return -1 }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let start = keyBytes.count
        keyBytes.append(contentsOf: b[from..<to])
        entries.append(
            Entry(
                w0: key.w0, w1: key.w1, w2: key.w2, w3: key.w3, length: Int32(key.length), start: Int32(start),
                declared: false,
                list: objects, address: Self.storage(objects), hash: key.hash))
        place(key.hash, entry: entries.count)
        return Int32(entries.count - 1)
    }

    static func storage(_ objects: [SIEObjectRef]) -> Int {
        objects.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }

    /// The entry `number` when `objects` is its array (a row numbered by this cache and not changed since), or nil.
    @inline(__always)
    func entry(_ number: Int32, sharing objects: [SIEObjectRef]) -> Int? {
        guard number >= 0, Int(number) < entries.count,
            withEntry(Int(number), { $0.pointee.address }) == Self.storage(objects)
        else { return nil }
        return Int(number)
    }

    func isDeclared(_ entry: Int) -> Bool { withEntry(entry) { $0.pointee.declared } }
    mutating func setDeclared(_ entry: Int) { entries[entry].declared = true }

    private mutating func place(_ hash: UInt64, entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: UInt32(truncatingIfNeeded: hash), entry: Int32(entry))
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for index in entries.indices { place(withEntry(index) { $0.pointee.hash }, entry: index + 1) }
    }
}
