import BalansCore

/// A row of `period_balance` or `period_budget`: an account's amount on an ansvar in a
/// month. The ledger's import (LedgerStore.swift) writes them; reports read them.
enum LedgerCellRecord {
    static let columns = "account, ansvar, month, amount"

    static func decode(_ r: SQLRow) -> YearLedger.Cell {
        YearLedger.Cell(account: r["account"], ansvar: r["ansvar"], month: r["month"], amount: Money(ore: r["amount"]))
    }
}

/// One row of a voucher (verifikation) as the drill-down shows it.
enum VoucherRowRecord {
    /// `r` is the ledger row, `v` its voucher (of the same organisation), `s` its object list.
    static let columns = "r.voucher_id, v.series, v.number, v.date, v.text, r.account, r.ansvar, r.amount, s.objects"
    static let from = """
        ledger_row r JOIN voucher v ON v.organisation = r.organisation AND v.id = r.voucher_id
        LEFT JOIN object_set s ON s.organisation = r.organisation AND s.id = r.object_set
        """

    static func decode(_ r: SQLRow) -> Store.VoucherRow {
        Store.VoucherRow(
            voucherID: r["voucher_id"], series: r["series"], number: r["number"], date: r["date"], text: r["text"],
            account: r["account"], ansvar: r["ansvar"], amount: Money(ore: r["amount"]),
            objects: Store.objects(r["objects"], ansvar: r["ansvar"]))
    }
}

extension Store {
    /// Replaces the ledger of the import's fiscal year. The same file (by content hash)
    /// imported again changes nothing; a changed export of the same year replaces it whole.
    public func importLedger(_ ledger: LedgerImport) async throws -> ImportSummary {
        try await importLedger(contentHash: ledger.contentHash, fileName: ledger.fileName) { emit in
            try emit(ledger.vouchers)
            return ledger
        }
    }

    /// The fiscal years that have a ledger.
    public func ledgerYears() async throws -> [Int] {
        try await reading { s in try s.values(Int.self, "year", from: "ledger", then: "ORDER BY year") }
    }

    /// Every year's ledger: its period balances and opening balances.
    func ledgers(_ s: Scoped) throws -> [Int: YearLedger] {
        var ledgers: [Int: YearLedger] = [:]
        for year in try s.values(Int.self, "year", from: "ledger") {
            let cells = try s.select(LedgerCellRecord.columns, from: "period_balance", where: "year = ?", [year])
                .map(LedgerCellRecord.decode)
            var ib: [Int: Money] = [:]
            for r in try s.select("account, amount", from: "opening_balance", where: "year = ?", [year]) {
                ib[r["account"]] = Money(ore: r["amount"])
            }
            ledgers[year] = YearLedger(year: year, cells: cells, openingBalances: ib)
        }
        return ledgers
    }

    /// The account names of a year's ledger (#KONTO).
    public func accountNames(year: Int) async throws -> [Int: String] {
        try await reading { s in
            Dictionary(
                try s.select("number, name", from: "account", where: "year = ?", [year]).map {
                    ($0["number"] as Int, $0["name"] as String)
                }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// One row of a voucher (verifikation) for the drill-down.
    public struct VoucherRow: Sendable {
        /// The voucher's id in the store: what `voucher(id:)` takes to show the whole voucher.
        public var voucherID: Int64
        /// The voucher series (verifikationsserie) as the ledger file names it, e.g. "A".
        public var series: String
        /// The voucher number within its series (verifikationsnummer), kept as the file writes it.
        public var number: String
        /// The voucher's date, `YYYY-MM-DD`.
        public var date: String
        /// The voucher text (verifikationstext): what the booking is about; not the row's own text.
        public var text: String
        /// The Kommun-Bas account number (konto) the row is booked on.
        public var account: Int
        /// The row's ansvar code (its object in dimension 1), "" if none.
        public var ansvar: String
        /// The row's amount in ledger sign, as in the file: debit positive, credit negative.
        public var amount: Money
        /// Every object the row is booked on, by dimension and code ([] if none).
        public var objects: [LedgerImport.ObjectRef] = []
    }

    /// Every row of one voucher. Ledger rows have no index on their voucher (an import of ten
    /// million rows would pay for it); but a year's rows are stored in voucher order under
    /// consecutive rowids, so the voucher's rows are found by binary search over rowids.
    public func voucher(id: Int64) async throws -> [VoucherRow] {
        try await reading { s in
            let holding = "? BETWEEN first_voucher AND last_voucher"
            func rows(_ first: Int64?, _ last: Int64?) throws -> [VoucherRow] {
                try s.select(
                    VoucherRowRecord.columns, from: VoucherRowRecord.from, scope: "r",
                    where: "r.rowid BETWEEN ? AND ? AND r.voucher_id = ?", [first, last, id], then: "ORDER BY r.rowid"
                ).map(VoucherRowRecord.decode)
            }
            guard let year = try s.selectOne("first_row, last_row", from: "ledger", where: holding, [id]),
                let first = year["first_row"] as Int64?, let last = year["last_row"] as Int64?
            else {
                // An import batch: small, and a replaced year may have left gaps in its range,
                // so its rows are looked up directly.
                guard
                    let range = try s.selectOne(
                        "first_row, last_row", from: "ledger_batch", where: holding, [id], then: "LIMIT 1")
                else { return [] }
                return try rows(range["first_row"], range["last_row"])
            }
            /// The first rowid in the year whose voucher id is at least `target` (last + 1 if none).
            func lowerBound(_ target: Int64) throws -> Int64 {
                var lo = first
                var hi = last + 1
                while lo < hi {
                    let mid = lo + (hi - lo) / 2
                    let v = try s.value(Int64.self, "voucher_id", from: "ledger_row", where: "rowid = ?", [mid])
                    if v ?? Int64.max < target { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            let from = try lowerBound(id)
            let to = try lowerBound(id + 1) - 1
            guard from <= to else { return [] }
            return try rows(from, to)
        }
    }
}
