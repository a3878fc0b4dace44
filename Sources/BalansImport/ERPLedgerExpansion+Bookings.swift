import SIE

extension ERPLedgerExpansion.MonthBook {
    typealias Row = ERPLedgerExpansion.Row
    typealias Booking = ERPLedgerExpansion.Booking
    typealias Cell = ERPLedgerExpansion.Cell
    typealias Names = ERPLedgerExpansion.Names
    typealias Kind = ERPLedgerExpansion.Kind

    mutating func nextInvoiceNumber() -> String {
        invoiceNumber += 1
        return String(year % 100 * 1_000_000 + month * 10_000 + invoiceNumber)
    }

    /// Leverantörsfakturor: the cost on one to three verksamheter against 2440 Leverantörsskulder,
    /// paid in the month's payment runs. Some IT and other costs carry a development project.
    mutating func bookSupplierInvoices(_ cell: Cell, _ amount: Int64) {
        let suppliers = Names.suppliers(cell.account)
        for piece in ERPLedgerExpansion.split(amount, typical: 45_000_000, most: 300, &rng) {
            let (supplier, party) = rng.pick(suppliers)
            let day = rng.pick(weekdays)
            let project = (6500...6999).contains(cell.account) && rng.below(8) == 0 ? rng.pick(Names.projects) : nil
            let kind = piece < 0 ? "Leverantörskreditnota" : "Leverantörsfaktura"
            add(
                Booking(
                    day: day, series: .supplier, text: "\(kind) \(nextInvoiceNumber()) \(supplier)",
                    rows: costRows(cell, piece, party: party, project: project?.code)
                        + [Row(account: "2440", objects: [SIEObjectRef(dimension: 21, code: party)], amount: -piece)]))
            payables[day, default: 0] += piece
        }
    }

    /// Kundfakturor: revenue on the ansvar against 1510 Kundfordringar, paid in the month.
    mutating func bookCustomerInvoices(_ cell: Cell, _ amount: Int64) {
        let customers = Names.customers(cell.account)
        for piece in ERPLedgerExpansion.split(amount, typical: 25_000_000, most: 150, &rng) {
            let (customer, party) = rng.pick(customers)
            let day = rng.pick(weekdays)
            add(
                Booking(
                    day: day, series: .customer, text: "Kundfaktura \(nextInvoiceNumber()) \(customer)",
                    rows: costRows(cell, piece, party: party)
                        + [Row(account: "1510", objects: [SIEObjectRef(dimension: 21, code: party)], amount: -piece)]))
            receivables[day, default: 0] -= piece
        }
    }

    /// Patient fees and tickets are cash of the day (dagskassa), straight to the bank.
    mutating func bookDailyCash(_ cell: Cell, _ amount: Int64) {
        let what = ERPLedgerExpansion.Kind.of(cell) == .tickets ? "Biljettintäkter" : "Dagskassa patientavgifter"
        let days = weekdays
        for (day, piece) in zip(days, ERPLedgerExpansion.split(amount, into: days.count, &rng)) {
            add(
                Booking(
                    day: day, series: .customer, text: "\(what) \(Names.iso(year, month, day)) \(cell.ansvar)",
                    rows: [
                        Row(account: String(cell.account), objects: objects(cell.ansvar, party: "600"), amount: piece),
                        Row(account: "1930", objects: [], amount: -piece),
                    ]))
        }
    }

    /// Riktade statsbidrag, paid by the state agency to the bank.
    mutating func bookGrantsReceived(_ cell: Cell, _ amount: Int64) {
        for piece in ERPLedgerExpansion.split(amount, into: 1 + rng.below(3), &rng) {
            let agency = rng.pick(Names.agencies)
            add(
                Booking(
                    day: rng.pick(weekdays), series: .payment, text: "Riktat statsbidrag \(agency)",
                    rows: [
                        Row(account: String(cell.account), objects: objects(cell.ansvar, party: "100"), amount: piece),
                        Row(account: "1930", objects: [], amount: -piece),
                    ]))
        }
    }

