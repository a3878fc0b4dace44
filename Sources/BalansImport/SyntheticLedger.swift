import BalansCore
import Foundation

/// A realistic synthetic region ledger in SIE 4 (`balans generate`, SPEC §6.2), for tests and
/// benchmarks: twelve committees with eight ansvar objects each (dimension 1) and thirty
/// verksamhet objects (dimension 2), Kommun-Bas 13 accounts, balanced vouchers over twelve
/// months with Swedish texts, opening and closing balances that agree with the vouchers, in
/// CP437 as the standard prescribes. The same seed gives the same bytes.
///
/// It writes as it goes and holds nothing but a megabyte of buffer: ten million rows need
/// no more memory than ten. The balances are written before the vouchers (the standard's
/// order), so the vouchers are drawn twice from the same seed: once to sum the balances,
/// once to write them.
public struct SyntheticLedger: Sendable {
    public var rows: Int
    public var year: Int
    public var seed: UInt64

    public init(rows: Int, year: Int = 2024, seed: UInt64 = 1) {
        self.rows = rows
        self.year = year
        self.seed = seed
    }

    /// The committees (nämnder) of the synthetic region and the names of their units.
    static let committees = [
        "Hälso- och sjukvårdsnämnden", "Psykiatrinämnden", "Närsjukvårdsnämnden", "Ambulansnämnden",
        "Kulturnämnden", "Kollektivtrafiknämnden", "Regionstyrelsen", "Fastighetsnämnden",
        "Tandvårdsnämnden", "Patientnämnden", "Servicenämnden", "Utbildningsnämnden",
    ]
    static let units = ["Ledning", "Akutmottagning", "Vårdavdelning", "Öppenvård", "Förråd", "Kök", "Städ", "Utveckling"]
    static let activities = 30

    /// Kommun-Bas 13 accounts with their names.
    static let costAccounts: [(Int, String)] = [
        (4010, "Köpt vård"), (4610, "Läkemedel"), (5010, "Löner tillsvidareanställda"),
        (5610, "Pensionskostnader"), (5710, "Sociala avgifter"), (6110, "Lokalhyror"),
        (6410, "Förbrukningsmaterial"), (7010, "Konsulttjänster"), (7510, "Resor och transporter"),
    ]
    static let revenueAccounts: [(Int, String)] = [(3010, "Patientavgifter"), (3510, "Försäljning av tjänster"), (3910, "Övriga intäkter")]
    static let otherAccounts: [(Int, String)] = [
        (7810, "Avskrivningar byggnader"), (8010, "Skatteintäkter"), (8210, "Generella statsbidrag och utjämning"),
        (8410, "Ränteintäkter"), (8510, "Räntekostnader"),
    ]
    static let balanceAccounts: [(Int, String)] = [
        (1110, "Byggnader"), (1510, "Kundfordringar"), (1930, "Bank"), (2010, "Eget kapital"),
        (2440, "Leverantörsskulder"), (2710, "Personalens skatter"),
    ]
    static let voucherTexts = ["Leverantörsfaktura", "Lön", "Kundfaktura", "Månadens skatteintäkt", "Avskrivning", "Ränta", "Omföring"]

