import BalansCore
import Foundation

/// "Jämförelse med riket och övriga regioner": each yearly KPI fetched from Kolada (costs, sick
/// leave, key ratios) for the region, riket and the other regions' lowest and highest, and a bar
/// chart per KPI of every region — Kolada's figures are yearly, so the latest year up to the
/// report's. Absent without the region's own figures (`balans kolada fetch`).
enum KoladaChapter {
    /// The chapter of the report `c` describes; nil when there is nothing to compare.
    static func build(_ c: ReportContext) -> Chapter? {
        guard let own = c.data.koladaMunicipality else { return nil }
        let comparisons = KoladaComparison.compute(c.data.kolada, own: own, through: c.period.year)
        guard !comparisons.isEmpty else { return nil }
        let ownName =
            c.data.kolada.first { $0.municipality == own && !$0.municipalityName.isEmpty }?.municipalityName
            ?? c.tree.root.name
        let rows = comparisons.map { k in
            let f = figure(k)
            return Table.Row(
                label: k.title,
                cells: [.text(String(k.year)), f(k.own), k.national.map(f) ?? .empty]
                    + [k.othersMin, k.othersMax].map { $0.map(f) ?? .empty })
        }
        let table = Table(
            id: "kolada-jamforelse", caption: c.label(.koladaComparison), unit: .kr,
            columns: [
                c.label(.koladaKeyFigure), c.label(.year), ownName, c.label(.national), c.label(.otherRegionsLowest),
                c.label(.otherRegionsHighest),
            ], rows: rows, footnotes: [c.label(.koladaSource), c.label(.koladaTotalNote)], showsUnit: false)
        var blocks: [Block] = [.table(table)]
        for k in comparisons {
            blocks.append(.chart(chart(c, k, ownName: ownName)))
        }
        return Chapter(id: "kolada", title: c.label(.koladaChapter), blocks: blocks)
    }

    /// Every region's figure and riket's, highest first.
    static func chart(_ c: ReportContext, _ k: KoladaComparison, ownName: String) -> BarChart {
        let d = decimals(k)
        var bars = [(ownName, k.own)] + k.others.map { ($0.name, $0.value) }
        if let national = k.national { bars.append((c.label(.national), national)) }
        bars.sort { ($0.1, $1.0) > ($1.1, $0.0) }
        return BarChart(
            id: "kolada-\(k.kpi)", title: c.say(.koladaChartTitle, k.title, String(k.year)), unit: .kr,
            bars: bars.map { BarChart.Bar(label: $0.0, value: scaled($0.1, decimals: d)) },
            figures: BarChart.Figures(decimals: d, percent: isPercent(k)), source: c.label(.koladaSource))
    }

    /// A KPI whose title names a percentage ("andel (%)") is shown as one; others as plain numbers
    /// (kronor per invånare, days), their unit in the title.
    static func isPercent(_ k: KoladaComparison) -> Bool { k.title.contains("%") }

    /// The decimals Kolada printed the year's figures with (at most two).
    static func decimals(_ k: KoladaComparison) -> Int {
        let all = [k.own] + (k.national.map { [$0] } ?? []) + k.others.map(\.value)
        return min(2, all.map { max(0, -Int($0.exponent)) }.max() ?? 0)
    }

    /// A figure of the KPI as a cell: a percentage, or a plain number (shown as points are).
    static func figure(_ k: KoladaComparison) -> (Decimal) -> CellValue {
        let d = decimals(k)
        return isPercent(k) ? { .percent($0, decimals: d) } : { .points($0, decimals: d) }
    }

    /// `value` times 10^decimals, rounded half away from zero: a bar's integer value.
    static func scaled(_ value: Decimal, decimals: Int) -> Int64 {
        var d = value
        for _ in 0..<decimals { d *= 10 }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &d, 0, .plain)
        return Int64(truncating: NSDecimalNumber(decimal: rounded))
    }
}
