import BalansCore
import Foundation

/// The specification per account of a budget line with a larger forecast deviation, against last year and the
/// budget (seed 000 2.2: "Läkemedelskostnader … första kvartalet 2017 jämfört med föregående år och budget").
/// Only lines budgeted per account get one: their budget says which accounts the controller follows.
enum AccountSpecificationTable {
    /// The tables of those of `lines` whose forecast deviation reaches the organisation's threshold.
    static func blocks(_ c: ReportContext, lines: [OperatingRow]) -> [Block] {
        lines.filter { $0.figures.forecastDeviation.magnitude >= c.policy.largerDeviationThreshold }
            .compactMap { table(c, $0) }
    }

    /// One line's table; nil when the line is not budgeted on two accounts or more.
    static func table(_ c: ReportContext, _ line: OperatingRow) -> Block? {
        let p = c.period
        let accounts = AccountBreakdown.toDate(c.data, line: line.code, period: p)
        guard !accounts.isEmpty else { return nil }
        let hasPrevious = accounts.allSatisfy { $0.previousOutcome != nil }
        let names = c.data.accountNames[p.year] ?? [:]
        func cells(_ outcome: Money, _ previous: Money?, _ budget: Money) -> [CellValue] {
            [.amount(outcome.ore)] + (hasPrevious ? [.amount((previous ?? .zero).ore)] : [])
                + [.amount(budget.ore), .amount((outcome - budget).ore)]
        }
        var rows = accounts.map { a in
            Table.Row(
                label: names[a.account] ?? c.say(.accountNumbered, String(a.account)),
                cells: cells(a.outcome, a.previousOutcome, a.budgetToDate))
        }
        rows.append(
            Table.Row(
                label: c.label(.totally),
                cells: cells(
                    accounts.map(\.outcome).sum(), accounts.compactMap(\.previousOutcome).sum(),
                    accounts.map(\.budgetToDate).sum()), isTotal: true))
        let year = String(p.year)
        let columns =
            [c.label(.account), c.say(.outcomeSpanYear, c.span, year)]
            + (hasPrevious ? [c.say(.outcomeSpanYear, c.span, String(p.year - 1))] : [])
            + [c.say(.budgetSpanYear, c.span, year), c.label(.deviationWord)]
        return .table(
            Table(
                id: "konton-\(line.code.rawValue.lowercased())",
                caption: c.say(.accountSpecification, line.name, c.span, year), unit: c.unit, columns: columns,
                rows: rows))
    }
}
