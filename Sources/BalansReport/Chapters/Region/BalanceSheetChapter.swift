import BalansCore
import Foundation

/// "Balansräkning": the balance sheet at the period, a year earlier and at the last year end.
enum BalanceSheetChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let dates = [(p.year - 1, p.month), (p.year, p.month), (p.year - 1, 12)]
        let sheets = dates.map { BalanceSheet.at(data, year: $0.0, month: $0.1) }
        func row(_ label: String, _ f: (BalanceSheet) -> Money, total: Bool = false) -> Table.Row {
            Table.Row(label: label, cells: sheets.map { ReportBuilder.amount($0.map(f)) }, isTotal: total)
        }
        let pensions = dates.map { d in
            Period(year: d.0, month: d.1).flatMap { data.figure(.pensionObligations, at: $0) }
        }
        let rows: [Table.Row] = [
            row("Anläggningstillgångar", { $0[.fixedAssets] }),
            row("Bidrag till statlig infrastruktur", { $0[.infrastructureGrants] }),
            row("Omsättningstillgångar", { $0[.currentAssets] }),
            row("Summa tillgångar", { $0.totalAssets }, total: true),
            row("Årets resultat", { $0.yearResult }),
            row("Övrigt eget kapital", { $0.otherEquity }),
            row("Summa eget kapital", { $0.totalEquity }, total: true),
            row("Avsättningar för pensioner", { $0[.pensionProvisions] }),
            row("Övriga avsättningar", { $0[.otherProvisions] }),
            row("Långfristiga skulder", { $0[.longTermLiabilities] }),
            row("Kortfristiga skulder", { $0[.shortTermLiabilities] }),
            row("Summa avsättningar och skulder", { $0.totalProvisionsAndLiabilities }, total: true),
            row("Summa eget kapital, avsättningar och skulder", { $0.totalEquityAndLiabilities }, total: true),
            Table.Row(
                label: "Ansvarsförbindelser: pensionsförpliktelser inkl. löneskatt",
                cells: pensions.map(ReportBuilder.amount)),
        ]
        let m = ReportLabels.monthsShort
        func label(_ y: Int, _ mo: Int) -> String { mo == 12 ? "31 dec \(y)" : "\(lastDay(y, mo)) \(m[mo - 1]) \(y)" }
        let table = Table(
            id: "balansrakning", caption: "Balansräkning", unit: .mnkr, columns: [""] + dates.map { label($0.0, $0.1) },
            rows: rows)
        return Chapter(id: "balansrakning", title: "Balansräkning", blocks: [.table(table)])
    }

    static func lastDay(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
