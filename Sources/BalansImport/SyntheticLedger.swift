import BalansCore
import Foundation

/// A realistic synthetic region ledger in SIE 4 (`balans generate`, SPEC §6.2), for tests and
/// benchmarks: twelve committees with 5–15 ansvar objects each (dimension 1, 91 in all) and
/// thirty verksamhet objects (dimension 20, the first the standard leaves free; each committee
/// books on its own few), Kommun-Bas 13 accounts, balanced vouchers over twelve months with
/// Swedish texts, opening and closing balances that agree with the vouchers, in CP437 as the
/// standard prescribes. The same seed gives the same bytes.
///
/// It writes as it goes and holds nothing but a megabyte of buffer: ten million rows need
/// no more memory than ten. The balances are written before the vouchers (the standard's
/// order), so the vouchers are drawn twice from the same seed: once to sum the balances,
/// once to write them.
public struct SyntheticLedger: Sendable {
    /// The number of `#TRANS` rows to write, 2–8 per voucher.
    public var rows: Int
    /// The fiscal year of the ledger (`#RAR 0`); `#RAR -1` is the year before.
    public var year: Int
    /// The generator's seed: the same seed, rows and year give the same bytes.
    public var seed: UInt64
    /// How the file is laid out (line ends, encoding, quoting, dimensions per row).
    public var shape: Shape

    /// A ledger of `rows` rows for `year`, drawn from `seed`; nothing is written before `write`.
    public init(rows: Int, year: Int = 2024, seed: UInt64 = 1, shape: Shape = .standard) {
        self.rows = rows
        self.year = year
        self.seed = seed
        self.shape = shape
    }

