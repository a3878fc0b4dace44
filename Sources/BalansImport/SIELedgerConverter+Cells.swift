import BalansCore
import SIE

extension SIELedger {
    /// The movements per account, ansvar and month as a reader sums them, row by row. The key is one integer
    /// (account, the ansvar's number, month) where it fits — hashing a `String` per row was a good part of
    /// reading a ledger (issue 19) —, a `CellKey` otherwise; a cell is always kept the same way.
    struct CellSums {
        var packed = IntSums()
        var keyed: [CellKey: Money] = [:]

        /// Adds `amount` to the cell; false (nothing added) when the sum would pass `CellKey.limit`.
        @inline(__always)
        mutating func add(
            account: Int, ansvar: Int, code: @autoclosure () -> String, month: Int, _ amount: Money
        ) -> Bool {
            if account >= 0, account < 1 << 34, ansvar < 1 << 24, month >= 0, month < 16 {
                return packed.add(account << 28 | ansvar << 4 | month, amount)
            }
            let key = CellKey(account: account, ansvar: code(), month: month)
            guard let total = CellKey.sum(keyed[key] ?? .zero, amount) else { return false }
            keyed[key] = total
            return true
        }

        /// The cells by `CellKey`, the ansvar numbers read back through `ansvar`.
        func keyed(ansvar codes: [String]) -> [CellKey: Money] {
            var all = keyed
            for (key, amount) in packed.all {
                all[CellKey(account: key >> 28, ansvar: codes[key >> 4 & 0xFF_FFFF], month: key & 15)] = amount
            }
            return all
        }
    }

    /// Sums by a non-negative integer key in one open-addressing table (Fibonacci hashing): a few thousand cells
    /// take millions of additions, and `Dictionary`'s seeded hashing was the larger part of each.
    struct IntSums {
        /// Each slot's key (-1: empty) beside its sum: one cache line a row where two arrays were two misses.
        private var slots = [(key: Int, sum: Money)](repeating: (-1, .zero), count: 1 << 10)
        private var count = 0
        private var shift = 64 - 10

        /// Adds within `CellKey.limit`; false (nothing added) beyond it.
        @inline(__always)
        mutating func add(_ key: Int, _ amount: Money) -> Bool {
            let spread = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
            var slot = Int(truncatingIfNeeded: spread >> UInt64(shift))
            let mask = slots.count - 1
            while true {
                let k = slots[slot].key
                if k == key {
                    guard let total = CellKey.sum(slots[slot].sum, amount) else { return false }
                    slots[slot].sum = total
                    return true
                }
                if k == -1 {
                    guard let total = CellKey.sum(.zero, amount) else { return false }
                    slots[slot] = (key, total)
                    count += 1
                    if count * 2 > slots.count { grow() }
                    return true
                }
                slot = (slot + 1) & mask
            }
        }

        /// Every key with its sum.
        var all: [(key: Int, sum: Money)] { slots.filter { $0.key != -1 } }

        private mutating func grow() {
            let old = slots
            slots = [(key: Int, sum: Money)](repeating: (-1, .zero), count: old.count * 2)
            shift -= 1
            count = 0
            for slot in old where slot.key != -1 { _ = add(slot.key, slot.sum) }
        }
    }

    /// What the converter knows of each object list: its ansvar (dimension 1, numbered) and the import's number
    /// of the list. The reader hands every row written with the same list the same array (its object-list
    /// cache), so a list is found by the address of the array's storage and confirmed by comparing — which for
    /// the same storage is one step; a list the reader made anew (a row it read the slow way) is looked at
    /// again, never taken for another.
    struct ListFacts {
        struct Facts {
            var objects: [SIEObjectRef]
            var ansvarIndex: Int
            var number: Int?
        }
        private var known: [Facts] = []
        /// The last list seen at each of 16 384 places picked by its storage's address, then all of them.
        private var recent = [(address: Int, index: Int)](repeating: (-1, 0), count: 1 << 14)
        private var byStorage: [Int: Int] = [:]
        private var ansvarIndexes: [String: Int] = [:]
        private(set) var ansvarCodes: [String] = []

        static func storage(_ objects: [SIEObjectRef]) -> Int {
            objects.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        }

        /// By the reader's number of a list (``SIETransaction/listNumber``): its array's storage, its entry in
        /// `known` and its ansvar's number, side by side — one array read a row where hashing the list's address
        /// into `recent` and then reading `known` were two cache misses (the windows shape's 12 000 lists).
        private var numbered: [(address: Int, index: Int32, ansvarIndex: Int32)] = []

        /// What a row needs of its list (not the list: handing it back would cost a retain and a release a row).
        struct Found {
            /// The list's entry (for ``number(_:)``).
            var index: Int
            /// The number of its ansvar, in ``ansvarCodes``.
            var ansvarIndex: Int
        }

        @inline(__always)
        mutating func facts(_ objects: [SIEObjectRef], number: Int32) -> Found {
            let address = Self.storage(objects)
            if number >= 0, Int(number) < numbered.count {
                let n = numbered[Int(number)]
                if n.address == address { return Found(index: Int(n.index), ansvarIndex: Int(n.ansvarIndex)) }
            }
            let index = self.index(objects, address: address)
            if number >= 0, number < 1 << 20 {
                if Int(number) >= numbered.count {
                    let empty = (address: 0, index: Int32(0), ansvarIndex: Int32(0))
                    numbered.append(contentsOf: repeatElement(empty, count: Int(number) + 1 - numbered.count))
                }
                numbered[Int(number)] = (address, Int32(index), Int32(known[index].ansvarIndex))
            }
            return Found(index: index, ansvarIndex: known[index].ansvarIndex)
        }

        /// The entry of `objects` in `known`, made if new. The arrays `known` holds stay allocated, so an address
        /// found here is that list's.
        private mutating func index(_ objects: [SIEObjectRef], address: Int) -> Int {
            let place = address >> 4 & (recent.count - 1)
            if recent[place].address == address, known[recent[place].index].objects == objects {
                return recent[place].index
            }
            if let index = byStorage[address], known[index].objects == objects {
                recent[place] = (address, index)
                return index
            }
            // Addresses of lists made and freed again must not pile up.
            if known.count >= 100_000 {
                known = []
                byStorage = [:]
                recent = recent.map { _ in (-1, 0) }
                numbered = []
            }
            let ansvar = objects.first { $0.dimension == 1 }?.code ?? ""
            known.append(Facts(objects: objects, ansvarIndex: ansvarIndex(ansvar), number: nil))
            byStorage[address] = known.count - 1
            recent[place] = (address, known.count - 1)
            return known.count - 1
        }

        /// The import's number of the list found as `index`, if given yet.
        func number(_ found: Found) -> Int? { known[found.index].number }

        mutating func setNumber(_ number: Int, of found: Found) { known[found.index].number = number }

        mutating func ansvarIndex(_ code: String) -> Int {
            if let index = ansvarIndexes[code] { return index }
            ansvarIndexes[code] = ansvarCodes.count
            ansvarCodes.append(code)
            return ansvarCodes.count - 1
        }
    }
}