    /// Lämnade bidrag, paid straight from the bank after a decision.
    mutating func bookGrantsPaid(_ cell: Cell, _ amount: Int64) {
        for piece in ERPLedgerExpansion.split(amount, typical: 20_000_000, most: 40, &rng) {
            let (recipient, party) = rng.pick(Names.grantRecipients)
            add(
                Booking(
                    day: rng.pick(weekdays), series: .payment, text: "Utbetalning bidrag \(recipient)",
                    rows: costRows(cell, piece, party: party) + [Row(account: "1930", objects: [], amount: -piece)]))
        }
    }

    /// Lönekörning per ansvar on pay day: monthly salaries and, as a second run, hourly pay and
    /// supplements; the withheld tax (30 %) to 2710, net pay from the bank.
    mutating func bookPayroll(_ cell: Cell, _ amount: Int64) {
        let payDay = weekdays.last { $0 <= 25 } ?? firstWeekday
        let monthly = amount / 100 * 85
        for (gross, run) in [(monthly, "Månadslön"), (amount - monthly, "Timlön och tillägg")] where gross != 0 {
            let tax = gross / 100 * 30
            withheldTax += tax
            add(
                Booking(
                    day: payDay, series: .payroll, text: "Lönekörning \(monthName): \(run), ansvar \(cell.ansvar)",
                    rows: costRows(cell, gross, party: nil) + [
                        Row(account: "2710", objects: [], amount: -tax),
                        Row(account: "1930", objects: [], amount: tax - gross),
                    ]))
        }
    }

    /// Tax, grants and financial items: one voucher a month from Skatteverket, the bank or the
    /// pension administrator.
    mutating func bookFinance(_ cell: Cell, _ amount: Int64) {
        let (text, party) = Names.finance(cell.account)
        add(
            Booking(
                day: cell.account < 8400 ? firstWeekday : lastWeekday, series: .manual, text: "\(text) \(monthName)",
                rows: [
                    Row(account: String(cell.account), objects: objects(cell.ansvar, party: party), amount: amount),
                    Row(account: "1930", objects: [], amount: -amount),
                ]))
    }

    /// The month's depreciation from the asset register (buildings on 1110 for the property
    /// committee's ansvar, 23…, equipment on 1210), and as much invested in projects that month,
    /// invoiced and paid, so the asset accounts move as the summary has them.
    mutating func bookDepreciation(_ rows: [Row]) {
        guard !rows.isEmpty else { return }
        var byAsset: [String: Int64] = [:]
        for r in rows { byAsset[Names.assetAccount(r.objects.first?.code ?? ""), default: 0] += r.amount }
        let credits = byAsset.sorted { $0.key < $1.key }.map { Row(account: $0.key, objects: [], amount: -$0.value) }
        add(
            Booking(
                day: lastDay, series: .manual, text: "Avskrivningar \(monthName) enligt anläggningsregistret",
                rows: rows + credits))
        for (asset, total) in byAsset.sorted(by: { $0.key < $1.key }) {
            let projects = asset == "1110" ? Names.buildingProjects : Names.equipmentProjects
            for piece in ERPLedgerExpansion.split(total, typical: 150_000_000, most: 30, &rng) {
                let project = rng.pick(projects)
                let (supplier, party) = rng.pick(asset == "1110" ? Names.builders : Names.equipmentSuppliers)
                let day = rng.pick(weekdays)
                let objects = [
                    SIEObjectRef(dimension: 6, code: project.code), SIEObjectRef(dimension: 21, code: party),
                ]
                add(
                    Booking(
                        day: day, series: .supplier,
                        text: "Leverantörsfaktura \(nextInvoiceNumber()) \(supplier), investering \(project.name)",
                        rows: [
                            Row(account: asset, objects: objects, amount: piece),
                            Row(account: "2440", objects: [SIEObjectRef(dimension: 21, code: party)], amount: -piece),
                        ]))
                payables[day, default: 0] += piece
            }
        }
    }

