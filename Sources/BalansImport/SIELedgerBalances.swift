import BalansCore
import SIE

extension SIELedger {
    /// Period amounts (`#PSALDO`, `#PBUDGET`) as cells. Per account and month the row without
    /// objects (`{}`) is the account's total and rows with one object are breakdowns of it:
    /// those of dimension 1 give the ansvar, and what they leave of the total is ansvar "".
    /// Adding every row up would count the amounts twice or more. An account whose rows are
    /// all per object gets its total from its objects of one dimension (1 if it has any), with
    /// a warning; rows with several objects are breakdowns Balans does not keep.
    struct PeriodTotals {
        var cells: [CellKey: Money] = [:]
        /// The line of a row of each cell, for messages.
        var lines: [CellKey: Int] = [:]
        /// Accounts that got cells.
        var accounts: Set<Int> = []
        var notes: [SIEIssue] = []
        /// Lines where a sum would exceed the limit.
        var overflows: [Int] = []

        struct Month {
            var total: Money?
            var totalLine = 0
            var byDimension: [Int: [(code: String, amount: Money, line: Int)]] = [:]
        }

        init(_ rows: [(account: Int, row: SIEPeriodBalance)], label: String) {
            var months: [Int: [Int: Month]] = [:]
            var firstLine: [Int: Int] = [:]
            for (n, p) in rows {
                let amount = Money(ore: p.amount.hundredths)
                firstLine[n] = min(firstLine[n] ?? p.line, p.line)
                var month = months[n, default: [:]][p.month, default: Month()]
                if p.objects.isEmpty {
                    guard let total = CellKey.sum(month.total ?? .zero, amount) else {
                        overflows.append(p.line)
                        continue
                    }
                    month.total = total
                    month.totalLine = p.line
                } else if p.objects.count == 1 {
                    month.byDimension[p.objects[0].dimension, default: []].append((p.objects[0].code, amount, p.line))
                }
                months[n, default: [:]][p.month] = month
            }
            for (n, byMonth) in months.sorted(by: { $0.key < $1.key }) {
                var derivedFrom: Set<Int> = []
                for (number, month) in byMonth.sorted(by: { $0.key < $1.key }) {
                    if let total = month.total {
                        var rest = total
                        let breakdown = month.byDimension[1] ?? []
                        for row in breakdown {
                            put(n, row.code, number, row.amount, row.line)
                            guard let left = CellKey.difference(rest, row.amount) else {
                                overflows.append(row.line)
                                continue
                            }
                            rest = left
                        }
                        if rest != .zero || breakdown.isEmpty { put(n, "", number, rest, month.totalLine) }
                    } else if let dimension = month.byDimension[1] != nil ? 1 : month.byDimension.keys.min() {
                        derivedFrom.insert(dimension)
                        for row in month.byDimension[dimension] ?? [] {
                            put(n, dimension == 1 ? row.code : "", number, row.amount, row.line)
                        }
                    }
                }
                if !derivedFrom.isEmpty {
                    let dimensions = derivedFrom.sorted().map(String.init).joined(separator: ", ")
                    let message =
                        "account \(n) has \(label) rows only per object:"
                        + " its total is the sum of its objects in dimension \(dimensions)"
                    notes.append(SIEIssue(line: firstLine[n], message: message))
                }
            }
        }

        mutating func put(_ account: Int, _ ansvar: String, _ month: Int, _ amount: Money, _ line: Int) {
            let key = CellKey(account: account, ansvar: ansvar, month: month)
            guard let total = CellKey.sum(cells[key] ?? .zero, amount) else { return overflows.append(line) }
            cells[key] = total
            lines[key] = lines[key] ?? line
            accounts.insert(account)
        }
    }

    /// Closing balances (`#UB`, and `#OUB` for an account without `#UB`) per account.
    struct ClosingBalances {
        var totals: [Int: (amount: Money, line: Int)] = [:]
        var notes: [SIEIssue] = []
        var overflows: [Int] = []

        init(_ rows: [(account: Int, row: SIEBalance)]) {
            var perObject: [Int: [Int: [(amount: Money, line: Int)]]] = [:]
            for (n, b) in rows {
                let amount = Money(ore: b.amount.hundredths)
                if b.objects.isEmpty {
                    guard let total = CellKey.sum(totals[n]?.amount ?? .zero, amount) else {
                        overflows.append(b.line)
                        continue
                    }
                    totals[n] = (total, totals[n]?.line ?? b.line)
                } else if b.objects.count == 1 {
                    perObject[n, default: [:]][b.objects[0].dimension, default: []].append((amount, b.line))
                }
            }
            for (n, byDimension) in perObject.sorted(by: { $0.key < $1.key }) where totals[n] == nil {
                guard let dimension = byDimension[1] != nil ? 1 : byDimension.keys.min(),
                    let rows = byDimension[dimension]
                else { continue }
                var total = Money.zero
                for row in rows {
                    guard let sum = CellKey.sum(total, row.amount) else {
                        overflows.append(row.line)
                        break
                    }
                    total = sum
                }
                let line = rows.map(\.line).min() ?? 0
                totals[n] = (total, line)
                notes.append(
                    SIEIssue(
                        line: line,
                        message:
                            "account \(n) has no #UB:"
                            + " its closing balance is the sum of its #OUB in dimension \(dimension)"
                    ))
            }
        }
    }

    /// An aggregation key: account, ansvar and month.
    struct CellKey: Hashable {
        var account: Int
        var ansvar: String
        var month: Int

        /// No account's month may exceed 10^15 öre (10 000 miljarder kronor) in magnitude: far
        /// above any real ledger, and low enough that no statement total can overflow Int64.
        static let limit: Int64 = 1_000_000_000_000_000
        static let tooLarge = "amounts too large: an account's month exceeds 10 000 000 000 000 kronor"
        static func sum(_ a: Money, _ b: Money) -> Money? {
            let (total, overflow) = a.ore.addingReportingOverflow(b.ore)
            return overflow || total.magnitude > UInt64(limit) ? nil : Money(ore: total)
        }

        /// `a - b` within the limit (nil otherwise; `b` is never negated beyond it).
        static func difference(_ a: Money, _ b: Money) -> Money? {
            b.ore.magnitude > UInt64(limit) ? nil : sum(a, Money(ore: -b.ore))
        }

        static func cells(_ sums: [CellKey: Money]) -> [YearLedger.Cell] {
            sums.map {
                YearLedger.Cell(account: $0.key.account, ansvar: $0.key.ansvar, month: $0.key.month, amount: $0.value)
            }
            .sorted { ($0.account, $0.ansvar, $0.month) < ($1.account, $1.ansvar, $1.month) }
        }
    }

    /// Account numbers as written in the file, parsed once per distinct text.
    /// (Parsing the digits is cheaper than looking the text up: this runs once per row.)
    struct AccountNumbers {
        mutating func parse(_ text: String) -> Int? {
            // The bytes in place where the string has them so (always, for a reader's): a byte at a time through
            // the UTF-8 view cost more than the rest of summing a row.
            if let n = text.utf8.withContiguousStorageIfAvailable({ Self.number($0) }) { return n }
            return Self.number(text.utf8)
        }

        @inline(__always)
        static func number(_ bytes: some Sequence<UInt8>) -> Int? {
            var n = 0
            var count = 0
            for byte in bytes {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 10 else { return nil }
                n = n * 10 + Int(byte - UInt8(ascii: "0"))
                count += 1
            }
            return count > 0 && n >= 1000 ? n : nil
        }
    }
}
