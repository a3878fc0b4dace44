import BalansCore
import Foundation

/// "Resultat och prognos månad för månad": the accumulated result by month this year and
/// last, and the full-year forecast made each month. Absent without a ledger.
enum ResultTrendChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        guard data.ledgers[p.year] != nil else { return nil }
        let months = Array(1...12)
        func outcome(_ year: Int, _ m: Int) -> CellValue {
            guard let ledger = data.ledgers[year], ledger.lastMonth >= m, year < p.year || m <= p.month else {
                return .empty
            }
            return ReportBuilder.amount(IncomeStatement.outcome(data, year: year, through: m)?.result)
        }
        let forecasts: [CellValue] = months.map { m in
            guard m <= p.month, data.reportedForecasts.contains(where: { $0.period == Period(year: p.year, month: m) })
            else { return .empty }
            return ReportBuilder.amount(IncomeStatement.forecast(data, period: Period(year: p.year, month: m)!)?.result)
        }
        var series = [
            LineChart.Series(
                name: c.say(.accumulatedOutcome, String(p.year)), values: months.map { outcome(p.year, $0) })
        ]
        if data.comparesWithPreviousYear(p.year) {
            series.append(
                LineChart.Series(
                    name: c.say(.accumulatedOutcome, String(p.year - 1)), values: months.map { outcome(p.year - 1, $0) }
                ))
        }
        if forecasts.contains(where: { $0 != .empty }) {
            // The full-year forecast made each month is a figure of its own: markers, not a line.
            series.append(
                LineChart.Series(name: c.say(.yearForecast, String(p.year)), values: forecasts, markers: true))
        }
        let chart = LineChart(
            id: "resultat-per-manad", title: c.label(.resultByMonth), unit: .mnkr,
            categories: months.map(c.words.monthShort), series: series,
            source: c.say(.sourceAccountsAndForecasts, c.tree.root.name))
        return Chapter(id: "resultatutveckling-manad", title: c.label(.resultTrendChapter), blocks: [.lineChart(chart)])
    }
}