    /// Writes the SIE file through `sie` and, if given, the same `#TRANS` rows as CSV through
    /// `csv` (`voucher,date,account,ansvar,verksamhet,amount`, amount in kronor).
    public func write(
        sie: @escaping (UnsafeRawBufferPointer) throws -> Void, csv: ((UnsafeRawBufferPointer) throws -> Void)? = nil
    ) throws {
        // First pass: the movements per account (four-digit numbers index an array, no hashing).
        var movements = [Int64](repeating: 0, count: 10_000)
        draw { _, _, rows in
            for r in rows { movements[r.account] += r.amount }
        }
        var out = Buffer(sink: sie, year: year, shape: shape)
        var table = csv.map { Buffer(sink: $0, year: year, shape: .standard) }
        out.line("#FLAGGA 0")
        out.line("#PROGRAM \"Balans generate\" 1.0")
        if shape != .unix { out.line("#FORMAT PC8") }
        out.line("#GEN \(year + 1)0115")
        out.line("#SIETYP 4")
        out.line("#ORGNR 232100-0000")
        out.line("#FNAMN \"Region Exempel\"")
        out.line("#RAR 0 \(year)0101 \(year)1231")
        out.line("#RAR -1 \(year - 1)0101 \(year - 1)1231")
        out.line("#KPTYP \"KBAS13\"")
        for (number, name) in Self.balanceAccounts + Self.revenueAccounts + Self.costAccounts + Self.otherAccounts {
            out.line("#KONTO \(number) \"\(name)\"")
        }
        out.line("#DIM 1 \"Ansvar\"")
        out.line("#DIM 20 \"Verksamhet\"")
        if shape == .windows { out.line("#DIM 6 \"Projekt\"") }
        for (c, committee) in Self.committees.enumerated() {
            for (u, unit) in committee.units.enumerated() {
                out.line("#OBJEKT 1 \"\(Self.ansvar(c, u))\" \"\(unit), \(committee.name)\"")
            }
        }
        for (a, name) in Self.activityNames.enumerated() { out.line("#OBJEKT 20 \"\(Self.activity(a))\" \"\(name)\"") }
        if shape == .windows {
            for p in 0..<Self.projectCount { out.line("#OBJEKT 6 \"\(Self.project(p))\" \"Projekt \(p + 1)\"") }
        }
        // Opening balances that sum to zero; closing = opening + the year's movements.
        // They grow with the ledger, so that the balance sheet keeps a region's proportions: buildings
        // worth twenty years of depreciation, about a month of revenue, costs and wages outstanding.
        let size = Int64(rows)
        let opening: [Int: Int64] = [
            1110: size * 4_000_00 + 12_345_67, 1510: size * 100_00 + 2_345_89, 1930: size * 700_00 + 45_678_12,
            2440: -(size * 500_00 + 3_456_78), 2710: -(size * 170_00 + 98_765_43),
        ]
        var ib = opening
        ib[2010] = -opening.values.reduce(0, +)
        for (number, _) in Self.balanceAccounts {
            out.text("#IB 0 \(number) ")
            out.amount(ib[number] ?? 0)
            out.newline()
            out.text("#UB 0 \(number) ")
            out.amount((ib[number] ?? 0) + movements[number])
            out.newline()
        }
        for (number, _) in Self.revenueAccounts + Self.costAccounts + Self.otherAccounts {
            out.text("#RES 0 \(number) ")
            out.amount(movements[number])
            out.newline()
        }
        table?.line("voucher,date,account,ansvar,verksamhet,\(shape == .windows ? "projekt," : "")amount")
        // The per-row pieces as bytes, made once: ten million rows allocate no strings.
        let ansvarCodes = Self.ansvarUnits.map { Array(Self.ansvar($0.committee, $0.unit).utf8) }
        let activityCodes = Self.activityNames.indices.map { Array(Self.activity($0).utf8) }
        let texts = Self.voucherTexts.map { out.encode($0) }
        let projectCodes = (0..<Self.projectCount).map { Array(Self.project($0).utf8) }
        let pieces = Pieces(shape)
        var failure: (any Error)?
        // Second pass: the same draws, written.
        draw { number, date, rows in
            guard failure == nil else { return }
            out.append(pieces.verPrefix)
            out.digits(UInt64(number))
            out.append(pieces.afterNumber)
            out.date(date)
            out.append(Self.quoteSpace)
            out.append(texts[rows[0].kind])
            out.byte(UInt8(ascii: " "))
            out.digits(UInt64(number))
            out.append(pieces.quoteOpen)
            for r in rows {
                out.append(Self.transPrefix)
                out.digits(UInt64(r.account))
                out.append(Self.braceOpen)
                if r.ansvar >= 0 {
                    out.append(pieces.dimension1)
                    out.append(ansvarCodes[r.ansvar])
                    out.append(pieces.dimension2)
                    out.append(activityCodes[r.activity])
                    if r.project >= 0 {
                        out.append(pieces.dimension6)
                        out.append(projectCodes[r.project])
                    }
                    out.append(pieces.objectEnd)
                }
                out.append(Self.braceClose)
                out.amount(r.amount)
                out.newline()
                if table != nil {
                    table!.byte(UInt8(ascii: "A"))
                    table!.digits(UInt64(number))
                    table!.byte(UInt8(ascii: ","))
                    table!.isoDate(date)
                    table!.byte(UInt8(ascii: ","))
                    table!.digits(UInt64(r.account))
                    table!.byte(UInt8(ascii: ","))
                    if r.ansvar >= 0 {
                        table!.append(ansvarCodes[r.ansvar])
                        table!.byte(UInt8(ascii: ","))
                        table!.append(activityCodes[r.activity])
                    } else {
                        table!.byte(UInt8(ascii: ","))
                    }
                    if shape == .windows {
                        table!.byte(UInt8(ascii: ","))
                        if r.project >= 0 { table!.append(projectCodes[r.project]) }
                    }
                    table!.byte(UInt8(ascii: ","))
                    table!.amount(r.amount)
                    table!.byte(0x0A)
                    do { try table!.flushIfFull() } catch { failure = error }
                }
            }
            out.append(pieces.braceEnd)
            do { try out.flushIfFull() } catch { failure = error }
        }
        if let failure { throw failure }
        try out.flush()
        try table?.flush()
    }

    // Fixed pieces of the voucher lines, in ASCII; the ones that differ by shape are `Pieces`.
    static let quoteSpace = Array(" \"".utf8)
    static let transPrefix = Array("#TRANS ".utf8), braceOpen = Array(" {".utf8), braceClose = Array("} ".utf8)