    /// Writes the SIE file through `sie` and, if given, the same `#TRANS` rows as CSV through
    /// `csv` (`voucher,date,account,ansvar,verksamhet,amount`, amount in kronor).
    public func write(sie: @escaping (UnsafeRawBufferPointer) throws -> Void, csv: ((UnsafeRawBufferPointer) throws -> Void)? = nil) throws {
        // First pass: the movements per balance and result account.
        var movements: [Int: Int64] = [:]
        draw { _, _, rows in
            for r in rows { movements[r.account, default: 0] += r.amount }
        }
        var out = Buffer(sink: sie, year: year)
        var table = csv.map { Buffer(sink: $0, year: year) }
        out.line("#FLAGGA 0")
        out.line("#PROGRAM \"Balans generate\" 1.0")
        out.line("#FORMAT PC8")
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
        out.line("#DIM 2 \"Verksamhet\"")
        for (c, committee) in Self.committees.enumerated() {
            for (u, unit) in Self.units.enumerated() {
                out.line("#OBJEKT 1 \"\(Self.ansvar(c, u))\" \"\(unit) – \(committee)\"")
            }
        }
        for a in 0..<Self.activities { out.line("#OBJEKT 2 \"\(Self.activity(a))\" \"Verksamhet \(a + 1)\"") }
        // Opening balances that sum to zero; closing = opening + the year's movements.
        let opening: [Int: Int64] = [1110: 812_345_678_00, 1510: 45_678_901_23, 1930: 123_456_789_01, 2440: -98_765_432_10, 2710: -12_345_678_90]
        var ib = opening
        ib[2010] = -opening.values.reduce(0, +)
        for (number, _) in Self.balanceAccounts {
            out.text("#IB 0 \(number) "); out.amount(ib[number] ?? 0); out.byte(0x0A)
            out.text("#UB 0 \(number) "); out.amount((ib[number] ?? 0) + (movements[number] ?? 0)); out.byte(0x0A)
        }
        for (number, _) in Self.revenueAccounts + Self.costAccounts + Self.otherAccounts {
            out.text("#RES 0 \(number) "); out.amount(movements[number] ?? 0); out.byte(0x0A)
        }
        table?.line("voucher,date,account,ansvar,verksamhet,amount")
        var failure: (any Error)?
        // Second pass: the same draws, written.
        draw { number, date, rows in
            guard failure == nil else { return }
            out.text("#VER A \(number) ")
            out.date(date)
            out.text(" \"")
            out.text(Self.voucherTexts[rows[0].kind])
            out.text(" \(number)\"\n{\n")
            for r in rows {
                out.text("#TRANS \(r.account) {")
                if r.ansvar >= 0 {
                    out.text("1 \"\(Self.ansvarCode(r.ansvar))\" 2 \"\(Self.activity(r.activity))\"")
                }
                out.text("} ")
                out.amount(r.amount)
                out.byte(0x0A)
                if table != nil {
                    table!.text("A\(number),"); table!.isoDate(date); table!.text(",\(r.account),")
                    if r.ansvar >= 0 { table!.text("\(Self.ansvarCode(r.ansvar)),\(Self.activity(r.activity))") } else { table!.text(",") }
                    table!.byte(UInt8(ascii: ",")); table!.amount(r.amount); table!.byte(0x0A)
                    do { try table!.flushIfFull() } catch { failure = error }
                }
            }
            out.text("}\n")
            do { try out.flushIfFull() } catch { failure = error }
        }
        if let failure { throw failure }
        try out.flush()
        try table?.flush()
    }