    /// Regionbidrag: the internal contribution the regiongemensamma ansvar pays each committee,
    /// one voucher a month, each receiver paired with its payer as motpart. What has no partner
    /// in the file (a file of one committee) is settled against the bank.
    mutating func bookRegionbidrag() {
        let cells = Set(target.keys).union(booked.keys).sorted().filter { Kind.of($0) == .internal }
        var receivers = cells.filter { $0.account == 3990 && remaining($0) < 0 }.map { ($0, -remaining($0)) }
        var payers = cells.filter { $0.account == 4990 && remaining($0) > 0 }.map { ($0, remaining($0)) }
        var rows: [Row] = []
        var paired: [Cell: Int64] = [:]
        var (r, p) = (0, 0)
        while r < receivers.count && p < payers.count {
            let amount = min(receivers[r].1, payers[p].1)
            let (to, from) = (receivers[r].0, payers[p].0)
            rows.append(Row(account: "3990", objects: objects(to.ansvar, party: "I" + from.ansvar), amount: -amount))
            rows.append(Row(account: "4990", objects: objects(from.ansvar, party: "I" + to.ansvar), amount: amount))
            paired[to, default: 0] -= amount
            paired[from, default: 0] += amount
            receivers[r].1 -= amount
            payers[p].1 -= amount
            if receivers[r].1 == 0 { r += 1 }
            if payers[p].1 == 0 { p += 1 }
        }
        var unpaired: Int64 = 0
        for cell in cells {
            let left = remaining(cell) - (paired[cell] ?? 0)
            guard left != 0 else { continue }
            rows.append(Row(account: String(cell.account), objects: objects(cell.ansvar, party: "900"), amount: left))
            unpaired += left
        }
        if unpaired != 0 { rows.append(Row(account: "1930", objects: [], amount: -unpaired)) }
        add(Booking(day: firstWeekday, series: .manual, text: "Regionbidrag \(monthName)", rows: rows))
    }

    /// Internal allocation (internfördelning): the providing ansvar credits its cost account and
    /// charges each receiver a share of its own costs, both rows naming the other as motpart.
    /// Its supplier invoices then come to its own costs plus what it passed on.
    mutating func bookAllocation(_ spec: Names.Allocation) {
        guard
            let source = target.filter({ $0.key.account == spec.from && $0.value > 0 }).max(by: {
                $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key
            })?.key
        else { return }
        var rows: [Row] = []
        var total: Int64 = 0
        for (cell, amount) in target.sorted(by: { $0.key < $1.key })
        where cell.account == spec.to && cell.ansvar != source.ansvar && amount > 0 {
            let share = amount / 100 * spec.percent
            guard share != 0 else { continue }
            rows.append(
                Row(account: String(spec.to), objects: objects(cell.ansvar, party: "I" + source.ansvar), amount: share))
            rows.append(
                Row(
                    account: String(spec.from), objects: objects(source.ansvar, party: "I" + cell.ansvar),
                    amount: -share))
            total += share
        }
        guard total != 0 else { return }
        add(Booking(day: firstWeekday, series: .manual, text: "\(spec.text) \(monthName)", rows: rows))
    }

    /// Payment runs (betalningsfiler) every fifth bank day and on the last: the supplier invoices
    /// registered since the last run are paid, the customer payments come in. All within the
    /// month, so 2440 and 1510 end each month as the summary has them.
    mutating func bookPaymentRuns() {
        let runs = Set(stride(from: 4, to: weekdays.count, by: 5).map { weekdays[$0] } + [lastWeekday]).sorted()
        var from = 0
        for day in runs {
            let paid = payables.filter { $0.key > from && $0.key <= day }.values.reduce(0, +)
            let received = receivables.filter { $0.key > from && $0.key <= day }.values.reduce(0, +)
            from = day
            let date = Names.iso(year, month, day)
            add(
                Booking(
                    day: day, series: .payment, text: "Betalning leverantörsreskontra, betalfil \(date)",
                    rows: [
                        Row(account: "2440", objects: [], amount: paid),
                        Row(account: "1930", objects: [], amount: -paid),
                    ]))
            add(
                Booking(
                    day: day, series: .payment, text: "Inbetalningar kundreskontra \(date)",
                    rows: [
                        Row(account: "1930", objects: [], amount: received),
                        Row(account: "1510", objects: [], amount: -received),
                    ]))
        }
    }
}
