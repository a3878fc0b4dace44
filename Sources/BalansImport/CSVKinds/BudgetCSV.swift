import BalansCore
import Foundation

extension CSVKinds {
    /// `budget`: annual budget per node (and account), periodised by `p1`…`p12` weights or evenly.
    public static func budget(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<BudgetRow>] {
        let months = (1...12).map { "p\($0)" }
        var rd = try open(
            bytes, file: file,
            known: ["year", "node", "account", "amount", "version"] + months + [
                "change_date", "change_kind", "reference",
            ],
            required: ["year", "node", "amount"])
        var rows: [Located<BudgetRow>] = []
        for r in rd.table.records {
            guard let y = rd.year(r, "year"), let year = y, let node = rd.required(r, "node"),
                let a = rd.account(r, "account"), let am = rd.money(r, "amount"), let amount = am
            else { continue }
            let texts = months.map { rd.table.value(r, $0) }
            var weights: [Int64]?
            if texts.contains(where: { !$0.isEmpty }) {
                // Weights may be written as amounts (with decimals); compare them in öre.
                let parsed = texts.map { Money.parse($0.isEmpty ? "0" : $0) }
                guard parsed.allSatisfy({ $0 != nil && $0!.ore >= 0 }) else {
                    rd.fail(r, "p1…p12 must be twelve non-negative numbers")
                    continue
                }
                weights = parsed.map { $0!.ore }  // safe: checked non-nil just above
            }
            guard let monthly = Periodisation.split(amount, weights: weights) else {
                rd.fail(r, "p1…p12 must not all be zero")
                continue
            }
            let version = rd.table.value(r, "version")
            guard let change = rd.budgetChange(r, year: year) else { continue }
            rows.append(
                Located(
                    line: r.line,
                    value: BudgetRow(
                        year: year, node: NodeCode(node), account: a, amount: amount, monthly: monthly,
                        version: version.isEmpty ? "original" : version, change: change)))
        }
        rd.checkReallocationsNetToZero(rows)
        return try rd.finish(rows)
    }
}

extension CSVKinds.Reader {
    /// The row's budget change: `.some(nil)` for a row of the original budget (no `change_date`); nil, with the
    /// row failed, when the date is not a date of the row's year or the kind is missing or unknown.
    mutating func budgetChange(_ r: CSVTable.Record, year: Int) -> BudgetChange?? {
        let date = table.value(r, "change_date")
        let kindText = table.value(r, "change_kind")
        if date.isEmpty {
            if !kindText.isEmpty { fail(r, "change_kind \"\(kindText)\" without change_date") }
            return kindText.isEmpty ? .some(nil) : nil
        }
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard date.count == 10, parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
            let period = Period(year: y, month: m), d >= 1, d <= CSVKinds.daysIn(m, y)
        else {
            fail(r, "change_date \"\(date)\" is not a date (YYYY-MM-DD)")
            return nil
        }
        guard y == year else {
            fail(r, "change_date \"\(date)\" is not in the budget year \(year)")
            return nil
        }
        guard let k = choice(r, "change_kind", BudgetChange.Kind.self) else { return nil }
        guard let kind = k else {
            fail(r, "change_kind is empty (omdisposition, tilläggsbudget or ombudgetering)")
            return nil
        }
        return .some(BudgetChange(date: date, period: period, kind: kind, reference: table.value(r, "reference")))
    }

    /// An omdisposition moves money: the rows of one decision (date and reference) must net to zero (issue 16).
    mutating func checkReallocationsNetToZero(_ rows: [Located<BudgetRow>]) {
        let moves = rows.filter { $0.value.change?.kind == .reallocation }
        let decisions = Dictionary(grouping: moves) { [$0.value.change?.date ?? "", $0.value.change?.reference ?? ""] }
        for (key, group) in decisions.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let net = group.map(\.value.amount).sum()
            guard !net.isZero, let first = group.map(\.line).min() else { continue }
            issues.append(
                InputIssue(
                    file: table.file, line: first,
                    message: "omdisposition \(key[1]) of \(key[0]) does not net to zero: \(net) kr"))
        }
    }
}
