import BalansCore
import SIE

/// Turns a SIE 4 file into the ledger of its fiscal year (`#RAR 0`), or every problem with
/// its line. The ansvar code of a row is its object in dimension 1 (SPEC §3); a row keeps all
/// its objects too (verksamhet, projekt, motpart, …), and the ledger the file's dimensions.
///
/// Two ways in: ``read(_:file:)`` for a file already in memory (small files, tests), and
/// ``stream(path:file:contentHash:batchSize:progress:emit:)`` for a ledger of any size,
/// which hands the vouchers over in batches while it reads and keeps only the aggregates.
public enum SIELedger {
    /// Reads `bytes` (the file named `file`). Warnings (e.g. a UTF-8 file where CP437 is
    /// prescribed) are returned beside the ledger as `FILE:LINE: warning: …` lines.
    public static func read(_ bytes: [UInt8], file: String, company: Bool = false) throws(InputFailure) -> (
        ledger: LedgerImport, warnings: [String]
    ) {
        let doc: SIEDocument
        do {
            doc = try SIEReader.read(bytes)
        } catch {
            throw failure(error, file: file)
        }
        var converter = VoucherConverter(file: file)
        let vouchers = doc.vouchers.map { converter.convert($0) }
        var (ledger, warnings) = try finish(
            doc, converter: converter, file: file, contentHash: ContentHash.hex(bytes), company: company)
        ledger.vouchers = vouchers
        return (ledger, warnings)
    }

    /// Reads the file at `path` in chunks and calls `emit` with every `batchSize` vouchers as
    /// they are read; memory stays bounded by the batch and the aggregates. The returned
    /// ledger has no vouchers (they went to `emit`). If the file has errors this throws
    /// *after* some batches were emitted: the receiver must write them in a transaction that
    /// it rolls back then. If `emit` throws, reading stops being useful: the rest of the file
    /// is still checked but no more batches are emitted, and that error is rethrown.
    public static func stream(
        path: String, file: String, contentHash: String, company: Bool = false, batchSize: Int = 20_000,
        progress: ((Int) -> Void)? = nil, emit: @escaping ([LedgerImport.Voucher]) throws -> Void
    ) throws -> (ledger: LedgerImport, warnings: [String]) {
        var converter = VoucherConverter(file: file)
        var batch: [LedgerImport.Voucher] = []
        batch.reserveCapacity(batchSize)
        var emitFailure: (any Error)?
        let doc: SIEDocument
        do {
            doc = try SIEReader.stream(contentsOf: path, progress: progress) { voucher in
                guard emitFailure == nil else { return }
                batch.append(converter.convert(voucher))
                if batch.count >= batchSize {
                    do { try emit(batch) } catch { emitFailure = error }
                    batch.removeAll(keepingCapacity: true)
                }
            }
        } catch {
            throw failure(error, file: file)
        }
        if let emitFailure { throw emitFailure }
        let (ledger, warnings) = try finish(
            doc, converter: converter, file: file, contentHash: contentHash, company: company)
        if !batch.isEmpty { try emit(batch) }
        return (ledger, warnings)
    }

    /// Reads the file at `path` with two threads (``SIEReader/streamInParallel``) and keeps
    /// only the aggregates: what an import computes, without storing the rows. Returns the
    /// ledger (no vouchers), the warnings and the number of rows read.
    public static func aggregate(path: String, file: String, minimumParallelSize: Int = 64 << 20) throws(InputFailure)
        -> (ledger: LedgerImport, warnings: [String], rows: Int)
    {
        let parts = [ConverterBox(file: file), ConverterBox(file: file)]
        let doc: SIEDocument
        do {
            doc = try SIEReader.streamInParallel(contentsOf: path, minimumSize: minimumParallelSize) { part, voucher in
                let box = parts[part]
                box.rows += voucher.transactions.count
                box.converter.add(voucher)
            }
        } catch {
            throw failure(error, file: file)
        }
        var merged = parts[0].converter
        merged.absorb(parts[1].converter)
        let (ledger, warnings) = try finish(doc, converter: merged, file: file, contentHash: "")
        return (ledger, warnings, parts[0].rows + parts[1].rows)
    }

    /// One part's converter, touched only by that part's thread.
    final class ConverterBox: @unchecked Sendable {
        var converter: VoucherConverter
        var rows = 0
        init(file: String) { converter = VoucherConverter(file: file) }
    }

    static func failure(_ error: SIEReadFailure, file: String) -> InputFailure {
        InputFailure(error.issues.map { InputIssue(file: file, line: $0.line, message: $0.message) })
    }

