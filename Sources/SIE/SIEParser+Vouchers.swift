import Foundation

/// A voucher's rows, its balance and its dates, checked as it closes.
extension SIEParser {
    mutating func addRow(_ row: SIETransaction, label: String) {
        if open!.pendingAdded != nil, let pending = open!.pendingAdded {
            let matches =
                label == "#TRANS" && pending.account == row.account && pending.objects == row.objects
                && pending.amount == row.amount
            if !matches { warn(pending.line, "#RTRANS is not followed by an identical #TRANS") }
            open!.pendingAdded = nil
        }
        switch label {
        case "#TRANS":
            open!.transactions.append(row)
            let (sum, overflow) = open!.sum.addingReportingOverflow(row.amount.hundredths)
            open!.sum = sum
            if overflow { open!.overflow = true }
        case "#RTRANS":
            open!.added.append(row)
            open!.pendingAdded = row
        default:
            open!.removed.append(row)
        }
    }

    /// Ends the open voucher. `terminated` is false when `}` is missing; `before` is the line of
    /// the record that ended it (nil at end of file).
    mutating func closeVoucher(terminated: Bool, before: Int?) {
        guard var voucher = open else { return }
        open = nil
        openInBody = false
        if let pending = voucher.pendingAdded {
            warn(pending.line, "#RTRANS is not followed by an identical #TRANS")
        }
        if !voucher.inBody {
            error(voucher.line, "missing { after #VER")
            voucher.damaged = true
        } else if !terminated {
            if let before {
                error(voucher.line, "\(voucher.name) is not closed by } before line \(before)")
            } else {
                error(voucher.line, "unterminated \(voucher.name): missing } before end of file")
            }
            voucher.damaged = true
        }
        if !voucher.damaged {
            if voucher.overflow {
                error(voucher.line, "\(voucher.name): sum of amounts is too large")
            } else if voucher.sum != 0 {
                error(voucher.line, "\(voucher.name) does not balance: sum \(SIEAmount(hundredths: voucher.sum))")
            }
        }
        guard let date = voucher.date else { return }
        let finished = SIEVoucher(
            series: voucher.series, number: voucher.number, date: date, text: voucher.text,
            transactions: voucher.transactions, line: voucher.line, registrationDate: voucher.registrationDate,
            sign: voucher.sign, addedTransactions: voucher.added, removedTransactions: voucher.removed)
        checkDeclarations(finished)
        if let onVoucher {
            // A voucher with an error is not handed over: the read fails anyway, and a receiver
            // must never see rows that do not balance or whose sum overflows.
            if !voucher.damaged && !voucher.overflow && voucher.sum == 0 { onVoucher(finished) }
        } else {
            document.vouchers.append(finished)
        }
    }

    /// The voucher's date against fiscal year 0 and its rows' accounts and objects against the
    /// declarations read so far; what is not declared yet is decided at the end of the file.
    mutating func checkDeclarations(_ voucher: SIEVoucher) {
        if let yearZero {
            if !yearZero.contains(voucher.date) {
                reportOutsideYear(voucher.line, voucherName(voucher), voucher.date, yearZero)
            }
        } else if pendingDates.count < SIEParser.maximumErrors {
            pendingDates.append((voucher.line, voucherName(voucher), voucher.date))
        } else {
            pendingDatesDropped += 1
        }
        checkRows(voucher.transactions)
        // Added and removed rows are not summed: their dates (when the change was made, often
        // after the year end) do not matter to the ledger.
        if !voucher.addedTransactions.isEmpty { checkRows(voucher.addedTransactions, dates: false) }
        if !voucher.removedTransactions.isEmpty { checkRows(voucher.removedTransactions, dates: false) }
    }

    mutating func checkRows(_ rows: [SIETransaction], dates: Bool = true) {
        // Each row read in place (a copy would retain and release its object list).
        rows.withUnsafeBufferPointer { rows in
            for i in rows.indices { checkRow(rows[i], dates: dates) }
        }
    }

    @inline(__always)
    mutating func checkRow(_ row: borrowing SIETransaction, dates: Bool) {
        if dates, let date = row.date, let yearZero, !yearZero.contains(date) {
            error(
                row.line,
                "transaction date \(date) is outside fiscal year 0 (\(yearZero.start) – "
                    + "\(yearZero.end))")
        }
        let accountSlot = DeclaredCache<String>.slot(row.account, 0)
        if !accountCache.contains(row.account, slot: accountSlot) {
            if accountLines[row.account] == nil {
                pendingAccounts[row.account, default: PendingUse()].add(row.line)
            } else {
                accountCache.insert(row.account, slot: accountSlot)
            }
        }
        if row.objects.isEmpty { return }
        // A list the object-list cache holds and whose objects were all found declared once is declared for good
        // (declarations are only ever added): checked once, not on each of its thousands of rows.
        let entry = objectLists.entry(sharing: row.objects)
        if let entry, objectLists.isDeclared(entry) { return }
        var declared = true
        for ref in row.objects {
            let objectSlot = DeclaredCache<SIEObjectRef>.slot(ref.code, ref.dimension)
            if objectCache.contains(ref, slot: objectSlot) { continue }
            if objectLines[ref] == nil {
                pendingObjects[ref, default: PendingUse()].add(row.line)
                declared = false
            } else {
                objectCache.insert(ref, slot: objectSlot)
            }
        }
        if declared, let entry { objectLists.setDeclared(entry) }
    }

    func voucherName(_ v: SIEVoucher) -> String {
        v.series.isEmpty && v.number.isEmpty ? "voucher" : "voucher \(v.series) \(v.number)"
    }

    mutating func reportOutsideYear(_ line: Int, _ name: String, _ date: SIEDate, _ year: SIEFiscalYear) {
        error(line, "\(name) date \(date) is outside fiscal year 0 (\(year.start) – \(year.end))")
    }
}
