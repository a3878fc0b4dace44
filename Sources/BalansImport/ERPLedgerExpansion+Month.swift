import SIE

extension ERPLedgerExpansion {
    /// One month's vouchers, built against the summary's amounts: each kind books what is
    /// still `remaining` of its cells, so the month sums to the summary whatever came before.
    struct MonthBook {
        let year: Int
        let month: Int
        var target: [Cell: Int64]
        var rng: Random
        var bookings: [Booking] = []
        var booked: [Cell: Int64] = [:]
        /// The month's bank days: when invoices, cash and payments are booked.
        let weekdays: [Int]
        let lastDay: Int
        /// Supplier debt (2440) and receivables (1510) opened per day, settled by the payment runs.
        var payables: [Int: Int64] = [:]
        var receivables: [Int: Int64] = [:]
        var withheldTax: Int64 = 0
        var invoiceNumber = 0
        /// The verksamheter of each ansvar met, looked up once.
        var activityCache: [String: [String]] = [:]

        init(year: Int, month: Int, target: [Cell: Int64], rng: Random) {
            self.year = year
            self.month = month
            self.target = target
            self.rng = rng
            lastDay = Names.days(month: month, year: year)
            weekdays = (1...lastDay).filter { Names.isBankDay(year: year, month: month, day: $0) }
        }

        var monthName: String { "\(Names.months[month - 1]) \(year)" }
        var firstWeekday: Int { weekdays.first ?? 1 }
        var lastWeekday: Int { weekdays.last ?? lastDay }

        func remaining(_ c: Cell) -> Int64 { (target[c] ?? 0) - (booked[c] ?? 0) }

        /// Adds a voucher and counts its rows against their cells; `target` (a voucher kept as
        /// written) counts them in the summary too.
        mutating func add(_ b: Booking, target alsoTarget: Bool = false) {
            let rows = b.rows.filter { $0.amount != 0 }
            guard !rows.isEmpty else { return }
            for r in rows {
                guard let n = Int(r.account) else { continue }
                let cell = Cell(account: n, ansvar: r.objects.first { $0.dimension == 1 }?.code ?? "")
                booked[cell, default: 0] += r.amount
                if alsoTarget { target[cell, default: 0] += r.amount }
            }
            bookings.append(Booking(day: b.day, series: b.series, text: b.text, rows: rows))
        }

        /// The objects of a row on `ansvar`: projekt, a verksamhet of the ansvar, motpart.
        mutating func objects(_ ansvar: String, project: String? = nil, activity: String? = nil, party: String?)
            -> [SIEObjectRef]
        {
            var out: [SIEObjectRef] = []
            if !ansvar.isEmpty { out.append(SIEObjectRef(dimension: 1, code: ansvar)) }
            if let project { out.append(SIEObjectRef(dimension: 6, code: project)) }
            out.append(SIEObjectRef(dimension: 20, code: activity ?? rng.pick(activities(ansvar))))
            if let party { out.append(SIEObjectRef(dimension: 21, code: party)) }
            return out
        }

        mutating func activities(_ ansvar: String) -> [String] {
            if let known = activityCache[ansvar] { return known }
            let found = Names.activities(ansvar)
            activityCache[ansvar] = found
            return found
        }

        /// Rows of `amount` on `cell`, spread over one to three of its ansvar's verksamheter.
        mutating func costRows(_ cell: Cell, _ amount: Int64, party: String?, project: String? = nil) -> [Row] {
            let activities = activities(cell.ansvar)
            let count = 1 + rng.below(min(3, activities.count))
            let start = rng.below(activities.count)
            let parts = ERPLedgerExpansion.split(amount, into: count, &rng)
            return parts.enumerated().map { i, part in
                Row(
                    account: String(cell.account),
                    objects: objects(
                        cell.ansvar, project: project, activity: activities[(start + i) % activities.count],
                        party: party),
                    amount: part)
            }
        }

