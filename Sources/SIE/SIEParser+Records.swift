import Foundation

/// The records of SIE 4 (chapter 5 of the specification), one `case` per label.
extension SIEParser {
    // MARK: Records

    /// One record line split into fields, with helpers that report missing or invalid fields.
    struct Record {
        let label: String
        let fields: [SIEText.Field]
        let line: Int
        var problems: [String] = []

        mutating func text(_ index: Int, _ what: String) -> String? {
            guard index < fields.count else {
                problems.append("\(label): missing \(what)")
                return nil
            }
            switch fields[index] {
            case .text(let value): return value
            case .list:
                problems.append("\(label): expected \(what), found an object list")
                return nil
            }
        }

        /// A name or text with a control character (other than tab) is refused, never cut at
        /// it or shown with it: such a byte means a damaged file or a wrong encoding.
        mutating func refuseControl(_ value: String?, _ what: String) {
            guard let value, let index = value.unicodeScalars.firstIndex(where: SIEText.isControl) else { return }
            let scalar = value.unicodeScalars[index]
            let position = value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: index) + 1
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            problems.append(
                "\(label): \(what) contains the control character U+\(code) (character \(position)); remove it or "
                    + "check the file's encoding"
            )
        }

        mutating func optionalText(_ index: Int, _ what: String) -> String? {
            guard index < fields.count else { return nil }
            return text(index, what)
        }

        mutating func int(_ index: Int, _ what: String) -> Int? {
            guard let value = text(index, what) else { return nil }
            guard let number = Int(value) else {
                problems.append("\(label): \(what) \"\(value)\" is not a whole number")
                return nil
            }
            return number
        }

        mutating func amount(_ index: Int, _ what: String = "amount") -> SIEAmount? {
            guard let value = text(index, what) else { return nil }
            switch SIEAmount.parse(value) {
            case .success(let amount): return amount
            case .failure(.tooManyDecimals):
                problems.append("\(label): \(what) \"\(value)\" has more than 2 decimals")
            case .failure(.overflow):
                problems.append("\(label): \(what) \"\(value)\" is too large")
            case .failure(.notANumber):
                problems.append("\(label): invalid \(what) \"\(value)\"")
            }
            return nil
        }

        mutating func date(_ index: Int, _ what: String) -> SIEDate? {
            guard let value = text(index, what) else { return nil }
            guard let date = SIEDate(sie: value) else {
                problems.append("\(label): invalid \(what) \"\(value)\" (expected an existing date YYYYMMDD)")
                return nil
            }
            return date
        }

        /// An optional date: absent or empty (`""`) is nil without a problem.
        mutating func optionalDate(_ index: Int, _ what: String) -> SIEDate?? {
            guard index < fields.count, case .text(let value) = fields[index], !value.isEmpty else {
                if index < fields.count, case .list = fields[index] {
                    problems.append("\(label): expected \(what), found an object list")
                    return .some(nil)  // marker: failed
                }
                return .none
            }
            guard let date = SIEDate(sie: value) else {
                problems.append("\(label): invalid \(what) \"\(value)\" (expected an existing date YYYYMMDD)")
                return .some(nil)
            }
            return .some(date)
        }

