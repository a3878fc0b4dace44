import BalansCore
import Foundation

/// The project funds of a group of lines (seed 000 2.1.2 "Tillväxt projektfinansiering"): per fund the year's budget,
/// the project money decided so far and what is left to decide, funds as columns as the seed prints them.
enum ProjectFundsTable {
    /// The table of `node`'s funds at the report's period; nothing when it has none.
    static func blocks(_ c: ReportContext, node: NodeCode) -> [Block] {
        let funds = c.data.projectFunds(of: node, at: c.period)
        guard let asOf = funds.first?.period else { return [] }
        func row(_ label: String, _ value: (ProjectFundRow) -> Money, total: Bool = false) -> Table.Row {
            Table.Row(label: label, cells: funds.map { .amount(value($0).ore) }, isTotal: total)
        }
        let rows = [
            row(c.say(.budgetYear, String(c.period.year)), \.budget),
            row(c.say(.fundsDecidedThrough, c.words.month(asOf.month), String(asOf.year)), \.decided),
            row(c.label(.fundsRemaining), \.remaining, total: true),
        ]
        return [
            .table(
                Table(
                    id: "projektmedel-\(node.rawValue.lowercased())", caption: c.label(.projectFunds), unit: c.unit,
                    columns: [""] + funds.map(\.fund), rows: rows))
        ]
    }
}
