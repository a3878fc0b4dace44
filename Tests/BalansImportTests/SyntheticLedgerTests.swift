import BalansCore
import BalansImport
import Foundation
import Testing

/// `balans generate`: deterministic, exactly N rows, balanced, and readable by Balans's own
/// reader with every check on.
@Suite struct SyntheticLedgerTests {
    func generate(rows: Int, seed: UInt64, year: Int = 2024) throws -> (sie: [UInt8], csv: [UInt8]) {
        var sie: [UInt8] = [], csv: [UInt8] = []
        try SyntheticLedger(rows: rows, year: year, seed: seed).write(sie: { sie.append(contentsOf: $0) }, csv: { csv.append(contentsOf: $0) })
        return (sie, csv)
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let a = try generate(rows: 5_000, seed: 7), b = try generate(rows: 5_000, seed: 7), c = try generate(rows: 5_000, seed: 8)
        #expect(a.sie == b.sie && a.csv == b.csv)
        #expect(a.sie != c.sie)
    }

    @Test(arguments: [2, 3, 9, 1_000, 12_345])
    func exactlyNRowsEveryVoucherBalancedInsideTheYear(rows: Int) throws {
        let (sie, csv) = try generate(rows: rows, seed: 1, year: 2023)
        // An independent reading of the lines, not Balans's reader.
        var transRows = 0, sum: Int64 = 0, inVoucher = false, vouchers = 0
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
        #expect(warnings.isEmpty)   // CP437, every account and object declared
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
}
