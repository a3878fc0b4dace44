import BalansCore
import SIE

/// Turns a summary ledger (huvudbok i sammandrag) — per month, one amount per account and ansvar —
/// into the vouchers a region's ERP would have booked for the same amounts: supplier invoices
/// (leverantörsfakturor) and their payment runs, customer invoices (kundfakturor) and incoming
/// payments, daily cash of patient fees and tickets, a payroll run per ansvar (lönekörning) with the
/// withheld tax (personalskatt, 2710) paid to Skatteverket, the monthly regionbidrag and internal
/// allocations (internhyra, IT) between ansvar with their motpart, period-end accruals (upplupna
/// kostnader, 2910) reversed the next month, depreciation against investments, and tax, grants and
/// interest. Rows carry the dimensions a region uses: ansvar (1), projekt (6), verksamhet (20) and
/// motpart (21), declared with `#DIM`/`#OBJEKT`.
///
/// Why: the example's committed ledgers are summaries (one voucher per committee and month), so a
/// drill-down from a report line showed nothing a controller would recognise; committing the
/// detail would be tens of megabytes. The demo expands them instead, and the reports stay the same:
///
/// - **Exact.** For every month, account and ansvar the expanded vouchers sum to the summary's
///   amount to the öre, on balance accounts too (clearing accounts 2440, 1510, 2710 are settled
///   within the month; the accruals keep 2910's level; investments match depreciation on
///   1110/1210), so every report figure, and each month's balance sheet, is unchanged.
///   Whatever a booking kind does not cover ends in a correcting voucher, so the sums hold for
///   any input (`ERPLedgerExpansionTests` shows the example needs none).
/// - **Deterministic.** Every random choice comes from `seed` and the month, account and ansvar
///   (SplitMix64), never from the clock: the same summary and seed give the same bytes.
/// - **Balance-only vouchers** (no result account, e.g. "Balansförändringar …") are kept as they are.
///
/// Not modelled: the summary has no social-fee account (55xx), so the payroll books gross pay
/// only; arbetsgivaravgifter are not split out.
public struct ERPLedgerExpansion: Sendable {
    /// The seed every random choice is drawn from: the same seed gives the same vouchers.
    public var seed: UInt64

    /// An expansion drawn from `seed`.
    public init(seed: UInt64) { self.seed = seed }

    /// Expands a SIE 4 file's bytes (any encoding the reader takes) and writes the result as SIE 4
    /// in CP437; `file` names the input in an error.
    public func expand(_ bytes: [UInt8], file: String) throws(InputFailure) -> [UInt8] {
        let summary: SIEDocument
        do { summary = try SIEReader.read(bytes) } catch { throw SIELedger.failure(error, file: file) }
        return expand(summary)
    }

    /// The expanded file's bytes (SIE 4, CP437): `summary`'s header, accounts, objects and
    /// balances, the accounts, dimensions and objects the expansion adds, and its vouchers in date
    /// order, numbered per series.
    public func expand(_ summary: SIEDocument) -> [UInt8] {
        var months: [Int: [Cell: Int64]] = [:]
        var kept: [(year: Int, month: Int, booking: Booking)] = []
        // A full export holds one fiscal year; a voucher of another year is kept as written.
        let year = summary.vouchers.first?.date.year ?? 2000
        for v in summary.vouchers {
            let rows = v.transactions.compactMap(Self.summaryRow)
            let expandable =
                rows.count == v.transactions.count && rows.contains { Self.isResult($0.cell.account) }
                && v.date.year == year
            if expandable {
                for r in rows { months[v.date.month, default: [:]][r.cell, default: 0] += r.amount }
            } else {
                // Kept as written: a balance-only voucher, or one whose rows the expansion cannot read.
                let copy = Booking(
                    day: v.date.day, series: .manual, text: v.text,
                    rows: v.transactions.map {
                        Row(account: $0.account, objects: $0.objects, amount: $0.amount.hundredths)
                    })
                kept.append((v.date.year, v.date.month, copy))
            }
        }
        let order = months.keys.sorted()
        let accrualLevel = Self.accrualLevel(order.map { months[$0] ?? [:] })
        var bookings: [(year: Int, month: Int, booking: Booking)] = kept.filter { $0.year != year }
        var previousAccrual: [Cell: Int64]?
        for m in Set(order + kept.filter { $0.year == year }.map(\.month)).sorted() {
            var book = MonthBook(
                year: year, month: m, target: months[m] ?? [:], rng: Random(seed: seed, year: year, month: m))
            for k in kept where k.year == year && k.month == m { book.add(k.booking, target: true) }
            if months[m] != nil {
                previousAccrual = book.bookAll(accrualLevel: accrualLevel, previousAccrual: previousAccrual)
            }
            book.settleResidual()
            bookings += book.bookings.map { (year, m, $0) }
        }
        return write(summary, bookings: bookings)
    }