    /// The organisation tree of the synthetic region as an `org` CSV (docs/formats.md): the
    /// region, its committees and one line per unit with the unit's ansvar code.
    public static func organisationCSV() -> String {
        var lines = ["code;parent;name;kind;ansvar", "REX;;Region Exempel;region;"]
        for (c, committee) in committees.enumerated() {
            lines.append("N\(c + 1);REX;\(committee);committee;")
            for (u, unit) in units.enumerated() {
                lines.append("N\(c + 1)-\(u + 1);N\(c + 1);\(unit);line;\(ansvar(c, u))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func ansvar(_ committee: Int, _ unit: Int) -> String { String(11_000 + committee * 1_000 + unit * 10) }
    static func ansvarCode(_ index: Int) -> String { ansvar(index / units.count, index % units.count) }
    static func activity(_ index: Int) -> String { String(100 + index * 10) }

    struct Row {
        var account: Int
        /// Index into committees × units, or -1 for a balance account (no objects).
        var ansvar: Int
        var activity: Int
        var amount: Int64
        var kind: Int
    }

    /// Draws the vouchers: exactly `rows` rows, 2–8 per voucher, each voucher balanced.
    func draw(_ body: (_ number: Int, _ date: (month: Int, day: Int), _ rows: [Row]) -> Void) {
        var random = SplitMix64(seed: seed)
        var left = rows
        var number = 0
        var voucher: [Row] = []
        voucher.reserveCapacity(8)
        let unitCount = Self.committees.count * Self.units.count
        while left >= 2 {
            number += 1
            var count = 2 + Int(random.next() % 7)
            if left - count == 1 || count > left { count = left }
            left -= count
            // Dates run through the year: about five rows per voucher.
            let month = 1 + min(11, (number - 1) * 12 / (rows / 5 + 1))
            let day = 1 + Int(random.next() % 28)
            let kind = Int(random.next() % 100)
            voucher.removeAll(keepingCapacity: true)
            var sum: Int64 = 0
            // 60 % supplier invoices, 20 % salaries, 12 % customer invoices, the rest central items.
            let (accounts, counter, textKind): ([(Int, String)], Int, Int) =
                kind < 60 ? (Self.costAccounts, 2440, 0) : kind < 80 ? ([(5010, ""), (5710, ""), (5610, "")], 2710, 1)
                : kind < 92 ? (Self.revenueAccounts, 1510, 2) : kind < 96 ? ([(8010, ""), (8210, "")], 1930, 3)
                : kind < 98 ? ([(7810, "")], 1110, 4) : ([(8410, ""), (8510, "")], 1930, 5)
            for _ in 0..<(count - 1) {
                let account = accounts[Int(random.next() % UInt64(accounts.count))].0
                let magnitude = Int64(100 + random.next() % 2_500_000) * (textKind == 3 ? 400 : 1)
                // Revenues, tax, grants and interest income are credits (negative in SIE).
                let isCredit = (3000...3999).contains(account) || (8000...8499).contains(account)
                let amount = isCredit ? -magnitude : magnitude
                sum += amount
                voucher.append(Row(account: account, ansvar: Int(random.next() % UInt64(unitCount)),
                                   activity: Int(random.next() % UInt64(Self.activities)), amount: amount, kind: textKind))
            }
            voucher.append(Row(account: counter, ansvar: -1, activity: 0, amount: -sum, kind: textKind))
            body(number, (month, day), voucher)
        }
    }

    /// A writing buffer: bytes collect here and go to the sink a megabyte at a time.
    struct Buffer {
        let sink: (UnsafeRawBufferPointer) throws -> Void
        let yearText: String
        var bytes: [UInt8] = []

        init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void, year: Int) {
            self.sink = sink
            yearText = String(year)
            bytes.reserveCapacity(1 << 20 + 4096)
        }

        @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

        /// Text in CP437: ASCII as is, the Swedish letters and the dash mapped.
        mutating func text(_ s: String) {
            for scalar in s.unicodeScalars {
                if scalar.isASCII { bytes.append(UInt8(scalar.value)); continue }
                switch scalar {
                case "å": bytes.append(0x86)
                case "ä": bytes.append(0x84)
                case "ö": bytes.append(0x94)
                case "Å": bytes.append(0x8F)
                case "Ä": bytes.append(0x8E)
                case "Ö": bytes.append(0x99)
                case "é": bytes.append(0x82)
                case "–": bytes.append(UInt8(ascii: "-"))
                default: bytes.append(UInt8(ascii: "?"))
                }
            }
        }

        mutating func line(_ s: String) {
            text(s)
            bytes.append(0x0A)
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

        mutating func date(_ d: (month: Int, day: Int)) { text(yearText); two(d.month); two(d.day) }
        mutating func isoDate(_ d: (month: Int, day: Int)) { text(yearText); byte(UInt8(ascii: "-")); two(d.month); byte(UInt8(ascii: "-")); two(d.day) }
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
