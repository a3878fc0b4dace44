import BalansCore

/// The order of a drill-down's ledger rows (sortering). Every order ends on the row's place in
/// the ledger, so it is total: pages cut from it are disjoint and together hold every row.
public enum LedgerRowOrder: String, Sendable, CaseIterable {
    /// The ledger's own order: the vouchers as the files list them, in the order they were
    /// stored (a year's full export replaces its earlier batches, so it comes first). The fast
    /// path: the scan reads rows in storage order and stops at the page's end (28 ms for 500 rows of a
    /// ten-million-row year, where any other order reads every row of the year: 0,7 s).
    case ledger
    /// By the voucher's date (verifikationsdatum).
    case date
    /// By voucher: its series, then its number as a number where it is one ("9" before "10").
    case voucher
    /// By the row's amount in ledger sign (credits first).
    case amount

    /// The `ORDER BY` terms, result columns of `columns` (a union is ordered by those only).
    func orderBy(descending: Bool) -> String {
        let terms: [String]
        switch self {
        case .ledger: terms = ["row_id"]
        case .date: terms = ["voucher_date", "row_id"]
        // A shorter digit string is a smaller number (numbers are stored as the file writes them, without leading
        // zeros; one with letters sorts among those of its length). Both backends compare text byte by byte ("C").
        case .voucher: terms = ["voucher_series", "number_length", "voucher_number", "row_id"]
        case .amount: terms = ["row_amount", "row_id"]
        }
        return terms.map { descending ? "\($0) DESC" : $0 }.joined(separator: ", ")
    }

    /// The row's columns (`VoucherRowRecord`) and the keys the orders sort on.
    static let columns =
        VoucherRowRecord.columns
        + ", r.rowid AS row_id, v.date AS voucher_date, v.series AS voucher_series, v.number AS voucher_number,"
        + " length(v.number) AS number_length, r.amount AS row_amount"
}

extension Store {
    /// The ledger rows of `year` on `account` for the ansvar codes, months 1...`month`, with
    /// their vouchers, in `order`: `limit` rows (nil: all) after the first `offset`. The page is
    /// cut in SQL (LIMIT/OFFSET over the union of the year's row ranges): a page in the ledger's
    /// order reads each range in rowid order and stops at the page's end; a page in another order
    /// reads the year's rows once, whole (`Scoped.selectEach`'s `whole`), and keeps only the page's.
    public func ledgerRows(
        year: Int, account: Int, ansvar: [String], throughMonth month: Int, order: LedgerRowOrder = .ledger,
        descending: Bool = false, offset: Int = 0, limit: Int? = 500
    ) async throws -> [VoucherRow] {
        try await reading { s in
            let ranges = try Self.rowRanges(s, year: year, account: account, ansvar: ansvar, month: month)
            return try s.selectEach(
                LedgerRowOrder.columns, from: VoucherRowRecord.from, scope: "r", where: ranges.map(\.condition),
                whole: order != .ledger, then: "ORDER BY \(order.orderBy(descending: descending)) LIMIT ? OFFSET ?",
                [limit ?? Int.max, max(0, offset)]
            ).map(VoucherRowRecord.decode)
        }
    }

    /// How many rows ``ledgerRows(year:account:ansvar:throughMonth:order:descending:offset:limit:)``
    /// has in all, and their sum in ledger sign. It reads every row of the year (0,7 s for ten
    /// million): a caller showing page after page keeps it (the web application's `DataCache`).
    public func ledgerRowCount(year: Int, account: Int, ansvar: [String], throughMonth month: Int) async throws
        -> (rows: Int, total: Money)
    {
        try await reading { s in
            var rows = 0
            var total = Money.zero
            for range in try Self.rowRanges(s, year: year, account: account, ansvar: ansvar, month: month) {
                // The voucher is joined only to tell a batch's years apart: the full export's count reads no voucher.
                let from =
                    range.batch
                    ? "ledger_row r JOIN voucher v ON v.organisation = r.organisation AND v.id = r.voucher_id"
                    : "ledger_row r"
                // An overflowing sum is an error on both backends (SQLite's sum, PostgreSQL's cast), never a wrong
                // figure; Money's addition marks one across ranges.
                let found = try s.selectOne(
                    "count(*) AS n, CAST(coalesce(sum(r.amount), 0) AS BIGINT) AS total", from: from, scope: "r",
                    where: range.condition.0, range.condition.1)
                rows += found?["n"] ?? 0
                total += Money(ore: found?["total"] ?? 0)
            }
            return (rows, total)
        }
    }

    /// The conditions on `ledger_row r` (and `voucher v` for a batch) of a drill-down's rows,
    /// one per range of the year's rows: its full export's range of rowids, then its import
    /// batches' (whose ranges may hold vouchers of another year too: those are told apart by
    /// date). None without ansvar codes.
    static func rowRanges(_ s: Scoped, year: Int, account: Int, ansvar: [String], month: Int) throws
        -> [(condition: (String, SQLArguments), batch: Bool)]
    {
        guard !ansvar.isEmpty else { return [] }
        var ranges: [(first: Int64, last: Int64, batch: Bool)] = []
        if let range = try s.selectOne("first_row, last_row", from: "ledger", where: "year = ?", [year]),
            let first = range["first_row"] as Int64?, let last = range["last_row"] as Int64?
        {
            ranges.append((first, last, false))
        }
        for range in try s.select(
            "first_row, last_row", from: "ledger_batch", where: "year = ? AND first_row IS NOT NULL", [year],
            then: "ORDER BY first_row")
        {
            ranges.append((range["first_row"], range["last_row"], true))
        }
        let marks = ansvar.map { _ in "?" }.joined(separator: ", ")
        let (from, to) = Store.dateRange(year)
        return ranges.map { range in
            var condition = "r.rowid BETWEEN ? AND ? AND r.account = ? AND r.month <= ? AND r.ansvar IN (\(marks))"
            var arguments: SQLArguments = [range.first, range.last, account, month]
            arguments += ansvar
            if range.batch {
                condition += " AND v.date BETWEEN ? AND ?"
                arguments += [from, to]
            }
            return ((condition, arguments), range.batch)
        }
    }
}
