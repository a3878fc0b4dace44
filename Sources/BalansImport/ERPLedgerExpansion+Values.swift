import SIE

extension ERPLedgerExpansion {
    /// A summary cell: an account and the ansvar code of its rows ("" for none).
    struct Cell: Hashable, Comparable {
        var account: Int
        var ansvar: String

        static func < (a: Cell, b: Cell) -> Bool { (a.account, a.ansvar) < (b.account, b.ansvar) }
    }

    /// A voucher row: account, objects in dimension order, amount in öre (debit positive).
    struct Row {
        var account: String
        var objects: [SIEObjectRef]
        var amount: Int64
    }

    /// The voucher series, as an ERP keeps one per source (verifikationsserie).
    enum Series: String, Hashable {
        case manual = "A"
        case supplier = "L"
        case customer = "K"
        case payroll = "P"
        case payment = "B"
    }

    /// A voucher before it is dated in its month and numbered in its series.
    struct Booking {
        var day: Int
        var series: Series
        var text: String
        var rows: [Row]
    }

    /// How a result cell is booked.
    enum Kind: Equatable {
        case supplier(accrued: Bool)
        case payroll, grantsPaid, `internal`, depreciation
        case patientFees, tickets, grantsReceived, customer, finance, other

        /// Kommun-Bas 13 ranges: 3990/4990 the internal regionbidrag, 50–55 personnel, 56
        /// pensions (invoiced by the pension administrator, never accrued), 48 grants paid.
        static func of(_ c: Cell) -> Kind {
            switch c.account {
            case 3990, 4990: .`internal`
            case 3000...3099: .patientFees
            case 3100...3199: .tickets
            case 3700...3799: .grantsReceived
            case 3200...3999: .customer
            case 4800...4899: .grantsPaid
            case 5000...5599: .payroll
            case 5600...5699: .supplier(accrued: false)
            case 4000...7799: .supplier(accrued: true)
            case 7800...7899: .depreciation
            case 7900...7999: .supplier(accrued: false)
            case 8000...8999: .finance
            default: .other
            }
        }
    }

    /// The expansion's random choices: SplitMix64 (as `balans generate` draws), seeded per month.
    struct Random {
        var generator: SplitMix64

        init(seed: UInt64, year: Int, month: Int) {
            generator = SplitMix64(
                seed: seed ^ (UInt64(truncatingIfNeeded: year) &* 0x9E37_79B9_7F4A_7C15)
                    ^ UInt64(truncatingIfNeeded: month))
        }

        mutating func next() -> UInt64 { generator.next() }

        /// 0..<n (0 when n ≤ 1).
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Splits `total` into about `total / typical` parts (at most `most`) of skewed sizes, as
    /// invoices are: many small, a few large. The parts sum to `total` exactly and share its sign.
    static func split(_ total: Int64, typical: Int64, most: Int, _ rng: inout Random) -> [Int64] {
        let magnitude = total.magnitude
        let count = Int(min(UInt64(most), max(1, magnitude / UInt64(max(typical, 1)))))
        return split(total, into: count, &rng)
    }

    /// Splits `total` into `count` parts of random weights (1–900); whole when too small to share.
    static func split(_ total: Int64, into count: Int, _ rng: inout Random) -> [Int64] {
        let magnitude = Int64(total.magnitude)
        guard count > 1, magnitude >= Int64(count) * 100_000 else { return [total] }
        let weights = (0..<count).map { _ in Int64(rng.below(30) + 1) * Int64(rng.below(30) + 1) }
        let sum = weights.reduce(0, +)
        // No overflow: the remainder is below `sum` (≤ 900 × count) before it is multiplied.
        var parts = weights.map { magnitude / sum * $0 + magnitude % sum * $0 / sum }
        var rest = magnitude - parts.reduce(0, +)
        var i = 0
        while rest > 0 {
            parts[i % count] += 1
            rest -= 1
            i += 1
        }
        return total < 0 ? parts.map { -$0 } : parts
    }

    /// Splits `total` in proportion to `weights` (all positive), remainders to the largest
    /// fractions (earliest on ties), so the parts sum to `total` exactly.
    static func proportional(_ total: Int64, _ weights: [Int64]) -> [Int64] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var parts: [Int64] = []
        var remainders: [(Int64, Int)] = []
        for (i, w) in weights.enumerated() {
            let (high, low) = total.multipliedFullWidth(by: w)
            let (q, r) = sum.dividingFullWidth((high, low))
            parts.append(q)
            remainders.append((r, i))
        }
        var rest = total - parts.reduce(0, +)
        for (_, i) in remainders.sorted(by: { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }) where rest > 0 {
            parts[i] += 1
            rest -= 1
        }
        return parts
    }
}
