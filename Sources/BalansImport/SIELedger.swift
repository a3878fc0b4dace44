import BalansCore
import SIE

/// Turns a SIE 4 file into the ledger of its fiscal year (`#RAR 0`), or every problem with
/// its line. The ansvar code of a row is its object in dimension 1 (SPEC §3).
public enum SIELedger {
    /// Reads `bytes` (the file named `file`). Warnings (e.g. a UTF-8 file where CP437 is
    /// prescribed) are returned beside the ledger as `FILE:LINE: warning: …` lines.
    public static func read(_ bytes: [UInt8], file: String) throws(InputFailure) -> (ledger: LedgerImport, warnings: [String]) {
        let doc: SIEDocument
        do {
            doc = try SIEReader.read(bytes)
        } catch {
            throw InputFailure(error.issues.map { InputIssue(file: file, line: $0.line, message: $0.message) })
        }
        var issues: [InputIssue] = []
        func fail(_ line: Int?, _ message: String) { issues.append(InputIssue(file: file, line: line, message: message)) }
        guard let fy = doc.fiscalYear(index: 0) else {
            throw InputFailure([InputIssue(file: file, line: nil, message: "no #RAR 0: the file does not say its fiscal year")])
        }
        if fy.start.month != 1 || fy.start.day != 1 || fy.end.month != 12 || fy.end.day != 31 || fy.start.year != fy.end.year {
            fail(nil, "fiscal year \(fy.start)–\(fy.end) is not a calendar year (Balans supports calendar fiscal years)")
        }
        let year = fy.start.year

        func accountNumber(_ text: String, line: Int) -> Int? {
            guard !text.isEmpty, text.count <= 10, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text), n >= 1000 else {
                fail(line, "account \"\(text)\" is not a Kommun-Bas account number")
                return nil
            }
            return n
        }
        func ansvar(_ objects: [SIEObjectRef]) -> String { objects.first { $0.dimension == 1 }?.code ?? "" }
        func money(_ a: SIEAmount) -> Money { Money(ore: a.hundredths) }

        var accounts: [Int: String] = [:]
        for a in doc.accounts { if let n = accountNumber(a.number, line: a.line) { accounts[n] = a.name } }
        var ib: [Int: Money] = [:]
        for b in doc.openingBalances where b.yearIndex == 0 && b.objects.isEmpty {
            if let n = accountNumber(b.account, line: b.line) { ib[n, default: .zero] += money(b.amount) }
        }
        var cells: [YearLedger.Cell: Money] = [:]
        var vouchers: [LedgerImport.Voucher] = []
        for v in doc.vouchers {
            guard fy.contains(v.date) else { continue }  // the reader reports dates outside year 0
            var rows: [LedgerImport.Row] = []
            for t in v.transactions {
                guard let n = accountNumber(t.account, line: t.line) else { continue }
                let date = t.date ?? v.date
                let month = fy.contains(date) ? date.month : v.date.month
                let row = LedgerImport.Row(account: n, ansvar: ansvar(t.objects), month: month, amount: money(t.amount), text: t.text ?? "")
                rows.append(row)
                cells[YearLedger.Cell(account: n, ansvar: row.ansvar, month: month, amount: .zero), default: .zero] += row.amount
            }
            vouchers.append(LedgerImport.Voucher(series: v.series, number: v.number, date: "\(v.date.year)-\(pad(v.date.month))-\(pad(v.date.day))", text: v.text, rows: rows))
        }
        // Without vouchers (SIE types 2 and 3) the period balances of year 0 are the movements.
        // Only result accounts: for balance accounts they are not movements.
        if doc.vouchers.isEmpty {
            for p in doc.periodBalances where p.yearIndex == 0 {
                guard let n = accountNumber(p.account, line: p.line), AccountMapping.isResultAccount(n) else { continue }
                guard p.objects.allSatisfy({ $0.dimension == 1 }), p.objects.count <= 1 else { continue }  // object rows of other dimensions would count twice
                cells[YearLedger.Cell(account: n, ansvar: ansvar(p.objects), month: p.month, amount: .zero), default: .zero] += money(p.amount)
            }
            // A type 1 file has only #RES: the year's result per account, as December.
            if cells.isEmpty {
                for r in doc.results where r.yearIndex == 0 && r.objects.isEmpty {
                    if let n = accountNumber(r.account, line: r.line) { cells[YearLedger.Cell(account: n, ansvar: "", month: 12, amount: .zero), default: .zero] += money(r.amount) }
                }
            }
        }
        var budgets: [YearLedger.Cell: Money] = [:]
        for p in doc.periodBudgets where p.yearIndex == 0 && p.objects.count <= 1 {
            guard let n = accountNumber(p.account, line: p.line) else { continue }
            budgets[YearLedger.Cell(account: n, ansvar: ansvar(p.objects), month: p.month, amount: .zero), default: .zero] += money(p.amount)
        }
        if !issues.isEmpty { throw InputFailure(issues) }
        let ledger = LedgerImport(
            year: year, organisationName: doc.companyName, fileName: file, contentHash: SHA256.hex(bytes),
            accounts: accounts, openingBalances: ib,
            cells: cells.map { YearLedger.Cell(account: $0.key.account, ansvar: $0.key.ansvar, month: $0.key.month, amount: $0.value) }.sorted { ($0.account, $0.ansvar, $0.month) < ($1.account, $1.ansvar, $1.month) },
            vouchers: vouchers,
            periodBudgets: budgets.map { YearLedger.Cell(account: $0.key.account, ansvar: $0.key.ansvar, month: $0.key.month, amount: $0.value) }.sorted { ($0.account, $0.ansvar, $0.month) < ($1.account, $1.ansvar, $1.month) })
        return (ledger, doc.warnings.map { w in w.line.map { "\(file):\($0): warning: \(w.message)" } ?? "\(file): warning: \(w.message)" })
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