        mutating func objects(_ index: Int) -> [SIEObjectRef]? {
            guard index < fields.count else {
                problems.append("\(label): missing object list")
                return nil
            }
            guard case .list(let items) = fields[index] else {
                problems.append("\(label): malformed object list: expected {dimension object ...}")
                return nil
            }
            guard items.count % 2 == 0 else {
                problems.append("\(label): malformed object list: dimension without object")
                return nil
            }
            var refs: [SIEObjectRef] = []
            refs.reserveCapacity(items.count / 2)
            var pair = 0
            while pair < items.count {
                guard let dimension = Int(items[pair]), dimension >= 0 else {
                    problems.append("\(label): malformed object list: dimension \"\(items[pair])\" is not a number")
                    return nil
                }
                refs.append(SIEObjectRef(dimension: dimension, code: items[pair + 1]))
                pair += 2
            }
            return refs
        }
    }

    /// A field of a header record Balans does not need (`#ORGNR`, `#KPTYP`, `#KTYP`, ...):
    /// missing or empty, the record is ignored with a warning instead of refusing the file, as
    /// real exports write `#ORGNR` without a number or an empty `#KPTYP`.
    mutating func headerText(_ r: inout Record, _ index: Int, _ what: String) -> String? {
        if index < r.fields.count, case .text(let value) = r.fields[index], !value.isEmpty { return value }
        if index < r.fields.count, case .list = r.fields[index] {
            warn(r.line, "\(r.label): expected \(what), found an object list; record ignored")
        } else {
            warn(r.line, "\(r.label) without \(what); record ignored")
        }
        return nil
    }

    mutating func handle(_ r: inout Record, isRow: Bool) {
        let line = r.line
        defer {
            for problem in r.problems { error(line, problem) }
            if !r.problems.isEmpty && isRow && open != nil { open!.damaged = true }
        }
        switch r.label {
        case "#FLAGGA":
            sawFlagga = true
            _ = r.text(0, "flag")
        case "#PROGRAM":
            if let name = headerText(&r, 0, "program name") {
                let version = r.optionalText(1, "version") ?? ""
                document.program = version.isEmpty ? name : name + " " + version
            }
        case "#FORMAT":
            if let format = headerText(&r, 0, "format") {
                document.format = format
                if format.uppercased() != "PC8" {
                    warn(line, "#FORMAT \(format) is not PC8, the only format SIE 4 defines")
                }
            }
        case "#GEN":
            if headerText(&r, 0, "date") != nil, let date = r.date(0, "date") { document.generated = date }
        case "#SIETYP":
            sawSietyp = true
            if let type = headerText(&r, 0, "type") { document.sieType = type }
        case "#FNAMN":
            if let name = headerText(&r, 0, "company name") {
                r.refuseControl(name, "company name")
                document.companyName = name
            }
        case "#ORGNR":
            if let number = headerText(&r, 0, "organisation number") { document.organisationNumber = number }
        case "#KPTYP":
            if let type = headerText(&r, 0, "chart type") { document.chartType = type }
        case "#VALUTA":
            if let currency = headerText(&r, 0, "currency") { document.currency = currency }
        case "#RAR":
            let index = r.int(0, "year index")
            let start = r.date(1, "start date")
            let end = r.date(2, "end date")
            guard let index, let start, let end else { return }
            if end < start {
                r.problems.append("#RAR \(index): start date \(start) is after end date \(end)")
            } else if let first = fiscalYearLines[index] {
                r.problems.append("#RAR \(index): duplicate year index (first at line \(first))")
            } else {
                fiscalYearLines[index] = line
                document.fiscalYears.append(SIEFiscalYear(index: index, start: start, end: end))
                if index == 0 { yearZero = SIEFiscalYear(index: index, start: start, end: end) }
            }
        case "#KONTO":
            let number = r.text(0, "account number")
            let name = r.text(1, "account name")
            r.refuseControl(name, "account name")
            guard let number, let name, r.problems.isEmpty else { return }
            if let first = accountLines[number] {
                warn(line, "#KONTO \(number) declared again (first at line \(first)); ignored")
            } else {
                accountLines[number] = line
                document.accounts.append(SIEAccount(number: number, name: name, line: line))
            }
        case "#KTYP":
            guard let account = headerText(&r, 0, "account number"), let type = headerText(&r, 1, "account type") else {
                return
            }
            let upper = type.uppercased()
            if !["T", "S", "K", "I"].contains(upper) {
                warn(line, "#KTYP \(account): unknown account type \"\(type)\" (expected T, S, K or I)")
            }
            accountTypes.append((account, upper, line))
        case "#DIM":
            let dimension = r.int(0, "dimension number")
            let name = r.text(1, "dimension name")
            r.refuseControl(name, "dimension name")
            guard let dimension, let name else { return }
            document.dimensions[dimension] = name
        case "#UNDERDIM":
            let dimension = r.int(0, "dimension number")
            let name = r.text(1, "dimension name")
            r.refuseControl(name, "dimension name")
            let parent = r.int(2, "superior dimension")
            guard let dimension, let name, parent != nil else { return }
            document.dimensions[dimension] = name
        case "#OBJEKT":
            let dimension = r.int(0, "dimension number")
            let code = r.text(1, "object code")
            let name = r.text(2, "object name")
            r.refuseControl(name, "object name")
            guard let dimension, let code, let name, r.problems.isEmpty else { return }
            let ref = SIEObjectRef(dimension: dimension, code: code)
            if let first = objectLines[ref] {
                warn(line, "#OBJEKT \(dimension) \"\(code)\" declared again (first at line \(first)); ignored")
            } else {
                objectLines[ref] = line
                document.objects.append(SIEObject(dimension: dimension, code: code, name: name, line: line))
            }
        case "#IB", "#UB", "#RES":
            let year = r.int(0, "year index")
            let account = r.text(1, "account number")
            let amount = r.amount(2)
            let quantity = r.optionalText(3, "quantity")
            guard let year, let account, let amount else { return }
            let balance = SIEBalance(
                yearIndex: year, account: account, objects: [], amount: amount, quantity: quantity, line: line)
            switch r.label {
            case "#IB": document.openingBalances.append(balance)
            case "#UB": document.closingBalances.append(balance)
            default: document.results.append(balance)
            }
        case "#OIB", "#OUB":
            let year = r.int(0, "year index")
            let account = r.text(1, "account number")
            let objects = r.objects(2)
            let amount = r.amount(3)
            let quantity = r.optionalText(4, "quantity")
            guard let year, let account, let objects, let amount else { return }
            let balance = SIEBalance(
                yearIndex: year, account: account, objects: objects, amount: amount, quantity: quantity, line: line)
            if r.label == "#OIB" {
                document.openingBalances.append(balance)
            } else {
                document.closingBalances.append(balance)
            }
        case "#PSALDO", "#PBUDGET":
            let year = r.int(0, "year index")
            let periodText = r.text(1, "period")
            var period: (Int, Int)?
            if let periodText {
                let utf8 = Array(periodText.utf8)
                if utf8.count == 6, let value = SIEDate.digits(utf8[...]), (1...12).contains(value % 100),
                    value / 100 >= 1
                {
                    period = (value / 100, value % 100)
                } else {
                    r.problems.append("\(r.label): period \"\(periodText)\" is not YYYYMM")
                }
            }
            let account = r.text(2, "account number")
            // Some programs leave the object list out (`#PSALDO 0 202401 3010 1000.00`): read
            // as `{}`, the account's total, with one warning per label.
            var withoutList = false
            if r.fields.count == 4 || r.fields.count == 5, case .text = r.fields[3] { withoutList = true }
            if withoutList, !labelsWithoutObjectList.contains(r.label) {
                labelsWithoutObjectList.insert(r.label)
                warn(
                    line,
                    "\(r.label) without an object list; read as the account's total ({}) here and on later such lines")
            }
            let objects = withoutList ? [] : r.objects(3)
            let amount = r.amount(withoutList ? 3 : 4)
            let quantity = r.optionalText(withoutList ? 4 : 5, "quantity")
            guard let year, let period, let account, let objects, let amount else { return }
            let balance = SIEPeriodBalance(
                yearIndex: year, year: period.0, month: period.1, account: account,
                objects: objects, amount: amount, quantity: quantity, line: line)
            if r.label == "#PSALDO" {
                document.periodBalances.append(balance)
            } else {
                document.periodBudgets.append(balance)
            }
        case "#VER":
            let series = r.text(0, "series") ?? ""
            let number = r.text(1, "voucher number") ?? ""
            let date = r.date(2, "voucher date")
            let text = r.optionalText(3, "voucher text") ?? ""
            r.refuseControl(text, "voucher text")
            let registration = r.optionalDate(4, "registration date")
            let sign = r.optionalText(5, "sign")
            var voucher = OpenVoucher(
                series: series, number: number, date: date, text: text,
                registrationDate: registration ?? nil, sign: sign, line: line)
            voucher.damaged = !r.problems.isEmpty
            if r.problems.isEmpty && !number.isEmpty {
                if let first = voucherNumbers.register(series: series, number: number, line: line) {
                    r.problems.append("duplicate \(voucher.name) (first at line \(first))")
                }
            }
            open = voucher
            openInBody = false
        case "#TRANS", "#RTRANS", "#BTRANS":
            guard open != nil else {
                r.problems.append("\(r.label) outside a voucher")
                return
            }
            let account = r.text(0, "account number")
            let objects = r.objects(1)
            let amount = r.amount(2)
            let date = r.optionalDate(3, "transaction date")
            let text = r.optionalText(4, "transaction text")
            r.refuseControl(text, "transaction text")
            let quantity = r.optionalText(5, "quantity")
            guard let account, let objects, let amount, r.problems.isEmpty else { return }
            let row = SIETransaction(
                account: account, objects: objects, amount: amount, date: date ?? nil,
                text: text, quantity: quantity, line: line)
            addRow(row, label: r.label)
        default:
            break  // known labels the reader does not need (#PROSA, #ADRESS, #SRU, #KSUMMA, ...)
        }
    }
}
