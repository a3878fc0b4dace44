import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Issue 16's "done when", on either backend: the demo's store gives an annual report 2023 whose kassaflödesanalys
/// balances against the balance sheets, whose notes total their statement lines and whose koncern eliminations
/// cancel; and `balans report arsredovisning --period 2023-12` writes every part in every format.
@Suite struct AnnualReportLawTests {
    @Test(arguments: TestBackend.all) func theAnnualReportHoldsTogether(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        let data = try await Store(path: db, create: false).followUpData()
        // Likvida medel (1900–1999) at the year's start and end straight from the ledger's balances.
        let ledger = try #require(data.ledgers[2023])
        let cash = { (a: Int) in (1900...1999).contains(a) || (19_000...19_999).contains(a) }
        let opening = ledger.openingBalances.filter { cash($0.key) }.values.sum()
        let closing = opening + ledger.cells.filter { cash($0.account) }.map(\.amount).sum()
        let flow = try #require(CashFlowStatement.compute(data, year: 2023))
        #expect(flow.flow == closing - opening && flow.difference == .zero && flow.unexplained.isEmpty)
        let income = try #require(IncomeStatement.outcome(data, year: 2023))
        let balance = try #require(BalanceSheet.at(data, year: 2023, month: 12))
        let notes = try #require(AnnualNotes.compute(data, year: 2023))
        var lines = 0
        for note in notes.notes {
            guard let line = note.kind.line, let total = note.rows.last(where: \.isTotal) else { continue }
            #expect(total.amounts[0] == (line.isIncomeStatement ? income[line] : balance[line]), "\(note.kind)")
            lines += 1
        }
        #expect(lines >= 12)
        let koncern = try #require(Consolidation.compute(data, year: 2023))
        #expect(!koncern.pairs.isEmpty && koncern.missing.isEmpty)
        for pair in koncern.pairs {
            #expect(pair.resultDifference.isZero && pair.balanceDifference.isZero, "\(pair.first)–\(pair.second)")
        }
        #expect(koncern.difference == .zero)

        // Every part, in every format the command writes without a browser.
        let parts = ["Förvaltningsberättelse", "Kassaflödesanalys", "Noter", "Sammanställda räkenskaper"]
        for format in ["md", "html", "json", "csv", "xlsx"] {
            let out = dir.appendingPathComponent("ar.\(format)")
            let r = try await CLI.run([
                "report", "arsredovisning", "--period", "2023-12", "--format", format, "--out", out.path, "--db", db,
            ])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            let bytes = try Data(contentsOf: out)
            let text =
                switch format {
                case "xlsx": try SnapshotView.xlsx(bytes)
                case "csv": try SnapshotView.csvZip(bytes)
                default: String(decoding: bytes, as: UTF8.self)
                }
            // The CSV zip holds the tables only: its files are named by the tables' ids.
            let wanted =
                format == "csv"
                ? ["fem-ar", "kassaflodesanalys", "not-2", "sjukfranvaro", "koncern-balansrakning"]
                : parts + ["Not 2 Verksamhetens intäkter", "Fem år i sammandrag", "varav 60 dagar eller mer"]
            for part in wanted { #expect(text.contains(part), "\(format) lacks \(part)") }
        }
    }
}
