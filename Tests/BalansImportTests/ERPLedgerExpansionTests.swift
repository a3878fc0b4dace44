import BalansCore
import BalansImport
import Foundation
import Testing

/// The demo's ledgers (issue 15): the example's summary ledgers expanded into an ERP's vouchers
/// sum to the committed amounts per month, account and ansvar to the öre — so every report
/// figure is the one `verify.py` proves from the committed files — and the same seed gives the
/// same bytes.
@Suite struct ERPLedgerExpansionTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/region-halland")
    static let files = ["ledger-2017.se", "ledger-2023.se", "ledger-2024.se"]

    /// What a file holds, read line by line here (not by Balans's reader): the sum per month,
    /// account and ansvar, the vouchers per month, each voucher's balance, the texts, the
    /// dimensions and the opening and closing balances.
    struct Reading {
        var sums: [String: Int64] = [:]
        var vouchersPerMonth: [Int: Int] = [:]
        var unbalanced = 0
        var texts: [String] = []
        var dimensions: Set<String> = []
        var balances: [String] = []
        var motpartRowsOn3990 = 0
        var rowsOn3990 = 0
    }

    static func read(_ bytes: [UInt8]) -> Reading {
        var r = Reading()
        var month = 0
        var balance: Int64 = 0
        // CP437 bytes above 127 do not matter here: every field read is ASCII.
        let text = String(decoding: bytes.map { $0 < 128 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#VER ") {
                let fields = line.split(separator: " ", maxSplits: 4)
                month = Int(fields[3].dropFirst(4).prefix(2)) ?? 0
                r.vouchersPerMonth[month, default: 0] += 1
                r.texts.append(fields.count > 4 ? String(fields[4]) : "")
                balance = 0
            } else if line == "}" {
                if balance != 0 { r.unbalanced += 1 }
            } else if line.hasPrefix("#TRANS ") {
                let account = line.dropFirst(7).prefix { $0 != " " }
                let open = line.firstIndex(of: "{")
                let close = line.firstIndex(of: "}")
                guard let open, let close else { continue }
                let objects = line[line.index(after: open)..<close]
                var ansvar = ""
                if objects.hasPrefix("1 \"") { ansvar = String(objects.dropFirst(3).prefix { $0 != "\"" }) }
                let amountText = line[line.index(after: close)...].split(separator: " ").first ?? ""
                let parts = amountText.split(separator: ".")
                let kronor = Int64(parts[0].replacingOccurrences(of: "-", with: "")) ?? 0
                let ore = kronor * 100 + (parts.count > 1 ? Int64(parts[1]) ?? 0 : 0)
                let amount = amountText.hasPrefix("-") ? -ore : ore
                r.sums["\(month) \(account) \(ansvar)", default: 0] += amount
                balance += amount
                if account == "3990" {
                    r.rowsOn3990 += 1
                    if objects.contains("21 \"") { r.motpartRowsOn3990 += 1 }
                }
            } else if line.hasPrefix("#DIM ") {
                r.dimensions.insert(String(line.split(separator: " ")[1]))
            } else if line.hasPrefix("#IB ") || line.hasPrefix("#UB ") {
                r.balances.append(String(line))
            }
        }
        r.sums = r.sums.filter { $0.value != 0 }
        return r
    }

    static func committed(_ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: example.appendingPathComponent(file)))
    }

    @Test(arguments: files) func sumsPerMonthAccountAndAnsvarAreTheCommittedOnes(_ file: String) throws {
        let summary = Self.read(try Self.committed(file))
        let expanded = Self.read(try ExampleData.expandedLedger(file, from: Self.example))
        #expect(expanded.sums == summary.sums)
        #expect(summary.sums.count > 300)
        #expect(expanded.balances == summary.balances)
        #expect(expanded.unbalanced == 0)
        // Every kind books exactly: the correcting voucher for what no kind covers is never needed.
        #expect(!expanded.texts.contains { $0.contains("Övriga bokningar") || $0.contains("\u{94}vriga bokningar") })
        #expect(expanded.texts.allSatisfy { !$0.hasPrefix("\"Periodens bokf") })
        #expect(expanded.dimensions.isSuperset(of: ["1", "6", "20", "21"]))
        #expect(expanded.rowsOn3990 > 0 && expanded.motpartRowsOn3990 == expanded.rowsOn3990)
    }

    @Test func thousandsOfVouchersAMonth() throws {
        for file in Self.files {
            let reading = Self.read(try ExampleData.expandedLedger(file, from: Self.example))
            let months = reading.vouchersPerMonth.filter { $0.key > 0 }
            #expect(!months.isEmpty)
            for (month, count) in months { #expect(count >= 1_000, "\(file) month \(month): \(count) vouchers") }
        }
    }

    @Test func sameSeedSameBytesOtherSeedOtherVouchersSameSums() throws {
        let bytes = try Self.committed("ledger-2024.se")
        let a = try ERPLedgerExpansion(seed: ExampleData.ledgerSeed).expand(bytes, file: "ledger-2024.se")
        let b = try ERPLedgerExpansion(seed: ExampleData.ledgerSeed).expand(bytes, file: "ledger-2024.se")
        let c = try ERPLedgerExpansion(seed: 1).expand(bytes, file: "ledger-2024.se")
        #expect(a == b)
        #expect(a != c)
        #expect(Self.read(c).sums == Self.read(a).sums)
    }

    /// Balans's own reader takes the expansion without a warning, with its objects declared.
    @Test func balansReadsItWithoutWarnings() throws {
        let bytes = try ExampleData.expandedLedger("ledger-2023.se", from: Self.example)
        let (ledger, warnings) = try SIELedger.read(bytes, file: "ledger-2023.se")
        #expect(warnings.isEmpty, "\(warnings.prefix(5))")
        #expect(ledger.dimensions[21] == "Motpart" && ledger.dimensions[20] == "Verksamhet")
    }

    /// A summary row no kind books (a balance account on an ansvar) still sums exactly: the
    /// month's correcting voucher takes it.
    @Test func whatNoKindBooksEndsInTheCorrectingVoucher() throws {
        let sie = """
            #FLAGGA 0
            #SIETYP 4
            #RAR 0 20240101 20241231
            #KONTO 1510 "Kundfordringar"
            #KONTO 3510 "Försäljning"
            #KONTO 1930 "Bank"
            #DIM 1 "Ansvar"
            #OBJEKT 1 "100" "Enhet"
            #VER A 1 20240131 "Periodens bokföring"
            {
            #TRANS 3510 {1 "100"} -1000000.00
            #TRANS 1510 {1 "100"} 250000.00
            #TRANS 1930 {} 750000.00
            }

            """
        let bytes = try ERPLedgerExpansion(seed: 3).expand(Array(sie.utf8), file: "liten.se")
        let reading = Self.read(bytes)
        #expect(reading.sums == Self.read(Array(sie.utf8)).sums)
        #expect(reading.unbalanced == 0)
        #expect(reading.texts.contains { $0.contains("vriga bokningar januari 2024") })
        // The sales of a million kronor are invoiced and paid; runs with nothing to pay are not written.
        #expect(reading.texts.contains { $0.hasPrefix("\"Kundfaktura ") })
        #expect(reading.texts.contains { $0.hasPrefix("\"Inbetalningar kundreskontra ") })
        #expect(!reading.texts.contains { $0.hasPrefix("\"Betalning leverant") })
    }
}