        /// Books the month: reversal of last month's accruals, regionbidrag, internal
        /// allocations, this month's accruals, then every cell by its kind, the payment runs and the
        /// tax payment. Returns this month's accruals, which the next month reverses.
        mutating func bookAll(accrualLevel: Int64, previousAccrual: [Cell: Int64]?) -> [Cell: Int64] {
            let accrual = accruals(level: accrualLevel)
            if accrualLevel > 0 { bookAccrual(previousAccrual ?? accrual, reversal: true) }
            bookRegionbidrag()
            for spec in Names.allocations { bookAllocation(spec) }
            if accrualLevel > 0 { bookAccrual(accrual, reversal: false) }
            var depreciation: [Row] = []
            for cell in Set(target.keys).union(booked.keys).sorted() {
                let amount = remaining(cell)
                guard amount != 0 else { continue }
                switch Kind.of(cell) {
                case .supplier: bookSupplierInvoices(cell, amount)
                case .payroll: bookPayroll(cell, amount)
                case .grantsPaid: bookGrantsPaid(cell, amount)
                case .depreciation:
                    depreciation += [
                        Row(account: String(cell.account), objects: objects(cell.ansvar, party: nil), amount: amount)
                    ]
                case .patientFees, .tickets: bookDailyCash(cell, amount)
                case .grantsReceived: bookGrantsReceived(cell, amount)
                case .customer: bookCustomerInvoices(cell, amount)
                case .finance: bookFinance(cell, amount)
                case .internal, .other: break  // the regionbidrag took them, or the residual will
                }
            }
            bookDepreciation(depreciation)
            bookPaymentRuns()
            if withheldTax != 0 {
                add(
                    Booking(
                        day: lastWeekday, series: .payment,
                        text: "Personalskatt \(monthName), betalning till Skatteverket",
                        rows: [
                            Row(account: "2710", objects: [], amount: withheldTax),
                            Row(account: "1930", objects: [], amount: -withheldTax),
                        ]))
            }
            return accrual
        }

        /// Whatever the kinds left unbooked, in one correcting voucher at the month's end, so
        /// the month sums to the summary for any input. The example needs none (tested).
        mutating func settleResidual() {
            let rows = Set(target.keys).union(booked.keys).sorted().compactMap { cell -> Row? in
                let amount = remaining(cell)
                guard amount != 0 else { return nil }
                let objects = cell.ansvar.isEmpty ? [] : [SIEObjectRef(dimension: 1, code: cell.ansvar)]
                return Row(account: String(cell.account), objects: objects, amount: amount)
            }
            add(Booking(day: lastDay, series: .manual, text: "Övriga bokningar \(monthName)", rows: rows))
        }

        /// The accrued costs at this month's end: `level` over the accruable cells in proportion
        /// to their amounts.
        func accruals(level: Int64) -> [Cell: Int64] {
            guard level > 0 else { return [:] }
            let cells = target.filter { Kind.of($0.key) == .supplier(accrued: true) && $0.value > 0 }.keys.sorted()
            let parts = ERPLedgerExpansion.proportional(level, cells.map { target[$0] ?? 0 })
            return Dictionary(uniqueKeysWithValues: zip(cells, parts))
        }

        /// Upplupna kostnader: at the month's last day the costs delivered but not yet invoiced,
        /// reversed on the first day of the next month (when the invoices come).
        mutating func bookAccrual(_ accrual: [Cell: Int64], reversal: Bool) {
            let sign: Int64 = reversal ? -1 : 1
            var rows: [Row] = []
            for (cell, amount) in accrual.sorted(by: { $0.key < $1.key }) {
                rows.append(
                    Row(account: String(cell.account), objects: objects(cell.ansvar, party: nil), amount: sign * amount)
                )
            }
            let total = accrual.values.reduce(0, +)
            rows.append(Row(account: "2910", objects: [], amount: -sign * total))
            let text =
                reversal
                ? "Återföring upplupna kostnader, periodisering vid föregående månadsskifte"
                : "Upplupna kostnader \(monthName): levererat ej fakturerat"
            add(Booking(day: reversal ? 1 : lastDay, series: .manual, text: text, rows: rows))
        }
    }
}
