import BalansCore

/// A row of `budget`: a node's (and account's) budget of a year, its months as öre
/// separated by commas.
enum BudgetRecord: Record {
    static let table = "budget"
    static let columns = [
        "year", "node", "account", "amount", "version", "monthly", "change_date", "change_kind", "reference",
    ]

    static func decode(_ r: SQLRow) -> BudgetRow? {
        let monthly: String = r["monthly"]
        let date: String = r["change_date"]
        // The change's month from its date; a row without a valid date or kind is the original budget's.
        let change = Period(String(date.prefix(7))).flatMap { p in
            BudgetChange.Kind(rawValue: r["change_kind"]).map {
                BudgetChange(date: date, period: p, kind: $0, reference: r["reference"])
            }
        }
        return BudgetRow(
            year: r["year"], node: r["node"], account: r["account"], amount: Money(ore: r["amount"]),
            monthly: monthly.split(separator: ",").map { Money(ore: Int64($0) ?? 0) }, version: r["version"],
            change: change)
    }

    static func encode(_ r: BudgetRow) -> SQLArguments {
        [
            r.year, r.node, r.account, r.amount.ore, r.version, r.monthly.map { String($0.ore) }.joined(separator: ","),
            r.change?.date ?? "", r.change?.kind.rawValue ?? "", r.change?.reference ?? "",
        ]
    }
}

extension Store {
    /// Replaces the budget rows of the years the file names.
    public func importBudget(_ rows: [Located<BudgetRow>], file: String, hash: String) async throws -> ImportSummary {
        let years = Set(rows.map(\.value.year)).sorted()
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for y in years { try s.delete(from: BudgetRecord.table, where: "year = ?", [y]) }
            for r in rows { try s.insert(r.value, as: BudgetRecord.self) }
            try log(s.db, kind: "budget", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) budget rows for \(years.map(String.init).joined(separator: ", "))",
            changed: true)
    }

    /// Adds one decision's budget change (budgetändring) entered by `user` — its rows share date, kind and
    /// reference — in one transaction, with a line of the audit trail per row. The rows' nodes must exist in
    /// their year; an omdisposition must net to zero. A later import of the year's budget file replaces them,
    /// as it replaces the year.
    public func addBudgetChange(_ rows: [BudgetRow], user: String) async throws {
        guard let change = rows.first?.change, rows.allSatisfy({ $0.change == change && $0.isDecided }) else {
            throw InputFailure([InputIssue(file: "budget", line: 0, message: "the rows are not one budget change")])
        }
        if change.kind == .reallocation, !rows.map(\.amount).sum().isZero {
            throw InputFailure([
                InputIssue(file: "budget", line: 0, message: "an omdisposition must net to zero")
            ])
        }
        try await writing { s in
            try checkNodes(
                s.db, rows.enumerated().map { ($0.offset + 1, $0.element.node, $0.element.year) }, file: "budget")
            for r in rows {
                try s.insert(r, as: BudgetRecord.self)
                let what = [
                    String(r.year), r.node.rawValue, r.account.map(String.init) ?? "", change.date,
                    change.kind.rawValue, change.reference,
                ]
                try audit(
                    s.db, user: user, action: "budget.change",
                    entity: what.filter { !$0.isEmpty }.joined(separator: " "),
                    old: "", new: r.amount.description)
            }
        }
    }

    /// Replaces the year's original budget (Mål och budget) with `rows` — an uploaded budget template (issue 17,
    /// item 4) — in one transaction with a line of the audit trail (`budget.upload`: the year, the totals before and
    /// after); the year's budget changes and proposals stay. `basis` is the `BudgetRow.digest` of the original rows
    /// the upload was previewed on: when they changed since, nothing is written (`BudgetChangedSince`). Rows equal to
    /// the stored ones write nothing; returns whether anything changed.
    public func replaceOriginalBudget(year: Int, rows: [BudgetRow], basis: String?, user: String) async throws -> Bool {
        let bad = rows.firstIndex {
            $0.year != year || !$0.isOriginal || $0.monthly.count != 12 || $0.monthly.sum() != $0.amount
        }
        if let bad {
            throw InputFailure([InputIssue(file: "budget", line: bad + 1, message: "not an original budget row")])
        }
        return try await writing { s in
            let current = try s.all(BudgetRecord.self, where: "year = ?", [year], then: "ORDER BY id")
                .filter(\.isOriginal)
            if let basis, BudgetRow.digest(current) != basis { throw BudgetChangedSince(year: year) }
            if current == rows { return false }
            try checkNodes(s.db, rows.enumerated().map { ($0.offset + 1, $0.element.node, year) }, file: "budget")
            _ = try replaceOriginal(s, year: year, rows: rows)
            try audit(
                s.db, user: user, action: "budget.upload", entity: String(year),
                old: current.map(\.amount).sum().description, new: rows.map(\.amount).sum().description)
            return true
        }
    }

    /// Writes `rows` as the year's original budget in place of the stored one (the changes and proposals stay), inside
    /// the caller's transaction; returns the old original budget's total.
    func replaceOriginal(_ s: Scoped, year: Int, rows: [BudgetRow]) throws -> Money {
        let old = try s.all(BudgetRecord.self, where: "year = ?", [year]).filter(\.isOriginal).map(\.amount).sum()
        let original = "year = ? AND version = 'original' AND change_date = ''"
        try s.delete(from: BudgetRecord.table, where: original, [year])
        for r in rows { try s.insert(r, as: BudgetRecord.self) }
        return old
    }

    /// The budget rows in the file's order; a year without a budget file uses the ledger
    /// system's period budgets (`period_budget`), if any, spread over the tree of `nodes`.
    func budgets(_ s: Scoped, nodes: [OrgNode]) throws -> [BudgetRow] {
        var budgets = try s.all(BudgetRecord.self, then: "ORDER BY id")
        let budgetYears = Set(budgets.map(\.year))
        let periodYears = try s.values(Int.self, "DISTINCT year", from: "period_budget", then: "ORDER BY year")
        for year in periodYears where !budgetYears.contains(year) {
            let cells = try s.select("account, ansvar, month, amount", from: "period_budget", where: "year = ?", [year])
                .map(LedgerCellRecord.decode)
            let tree = FollowUpData(
                organisationName: "", nodes: nodes, mapping: .kommunBas13, ledgers: [:], budgets: [],
                forecasts: [], figures: [], investments: []
            ).tree(for: year)
            budgets += BudgetRow.fromPeriodBudgets(cells, year: year, tree: tree)
        }
        return budgets
    }
}

/// An upload of the budget refused because the year's original budget changed after its preview.
public struct BudgetChangedSince: WorkflowRefusal {
    /// The budget year.
    public var year: Int
    /// The message for the user, in Swedish.
    public var description: String {
        "Budgeten för \(year) har ändrats sedan filen lästes in. Läs in filen igen och granska ändringarna."
    }
}