    /// Everything but the vouchers: year, accounts, opening balances, the aggregated cells
    /// (from the vouchers the converter saw, or from period balances without vouchers) and
    /// the period budgets.
    /// A company's ledger (`company`) may have any fiscal year of at most twelve months (a company's own choice;
    /// LKBR 1 kap. 5 § holds the region to the calendar year): it is stored under the year it ends in, its months
    /// as the calendar's (twelve months never name one twice).
    static func finish(
        _ doc: SIEDocument, converter: VoucherConverter, file: String, contentHash: String, company: Bool = false
    ) throws(InputFailure) -> (ledger: LedgerImport, warnings: [String]) {
        var issues = converter.issues
        func fail(_ line: Int?, _ message: String) {
            issues.append(InputIssue(file: file, line: line, message: message))
        }
        guard let fy = doc.fiscalYear(index: 0) else {
            // No #RAR at all and vouchers: an import batch (SIE 4I from payroll, invoicing, a
            // cash register), which adds to the years its vouchers' dates fall in.
            if doc.fiscalYears.isEmpty, converter.voucherCount > 0, doc.sieType == nil || doc.sieType == "4" {
                return try batch(doc, converter: converter, file: file, contentHash: contentHash)
            }
            throw InputFailure([
                InputIssue(file: file, line: nil, message: "no #RAR 0: the file does not say its fiscal year")
            ])
        }
        let months = (fy.end.year * 12 + fy.end.month) - (fy.start.year * 12 + fy.start.month)
        if company {
            if months > 11 || months < 0 || fy.start.day != 1 {
                fail(nil, "fiscal year \(fy.start)–\(fy.end) is not at most twelve whole months")
            }
        } else if fy.start.month != 1 || fy.start.day != 1 || fy.end.month != 12 || fy.end.day != 31
            || fy.start.year != fy.end.year
        {
            fail(
                nil,
                "fiscal year \(fy.start)–\(fy.end) is not a calendar year"
                    + " (Balans supports calendar fiscal years)")
        }
        var numbers = AccountNumbers()
        func account(_ text: String, line: Int) -> Int? {
            guard let n = numbers.parse(text) else {
                fail(line, "account \"\(text)\" is not a Kommun-Bas account number")
                return nil
            }
            return n
        }
        func ansvar(_ objects: [SIEObjectRef]) -> String { objects.first { $0.dimension == 1 }?.code ?? "" }
        func money(_ a: SIEAmount) -> Money { Money(ore: a.hundredths) }
        func add(_ sum: inout Money, _ amount: Money, line: Int?) {
            guard let total = CellKey.sum(sum, amount) else { return fail(line, CellKey.tooLarge) }
            sum = total
        }
        for issue in converter.overflows { fail(issue.line, CellKey.tooLarge) }

        var accounts: [Int: String] = [:]
        for a in doc.accounts { if let n = account(a.number, line: a.line) { accounts[n] = a.name } }
        var ib: [Int: Money] = [:]
        for b in doc.openingBalances where b.yearIndex == 0 && b.objects.isEmpty {
            if let n = account(b.account, line: b.line) { add(&ib[n, default: .zero], money(b.amount), line: b.line) }
        }
        // A full export's vouchers are all in its year 0 (the reader checks their dates).
        var cells = converter.cells(of: fy.start.year)
        if fy.end.year != fy.start.year {
            // A company year across new year: both calendar years' months are the one fiscal year's.
            for (key, amount) in converter.cells(of: fy.end.year) {
                add(&cells[key, default: .zero], amount, line: nil)
            }
        }
        var notes: [SIEIssue] = []
        func closingRows(objects: Bool) -> [(account: Int, row: SIEBalance)] {
            doc.closingBalances.compactMap { b in
                guard b.yearIndex == 0, objects || b.objects.isEmpty, let n = account(b.account, line: b.line) else {
                    return nil
                }
                return (n, b)
            }
        }
        // Without vouchers (SIE types 1–3) the period balances of year 0 are the movements.
        // Only result accounts: for balance accounts they are not movements.
        if converter.voucherCount == 0 {
            let periods = doc.periodBalances.filter { $0.yearIndex == 0 }
            var withPeriods: Set<Int> = []
            var resultRows: [(account: Int, row: SIEPeriodBalance)] = []
            for p in periods {
                guard let n = account(p.account, line: p.line), AccountMapping.isResultAccount(n) else { continue }
                withPeriods.insert(n)
                resultRows.append((n, p))
            }
            let derived = PeriodTotals(resultRows, label: "#PSALDO")
            notes += derived.notes
            for line in derived.overflows { fail(line, CellKey.tooLarge) }
            for (key, amount) in derived.cells { add(&cells[key, default: .zero], amount, line: derived.lines[key]) }
            // A type 1 file has only #RES: the year's result per account, as December. So has
            // an account whose period balances are missing (or could not be added up).
            for r in doc.results where r.yearIndex == 0 && r.objects.isEmpty {
                guard let n = account(r.account, line: r.line), !derived.accounts.contains(n), r.amount.hundredths != 0
                else { continue }
                if !periods.isEmpty {
                    let why = withPeriods.contains(n) ? "#PSALDO rows that cannot be added up" : "no #PSALDO"
                    notes.append(
                        SIEIssue(
                            line: r.line,
                            message: "account \(r.account) has \(why): the year's result from #RES is taken as December"
                        ))
                }
                add(&cells[CellKey(account: n, ansvar: "", month: 12), default: .zero], money(r.amount), line: r.line)
            }
            // The year-end balance sheet: #UB (or #OUB added up) less the opening balance is the
            // year's movement of a balance account, as December.
            let closing = ClosingBalances(closingRows(objects: true))
            notes += closing.notes
            for line in closing.overflows { fail(line, CellKey.tooLarge) }
            for (n, entry) in closing.totals.sorted(by: { $0.key < $1.key }) where !AccountMapping.isResultAccount(n) {
                let change = CellKey.difference(entry.amount, ib[n] ?? .zero)
                guard let change else {
                    fail(entry.line, CellKey.tooLarge)
                    continue
                }
                if change != .zero {
                    add(&cells[CellKey(account: n, ansvar: "", month: 12), default: .zero], change, line: entry.line)
                }
            }
        } else {
            // With vouchers the rows are the ledger; a #UB that says otherwise is worth a word.
            let closing = ClosingBalances(closingRows(objects: false))
            var moved: [Int: Money] = [:]
            for (key, amount) in cells where !AccountMapping.isResultAccount(key.account) {
                moved[key.account] = CellKey.sum(moved[key.account] ?? .zero, amount) ?? moved[key.account]
            }
            for (n, entry) in closing.totals.sorted(by: { $0.key < $1.key }) where !AccountMapping.isResultAccount(n) {
                let expected = CellKey.sum(ib[n] ?? .zero, moved[n] ?? .zero)
                if let expected, expected != entry.amount {
                    let stated = SIEAmount(hundredths: entry.amount.ore)
                    let made = SIEAmount(hundredths: expected.ore)
                    let message =
                        "#UB of account \(n) is \(stated) but #IB plus the vouchers' rows make \(made);"
                        + " the vouchers are used"
                    notes.append(SIEIssue(line: entry.line, message: message))
                }
            }
        }
        var budgets: [CellKey: Money] = [:]
        var budgetRows: [(account: Int, row: SIEPeriodBalance)] = []
        for p in doc.periodBudgets where p.yearIndex == 0 {
            if let n = account(p.account, line: p.line) { budgetRows.append((n, p)) }
        }
        let budgeted = PeriodTotals(budgetRows, label: "#PBUDGET")
        notes += budgeted.notes
        for line in budgeted.overflows { fail(line, CellKey.tooLarge) }
        for (key, amount) in budgeted.cells { add(&budgets[key, default: .zero], amount, line: budgeted.lines[key]) }
        if !issues.isEmpty { throw InputFailure(issues.sorted { ($0.line ?? 0) < ($1.line ?? 0) }) }
        let ledger = LedgerImport(
            year: fy.end.year, organisationName: doc.companyName, fileName: file, contentHash: contentHash,
            accounts: accounts, openingBalances: ib, cells: CellKey.cells(cells), vouchers: [],
            periodBudgets: CellKey.cells(budgets), dimensions: doc.dimensions, objectNames: objectNames(doc))
        let warnings = doc.warnings + notes.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        return (
            ledger,
            warnings.map { w in
                w.line.map { "\(file):\($0): warning: \(w.message)" } ?? "\(file): warning: \(w.message)"
            }
        )
    }

