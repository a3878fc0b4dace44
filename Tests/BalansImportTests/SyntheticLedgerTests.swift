import BalansCore
import BalansImport
import Foundation
import Testing

/// `balans generate`: deterministic, exactly N rows, balanced, and readable by Balans's own
/// reader with every check on.
@Suite struct SyntheticLedgerTests {
    func generate(rows: Int, seed: UInt64, year: Int = 2024) throws -> (sie: [UInt8], csv: [UInt8]) {
        var sie: [UInt8] = []
        var csv: [UInt8] = []
        try SyntheticLedger(rows: rows, year: year, seed: seed).write(
            sie: { sie.append(contentsOf: $0) }, csv: { csv.append(contentsOf: $0) })
        return (sie, csv)
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let a = try generate(rows: 5_000, seed: 7)
        let b = try generate(rows: 5_000, seed: 7)
        let c = try generate(rows: 5_000, seed: 8)
        #expect(a.sie == b.sie && a.csv == b.csv)
        #expect(a.sie != c.sie)
    }

    @Test(arguments: [2, 3, 9, 1_000, 12_345])
    func exactlyNRowsEveryVoucherBalancedInsideTheYear(rows: Int) throws {
        let (sie, csv) = try generate(rows: rows, seed: 1, year: 2023)
        // An independent reading of the lines, not Balans's reader.
        var transRows = 0
        var sum: Int64 = 0
        var inVoucher = false
        var vouchers = 0
        for line in String(decoding: sie, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#VER ") {
                let date = line.split(separator: " ")[3]
                #expect(date.hasPrefix("2023") && date.count == 8)
                vouchers += 1
            } else if line == "{" {
                inVoucher = true
                sum = 0
            } else if line == "}" {
                #expect(sum == 0)
                inVoucher = false
            } else if line.hasPrefix("#TRANS ") {
                #expect(inVoucher)
                transRows += 1
                let amount = line.split(separator: " ").last!.replacingOccurrences(of: ".", with: "")
                sum += Int64(amount)!
            }
        }
        #expect(transRows == rows)
        #expect(vouchers >= 1)
        let csvLines = String(decoding: csv, as: UTF8.self).split(separator: "\n")
        #expect(csvLines.count == rows + 1)
        #expect(csvLines.first == "voucher,date,account,ansvar,verksamhet,amount")
    }

    @Test func balancesAgreeWithTheVouchersAndTheReaderAcceptsIt() throws {
        let (sie, _) = try generate(rows: 20_000, seed: 3)
        let (ledger, warnings) = try SIELedger.read(sie, file: "generated.se")
        #expect(warnings.isEmpty)  // CP437, every account and object declared
        #expect(ledger.vouchers.map(\.rows.count).reduce(0, +) == 20_000)
        // #IB sums to zero and the year's movements (all accounts) sum to zero.
        #expect(ledger.openingBalances.values.reduce(Money.zero, +) == .zero)
        #expect(ledger.cells.map(\.amount).reduce(Money.zero, +) == .zero)
        // #UB = #IB + movements for each balance account, read independently from the text.
        let text = String(decoding: sie, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("#UB 0 ") {
            let parts = line.split(separator: " ")
            let account = Int(parts[2])!
            let ub = Int64(parts[3].replacingOccurrences(of: ".", with: ""))!
            let movement = ledger.cells.filter { $0.account == account }.map(\.amount.ore).reduce(0, +)
            #expect(ub == (ledger.openingBalances[account]?.ore ?? 0) + movement, "account \(account)")
        }
        // Swedish letters are written in CP437 (ä = 0x84), as the standard says.
        #expect(sie.contains(0x84))
    }

    /// One `#TRANS` row as read from either file, with the voucher it belongs to.
    struct ReadRow: Equatable {
        var voucher: String, date: String, account: Int, ansvar: String, verksamhet: String, ore: Int64
    }

    /// "-1234.05" → -123405; nil for anything but an optional minus, digits, a point and two decimals.
    static func ore(_ text: Substring) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, parts[1].allSatisfy(\.isASCII), let whole = Int64(parts[0]),
            let cents = Int64(parts[1])
        else { return nil }
        return whole * 100 + (parts[0].hasPrefix("-") ? -cents : cents)
    }

    /// The `#TRANS` rows of the SIE text, read line by line without Balans's reader.
    static func sieRows(_ sie: [UInt8]) -> [ReadRow] {
        var rows: [ReadRow] = []
        var voucher = ""
        var date = ""
        for line in String(decoding: sie, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            if line.hasPrefix("#VER ") {
                voucher = String(fields[1] + fields[2])
                date = String(fields[3].prefix(4) + "-" + fields[3].dropFirst(4).prefix(2) + "-" + fields[3].suffix(2))
            } else if line.hasPrefix("#TRANS ") {
                // #TRANS 5010 {1 "11100" 20 "210"} 12345.67   or   #TRANS 2440 {} -12345.67
                let objects = line.split(separator: "{")[1].split(separator: "}")[0].split(separator: " ")
                var ansvar = ""
                var verksamhet = ""
                for i in stride(from: 0, to: objects.count - 1, by: 2) {
                    let code = String(objects[i + 1].dropFirst().dropLast())
                    if objects[i] == "1" { ansvar = code } else if objects[i] == "20" { verksamhet = code }
                }
                rows.append(
                    ReadRow(
                        voucher: voucher, date: date, account: Int(fields[1]) ?? -1, ansvar: ansvar,
                        verksamhet: verksamhet,
                        ore: ore(fields.last ?? "") ?? .min))
            }
        }
        return rows
    }

    @Test(arguments: [2, 7, 50_000])
    func theCSVHoldsExactlyTheSIEFilesRows(rows: Int) throws {
        let (sie, csv) = try generate(rows: rows, seed: 11, year: 2022)
        let fromSIE = Self.sieRows(sie)
        var fromCSV: [ReadRow] = []
        for line in String(decoding: csv, as: UTF8.self).split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            try #require(f.count == 6, "\(line)")
            fromCSV.append(
                ReadRow(
                    voucher: String(f[0]), date: String(f[1]), account: Int(f[2]) ?? -1, ansvar: String(f[3]),
                    verksamhet: String(f[4]),
                    ore: Self.ore(f[5]) ?? .min))
        }
        #expect(fromSIE.count == rows)
        #expect(fromCSV == fromSIE)
        #expect(fromCSV.map(\.ore).reduce(0, +) == 0)
        #expect(
            fromCSV.allSatisfy {
                $0.date.hasPrefix("2022-") && $0.ore != .min && $0.account >= 1000 && $0.account <= 8999
            })
        // A row without objects is a counter-posting on a balance account; every other row has both.
        for row in fromCSV {
            #expect((row.ansvar.isEmpty && row.verksamhet.isEmpty) == (row.account < 3000), "\(row)")
        }
    }

    @Test func headerDeclarationsAndBalancesAgreeWithTheRows() throws {
        let (sie, _) = try generate(rows: 30_000, seed: 5, year: 2025)
        let lines = String(decoding: sie, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(
            Array(lines.prefix(10)) == [
                "#FLAGGA 0", "#PROGRAM \"Balans generate\" 1.0", "#FORMAT PC8", "#GEN 20260115", "#SIETYP 4",
                "#ORGNR 232100-0000",
                "#FNAMN \"Region Exempel\"", "#RAR 0 20250101 20251231", "#RAR -1 20240101 20241231",
                "#KPTYP \"KBAS13\"",
            ])
        #expect(lines.contains("#DIM 1 \"Ansvar\"") && lines.contains("#DIM 20 \"Verksamhet\""))
        let accounts = Set(lines.filter { $0.hasPrefix("#KONTO ") }.compactMap { Int($0.split(separator: " ")[1]) })
        let objects = Set(
            lines.filter { $0.hasPrefix("#OBJEKT ") }.map { $0.split(separator: " ").prefix(3).joined(separator: " ") })
        let rows = Self.sieRows(sie)
        var movement: [Int: Int64] = [:]
        var months = Set<Substring>()
        for row in rows {
            #expect(accounts.contains(row.account), "#KONTO \(row.account) missing")
            if !row.ansvar.isEmpty {
                #expect(
                    row.ansvar.count == 5 && objects.contains("#OBJEKT 1 \"\(row.ansvar)\""), "ansvar \(row.ansvar)")
                #expect(objects.contains("#OBJEKT 20 \"\(row.verksamhet)\""), "verksamhet \(row.verksamhet)")
            }
            movement[row.account, default: 0] += row.ore
            months.insert(row.date.dropFirst(5).prefix(2))
        }
        #expect(months.count == 12)
        // Every declared account has its balance: #IB/#UB for klass 1–2 with UB = IB + the year's
        // rows, #RES for klass 3–8 equal to the year's rows.
        var ib: [Int: Int64] = [:]
        var ub: [Int: Int64] = [:]
        var res: [Int: Int64] = [:]
        for line in lines {
            let f = line.split(separator: " ")
            guard f.count == 4, f[1] == "0", let account = Int(f[2]), let amount = Self.ore(f[3]) else { continue }
            switch f[0] {
            case "#IB": ib[account] = amount
            case "#UB": ub[account] = amount
            case "#RES": res[account] = amount
            default: break
            }
        }
        for account in accounts {
            if account < 3000 {
                #expect(ub[account] == (ib[account] ?? .min) + movement[account, default: 0], "account \(account)")
            } else {
                #expect(res[account] == movement[account, default: 0], "account \(account)")
            }
        }
        #expect(ib.values.reduce(0, +) == 0)
        // The only bytes above ASCII are CP437's Swedish letters: no UTF-8 slipped through.
        let cp437Letters: Set<UInt8> = [0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82]
        #expect(sie.allSatisfy { $0 < 0x80 || cp437Letters.contains($0) })
        #expect(sie.contains(0x86) && sie.contains(0x94) && sie.contains(0x99))
    }

    /// The synthetic region looks like a region: twelve committees of 5–15 units, tax and
    /// grants on the finance unit, a small surplus, and balances that keep their sign.
    @Test func theRegionHasARegionsShape() throws {
        let (sie, _) = try generate(rows: 200_000, seed: 1)
        let org = SyntheticLedger.organisationCSV().split(separator: "\n").dropFirst().map {
            $0.split(separator: ";", omittingEmptySubsequences: false)
        }
        let committees = org.filter { $0[3] == "committee" }
        let units = org.filter { $0[3] == "line" }
        #expect(committees.count == 12)
        for c in committees {
            let count = units.filter { $0[1] == c[0] }.count
            #expect((5...15).contains(count), "\(c[2]): \(count) units")
        }
        let lines = String(decoding: sie, as: UTF8.self).split(separator: "\n")
        let declared = Set(lines.filter { $0.hasPrefix("#OBJEKT 1 ") }.map { $0.split(separator: "\"")[1] })
        #expect(declared == Set(units.map { $0[4] }))
        let rows = Self.sieRows(sie)
        let taxUnits = Set(rows.filter { (8000...8599).contains($0.account) }.map(\.ansvar))
        #expect(taxUnits.count == 1)
        var total: [Int: Int64] = [:]
        for row in rows { total[row.account / 1000, default: 0] += row.ore }
        let result = -(3...8).map { total[$0, default: 0] }.reduce(0, +)  // positive: a surplus
        let taxAndGrants = -(rows.filter { (8000...8399).contains($0.account) }.map(\.ore).reduce(0, +))
        #expect(result > 0 && result * 100 < taxAndGrants * 5, "result \(result) of \(taxAndGrants)")
        var ub: [Int: Int64] = [:]
        for line in lines where line.hasPrefix("#UB 0 ") {
            let f = line.split(separator: " ")
            ub[Int(f[2]) ?? 0] = Self.ore(f[3])
        }
        #expect((ub[1110] ?? 0) > 0 && (ub[1510] ?? 0) > 0 && (ub[1930] ?? 0) > 0)
        #expect((ub[2440] ?? 0) < 0 && (ub[2710] ?? 0) < 0)
    }
}
