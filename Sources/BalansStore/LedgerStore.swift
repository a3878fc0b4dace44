import BalansCore
import Foundation

extension Store {
    /// Imports a ledger of any size while it is being read: `produce` runs on a thread of its
    /// own, reads the file and hands over vouchers in batches through `emit`, and returns the
    /// rest of the ledger (year, accounts, balances, aggregates) at the end; meanwhile this
    /// thread writes the batches. Reading and writing so use both cores.
    ///
    /// Everything happens in one transaction: if `produce` throws (the file has an error,
    /// found on line 9 000 000 after millions of rows were written) or the process is killed,
    /// the database is exactly as before. The same file (by content hash) imported again
    /// changes nothing and is not even read; a changed export of a year already stored
    /// replaces that year whole, and the summary says so.
    public func importLedger(
        contentHash: String, fileName: String,
        produce: @escaping @Sendable (_ emit: @escaping ([LedgerImport.Voucher]) throws -> Void) throws -> LedgerImport
    ) async throws -> ImportSummary {
        @Sendable func unchanged(_ db: any SQLConnection) throws -> ImportSummary? {
            let s = scoped(db)
            if let year = try s.value(Int.self, "year", from: "ledger", where: "sha256 = ?", [contentHash]) {
                return ImportSummary(
                    message: "\(fileName): ledger \(year) unchanged (same file already imported)", changed: false)
            }
            let years = try s.values(
                Int.self, "year", from: "ledger_batch", where: "sha256 = ?", [contentHash], then: "ORDER BY year")
            guard !years.isEmpty else { return nil }
            let list = years.map(String.init).joined(separator: " and ")
            return ImportSummary(
                message: "\(fileName): import batch for \(list) unchanged (same file already imported)", changed: false)
        }
        if let same = try await db.read(unchanged) { return same }
        let channel = BatchChannel(capacity: 4)
        let outcome = ProducerOutcome()
        let finished = DispatchSemaphore(value: 0)
        let producer = Thread {
            do {
                outcome.result = .success(try produce { try channel.push($0) })
            } catch {
                outcome.result = .failure(error)
            }
            channel.close()
            finished.signal()
        }
        producer.stackSize = 8 << 20
        producer.start()
        defer {
            channel.cancel()  // a failed write must not leave the producer waiting for room
            finished.wait()
        }
        let summary = try await db.write { db in
            // Asked again under the write lock: the same file imported by another process at
            // the same moment has landed meanwhile (the reader is cancelled by the defer).
            if let same = try unchanged(db) { return same }
            var writer = try LedgerRowWriter(db, organisation: organisation)
            while let batch = channel.pop() { try writer.insert(batch) }
            try writer.flush()
            finished.wait()
            finished.signal()  // the deferred wait must not block
            guard let result = outcome.result else { throw CancellationError() }
            let ledger = try result.get()
            return try finishLedger(db, ledger, writer: writer)
        }
        if summary.changed { try await db.backend.refreshStatistics(of: ["voucher", "ledger_row", "period_balance"]) }
        return summary
    }

    /// How many vouchers and rows each stored ledger year holds (by its recorded ranges).
    public func ledgerSizes() async throws -> [Int: (vouchers: Int, rows: Int)] {
        try await reading { s in
            var sizes: [Int: (vouchers: Int, rows: Int)] = [:]
            let ranges = "year, first_voucher, last_voucher, first_row, last_row"
            for r in try s.select(ranges, from: "ledger") {
                let ids: SQLArguments = [r["first_voucher"] as Int64?, r["last_voucher"] as Int64?]
                let rowids: SQLArguments = [r["first_row"] as Int64?, r["last_row"] as Int64?]
                let vouchers = try s.value(Int.self, "count(*)", from: "voucher", where: "id BETWEEN ? AND ?", ids)
                let rows = try s.value(Int.self, "count(*)", from: "ledger_row", where: "rowid BETWEEN ? AND ?", rowids)
                sizes[r["year"]] = (vouchers ?? 0, rows ?? 0)
            }
            // Import batches: their vouchers dated in the year (a batch's range may span two).
            let joined = "ledger_row r JOIN voucher v ON v.organisation = r.organisation AND v.id = r.voucher_id"
            for r in try s.select(ranges, from: "ledger_batch", where: "first_voucher IS NOT NULL") {
                let year: Int = r["year"]
                let (from, to) = Store.dateRange(year)
                let ids: SQLArguments = [r["first_voucher"] as Int64?, r["last_voucher"] as Int64?, from, to]
                let rowids: SQLArguments = [r["first_row"] as Int64?, r["last_row"] as Int64?, from, to]
                let old = sizes[year] ?? (0, 0)
                let voucherCount = try s.value(
                    Int.self, "count(*)", from: "voucher", where: "id BETWEEN ? AND ? AND date BETWEEN ? AND ?", ids)
                let rowCount = try s.value(
                    Int.self, "count(*)", from: joined, scope: "r",
                    where: "r.rowid BETWEEN ? AND ? AND v.date BETWEEN ? AND ?", rowids)
                sizes[year] = (old.vouchers + (voucherCount ?? 0), old.rows + (rowCount ?? 0))
            }
            return sizes
        }
    }

