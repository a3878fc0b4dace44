import BalansCore
import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// The region's reports compare each yearly Kolada KPI stored for the region with riket and the
/// other regions (the example's `kolada.json`, example figures): a table and a bar chart per KPI.
@Suite struct KoladaComparisonTests {
    /// The example file's "totalt" figures, read here on their own: KPI → id → value.
    static func exampleTotals() throws -> [String: [String: Decimal]] {
        let url = ExampleFixture.directory.appendingPathComponent("kolada.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var out: [String: [String: Decimal]] = [:]
        for case let answer as [String: Any] in try #require(root["data"] as? [Any]) {
            for case let entry as [String: Any] in try #require(answer["values"] as? [Any]) {
                for case let v as [String: Any] in try #require(entry["values"] as? [Any])
                where v["gender"] as? String == "T" {
                    let number = try #require(v["value"] as? NSNumber)
                    out[entry["kpi"] as! String, default: [:]][entry["municipality"] as! String] = Decimal(
                        string: number.stringValue)
                }
            }
        }
        return out
    }

    @Test func ur1ComparesTheRegionWithRiketAndTheOtherRegions() async throws {
        let data = try await ExampleFixture.data()
        #expect(data.koladaMunicipality == "0013")
        let report = try ReportBuilder.build(.ur1, data: data, period: Period(year: 2024, month: 4)!, node: nil)
        let chapter = try #require(report.chapters.first { $0.id == "kolada" })
        #expect(chapter.title == "Jämförelse med riket och övriga regioner")
        guard case .table(let table) = chapter.blocks.first else {
            Issue.record("no table first")
            return
        }
        #expect(
            table.columns == [
                "Nyckeltal", "År", "Region Halland", "Riket", "Övriga regioner, lägst", "Övriga regioner, högst",
            ])
        let totals = try Self.exampleTotals()
        #expect(table.rows.count == totals.count)
        let sick = try #require(table.rows.first { $0.label.hasPrefix("Sjukfrånvaro") })
        let figures = try #require(totals["N60401"])
        let others = figures.filter { $0.key != "0013" && $0.key != "0000" }.map(\.value)
        #expect(others.count == 20)
        #expect(
            sick.cells == [
                .text("2023"), .percent(figures["0013"]!, decimals: 1), .percent(figures["0000"]!, decimals: 1),
                .percent(others.min()!, decimals: 1), .percent(others.max()!, decimals: 1),
            ])
        // Kronor per invånare: a plain number, no "%".
        let cost = try #require(table.rows.first { $0.label.hasPrefix("Nettokostnad") })
        #expect(cost.cells[1] == .points(try #require(totals["N60426"]?["0013"]), decimals: 0))
        #expect(table.footnotes.first == "Källa: Kolada")

        // A bar chart per KPI of every region and riket, highest first, "Källa: Kolada" under it.
        let charts = chapter.blocks.enumerated().compactMap { i, b -> (Int, BarChart)? in
            if case .chart(let c) = b { return (i, c) } else { return nil }
        }
        #expect(charts.count == totals.count)
        let (_, chart) = try #require(charts.first { $0.1.id == "kolada-N60401" })
        #expect(chart.bars.count == 22)
        #expect(chart.bars.map(\.value) == chart.bars.map(\.value).sorted(by: >))
        #expect(
            chart.cell(try #require(chart.bars.first { $0.label == "Region Halland" }))
                == .percent(figures["0013"]!, decimals: 1))
        #expect(chart.source == "Källa: Kolada")
    }

    @Test func noComparisonWithoutFiguresUpToTheYear() async throws {
        var data = try await ExampleFixture.data()
        let before = try ReportBuilder.build(
            .arsredovisning, data: data, period: Period(year: 2022, month: 12)!, node: nil)
        #expect(!before.chapters.contains { $0.id == "kolada" })
        data.koladaMunicipality = nil
        let unset = try ReportBuilder.build(
            .arsredovisning, data: data, period: Period(year: 2023, month: 12)!, node: nil)
        #expect(!unset.chapters.contains { $0.id == "kolada" })
    }

    @Test func theHTMLShowsTheChartWithItsSource() async throws {
        let data = try await ExampleFixture.data()
        let report = try ReportBuilder.build(
            .arsredovisning, data: data, period: Period(year: 2023, month: 12)!, node: nil)
        let html = HTMLRenderer.render(report)
        #expect(
            html.contains(
                "<figcaption>Sjukfrånvaro bland regionens anställda, andel (%), 2023"
                    + "<span class=\"source\">Källa: Kolada</span></figcaption>"))
        #expect(html.contains("Region Halland: 5,6\u{00A0}%"))
    }
}
