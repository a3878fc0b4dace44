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
        mutating func add(account: Int, ansvar: Int, code: String, month: Int, _ amount: Money) -> Bool {
            if account >= 0, account < 1 << 34, ansvar < 1 << 24, month >= 0, month < 16 {
                return packed.add(account << 28 | ansvar << 4 | month, amount)
            }
            let key = CellKey(account: account, ansvar: code, month: month)
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
        private var keys = [Int](repeating: -1, count: 1 << 10)
        private var sums = [Money](repeating: .zero, count: 1 << 10)
        private var count = 0
        private var shift = 64 - 10

        /// Adds within `CellKey.limit`; false (nothing added) beyond it.
        @inline(__always)
        mutating func add(_ key: Int, _ amount: Money) -> Bool {
            let spread = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
            var slot = Int(truncatingIfNeeded: spread >> UInt64(shift))
            let mask = keys.count - 1
            while true {
                let k = keys[slot]
                if k == key {
                    guard let total = CellKey.sum(sums[slot], amount) else { return false }
                    sums[slot] = total
                    return true
                }
                if k == -1 {
                    guard let total = CellKey.sum(.zero, amount) else { return false }
                    keys[slot] = key
                    sums[slot] = total
                    count += 1
                    if count * 2 > keys.count { grow() }
                    return true
                }
                slot = (slot + 1) & mask
            }
        }

        /// Every key with its sum.
        var all: [(key: Int, sum: Money)] {
            keys.indices.filter { keys[$0] != -1 }.map { (keys[$0], sums[$0]) }
        }

        private mutating func grow() {
            let (oldKeys, oldSums) = (keys, sums)
            keys = [Int](repeating: -1, count: oldKeys.count * 2)
            sums = [Money](repeating: .zero, count: oldKeys.count * 2)
            shift -= 1
            count = 0
            for (slot, key) in oldKeys.enumerated() where key != -1 { _ = add(key, oldSums[slot]) }
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
            var ansvar: String
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

        /// What a row needs of its list (not the list: handing it back would cost a retain and a release a row).
        struct Found {
            var ansvar: String
            var ansvarIndex: Int
            var number: Int?
        }

        @inline(__always)
        mutating func facts(_ objects: [SIEObjectRef]) -> Found {
            let address = Self.storage(objects)
            let place = address >> 4 & (recent.count - 1)
            if recent[place].address == address, known[recent[place].index].objects == objects {
                return found(recent[place].index)
            }
            if let index = byStorage[address], known[index].objects == objects {
                recent[place] = (address, index)
                return found(index)
            }
            // Addresses of lists made and freed again must not pile up.
            if known.count >= 100_000 {
                known = []
                byStorage = [:]
                recent = recent.map { _ in (-1, 0) }
            }
            let ansvar = objects.first { $0.dimension == 1 }?.code ?? ""
            known.append(Facts(objects: objects, ansvar: ansvar, ansvarIndex: ansvarIndex(ansvar), number: nil))
            byStorage[address] = known.count - 1
            recent[place] = (address, known.count - 1)
            return found(known.count - 1)
        }

        @inline(__always)
        private func found(_ index: Int) -> Found {
            Found(ansvar: known[index].ansvar, ansvarIndex: known[index].ansvarIndex, number: known[index].number)
        }

        mutating func setNumber(_ number: Int, of objects: [SIEObjectRef]) {
            if let index = byStorage[Self.storage(objects)] { known[index].number = number }
        }

        mutating func ansvarIndex(_ code: String) -> Int {
            if let index = ansvarIndexes[code] { return index }
            ansvarIndexes[code] = ansvarCodes.count
            ansvarCodes.append(code)
            return ansvarCodes.count - 1
        }
    }
}