    /// `YYYY-01-01` and `YYYY-12-31`: a calendar year's voucher dates, as stored.
    static func dateRange(_ year: Int) -> (String, String) {
        let y = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return (y + "-01-01", y + "-12-31")
    }

    /// Removes the year's previous ledger, if any, and stores everything but the rows. An
    /// import batch goes to ``finishBatch(_:_:cells:writer:)`` instead.
    private func finishLedger(_ db: any SQLConnection, _ ledger: LedgerImport, writer: LedgerRowWriter) throws
        -> ImportSummary
    {
        if let cells = ledger.batchCells { return try finishBatch(db, ledger, cells: cells, writer: writer) }
        let year = ledger.year
        let s = scoped(db)
        let old = try s.selectOne(
            "first_voucher, last_voucher, first_row, last_row, sha256", from: "ledger", where: "year = ?", [year])
        if let old {
            let fv: Int64? = old["first_voucher"]
            let lv: Int64? = old["last_voucher"]
            let fr: Int64? = old["first_row"]
            let lr: Int64? = old["last_row"]
            if let fv, let lv, try !writer.sink.drop(.voucher, first: fv, last: lv, ifEmpty: false) {
                try s.delete(from: "voucher", where: "id BETWEEN ? AND ?", [fv, lv])
            }
            if let fr, let lr, try !writer.sink.drop(.ledgerRow, first: fr, last: lr, ifEmpty: false) {
                try s.delete(from: "ledger_row", where: "rowid BETWEEN ? AND ?", [fr, lr])
            }
        }
        // A full export holds every batch of its year: their vouchers of the year go (those of
        // another year a batch spans stay), and the batches are kept as replaced, so the same
        // batch imported again is still "unchanged" and not counted twice.
        let (from, to) = Store.dateRange(year)
        // The rows' vouchers are the row's own organisation's (`ledger_row.organisation`).
        let batchRows = """
            rowid BETWEEN ? AND ? AND voucher_id IN (SELECT id FROM voucher
                WHERE organisation = ledger_row.organisation AND id BETWEEN ? AND ? AND date BETWEEN ? AND ?)
            """
        for b in try s.select(
            "first_voucher, last_voucher, first_row, last_row", from: "ledger_batch",
            where: "year = ? AND first_voucher IS NOT NULL", [year])
        {
            let fv: Int64 = b["first_voucher"]
            let lv: Int64 = b["last_voucher"]
            let fr: Int64 = b["first_row"]
            let lr: Int64 = b["last_row"]
            try s.delete(from: "ledger_row", where: batchRows, [fr, lr, fv, lv, from, to])
            try s.delete(from: "voucher", where: "id BETWEEN ? AND ? AND date BETWEEN ? AND ?", [fv, lv, from, to])
            // A batch of this year only is empty now: its partitions go.
            _ = try writer.sink.drop(.ledgerRow, first: fr, last: lr, ifEmpty: true)
            _ = try writer.sink.drop(.voucher, first: fv, last: lv, ifEmpty: true)
        }
        try s.update(
            "ledger_batch", set: "first_voucher = NULL, last_voucher = NULL, first_row = NULL, last_row = NULL", [],
            where: "year = ?", [year])
        let yearTables = [
            "period_balance", "period_budget", "opening_balance", "account", "ledger_dimension", "ledger_object",
            "ledger",
        ]
        for table in yearTables { try s.delete(from: table, where: "year = ?", [year]) }
        if let name = ledger.organisationName, !name.isEmpty {
            try db.execute(
                sql: "UPDATE organisation SET name = ? WHERE code = ? AND name = ''", arguments: [name, organisation])
        }
        let ledgerRow = """
            INSERT INTO ledger (organisation, year, file_name, sha256, imported_at,
                first_voucher, last_voucher, first_row, last_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        try db.execute(
            sql: ledgerRow,
            arguments: [
                organisation, year, ledger.fileName, ledger.contentHash, Store.now(), writer.firstVoucher,
                writer.lastVoucher, writer.firstRow, writer.lastRow,
            ])
        try db.insertMany(
            into: "account", ["organisation", "year", "number", "name"],
            rows: ledger.accounts.sorted(by: { $0.key < $1.key }).map { [organisation, year, $0.key, $0.value] })
        try insertDimensions(db, ledger, year: year, replacing: true)
        try db.insertMany(
            into: "opening_balance", ["organisation", "year", "account", "amount"],
            rows: ledger.openingBalances.sorted(by: { $0.key < $1.key }).map {
                [organisation, year, $0.key, $0.value.ore]
            })
        // The year's balances were deleted above and a ledger's cells have distinct keys: plain inserts. (A
        // period budget's cells may repeat a key: they are summed.)
        try db.insertMany(
            into: "period_balance", Self.cellColumns,
            rows: ledger.cells.map { [organisation, year, $0.month, $0.account, $0.ansvar, $0.amount.ore] })
        let pbud = """
            INSERT INTO period_budget (organisation, year, month, account, ansvar, amount) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (organisation, year, month, account, ansvar)
            DO UPDATE SET amount = period_budget.amount + excluded.amount
            """
        for c in ledger.periodBudgets {
            try db.execute(sql: pbud, arguments: [organisation, year, c.month, c.account, c.ansvar, c.amount.ore])
        }
        let summary = "\(writer.voucherCount) vouchers, \(writer.rowCount) rows, \(ledger.accounts.count) accounts"
        try log(db, kind: "sie", file: ledger.fileName, hash: ledger.contentHash, summary: summary)
        let verb =
            old == nil || (old?["sha256"] as String?) == ""
            ? "imported" : "replaced (a changed export of the same year)"
        return ImportSummary(message: "\(ledger.fileName): ledger \(year) \(verb): \(summary)", changed: true)
    }

    /// Adds an import batch to the years its vouchers fall in: its range and hash per year,
    /// its movements added to the year's, its accounts' names where the year has none. A year
    /// without a ledger yet gets one that holds batches only (no file hash, no ranges), which a
    /// full export of the year replaces.
    private func finishBatch(
        _ db: any SQLConnection, _ ledger: LedgerImport, cells: [Int: [YearLedger.Cell]], writer: LedgerRowWriter
    ) throws -> ImportSummary {
        let now = Store.now()
        let newYear = "INSERT INTO ledger (organisation, year, file_name, sha256, imported_at) VALUES (?, ?, ?, '', ?)"
        let batch = """
            INSERT INTO ledger_batch (organisation, sha256, year, file_name, imported_at,
                first_voucher, last_voucher, first_row, last_row)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        let acc = """
            INSERT INTO account (organisation, year, number, name) VALUES (?, ?, ?, ?)
            ON CONFLICT (organisation, year, number) DO NOTHING
            """
        let pb = """
            ON CONFLICT (organisation, year, month, account, ansvar)
            DO UPDATE SET amount = period_balance.amount + excluded.amount
            """
        for (year, yearCells) in cells.sorted(by: { $0.key < $1.key }) {
            if try !scoped(db).exists("ledger", where: "year = ?", [year]) {
                try db.execute(sql: newYear, arguments: [organisation, year, ledger.fileName, now])
            }
            let ranges: SQLArguments = [writer.firstVoucher, writer.lastVoucher, writer.firstRow, writer.lastRow]
            try db.execute(
                sql: batch, arguments: [organisation, ledger.contentHash, year, ledger.fileName, now] + ranges)
            for (number, name) in ledger.accounts.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: acc, arguments: [organisation, year, number, name])
            }
            // A batch's cells of a year have distinct keys; each adds to the year's balance.
            try db.insertMany(
                into: "period_balance", Self.cellColumns,
                rows: yearCells.map { [organisation, year, $0.month, $0.account, $0.ansvar, $0.amount.ore] },
                then: pb)
            try insertDimensions(db, ledger, year: year, replacing: false)
        }
        let years = cells.keys.sorted().map(String.init).joined(separator: " and ")
        let summary = "\(writer.voucherCount) vouchers, \(writer.rowCount) rows"
        try log(
            db, kind: "sie", file: ledger.fileName, hash: ledger.contentHash,
            summary: "import batch for \(years): " + summary)
        return ImportSummary(
            message: "\(ledger.fileName): import batch added to ledger \(years): \(summary)", changed: true)
    }
}

