/// The object lists of `#TRANS` rows as written (`{1 "11000" 20 "100"}`), each decoded once: a region's ten
/// million rows use a few thousand distinct lists, and decoding every row's codes into new strings in a new array
/// cost more than the rest of the row (issue 19). A row whose list's bytes were seen before shares that list's
/// array. Keyed by the bytes between the braces, so a list is the same list only when written the same way; the
/// decoded value does not depend on anything but those bytes and the encoding, and a change of encoding empties
/// the cache.
///
/// Laid out for the processor's caches: the slots hold each key's hash beside its entry's number, so a probe that
/// does not match reads nothing else, and the keys' bytes lie one after another in one array.
struct ObjectListCache {
    struct Slot {
        var hash: UInt64 = 0
        /// The entry's index + 1; 0 for an empty slot.
        var entry: Int32 = 0
    }
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    /// Where each entry's key starts in `keyBytes` (the next entry's start is its end).
    private var keyStarts: [Int] = [0]
    private var keyBytes: [UInt8] = []
    private(set) var lists: [[SIEObjectRef]] = []
    /// Whether each list's objects were all found declared.
    private var declared: [Bool] = []
    /// Each list's entry by the address of its array's storage, direct-mapped: the arrays live as long as the
    /// cache, so an address found here is that list's (a miss only means the slot was taken by another).
    private var byStorage = [(address: Int, entry: Int32)](repeating: (0, -1), count: 1 << 14)
    private var encoding: SIEEncoding?
    /// A file with more distinct lists than this (hardly a real one) reads the rest uncached.
    static let maximumEntries = 1 << 18

    /// FNV-1a over the list's bytes.
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = from
        while i < to {
            h = (h ^ UInt64(b[i])) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    /// The decoded list written as `b[from..<to]`, if it was seen before under `encoding`.
    @inline(__always)
    mutating func lookup(
        _ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, hash: UInt64, encoding: SIEEncoding
    ) -> [SIEObjectRef]? {
        if encoding != self.encoding {
            if self.encoding != nil { self = ObjectListCache() }
            self.encoding = encoding
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found.entry == 0 { return nil }
            if found.hash == hash {
                let index = Int(found.entry) - 1
                let start = keyStarts[index]
                if keyStarts[index + 1] - start == to - from,
                    keyBytes.withUnsafeBufferPointer({ k in
                        var j = 0
                        while j < to - from {
                            if k[start + j] != b[from + j] { return false }
                            j += 1
                        }
                        return true
                    })
                {
                    return lists[index]
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Keeps `objects`, decoded from `b[from..<to]` (after a `lookup` that missed, under the same encoding).
    mutating func insert(
        _ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, hash: UInt64, _ objects: [SIEObjectRef]
    ) {
        guard lists.count < Self.maximumEntries else { return }
        if (lists.count + 1) * 2 > slots.count { grow() }
        keyBytes.append(contentsOf: b[from..<to])
        keyStarts.append(keyBytes.count)
        lists.append(objects)
        declared.append(false)
        place(hash, entry: lists.count)
        let address = Self.storage(objects)
        byStorage[address >> 4 & (byStorage.count - 1)] = (address, Int32(lists.count - 1))
    }

    static func storage(_ objects: [SIEObjectRef]) -> Int {
        objects.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }

    /// The entry whose array `objects` shares, if this cache holds it (and its slot was not taken since).
    @inline(__always)
    func entry(sharing objects: [SIEObjectRef]) -> Int? {
        let address = Self.storage(objects)
        let found = byStorage[address >> 4 & (byStorage.count - 1)]
        return found.address == address && found.entry >= 0 ? Int(found.entry) : nil
    }

    func isDeclared(_ entry: Int) -> Bool { declared[entry] }
    mutating func setDeclared(_ entry: Int) { declared[entry] = true }

    private mutating func place(_ hash: UInt64, entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, entry: Int32(entry))
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for s in old where s.entry != 0 { place(s.hash, entry: Int(s.entry)) }
    }
}
