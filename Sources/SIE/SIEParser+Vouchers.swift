import Foundation

/// A voucher's rows, its balance and its dates, checked as it closes.
extension SIEParser {
    /// A `#TRANS` row of the fast path, moved into the open voucher: no copy of the row (a retain and release of its
    /// object list) and no label compared, a row. Not after an `#RTRANS` (the fast path leaves that row to
    /// ``addRow(_:label:)``, which compares the two).
    @inline(__always)
    mutating func addTransaction(_ row: consuming SIETransaction) {
        let (sum, overflow) = open!.sum.addingReportingOverflow(row.amount.hundredths)
        open!.sum = sum
        if overflow { open!.overflow = true }
        open!.transactions.append(consume row)
    }

    mutating func addRow(_ row: SIETransaction, label: String) {
        if open!.hasPendingAdded, let pending = open!.pendingAdded {
            let matches =
                label == "#TRANS" && pending.account == row.account && pending.objects == row.objects
                && pending.amount == row.amount
            if !matches { warn(pending.line, "#RTRANS is not followed by an identical #TRANS") }
            open!.pendingAdded = nil
        }
        switch label {
        case "#TRANS":
            addTransaction(row)  // no #RTRANS waits any more: compared above
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
        // Taken out, not copied: a copy retained and released each of its fields and arrays.
        guard var voucher = open.take() else { return }
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
        // The rows moved out of the open voucher, so the finished one holds the only reference.
        var rows: [SIETransaction] = []
        swap(&rows, &voucher.transactions)
        var finished = SIEVoucher(
            series: voucher.series, number: voucher.number, date: date, text: voucher.text,
            transactions: rows, line: voucher.line, registrationDate: voucher.registrationDate,
            sign: voucher.sign, addedTransactions: voucher.added, removedTransactions: voucher.removed)
        checkDeclarations(finished)
        if let onVoucher {
            // A voucher with an error is not handed over: the read fails anyway, and a receiver
            // must never see rows that do not balance or whose sum overflows.
            if !voucher.damaged && !voucher.overflow && voucher.sum == 0 { onVoucher(finished) }
            // The rows' array goes to the next voucher, emptied: its storage is kept when the receiver did not keep
            // the array (an allocation and a free a voucher saved; a kept array is left alone).
            swap(&spareRows, &finished.transactions)
            spareRows.removeAll(keepingCapacity: true)
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
        // Each row read in place through a pointer: passed as a value (even `borrowing`) it was copied, a retain and
        // release of its account, object list and text a row.
        rows.withUnsafeBufferPointer { rows in
            guard let first = rows.baseAddress else { return }
            for i in 0..<rows.count { checkRow(first + i, dates: dates) }
        }
    }

    @inline(__always)
    mutating func checkRow(_ at: UnsafePointer<SIETransaction>, dates: Bool) {
        if dates, let date = at.pointee.date, let yearZero, !yearZero.contains(date) {
            error(
                at.pointee.line,
                "transaction date \(date) is outside fiscal year 0 (\(yearZero.start) – "
                    + "\(yearZero.end))")
        }
        let accountSlot = DeclaredCache<String>.slot(at.pointee.account, 0)
        if !accountCache.contains(at.pointee.account, slot: accountSlot) {
            if accountLines[at.pointee.account] == nil {
                pendingAccounts[at.pointee.account, default: PendingUse()].add(at.pointee.line)
            } else {
                accountCache.insert(at.pointee.account, slot: accountSlot)
            }
        }
        if at.pointee.objects.isEmpty { return }
        // A list the object-list cache holds and whose objects were all found declared once is declared for good
        // (declarations are only ever added): checked once, not on each of its thousands of rows.
        let entry = objectLists.entry(at.pointee.listNumber, sharing: at.pointee.objects)
        if let entry, objectLists.isDeclared(entry) { return }
        var declared = true
        for ref in at.pointee.objects {
            let objectSlot = DeclaredCache<SIEObjectRef>.slot(ref.code, ref.dimension)
            if objectCache.contains(ref, slot: objectSlot) { continue }
            if objectLines[ref] == nil {
                pendingObjects[ref, default: PendingUse()].add(at.pointee.line)
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
