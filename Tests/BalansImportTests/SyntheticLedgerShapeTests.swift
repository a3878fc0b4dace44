import BalansCore
import BalansImport
import Foundation
import Testing

/// The two shapes of issue 19's benchmark: LF/UTF-8 with unquoted objects, and CR LF/PC8 with quoted objects,
/// two or three dimensions a row and vouchers of ten rows. Each is read by Balans's reader with every check on,
/// and the reader's sums per account, ansvar and month are the CSV's, summed here by hand.
@Suite struct SyntheticLedgerShapeTests {
    func generate(_ shape: SyntheticLedger.Shape, rows: Int) throws -> (sie: [UInt8], csv: [UInt8]) {
        var sie: [UInt8] = []
        var csv: [UInt8] = []
        try SyntheticLedger(rows: rows, year: 2024, seed: 5, shape: shape).write(
            sie: { sie.append(contentsOf: $0) }, csv: { csv.append(contentsOf: $0) })
        return (sie, csv)
    }

    struct Key: Hashable { var account: Int, ansvar: String, month: Int }

    /// The CSV's rows summed per account, ansvar and month, in öre, read without Balans.
    static func csvSums(_ csv: [UInt8]) throws -> (sums: [Key: Int64], rows: Int) {
        let lines = String(decoding: csv, as: UTF8.self).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let account = try #require(header.firstIndex(of: "account"))
        let ansvar = try #require(header.firstIndex(of: "ansvar"))
        let date = try #require(header.firstIndex(of: "date"))
        let amount = try #require(header.firstIndex(of: "amount"))
        var sums: [Key: Int64] = [:]
        for line in lines.dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            let kronor = f[amount].split(separator: ".")
            let ore = try #require(Int64(kronor[0] + kronor[1]))
            let month = try #require(Int(f[date].dropFirst(5).prefix(2)))
            sums[Key(account: try #require(Int(f[account])), ansvar: String(f[ansvar]), month: month), default: 0] +=
                ore
        }
        return (sums.filter { $0.value != 0 }, lines.count - 1)
    }

    @Test(arguments: [SyntheticLedger.Shape.unix, .windows])
    func theReaderSumsWhatTheCSVHolds(_ shape: SyntheticLedger.Shape) throws {
        let (sie, csv) = try generate(shape, rows: 30_000)
        let (ledger, warnings) = try SIELedger.read(sie, file: "generated.se")
        // UTF-8 is accepted with the reader's one warning; a PC8 file gives none.
        #expect(warnings.count == (shape == .unix ? 1 : 0), "\(warnings)")
        let (sums, rows) = try Self.csvSums(csv)
        #expect(rows == 30_000)
        #expect(ledger.vouchers.map(\.rows.count).reduce(0, +) == 30_000)
        var cells: [Key: Int64] = [:]
        for c in ledger.cells where c.amount != .zero {
            cells[Key(account: c.account, ansvar: c.ansvar, month: c.month), default: 0] += c.amount.ore
        }
        #expect(cells == sums)
        #expect(sums.count > 1_000)
    }

    @Test func theUnixShapeIsLFUTF8WithUnquotedObjects() throws {
        let (sie, _) = try generate(.unix, rows: 2_000)
        let text = try #require(String(validating: sie, as: UTF8.self))
        #expect(!sie.contains(0x0D))
        #expect(text.contains("ö"))  // Swedish letters as UTF-8
        #expect(!text.contains("#FORMAT PC8"))
        #expect(text.contains("{1 11") && !text.contains("{1 \""))
    }

    @Test func theWindowsShapeIsCRLFWithThreeDimensionsAndVouchersOfTenRows() throws {
        let (sie, _) = try generate(.windows, rows: 20_000)
        let lineFeeds = sie.count { $0 == 0x0A }
        let crlf = zip(sie, sie.dropFirst()).count { $0 == 0x0D && $1 == 0x0A }
        #expect(lineFeeds == crlf && lineFeeds > 20_000)
        #expect(sie.contains(0x94))  // ö in CP437
        let (ledger, _) = try SIELedger.read(sie, file: "generated.se")
        let perVoucher = Double(20_000) / Double(ledger.vouchers.count)
        #expect(perVoucher > 8 && perVoucher < 12, "\(perVoucher) rows a voucher")
        let text = String(decoding: sie, as: UTF8.self)
        #expect(text.contains("#VER \"A\" \"1\" 2024"))
        // Rows with three dimensions: ansvar, verksamhet and projekt, all quoted.
        let threeDimensions = text.split(separator: "\r\n").filter { $0.hasPrefix("#TRANS") && $0.contains(" 6 \"P") }
        #expect(threeDimensions.count > 3_000 && threeDimensions.allSatisfy { $0.contains("{1 \"") })
    }
}
