import BalansCore
import Foundation

/// "Likviditet" (seed 003 2.5.5): likvida medel — the placements at acquisition value,
/// excluding unrealised gains — at the period, the same period last year and the last year
/// end, the change since the year end, and acquisition against market value. Absent
/// without placement figures for the period.
enum LiquidityChapter {
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        func t(_ m: Money) -> String { c.amount(m) }
        guard let now = data.figure(.placementsAcquisitionValue, at: p) else { return nil }
        let yearEnd = Period(year: p.year - 1, month: 12)!
        var seen = Set<Period>()  // in December the same month last year is the last year end
        let columns = [p.previousYear, yearEnd, p].filter {
            (data.figure(.placementsAcquisitionValue, at: $0) != nil || $0 == p) && seen.insert($0).inserted
        }
        // Balances at month ends: labelled by the month, not a span.
        func label(_ q: Period) -> String { "\(ReportLabels.months[q.month - 1]) \(q.year)" }
        var blocks: [Block] = []
        var text =
            "Regionens likvida medel uppgår den sista \(ReportLabels.months[p.month - 1]) till \(t(now)) (exklusive orealiserade finansiella poster)."
        if let end = data.figure(.placementsAcquisitionValue, at: yearEnd) {
            let change = now - end
            text +=
                change.isZero
                ? " Det är oförändrat sedan årsskiftet."
                : " Det är en \(change < .zero ? "minskning" : "ökning") med \(t(change.magnitude)) jämfört med årsskiftet."
        }
        blocks.append(.paragraph(text, missing: false))
        blocks.append(
            .table(
                Table(
                    id: "likvida-medel", caption: "Likvida medel", unit: .mnkr, columns: [""] + columns.map(label),
                    rows: [
                        Table.Row(
                            label: "Likvida medel",
                            cells: columns.map {
                                ReportBuilder.amount(data.figure(.placementsAcquisitionValue, at: $0))
                            })
                    ])))
        if let market = data.figure(.placementsMarketValue, at: p) {
            blocks.append(
                .table(
                    Table(
                        id: "likvida-medel-och-placeringar", caption: "Likvida medel och placeringar \(label(p))",
                        unit: .mnkr, columns: ["", "Anskaffningsvärde", "Marknadsvärde"],
                        rows: [
                            Table.Row(label: "Totalt", cells: [.amount(now.ore), .amount(market.ore)], isTotal: true)
                        ],
                        footnotes: ["Skillnaden är orealiserade vinster och förluster på placeringarna."])))
        }
        return Chapter(id: "likviditet", title: "Likviditet", blocks: blocks)
    }
}
