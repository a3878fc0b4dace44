import BalansCore
import Foundation

/// "Väsentliga personalförhållanden" (seed 003, 2.7): rolling-12 indicators against the
/// year's targets, and the hired-staff costs of the year so far. Absent without staff data.
enum RegionStaffChapter {
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        func t(_ m: Money) -> String { c.amount(m) }
        guard !data.staff.isEmpty else { return nil }
        let now = StaffReport.compute(data, period: p)
        let before = StaffReport.compute(data, period: Period(year: p.year - 1, month: p.month)!)  // safe: month is valid
        let month = ReportLabels.months[p.month - 1]
        let cols = [
            "Kvalitetsindikatorer", "Utfall \(month) \(p.year - 1)", "Målvärde \(p.year)", "Utfall \(month) \(p.year)",
        ]
        func row(_ label: String, _ f: (StaffReport) -> Decimal?, target: Decimal?, level: Int = 0) -> Table.Row {
            Table.Row(
                label: label,
                cells: [
                    ReportBuilder.percent(f(before)), ReportBuilder.percent(target), ReportBuilder.percent(f(now)),
                ], level: level)
        }
        let table = Table(
            id: "personal", caption: "Väsentliga personalförhållanden", unit: .tkr, columns: cols,
            rows: [
                row("Personalomsättning", { $0.turnover }, target: now.targetTurnover),
                row("extern", { $0.turnoverExternal }, target: nil, level: 1),
                row("intern", { $0.turnoverInternal }, target: nil, level: 1),
                row("pensionsavgångar", { $0.turnoverRetirement }, target: nil, level: 1),
                row("Sjukfrånvaro", { $0.sickLeave }, target: now.targetSickLeave),
                Table.Row(
                    label: "Bemanningspersonal kostnad – läkare och sjuksköterskor",
                    cells: [ReportBuilder.amount(before.hiredCostR12), .empty, ReportBuilder.amount(now.hiredCostR12)]),
                row(
                    "Bemanningskostnader i relation till totala personalkostnader", { $0.hiredShare },
                    target: now.targetHiredShare),
            ],
            footnotes: [
                "Samtliga indikatorer mäts med ett rullande 12-månadersvärde. Personalomsättning: avgångar i förhållande till genomsnittligt antal tillsvidareanställda."
            ])
        var blocks: [Block] = [.table(table)]
        // The R12 measures month by month over the last year: the trend behind the figures.
        let months = (0..<12).map { p.adding(months: $0 - 11) }
        let reports = months.map { StaffReport.compute(data, period: $0) }
        let r12: [(String, (StaffReport) -> Decimal?)] = [
            ("Personalomsättning", { $0.turnover }), ("Sjukfrånvaro", { $0.sickLeave }),
            ("Bemanningskostnader / personalkostnader", { $0.hiredShare }),
        ]
        let series = r12.map { name, f in
            LineChart.Series(name: name, values: reports.map { ReportBuilder.percent(f($0)) })
        }.filter { $0.values.contains { $0 != .empty } }
        if !series.isEmpty {
            blocks.append(
                .lineChart(
                    LineChart(
                        id: "personal-r12", title: "Personalmått rullande 12 månader", unit: .mnkr,
                        categories: months.map {
                            "\(ReportLabels.monthsShort[$0.month - 1]) \(String($0.year).suffix(2))"
                        }, series: series)))
        }
        if now.sickLeave == nil {
            blocks.append(
                .paragraph(
                    "Sjukfrånvaron för de senaste tolv månaderna kan inte beräknas: uppgifter om sjukfrånvaro saknas för en eller flera månader.",
                    missing: false))
        }
        if let cost = now.hiredCostToDate, let last = now.hiredCostToDateLastYear, !last.isZero {
            let change = cost - last
            let pct = Ratio.growth(cost, over: last)
            var text =
                "Regionens kostnader för inhyrda läkare och sjuksköterskor uppgår till \(t(cost)) \(ReportLabels.span(p.month)) \(p.year), "
            text +=
                change.isZero
                ? "oförändrat" : "en \(change < .zero ? "minskning" : "ökning") med \(t(change.magnitude))"
            if let pct { text += " eller \(SwedishNumberFormat.percent(pct.magnitude, decimals: 0))" }
            text += " jämfört med motsvarande period föregående år."
            if let d = now.hiredDoctorsToDate, let dl = now.hiredDoctorsToDateLastYear, let n = now.hiredNursesToDate,
                let nl = now.hiredNursesToDateLastYear,
                let dg = Ratio.growth(d, over: dl), let ng = Ratio.growth(n, over: nl)
            {
                text +=
                    " Kostnaderna för inhyrda läkare har \(dg < 0 ? "minskat" : "ökat") med \(SwedishNumberFormat.percent(dg.magnitude, decimals: 0)) och för inhyrda sjuksköterskor \(ng < 0 ? "minskat" : "ökat") med \(SwedishNumberFormat.percent(ng.magnitude, decimals: 0))."
            }
            blocks.append(.paragraph(text, missing: false))
        }
        return Chapter(id: "personal", title: "Väsentliga personalförhållanden", blocks: blocks)
    }
}
