import BalansCore
import Foundation

/// The key-ratio tables over the comparison columns of seed 003 2.5.1–2.5.4 (the same months and
/// the whole year of earlier years, this year to date and the forecast): resultatutveckling,
/// skatte- och nettokostnadsutveckling, nettokostnadsandel and soliditet.
enum KeyRatioComparisonTables {
    /// A column's header: "Utfall jan–apr 2022", "Utfall 2022", "Prognos 2024".
    static func header(_ c: ReportContext, _ column: KeyRatioColumn) -> String {
        let year = String(column.period.year)
        switch column.basis {
        case .toDate: return c.say(.outcomeSpanYear, c.span, year)
        case .year: return c.say(.outcomeYear, year)
        case .forecast: return c.say(.forecastYear, year)
        }
    }

    /// "Resultatutveckling": the result, the unrealised market-value change as booked (a gain
    /// positive, as the seed prints it) and the result without it.
    static func development(_ c: ReportContext) -> Table {
        let columns = c.comparison
        let rows = [
            Table.Row(label: c.label(.result), cells: columns.map { ReportBuilder.amount($0.statement?.result) }),
            Table.Row(
                label: c.label(.unrealisedGainsLosses),
                cells: columns.map { ReportBuilder.amount($0.statement?[.unrealised]) }, level: 1),
            Table.Row(
                label: c.label(.resultExclComparability),
                cells: columns.map { ReportBuilder.amount($0.statement?.resultExclUnrealised) }, isTotal: true),
        ]
        return Table(
            id: "resultatutveckling", caption: c.label(.resultDevelopment), unit: .mnkr,
            columns: [""] + columns.map { header(c, $0) }, rows: rows)
    }

    /// "Skatte- och nettokostnadsutveckling": each column against the same months a year before;
    /// nil when no column has either growth.
    static func growth(_ c: ReportContext) -> Table? {
        let columns = c.comparison
        let rows = [
            row(c, .taxAndGrantsShort, columns) { $0.taxRevenueGrowth },
            row(c, .netCostsShort, columns) { $0.netCostGrowth },
        ]
        guard rows.contains(where: { $0.cells.contains { $0 != .empty } }) else { return nil }
        return Table(
            id: "skatte-och-nettokostnadsutveckling", caption: c.label(.taxAndNetCostGrowth), unit: .mnkr,
            columns: [""] + columns.map { header(c, $0) }, rows: rows, showsUnit: false)
    }

    /// "Nettokostnadsandel" and its parts in percent of skatt och statsbidrag; nil without a part.
    static func netCostShare(_ c: ReportContext) -> Table? {
        let columns = c.comparison
        let rows = [
            row(c, .operationsShare, columns) { $0.netCostShare?.operations },
            row(c, .depreciation, columns) { $0.netCostShare?.depreciation },
            row(c, .financialNet, columns) { $0.netCostShare?.financialNet },
            row(c, .netCostShare, columns, total: true) { $0.netCostShare?.total },
        ]
        guard rows.contains(where: { $0.cells.contains { $0 != .empty } }) else { return nil }
        return Table(
            id: "nettokostnadsandel", caption: c.label(.netCostShare), unit: .mnkr,
            columns: [""] + columns.map { header(c, $0) }, rows: rows, footnotes: [c.label(.netCostShareFootnote)],
            showsUnit: false)
    }

    /// "Soliditet" including the pension obligations, on the outcome columns (a forecast has no
    /// balance sheet); nil when no column has it.
    static func equity(_ c: ReportContext) -> Table? {
        let columns = c.comparison.filter { $0.basis != .forecast }
        let row = row(c, .inclPensionObligations, columns) { $0.equityRatioInclPensions }
        guard row.cells.contains(where: { $0 != .empty }) else { return nil }
        return Table(
            id: "soliditet", caption: c.label(.ratioEquity), unit: .mnkr,
            columns: [""] + columns.map { header(c, $0) }, rows: [row], showsUnit: false)
    }

    private static func row(
        _ c: ReportContext, _ label: ReportLabel, _ columns: [KeyRatioColumn], total: Bool = false,
        _ value: (KeyRatios) -> Decimal?
    ) -> Table.Row {
        Table.Row(
            label: c.label(label), cells: columns.map { ReportBuilder.percent(value($0.ratios)) }, isTotal: total)
    }
}
