import BalansCore
import Foundation

/// The budget changes of the year (RKR R14: the driftredovisning shows the original budget, the changes and the budget
/// after changes): per row of the caller's table the three amounts, and the register of the decisions behind them.
/// Nothing while the year has no change decided up to the report's month.
enum BudgetChangesTable {
    /// The two tables for `rows` (committees in the region's report, areas in a committee's).
    static func blocks(_ c: ReportContext, rows: [OperatingRow], total: OperatingRow) -> [Block] {
        let codes = Set(c.tree.subtree(total.code).map(\.code))
        let changes = c.data.budgets(at: c.period).filter { $0.change != nil && codes.contains($0.node) }
        guard !changes.isEmpty else { return [] }
        let year = String(c.period.year)
        func row(_ r: OperatingRow, label: String, isTotal: Bool = false) -> Table.Row {
            let f = r.figures
            return Table.Row(
                label: label,
                cells: [
                    .amount(f.originalAnnualBudget.ore), .amount(f.budgetChanges.ore),
                    .amount(f.annualBudget.ore),
                ], isTotal: isTotal)
        }
        let summary = Table(
            id: "budgetandringar", caption: c.say(.budgetChangesYear, year), unit: c.unit,
            columns: [
                "", c.label(.originalBudget), c.label(.budgetChanges), c.label(.budgetAfterChanges),
            ],
            rows: rows.map { row($0, label: $0.name) } + [row(total, label: c.say(.totalOf, total.name), isTotal: true)]
        )
        let register = Table(
            // In tkr: a decision moves amounts that a report in mnkr would print as 0,0.
            id: "budgetandringar-beslut", caption: c.say(.budgetDecisionsYear, year), unit: .tkr,
            columns: [
                c.label(.decisionDate), c.label(.decision), c.label(.changeKind), c.label(.assignment),
                c.label(.amount),
            ],
            rows: changes.compactMap { b in
                b.change.map { ch in
                    Table.Row(
                        label: ch.date,
                        cells: [
                            .text(ch.reference), .text(ch.kind.rawValue),
                            .text(c.tree.node(b.node)?.name ?? b.node.rawValue), .amount(b.amount.ore),
                        ])
                }
            })
        return [.table(summary), .table(register)]
    }
}
