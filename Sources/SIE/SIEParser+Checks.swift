import Foundation

/// Checks made once the whole file is read.
extension SIEParser {
    // MARK: Whole-file checks

    /// Accounts used without `#KONTO` (when the file declares any) and objects without
    /// `#OBJEKT` (in dimensions that declare any): other readers accept such files, and the
    /// amounts are whole, so one warning per code at its first use, with how often it is used.
    mutating func reportUndeclared() {
        var accounts = accountLines.isEmpty ? [:] : pendingAccounts.filter { accountLines[$0.key] == nil }
        let dimensionsWithObjects = Set(objectLines.keys.map(\.dimension))
        var objects = pendingObjects.filter {
            dimensionsWithObjects.contains($0.key.dimension) && objectLines[$0.key] == nil
        }
        let balances = document.openingBalances + document.closingBalances + document.results
        let periods = document.periodBalances + document.periodBudgets
        for (account, objectList, line) in balances.map({ ($0.account, $0.objects, $0.line) })
            + periods.map({ ($0.account, $0.objects, $0.line) })
        {
            if !accountLines.isEmpty, accountLines[account] == nil {
                accounts[account, default: PendingUse()].add(line)
            }
            for ref in objectList where dimensionsWithObjects.contains(ref.dimension) && objectLines[ref] == nil {
                objects[ref, default: PendingUse()].add(line)
            }
        }
        func times(_ use: PendingUse) -> String { use.count == 1 ? "once" : "\(use.count) times" }
        var found: [SIEIssue] = []
        for (account, use) in accounts {
            let first = use.lines.min() ?? 0
            found.append(
                SIEIssue(
                    line: first,
                    message: "account \(account) is not declared by #KONTO (used \(times(use))); read without a name"))
        }
        for (ref, use) in objects {
            let first = use.lines.min() ?? 0
            found.append(
                SIEIssue(
                    line: first,
                    message:
                        "object \"\(ref.code)\" in dimension \(ref.dimension) is not declared by #OBJEKT (used "
                        + "\(times(use)))"
                ))
        }
        for issue in found.sorted(by: { ($0.line ?? 0, $0.message) < ($1.line ?? 0, $1.message) }) {
            warn(issue.line, issue.message)
        }
    }

    mutating func finish(lineCount: Int) {
        if recordCount == 0 && !sawFlagga && !sawSietyp {
            error(nil, lineCount == 0 ? "file is empty" : "not an SIE file: no #FLAGGA, #SIETYP or other SIE records")
            return
        }
        if let checksumLine, !checksumClosed {
            error(
                checksumLine,
                "#KSUMMA is opened here but the file ends without the closing #KSUMMA: the file is truncated")
        }
        if !sawFlagga { warn(nil, "#FLAGGA is missing") }
        if !sawSietyp { warn(nil, "#SIETYP is missing") }

        // #KTYP applies to accounts declared anywhere in the file.
        if !accountTypes.isEmpty {
            var indexByNumber: [String: Int] = [:]
            for (index, account) in document.accounts.enumerated() { indexByNumber[account.number] = index }
            for entry in accountTypes {
                if let index = indexByNumber[entry.account] {
                    document.accounts[index].type = entry.type
                } else {
                    warn(entry.line, "#KTYP for undeclared account \(entry.account)")
                }
            }
        }

        var found: [SIEIssue] = []
        if let yearZero {
            for use in pendingDates where !yearZero.contains(use.date) {
                found.append(
                    SIEIssue(
                        line: use.line,
                        message:
                            "\(use.name) date \(use.date) is outside fiscal year 0 (\(yearZero.start) – "
                            + "\(yearZero.end))"
                    ))
            }
        }
        reportUndeclared()
        errors.append(contentsOf: found)

        // Balances for a year the file does not define are suspicious but harmless.
        if !document.fiscalYears.isEmpty {
            var reported: Set<Int> = []
            let uses =
                (document.openingBalances + document.closingBalances + document.results).map { ($0.yearIndex, $0.line) }
                + (document.periodBalances + document.periodBudgets).map { ($0.yearIndex, $0.line) }
            for (index, line) in uses.sorted(by: { $0.1 < $1.1 })
            where fiscalYearLines[index] == nil && !reported.contains(index) {
                reported.insert(index)
                warn(line, "year index \(index) has no #RAR")
            }
        }
    }
}