    /// The organisation tree of the synthetic region as an `org` CSV (docs/formats.md): the
    /// region, its committees and one line per unit with the unit's ansvar code.
    public static func organisationCSV() -> String {
        var lines = ["code;parent;name;kind;ansvar", "REX;;Region Exempel;region;"]
        for (c, committee) in committees.enumerated() {
            lines.append("N\(c + 1);REX;\(committee.name);committee;")
            for (u, unit) in committee.units.enumerated() {
                lines.append("N\(c + 1)-\(u + 1);N\(c + 1);\(unit);line;\(ansvar(c, u))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func ansvar(_ committee: Int, _ unit: Int) -> String { String(11_000 + committee * 1_000 + unit * 10) }
    static func activity(_ index: Int) -> String { String(100 + index * 10) }

    struct Row {
        var account: Int
        /// Index into `ansvarUnits`, or -1 for a balance account (no objects).
        var ansvar: Int
        var activity: Int
        /// Index of the row's project (dimension 6, the windows shape's third), or -1.
        var project = -1
        var amount: Int64
        var kind: Int
    }

    /// The accounts each kind of voucher draws from.
    static let costNumbers = costAccounts.map(\.0).filter { !(5000...5999).contains($0) },
        salaryNumbers = [5010, 5010, 5010, 5010, 5010, 5010, 5710, 5710, 5710, 5610],
        revenueNumbers = revenueAccounts.map(\.0)
    static let taxNumbers = [8010, 8210], depreciationNumbers = [7810], interestNumbers = [8410, 8510]

    /// Draws the vouchers: exactly `rows` rows, 2–8 per voucher, each voucher balanced. The
    /// amounts are sized so that the year looks like a region's: tax and grants cover the net
    /// costs with a small surplus, wages are 60 % of staff costs, and what is owed to suppliers,
    /// by customers and for wages is settled through the bank at each month's end.
    func draw(_ body: (_ number: Int, _ date: (month: Int, day: Int), _ rows: [Row]) -> Void) {
        var random = SplitMix64(seed: seed)
        var left = rows
        var number = 0
        var voucher: [Row] = []
        voucher.reserveCapacity(8)
        let unitCount = UInt64(Self.ansvarUnits.count)
        let activitiesOfUnit = Self.ansvarUnits.map { Self.committees[$0.committee].activities }
        // What the month's vouchers left on 2440, 1510 and 2710, paid at the month's end.
        var open: [(account: Int, balance: Int64)] = [(2440, 0), (1510, 0), (2710, 0)]
        var currentMonth = 1
        while left >= 2 {
            // Dates run through the year: about five rows per voucher.
            let month = 1 + min(11, number * 12 / (rows / 5 + 1))
            if month != currentMonth {
                for (i, item) in open.enumerated() where item.balance != 0 && left >= 4 {
                    number += 1
                    left -= 2
                    voucher.removeAll(keepingCapacity: true)
                    voucher.append(
                        Row(account: item.account, ansvar: -1, activity: 0, amount: -item.balance, kind: 6 + i))
                    voucher.append(Row(account: 1930, ansvar: -1, activity: 0, amount: item.balance, kind: 6 + i))
                    body(number, (currentMonth, 28), voucher)
                    open[i].balance = 0
                }
                currentMonth = month
            }
            number += 1
            // Vouchers of ten rows on average in the windows shape (the ERP exports of issue 19), five otherwise.
            var count = 2 + Int(random.next() % (shape == .windows ? 17 : 7))
            if left - count == 1 || count > left { count = left }
            left -= count
            let day = 1 + Int(random.next() % 28)
            let kind = Int(random.next() % 100)
            voucher.removeAll(keepingCapacity: true)
            var sum: Int64 = 0
            // 45 % supplier invoices, 35 % salaries (staff are 43 % of the costs), 12 % customer
            // invoices, the rest central items.
            let (accounts, counter, textKind): ([Int], Int, Int) =
                kind < 45
                ? (Self.costNumbers, 2440, 0)
                : kind < 80
                    ? (Self.salaryNumbers, 2710, 1)
                    : kind < 92
                        ? (Self.revenueNumbers, 1510, 2)
                        : kind < 96
                            ? (Self.taxNumbers, 1930, 3)
                            : kind < 98 ? (Self.depreciationNumbers, 1110, 4) : (Self.interestNumbers, 1930, 5)
            for _ in 0..<(count - 1) {
                let account = accounts[Int(random.next() % UInt64(accounts.count))]
                // 1.00–25 000.00 kr a row; tax and grants 18 times that (they finance everything).
                let magnitude = Int64(100 + random.next() % 2_500_000) * (textKind == 3 ? 18 : 1)
                // Revenues, tax, grants and interest income are credits (negative in SIE).
                let isCredit = (3000...3999).contains(account) || (8000...8499).contains(account)
                let amount = isCredit ? -magnitude : magnitude
                sum += amount
                let ansvar: Int
                let activity: Int
                if textKind == 3 || textKind == 5 {
                    (ansvar, activity) = (Self.financeUnit, Self.financeActivity)
                } else {
                    ansvar = Int(random.next() % unitCount)
                    let activities = activitiesOfUnit[ansvar]
                    activity = activities[Int(random.next() % UInt64(activities.count))]
                }
                var row = Row(account: account, ansvar: ansvar, activity: activity, amount: amount, kind: textKind)
                // A third of the windows shape's booked rows name a project too: three dimensions.
                if shape == .windows, random.next() % 3 == 0 {
                    row.project = Int(random.next() % UInt64(Self.projectCount))
                }
                voucher.append(row)
            }
            voucher.append(Row(account: counter, ansvar: -1, activity: 0, amount: -sum, kind: textKind))
            if let i = open.firstIndex(where: { $0.account == counter }) { open[i].balance -= sum }
            body(number, (month, day), voucher)
        }
    }

    /// A writing buffer: bytes collect here and go to the sink a megabyte at a time.
    struct Buffer {
        let sink: (UnsafeRawBufferPointer) throws -> Void
        let yearText: String
        let shape: Shape
        var bytes: [UInt8] = []

        init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void, year: Int, shape: Shape) {
            self.sink = sink
            self.shape = shape
            yearText = String(year)
            bytes.reserveCapacity(1 << 20 + 4096)
        }

        /// The line end of the shape: CR LF from Windows programs, LF otherwise.
        @inline(__always) mutating func newline() {
            if shape == .windows { bytes.append(0x0D) }
            bytes.append(0x0A)
        }

        /// Text as the shape encodes it: UTF-8, or CP437 (PC8) as SIE 4 prescribes.
        func encode(_ s: String) -> [UInt8] { shape == .unix ? Array(s.utf8) : Self.cp437(s) }

        @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

        @inline(__always) mutating func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }

        /// Text in the shape's encoding.
        mutating func text(_ s: String) { bytes.append(contentsOf: encode(s)) }

        static func cp437(_ s: String) -> [UInt8] {
            s.unicodeScalars.map { scalar in
                if scalar.isASCII { return UInt8(scalar.value) }
                switch scalar {
                case "å": return 0x86
                case "ä": return 0x84
                case "ö": return 0x94
                case "Å": return 0x8F
                case "Ä": return 0x8E
                case "Ö": return 0x99
                case "é": return 0x82
                case "–": return UInt8(ascii: "-")
                default: return UInt8(ascii: "?")
                }
            }
        }

        mutating func line(_ s: String) {
            text(s)
            newline()
        }

        /// Öre as kronor with two decimals: `-1234.05`.
        mutating func amount(_ ore: Int64) { bytes.appendKronor(ore) }

        mutating func digits(_ value: UInt64) { bytes.appendDigits(value) }

        mutating func date(_ d: (month: Int, day: Int)) {
            text(yearText)
            two(d.month)
            two(d.day)
        }
        mutating func isoDate(_ d: (month: Int, day: Int)) {
            text(yearText)
            byte(UInt8(ascii: "-"))
            two(d.month)
            byte(UInt8(ascii: "-"))
            two(d.day)
        }
        mutating func two(_ n: Int) {
            bytes.append(UInt8(ascii: "0") + UInt8(n / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(n % 10))
        }

        mutating func flushIfFull() throws { if bytes.count >= 1 << 20 { try flush() } }
        mutating func flush() throws {
            try bytes.withUnsafeBytes { try sink($0) }
            bytes.removeAll(keepingCapacity: true)
        }
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, seedable generator; the same seed
/// gives the same ledger on every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
