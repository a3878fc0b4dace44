import BalansCore
import SIE

extension SIELedger {
    /// Converts the reader's vouchers to ledger vouchers and adds their rows to the cells,
    /// collecting row problems (an account that is no Kommun-Bas number) with their lines.
    struct VoucherConverter {
        let file: String
        var numbers = AccountNumbers()
        /// The movements of the vouchers of ``cellsYear``, the year of the first voucher: every
        /// voucher's of a full export. An import batch may span years: the others' are kept
        /// in ``otherYears`` (swapped in per voucher, so a row costs the same).
        var cells = CellSums()
        var cellsYear: Int?
        var otherYears: [Int: CellSums] = [:]
        /// What is known of each object list the reader handed over, and every ansvar code met, numbered.
        var lists = ListFacts()
        var issues: [InputIssue] = []
        var overflows: [(line: Int?, account: Int)] = []
        var voucherCount = 0
        /// The number of each distinct object list of the file as written (a few thousand in a
        /// region's ten million rows), and the lists met since the last voucher was made.
        var objectListNumbers: [ObjectListKey: Int] = [:]
        var newObjectLists: [LedgerImport.ObjectList] = []

        init(file: String) { self.file = file }

        /// The number of the list `objects` (see ``LedgerImport/Row/objectList``); 0 for `{}`.
        mutating func objectList(_ objects: [SIEObjectRef]) -> Int {
            if objects.isEmpty { return 0 }
            let key = ObjectListKey(objects)
            if let known = objectListNumbers[key] { return known }
            guard let list = LedgerImport.ObjectList(objects.map { .init(dimension: $0.dimension, code: $0.code) })
            else { return 0 }
            let number = objectListNumbers.count + 1
            objectListNumbers[key] = number
            newObjectLists.append(list)
            return number
        }

        mutating func convert(_ v: SIEVoucher) -> LedgerImport.Voucher {
            var rows: [LedgerImport.Row] = []
            rows.reserveCapacity(v.transactions.count)
            add(v) { rows.append($0) }
            let lists = newObjectLists
            if !lists.isEmpty { newObjectLists = [] }
            return LedgerImport.Voucher(
                series: v.series, number: v.number, date: Self.iso(v.date), text: v.text, rows: rows,
                objectLists: lists)
        }

        /// Adds the voucher's rows to the cells (and hands each row to `row`, if the caller
        /// keeps them); an aggregate needs nothing more.
        mutating func add(_ v: SIEVoucher, row: ((LedgerImport.Row) -> Void)? = nil) {
            voucherCount += 1
            if cellsYear == nil { cellsYear = v.date.year }
            if v.date.year != cellsYear {
                let year = v.date.year
                let main = cells
                cells = otherYears.removeValue(forKey: year) ?? CellSums()
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
        func cells(of year: Int) -> [CellKey: Money] {
            (year == cellsYear ? cells : otherYears[year] ?? CellSums()).keyed(ansvar: lists.ansvarCodes)
        }

        /// Takes in another part's movements (reading in parallel).
        mutating func absorb(_ later: VoucherConverter) {
            for year in later.years {
                if cellsYear == nil { cellsYear = year }
                // Taken out while it grows, so it is not copied.
                var target = year == cellsYear ? cells : otherYears[year] ?? CellSums()
                if year == cellsYear { cells = CellSums() } else { otherYears[year] = nil }
                for (key, amount) in later.cells(of: year) {
                    let ansvar = lists.ansvarIndex(key.ansvar)
                    if !target.add(account: key.account, ansvar: ansvar, code: key.ansvar, month: key.month, amount) {
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
            // Each row's fields read in place: a copy of the whole row (`for t in …`) cost a retain and a release
            // of its object list, a row.
            // Through a pointer: passed as a value (even `borrowing`) the row was copied all the same.
            v.transactions.withUnsafeBufferPointer { rows in
                guard let first = rows.baseAddress else { return }
                for i in 0..<rows.count { addRow(first + i, of: v, row: row) }
            }
        }

        @inline(__always)
        mutating func addRow(
            _ at: UnsafePointer<SIETransaction>, of v: SIEVoucher, row: ((LedgerImport.Row) -> Void)?
        ) {
            guard let n = numbers.parse(at.pointee.account) else {
                if issues.count < 1000 {
                    issues.append(
                        InputIssue(
                            file: file, line: at.pointee.line,
                            message: "account \"\(at.pointee.account)\" is not a Kommun-Bas account number"))
                }
                return
            }
            // A row dated outside the (calendar) fiscal year counts in its voucher's month;
            // the reader has checked that the voucher date is inside the year.
            let month = at.pointee.date.map { $0.year == v.date.year ? $0.month : v.date.month } ?? v.date.month
            // The row's list as the reader shares it between rows: its ansvar and number found once.
            let facts = lists.facts(at.pointee.objects, number: at.pointee.listNumber)
            let amount = Money(ore: at.pointee.amount.hundredths)
            if let row {
                let number: Int
                if let known = lists.number(facts) {
                    number = known
                } else {
                    number = objectList(at.pointee.objects)
                    lists.setNumber(number, of: facts)
                }
                row(
                    LedgerImport.Row(
                        account: n, ansvar: lists.ansvarCodes[facts.ansvarIndex], month: month, amount: amount,
                        text: at.pointee.text ?? "", objectList: number))
            }
            let ansvar = facts.ansvarIndex
            if !cells.add(account: n, ansvar: ansvar, code: lists.ansvarCodes[ansvar], month: month, amount),
                overflows.count < 100
            {
                overflows.append((at.pointee.line, n))
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

    /// An object list as the reader wrote it, hashed cheaply: FNV-1a over the dimensions and the
    /// codes' bytes, handed to the hasher as one number. Hashing the array itself (SipHash over
    /// every string) cost 200 ns a row, more than reading the row.
    struct ObjectListKey: Hashable {
        let objects: [SIEObjectRef]
        let digest: UInt64

        init(_ objects: [SIEObjectRef]) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for o in objects {
                h = (h ^ UInt64(truncatingIfNeeded: o.dimension)) &* 0x100_0000_01b3
                for byte in o.code.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
                h = (h ^ 0xff) &* 0x100_0000_01b3  // the end of a code
            }
            self.objects = objects
            digest = h
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
        static func == (a: ObjectListKey, b: ObjectListKey) -> Bool { a.digest == b.digest && a.objects == b.objects }
    }
}
