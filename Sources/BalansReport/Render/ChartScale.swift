import Foundation

/// A chart's value axis on round numbers: the step is 1, 2, 2,5 or 5 times a power of ten, the
/// ends are multiples of the step that hold every value and zero, and there are about five
/// steps — so gridlines fall on figures a reader can name ("0, 200, 400"), not on the extremes.
struct ChartScale: Equatable {
    /// The lowest tick (at or below the smallest value and zero).
    var low: Double
    /// The highest tick (at or above the largest value and zero).
    var high: Double
    /// The distance between ticks.
    var step: Double

    /// The scale for `values` (drawing coordinates only; the printed figures come from the exact values).
    init(values: [Double], steps target: Int = 5) {
        let lo = min(0, values.min() ?? 0)
        let hi = max(0, values.max() ?? 0)
        let span = hi - lo > 0 ? hi - lo : max(abs(hi), 1)
        let raw = span / Double(max(1, target))
        let power = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= raw * 0.999 } ?? 10 * power
        self.step = step
        self.low = floor(lo / step + 1e-9) * step
        self.high = max(ceil(hi / step - 1e-9) * step, self.low + step)
    }

    /// The ticks from `low` to `high`.
    var ticks: [Double] {
        let count = Int(((high - low) / step).rounded())
        return (0...count).map { low + Double($0) * step }
    }

    /// Decimals a tick label needs (2,5 has one; 200 none).
    var decimals: Int {
        var d = 0
        while d < 3, abs((step * pow(10, Double(d))).rounded() - step * pow(10, Double(d))) > 1e-9 { d += 1 }
        return d
    }
}
