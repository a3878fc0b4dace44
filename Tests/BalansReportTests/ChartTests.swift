import BalansCore
import Foundation
import Testing

@testable import BalansReport

/// Charts that read (issue 15, item 7): round ticks with gridlines, value labels, the forecast as
/// markers of its own, the source under the chart.
@Suite struct ChartTests {
    /// Steps of 1, 2, 2,5 or 5 times a power of ten; ends on ticks holding every value and zero.
    @Test func roundTicks() {
        let result = ChartScale(values: [-656, -434, 260, -377])
        #expect(result.step == 200 && result.low == -800 && result.high == 400)
        #expect(result.ticks == [-800, -600, -400, -200, 0, 200, 400] && result.decimals == 0)
        let share = ChartScale(values: [99.9, 103.2, 85.8])
        #expect(share.step == 25 && share.low == 0 && share.high == 125)
        let small = ChartScale(values: [0.4, 1.1])
        #expect(small.step == 0.25 && small.high == 1.25 && small.decimals == 2)
        let flat = ChartScale(values: [])
        #expect(flat.low == 0 && flat.high > 0)
    }

    @Test func lineChartDrawsTicksLabelsMarkersAndSource() {
        let chart = LineChart(
            id: "r", title: "Resultat", unit: .mnkr, categories: ["jan", "feb", "mars"],
            series: [
                .init(name: "Utfall", values: [.amount(-10_000_000_000), .amount(-25_000_000_000), .empty]),
                .init(name: "Prognos", values: [.empty, .amount(-37_700_000_000), .empty], markers: true),
            ], source: "Källa: Region Provs redovisning")
        let svg = HTMLRenderer.lineChart(chart)
        // Ticks every 100 mnkr from −400 to 0, each with its gridline and label.
        for tick in ["−400", "−300", "−200", "−100", "0"] {
            #expect(svg.contains(">\(tick)</text>"), "\(tick)")
        }
        // Every point's value is printed; the forecast is a hollow diamond, not a line.
        for value in ["−100", "−250", "−377"] {
            #expect(svg.contains("class=\"value\" font-size=\"11\">\(value)<"), "\(value)")
        }
        #expect(svg.contains("<polygon") && svg.components(separatedBy: "<polyline").count == 2)
        #expect(svg.contains("<span class=\"source\">Källa: Region Provs redovisning</span>"))
        let md = MarkdownRenderer.render(
            Report(
                kind: .manad, title: "T", subtitle: "S", organisation: "O", period: Period(year: 2024, month: 3)!,
                chapters: [Chapter(id: "k", title: "K", blocks: [.lineChart(chart)])]))
        #expect(md.contains("*Källa: Region Provs redovisning*"))
    }

    /// A frozen report stored before charts had a source or markers still opens.
    @Test func chartsStoredWithoutSourceDecode() throws {
        let json = #"{"id":"x","title":"T","unit":"mnkr","categories":["a"],"series":[{"name":"n","values":[]}]}"#
        let chart = try JSONDecoder().decode(LineChart.self, from: Data(json.utf8))
        #expect(chart.source == nil && chart.series[0].isMarkers == nil)
    }
}