    /// The declared objects' names (`#OBJEKT`; the reader ignores a repeated one).
    static func objectNames(_ doc: SIEDocument) -> [LedgerImport.ObjectRef: String] {
        var names: [LedgerImport.ObjectRef: String] = [:]
        for o in doc.objects { names[LedgerImport.ObjectRef(dimension: o.dimension, code: o.code)] = o.name }
        return names
    }

    /// An import batch: its accounts and, per year its vouchers fall in, their movements.
    static func batch(
        _ doc: SIEDocument, converter: VoucherConverter, file: String, contentHash: String
    ) throws(InputFailure) -> (ledger: LedgerImport, warnings: [String]) {
        var issues = converter.issues
        for issue in converter.overflows {
            issues.append(InputIssue(file: file, line: issue.line, message: CellKey.tooLarge))
        }
        var numbers = AccountNumbers()
        var accounts: [Int: String] = [:]
        for a in doc.accounts {
            guard let n = numbers.parse(a.number) else {
                issues.append(
                    InputIssue(
                        file: file, line: a.line, message: "account \"\(a.number)\" is not a Kommun-Bas account number")
                )
                continue
            }
            accounts[n] = a.name
        }
        if !issues.isEmpty { throw InputFailure(issues.sorted { ($0.line ?? 0) < ($1.line ?? 0) }) }
        let years = converter.years
        var byYear: [Int: [YearLedger.Cell]] = [:]
        for year in years { byYear[year] = CellKey.cells(converter.cells(of: year)) }
        let ledger = LedgerImport(
            year: years.first ?? 0, organisationName: doc.companyName, fileName: file, contentHash: contentHash,
            accounts: accounts, openingBalances: [:], cells: [], vouchers: [], batchCells: byYear,
            dimensions: doc.dimensions, objectNames: objectNames(doc))
        let list = years.map(String.init).joined(separator: " and ")
        let note = SIEIssue(
            line: nil, message: "no #RAR: read as an import batch (SIE 4I); its vouchers are added to ledger \(list)")
        return (
            ledger,
            (doc.warnings + [note]).map { w in
                w.line.map { "\(file):\($0): warning: \(w.message)" } ?? "\(file): warning: \(w.message)"
            }
        )
    }
}
