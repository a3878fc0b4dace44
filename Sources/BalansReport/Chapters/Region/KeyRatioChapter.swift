import BalansCore
import Foundation

/// "Utvärdering av resultat och ekonomisk ställning": the result's development, the financial
/// key ratios and their trend over the years with a ledger.
enum KeyRatioChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let comparison = [
            KeyRatioComparisonTables.growth(c), KeyRatioComparisonTables.netCostShare(c),
            KeyRatioComparisonTables.equity(c),
        ].compactMap { $0.map(Block.table) }
        let blocks: [Block] =
            [.table(KeyRatioComparisonTables.development(c))] + comparison + [.table(ratios(c))]
            + (trend(c).map { [.lineChart($0)] } ?? [])
        return Chapter(id: "nyckeltal", title: c.label(.keyRatioChapter), blocks: blocks)
    }

    /// "Finansiella nyckeltal": each ratio's outcome, forecast and budget.
    static func ratios(_ c: ReportContext) -> Table {
        let p = c.period
        let r = c.ratios
        let year = String(p.year)
        let cols = [
            c.label(.keyRatio), c.say(.outcomeSpanYear, c.span, year), c.say(.forecastYear, year),
            c.say(.budgetYear, year),
        ]
        func row(
            _ label: ReportLabel, _ f: (KeyRatios) -> Decimal?, decimals: Int = 1, level: Int = 0, total: Bool = false
        ) -> Table.Row {
            Table.Row(
                label: c.label(label),
                cells: [r.outcome, r.forecast, r.budget].map { ReportBuilder.percent(f($0), decimals: decimals) },
                level: level, isTotal: total)
        }
        let mean = r.outcome.resultToTaxRevenueThreeYearMean.map {
            c.say(.resultToTaxRevenueMean, String(p.year - 3), String(p.year - 1), ReportBuilder.text($0))
        }
        return Table(
            id: "nyckeltal", caption: c.label(.financialKeyRatios), unit: .mnkr, columns: cols,
            rows: [
                row(.resultToTaxRevenue, { $0.resultToTaxRevenue }),
                row(.goalSelfFinancingName, { $0.selfFinancingRatio }, decimals: 0),
                row(.operationsShare, { $0.netCostShare?.operations }, level: 1),
                row(.depreciation, { $0.netCostShare?.depreciation }, level: 1),
                row(.financialNet, { $0.netCostShare?.financialNet }, level: 1),
                row(.netCostShare, { $0.netCostShare?.total }, total: true),
                row(.taxRevenueGrowth, { $0.taxRevenueGrowth }),
                row(.netCostGrowth, { $0.netCostGrowth }),
                row(.equityRatio, { $0.equityRatio }),
                row(.goalEquityName, { $0.equityRatioInclPensions }),
            ],
            footnotes: [c.label(.keyRatioFootnote)] + (mean.map { [$0] } ?? []))
    }

    /// Nettokostnadsandel and soliditet over the years with a ledger (the last five): each past
    /// year at its year-end, this year as forecast (nettokostnadsandel) and at the period.
    static func trend(_ c: ReportContext) -> LineChart? {
        let p = c.period
        let r = c.ratios
        let years = KeyRatioReport.closedYears(c.data, before: p.year, count: 4)
        guard !years.isEmpty else { return nil }
        let past = years.map { KeyRatioReport.compute(c.data, period: Period(year: $0, month: 12)!).outcome }
        return LineChart(
            id: "nyckeltal-over-ar", title: c.say(.keyRatioTrend, String(p.year), c.words.month(p.month)),
            unit: .mnkr, categories: (years + [p.year]).map(String.init),
            series: [
                LineChart.Series(
                    name: c.label(.netCostShare),
                    values: (past + [r.forecast]).map { ReportBuilder.percent($0.netCostShare?.total) }),
                LineChart.Series(
                    name: c.label(.equityRatio),
                    values: (past + [r.outcome]).map { ReportBuilder.percent($0.equityRatio) }
                ),
                LineChart.Series(
                    name: c.label(.equityRatioInclPensionsShort),
                    values: (past + [r.outcome]).map { ReportBuilder.percent($0.equityRatioInclPensions) }),
            ])
    }
}
