import BalansCore
import Foundation

/// "Utvärdering av resultat och ekonomisk ställning": the result's development, the financial key ratios and their trend over the years with a ledger.
enum KeyRatioChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let r = c.ratios
        let span = ReportLabels.span(p.month)
        let cols = ["Nyckeltal", "Utfall \(span) \(p.year)", "Prognos \(p.year)", "Budget \(p.year)"]
        func row(_ label: String, _ f: (KeyRatios) -> Decimal?, decimals: Int = 1, level: Int = 0, total: Bool = false)
            -> Table.Row
        {
            Table.Row(
                label: label,
                cells: [r.outcome, r.forecast, r.budget].map { ReportBuilder.percent(f($0), decimals: decimals) },
                level: level, isTotal: total)
        }
        let table = Table(
            id: "nyckeltal", caption: "Finansiella nyckeltal", unit: .mnkr, columns: cols,
            rows: [
                row("Resultat i förhållande till skatteintäkter och generella statsbidrag", { $0.resultToTaxRevenue }),
                row("Självfinansieringsgrad av investeringarna", { $0.selfFinancingRatio }, decimals: 0),
                row("Verksamhetens andel", { $0.netCostShare?.operations }, level: 1),
                row("Avskrivningar", { $0.netCostShare?.depreciation }, level: 1),
                row("Finansnetto", { $0.netCostShare?.financialNet }, level: 1),
                row("Nettokostnadsandel", { $0.netCostShare?.total }, total: true),
                row("Skatte- och statsbidragsutveckling", { $0.taxRevenueGrowth }),
                row("Nettokostnadsutveckling", { $0.netCostGrowth }),
                row("Soliditet (blandmodellen)", { $0.equityRatio }),
                row("Soliditet inklusive pensionsförpliktelser", { $0.equityRatioInclPensions }),
            ],
            footnotes: [
                "Nyckeltalen beräknas på oavrundade belopp, exklusive orealiserade förändringar av marknadsvärdet på finansiella placeringar. Andelarna är i förhållande till skatteintäkter plus generella statsbidrag och utjämning."
            ]
                + (r.outcome.resultToTaxRevenueThreeYearMean.map {
                    [
                        "Resultat i förhållande till skatteintäkter och generella statsbidrag, genomsnitt \(p.year - 3)–\(p.year - 1): \(ReportBuilder.text($0))."
                    ]
                } ?? []))
        var rows: [Table.Row] = []
        let prev = IncomeStatement.outcome(data, year: p.year - 1, through: p.month)
        let prevYear = IncomeStatement.outcome(data, year: p.year - 1)
        let cur = IncomeStatement.outcome(data, year: p.year, through: p.month)
        let fc = IncomeStatement.forecast(data, period: p)
        let statements = [prev, prevYear, cur, fc]
        rows.append(Table.Row(label: "Resultat", cells: statements.map { ReportBuilder.amount($0?.result) }))
        rows.append(
            Table.Row(
                label: "Marknadsvärdering orealiserade vinster/förluster",
                cells: statements.map { ReportBuilder.amount($0.map { -$0[.unrealised] }) }, level: 1))
        rows.append(
            Table.Row(
                label: "Resultat exkl. jämförelsestörande poster",
                cells: statements.map { ReportBuilder.amount($0?.resultExclUnrealised) }, isTotal: true))
        let development = Table(
            id: "resultatutveckling", caption: "Resultatutveckling", unit: .mnkr,
            columns: [
                "", "Utfall \(span) \(p.year - 1)", "Utfall \(p.year - 1)", "Utfall \(span) \(p.year)",
                "Prognos \(p.year)",
            ], rows: rows)
        var blocks: [Block] = [.table(development), .table(table)]
        // Nettokostnadsandel and soliditet over the years with a ledger (the last five): each
        // past year at its year-end, this year as forecast (nettokostnadsandel) and at the period.
        let years = data.ledgers.keys.filter { $0 < p.year && $0 >= p.year - 4 && data.ledgers[$0]?.lastMonth == 12 }
            .sorted()
        if !years.isEmpty {
            let past = years.map { KeyRatioReport.compute(data, period: Period(year: $0, month: 12)!).outcome }
            let categories = (years + [p.year]).map(String.init)
            let title =
                "Nettokostnadsandel och soliditet över åren (\(p.year): nettokostnadsandel enligt prognos, soliditet per \(ReportLabels.months[p.month - 1]))"
            blocks.append(
                .lineChart(
                    LineChart(
                        id: "nyckeltal-over-ar", title: title, unit: .mnkr, categories: categories,
                        series: [
                            LineChart.Series(
                                name: "Nettokostnadsandel",
                                values: (past + [r.forecast]).map { ReportBuilder.percent($0.netCostShare?.total) }),
                            LineChart.Series(
                                name: "Soliditet (blandmodellen)",
                                values: (past + [r.outcome]).map { ReportBuilder.percent($0.equityRatio) }),
                            LineChart.Series(
                                name: "Soliditet inkl. pensionsförpliktelser",
                                values: (past + [r.outcome]).map { ReportBuilder.percent($0.equityRatioInclPensions) }),
                        ])))
        }
        return Chapter(id: "nyckeltal", title: "Utvärdering av resultat och ekonomisk ställning", blocks: blocks)
    }
}