extension Store {
    /// The columns of `period_balance` (a ledger's movements per month, account and ansvar).
    static let cellColumns = ["organisation", "year", "month", "account", "ansvar", "amount"]

    /// The partitions of every import of the organisation and its companies dropped, where the backend keeps them
    /// (PostgreSQL): emptied by DELETE they would stay behind, and an import that takes the same ids again would
    /// find its partition's name taken.
    func dropImportPartitions(_ db: any SQLConnection) throws {
        let columns = "organisation, first_voucher, last_voucher, first_row, last_row"
        let mine = "organisation = ? OR (organisation >= ? AND organisation < ?)"
        let ranges = try SQLRow.fetchAll(
            db,
            sql: "SELECT \(columns) FROM ledger WHERE \(mine)"
                + " UNION ALL SELECT \(columns) FROM ledger_batch WHERE \(mine)",
            arguments: ([organisation] as SQLArguments) + companyRange + [organisation] + companyRange)
        for r in ranges {
            let sink = try db.makeLedgerSink(organisation: OrganisationCode(rawValue: r["organisation"]))
            if let first = r["first_voucher"] as Int64?, let last = r["last_voucher"] as Int64? {
                _ = try sink.drop(.voucher, first: first, last: last, ifEmpty: false)
            }
            if let first = r["first_row"] as Int64?, let last = r["last_row"] as Int64? {
                _ = try sink.drop(.ledgerRow, first: first, last: last, ifEmpty: false)
            }
        }
    }
}