    /// The output file: the summary's header and balances (written by `SIEWriter`) with the
    /// expansion's additions, then the vouchers, written here byte by byte: `SIEWriter` is general
    /// and took most of the demo's time for a hundred thousand vouchers.
    func write(_ summary: SIEDocument, bookings: [(year: Int, month: Int, booking: Booking)]) -> [UInt8] {
        var header = summary
        header.vouchers = []
        header.program = "Balans-ERPLedgerExpansion 1"
        var used: Set<String> = []
        var objects: Set<SIEObjectRef> = []
        for (_, _, b) in bookings {
            for r in b.rows {
                used.insert(r.account)
                objects.formUnion(r.objects)
            }
        }
        let declared = Set(header.accounts.map(\.number))
        for number in used.subtracting(declared).sorted() {
            header.accounts.append(SIEAccount(number: number, name: Names.accountName(number), line: 0))
        }
        header.accounts.sort { $0.number.utf8.lexicographicallyPrecedes($1.number.utf8) }
        for (dimension, name) in Names.dimensions where header.dimensions[dimension] == nil {
            header.dimensions[dimension] = name
        }
        let known = Set(header.objects.map { SIEObjectRef(dimension: $0.dimension, code: $0.code) })
        let ansvarNames = Dictionary(
            header.objects.filter { $0.dimension == 1 }.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let added = objects.subtracting(known).sorted {
            $0.dimension != $1.dimension ? $0.dimension < $1.dimension : $0.code < $1.code
        }
        for o in added {
            let name = Names.objectName(o, ansvar: ansvarNames)
            header.objects.append(SIEObject(dimension: o.dimension, code: o.code, name: name, line: 0))
        }
        var out = VoucherWriter(bytes: SIEWriter.write(header))
        // Date order (kept stable within a day), each series numbered from 1 as an ERP numbers it.
        var byDate: [Int: [Int]] = [:]
        for (i, b) in bookings.enumerated() {
            byDate[b.year * 10_000 + b.month * 100 + b.booking.day, default: []].append(i)
        }
        var numbers: [Series: Int] = [:]
        for date in byDate.keys.sorted() {
            for i in byDate[date] ?? [] {
                let b = bookings[i].booking
                let number = (numbers[b.series] ?? 0) + 1
                numbers[b.series] = number
                out.voucher(b, number: number, date: date)
            }
        }
        return out.bytes
    }

    /// A summary row as a cell with its amount, or nil when the expansion cannot read it: an
    /// account that is no number, or an object other than one ansvar.
    static func summaryRow(_ t: SIETransaction) -> (cell: Cell, amount: Int64)? {
        guard let account = Int(t.account), t.objects.allSatisfy({ $0.dimension == 1 }), t.objects.count <= 1 else {
            return nil
        }
        return (Cell(account: account, ansvar: t.objects.first?.code ?? ""), t.amount.hundredths)
    }

    /// A result account (resultaträkningskonto, Kommun-Bas classes 3–8).
    static func isResult(_ account: Int) -> Bool { (3000...8999).contains(account) }

    /// The level of accrued costs (upplupna kostnader) each month end: 2,5 % of the smallest
    /// month's accruable costs, in whole thousands of kronor. It is the same every month, so the
    /// accruals and their reversals leave 2910 as the summary has it at every month end.
    static func accrualLevel(_ months: [[Cell: Int64]]) -> Int64 {
        let totals = months.map { cells in
            cells.reduce(Int64(0)) { $0 + (Kind.of($1.key) == .supplier(accrued: true) ? max($1.value, 0) : 0) }
        }
        guard let smallest = totals.min(), smallest > 0 else { return 0 }
        return smallest / 40 / 100_000 * 100_000
    }
}

extension ERPLedgerExpansion {
    /// Writes `#VER` records with their `#TRANS` rows (SIE 4B 5.4, 5.7, 5.9, 5.10) in CP437.
    struct VoucherWriter {
        var bytes: [UInt8]
        /// Accounts and object codes, encoded once each: they repeat on every row.
        var encoded: [String: [UInt8]] = [:]

        mutating func voucher(_ b: Booking, number: Int, date: Int) {
            text("#VER ")
            text(b.series.rawValue)
            space()
            digits(UInt64(number))
            space()
            digits(UInt64(date))
            space()
            quoted(b.text)
            text("\n{\n")
            for r in b.rows {
                text("#TRANS ")
                cached(r.account, quote: false)
                text(" {")
                for (i, o) in r.objects.enumerated() {
                    if i > 0 { space() }
                    digits(UInt64(o.dimension))
                    space()
                    cached(o.code, quote: true)
                }
                text("} ")
                amount(r.amount)
                bytes.append(0x0A)
            }
            text("}\n")
        }

        mutating func space() { bytes.append(UInt8(ascii: " ")) }

        /// ASCII as it is; anything else through the CP437 table.
        mutating func text(_ s: String) {
            if s.utf8.allSatisfy({ $0 < 0x80 }) {
                bytes.append(contentsOf: s.utf8)
            } else {
                bytes.append(contentsOf: SyntheticLedger.Buffer.cp437(s))
            }
        }

        /// An object code (quoted) or an account number, from the cache.
        mutating func cached(_ s: String, quote: Bool) {
            let key = quote ? "\"" + s : s
            if let known = encoded[key] { return bytes.append(contentsOf: known) }
            let start = bytes.count
            if quote { quoted(s) } else { text(s) }
            encoded[key] = Array(bytes[start...])
        }

        /// A quoted text; a quote or backslash inside is escaped with a backslash (5.7).
        mutating func quoted(_ s: String) {
            bytes.append(UInt8(ascii: "\""))
            if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: s.utf8)
            } else {
                for b in SyntheticLedger.Buffer.cp437(s) {
                    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
                    bytes.append(b)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        /// Öre as kronor with two decimals: `-1234.05`.
        mutating func amount(_ ore: Int64) {
            if ore < 0 { bytes.append(UInt8(ascii: "-")) }
            let magnitude = ore.magnitude
            digits(magnitude / 100)
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / 10 % 10))
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
        }

        mutating func digits(_ value: UInt64) {
            if value >= 10 { digits(value / 10) }
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
    }
}
