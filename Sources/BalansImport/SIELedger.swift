import BalansCore
import SIE

/// Turns a SIE 4 file into the ledger of its fiscal year (`#RAR 0`), or every problem with
/// its line. The ansvar code of a row is its object in dimension 1 (SPEC §3).
///
/// Two ways in: ``read(_:file:)`` for a file already in memory (small files, tests), and
/// ``stream(path:file:contentHash:batchSize:progress:emit:)`` for a ledger of any size,
/// which hands the vouchers over in batches while it reads and keeps only the aggregates.
public enum SIELedger {
    /// Reads `bytes` (the file named `file`). Warnings (e.g. a UTF-8 file where CP437 is
    /// prescribed) are returned beside the ledger as `FILE:LINE: warning: …` lines.
    public static func read(_ bytes: [UInt8], file: String) throws(InputFailure) -> (
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
        var (ledger, warnings) = try finish(doc, converter: converter, file: file, contentHash: ContentHash.hex(bytes))
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
        path: String, file: String, contentHash: String, batchSize: Int = 20_000,
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
        let (ledger, warnings) = try finish(doc, converter: converter, file: file, contentHash: contentHash)
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
    static func finish(_ doc: SIEDocument, converter: VoucherConverter, file: String, contentHash: String)
        throws(InputFailure) -> (ledger: LedgerImport, warnings: [String])
    {
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
        if fy.start.month != 1 || fy.start.day != 1 || fy.end.month != 12 || fy.end.day != 31
            || fy.start.year != fy.end.year
        {
            fail(
                nil, "fiscal year \(fy.start)–\(fy.end) is not a calendar year (Balans supports calendar fiscal years)")
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
                        "#UB of account \(n) is \(stated) but #IB plus the vouchers' rows make \(made); the vouchers are used"
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
            year: fy.start.year, organisationName: doc.companyName, fileName: file, contentHash: contentHash,
            accounts: accounts, openingBalances: ib, cells: CellKey.cells(cells), vouchers: [],
            periodBudgets: CellKey.cells(budgets))
        let warnings = doc.warnings + notes.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
        return (
            ledger,
            warnings.map { w in
                w.line.map { "\(file):\($0): warning: \(w.message)" } ?? "\(file): warning: \(w.message)"
            }
        )
    }

    /// Period amounts (`#PSALDO`, `#PBUDGET`) as cells. Per account and month the row without
    /// objects (`{}`) is the account's total and rows with one object are breakdowns of it:
    /// those of dimension 1 give the ansvar, and what they leave of the total is ansvar "".
    /// Adding every row up would count the amounts twice or more. An account whose rows are
    /// all per object gets its total from its objects of one dimension (1 if it has any), with
    /// a warning; rows with several objects are breakdowns Balans does not keep.
    struct PeriodTotals {
        var cells: [CellKey: Money] = [:]
        /// The line of a row of each cell, for messages.
        var lines: [CellKey: Int] = [:]
        /// Accounts that got cells.
        var accounts: Set<Int> = []
        var notes: [SIEIssue] = []
        /// Lines where a sum would exceed the limit.
        var overflows: [Int] = []

        struct Month {
            var total: Money?
            var totalLine = 0
            var byDimension: [Int: [(code: String, amount: Money, line: Int)]] = [:]
        }

        init(_ rows: [(account: Int, row: SIEPeriodBalance)], label: String) {
            var months: [Int: [Int: Month]] = [:]
            var firstLine: [Int: Int] = [:]
            for (n, p) in rows {
                let amount = Money(ore: p.amount.hundredths)
                firstLine[n] = min(firstLine[n] ?? p.line, p.line)
                var month = months[n, default: [:]][p.month, default: Month()]
                if p.objects.isEmpty {
                    guard let total = CellKey.sum(month.total ?? .zero, amount) else {
                        overflows.append(p.line)
                        continue
                    }
                    month.total = total
                    month.totalLine = p.line
                } else if p.objects.count == 1 {
                    month.byDimension[p.objects[0].dimension, default: []].append((p.objects[0].code, amount, p.line))
                }
                months[n, default: [:]][p.month] = month
            }
            for (n, byMonth) in months.sorted(by: { $0.key < $1.key }) {
                var derivedFrom: Set<Int> = []
                for (number, month) in byMonth.sorted(by: { $0.key < $1.key }) {
                    if let total = month.total {
                        var rest = total
                        let breakdown = month.byDimension[1] ?? []
                        for row in breakdown {
                            put(n, row.code, number, row.amount, row.line)
                            guard let left = CellKey.difference(rest, row.amount) else {
                                overflows.append(row.line)
                                continue
                            }
                            rest = left
                        }
                        if rest != .zero || breakdown.isEmpty { put(n, "", number, rest, month.totalLine) }
                    } else if let dimension = month.byDimension[1] != nil ? 1 : month.byDimension.keys.min() {
                        derivedFrom.insert(dimension)
                        for row in month.byDimension[dimension] ?? [] {
                            put(n, dimension == 1 ? row.code : "", number, row.amount, row.line)
                        }
                    }
                }
                if !derivedFrom.isEmpty {
                    let dimensions = derivedFrom.sorted().map(String.init).joined(separator: ", ")
                    let message =
                        "account \(n) has \(label) rows only per object: its total is the sum of its objects in dimension \(dimensions)"
                    notes.append(SIEIssue(line: firstLine[n], message: message))
                }
            }
        }

        mutating func put(_ account: Int, _ ansvar: String, _ month: Int, _ amount: Money, _ line: Int) {
            let key = CellKey(account: account, ansvar: ansvar, month: month)
            guard let total = CellKey.sum(cells[key] ?? .zero, amount) else { return overflows.append(line) }
            cells[key] = total
            lines[key] = lines[key] ?? line
            accounts.insert(account)
        }
    }

    /// Closing balances (`#UB`, and `#OUB` for an account without `#UB`) per account.
    struct ClosingBalances {
        var totals: [Int: (amount: Money, line: Int)] = [:]
        var notes: [SIEIssue] = []
        var overflows: [Int] = []

        init(_ rows: [(account: Int, row: SIEBalance)]) {
            var perObject: [Int: [Int: [(amount: Money, line: Int)]]] = [:]
            for (n, b) in rows {
                let amount = Money(ore: b.amount.hundredths)
                if b.objects.isEmpty {
                    guard let total = CellKey.sum(totals[n]?.amount ?? .zero, amount) else {
                        overflows.append(b.line)
                        continue
                    }
                    totals[n] = (total, totals[n]?.line ?? b.line)
                } else if b.objects.count == 1 {
                    perObject[n, default: [:]][b.objects[0].dimension, default: []].append((amount, b.line))
                }
            }
            for (n, byDimension) in perObject.sorted(by: { $0.key < $1.key }) where totals[n] == nil {
                guard let dimension = byDimension[1] != nil ? 1 : byDimension.keys.min(),
                    let rows = byDimension[dimension]
                else { continue }
                var total = Money.zero
                for row in rows {
                    guard let sum = CellKey.sum(total, row.amount) else {
                        overflows.append(row.line)
                        break
                    }
                    total = sum
                }
                let line = rows.map(\.line).min() ?? 0
                totals[n] = (total, line)
                notes.append(
                    SIEIssue(
                        line: line,
                        message:
                            "account \(n) has no #UB: its closing balance is the sum of its #OUB in dimension \(dimension)"
                    ))
            }
        }
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
            accounts: accounts, openingBalances: [:], cells: [], vouchers: [], batchCells: byYear)
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

    /// An aggregation key: account, ansvar and month.
    struct CellKey: Hashable {
        var account: Int
        var ansvar: String
        var month: Int

        /// No account's month may exceed 10^15 öre (10 000 miljarder kronor) in magnitude: far
        /// above any real ledger, and low enough that no statement total can overflow Int64.
        static let limit: Int64 = 1_000_000_000_000_000
        static let tooLarge = "amounts too large: an account's month exceeds 10 000 000 000 000 kronor"
        static func sum(_ a: Money, _ b: Money) -> Money? {
            let (total, overflow) = a.ore.addingReportingOverflow(b.ore)
            return overflow || total.magnitude > UInt64(limit) ? nil : Money(ore: total)
        }

        /// `a - b` within the limit (nil otherwise; `b` is never negated beyond it).
        static func difference(_ a: Money, _ b: Money) -> Money? {
            b.ore.magnitude > UInt64(limit) ? nil : sum(a, Money(ore: -b.ore))
        }

        static func cells(_ sums: [CellKey: Money]) -> [YearLedger.Cell] {
            sums.map {
                YearLedger.Cell(account: $0.key.account, ansvar: $0.key.ansvar, month: $0.key.month, amount: $0.value)
            }
            .sorted { ($0.account, $0.ansvar, $0.month) < ($1.account, $1.ansvar, $1.month) }
        }
    }

    /// Account numbers as written in the file, parsed once per distinct text.
    /// (Parsing the digits is cheaper than looking the text up: this runs once per row.)
    struct AccountNumbers {
        mutating func parse(_ text: String) -> Int? {
            var n = 0
            var count = 0
            for byte in text.utf8 {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 10 else { return nil }
                n = n * 10 + Int(byte - UInt8(ascii: "0"))
                count += 1
            }
            return count > 0 && n >= 1000 ? n : nil
        }
    }

    /// Converts the reader's vouchers to ledger vouchers and adds their rows to the cells,
    /// collecting row problems (an account that is no Kommun-Bas number) with their lines.
    struct VoucherConverter {
        let file: String
        var numbers = AccountNumbers()
        /// The movements of the vouchers of ``cellsYear``, the year of the first voucher: every
        /// voucher's of a full export. An import batch may span years: the others' are kept
        /// in ``otherYears`` (swapped in per voucher, so a row costs the same).
        var cells: [CellKey: Money] = [:]
        var cellsYear: Int?
        var otherYears: [Int: [CellKey: Money]] = [:]
        var issues: [InputIssue] = []
        var overflows: [(line: Int?, account: Int)] = []
        var voucherCount = 0

        init(file: String) { self.file = file }

        mutating func convert(_ v: SIEVoucher) -> LedgerImport.Voucher {
            var rows: [LedgerImport.Row] = []
            rows.reserveCapacity(v.transactions.count)
            add(v) { rows.append($0) }
            return LedgerImport.Voucher(
                series: v.series, number: v.number, date: Self.iso(v.date), text: v.text, rows: rows)
        }

        /// Adds the voucher's rows to the cells (and hands each row to `row`, if the caller
        /// keeps them); an aggregate needs nothing more.
        mutating func add(_ v: SIEVoucher, row: ((LedgerImport.Row) -> Void)? = nil) {
            voucherCount += 1
            if cellsYear == nil { cellsYear = v.date.year }
            if v.date.year != cellsYear {
                let year = v.date.year
                let main = cells
                cells = otherYears.removeValue(forKey: year) ?? [:]
                defer {
                    otherYears[year] = cells
                    cells = main
                }
                addRows(v, row: row)
            } else {
                addRows(v, row: row)
            }
        }

        /// The years with vouchers, in order.
        var years: [Int] { ((cellsYear.map { [$0] } ?? []) + otherYears.keys).sorted() }

        /// The movements of `year`'s vouchers.
        func cells(of year: Int) -> [CellKey: Money] { year == cellsYear ? cells : otherYears[year] ?? [:] }

        /// Takes in another part's movements (reading in parallel).
        mutating func absorb(_ later: VoucherConverter) {
            for year in later.years {
                if cellsYear == nil { cellsYear = year }
                // Taken out while it grows, so it is not copied.
                var target = year == cellsYear ? cells : otherYears[year] ?? [:]
                if year == cellsYear { cells = [:] } else { otherYears[year] = nil }
                for (key, amount) in later.cells(of: year) {
                    if let total = CellKey.sum(target[key] ?? .zero, amount) {
                        target[key] = total
                    } else {
                        overflows.append((nil, key.account))
                    }
                }
                if year == cellsYear { cells = target } else { otherYears[year] = target }
            }
            issues += later.issues
            overflows += later.overflows
            voucherCount += later.voucherCount
        }

        mutating func addRows(_ v: SIEVoucher, row: ((LedgerImport.Row) -> Void)?) {
            for t in v.transactions {
                guard let n = numbers.parse(t.account) else {
                    if issues.count < 1000 {
                        issues.append(
                            InputIssue(
                                file: file, line: t.line,
                                message: "account \"\(t.account)\" is not a Kommun-Bas account number"))
                    }
                    continue
                }
                // A row dated outside the (calendar) fiscal year counts in its voucher's month;
                // the reader has checked that the voucher date is inside the year.
                let month = t.date.map { $0.year == v.date.year ? $0.month : v.date.month } ?? v.date.month
                let ansvar = t.objects.first { $0.dimension == 1 }?.code ?? ""
                let amount = Money(ore: t.amount.hundredths)
                row?(LedgerImport.Row(account: n, ansvar: ansvar, month: month, amount: amount, text: t.text ?? ""))
                let key = CellKey(account: n, ansvar: ansvar, month: month)
                if let total = CellKey.sum(cells[key] ?? .zero, amount) {
                    cells[key] = total
                } else if overflows.count < 100 {
                    overflows.append((t.line, n))
                }
            }
        }

        /// `YYYY-MM-DD`, written digit by digit: string interpolation here cost more than
        /// parsing the whole row.
        static func iso(_ d: SIEDate) -> String {
            String(unsafeUninitializedCapacity: 10) { out in
                let zero = UInt8(ascii: "0")
                out[0] = zero + UInt8(d.year / 1000 % 10)
                out[1] = zero + UInt8(d.year / 100 % 10)
                out[2] = zero + UInt8(d.year / 10 % 10)
                out[3] = zero + UInt8(d.year % 10)
                out[4] = UInt8(ascii: "-")
                out[5] = zero + UInt8(d.month / 10)
                out[6] = zero + UInt8(d.month % 10)
                out[7] = UInt8(ascii: "-")
                out[8] = zero + UInt8(d.day / 10)
                out[9] = zero + UInt8(d.day % 10)
                return 10
            }
        }
    }
}
