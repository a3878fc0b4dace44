import Foundation

/// The charts of the HTML rendering as inline SVG: round ticks with gridlines, value labels, the
/// forecast as markers of its own, the source in the caption, and every figure as text for
/// screen readers.
extension HTMLRenderer {
    /// A horizontal bar chart as inline SVG; the `<desc>` lists every value as text.
    static func chart(_ c: BarChart) -> String {
        let rowHeight = 26
        let labelWidth = 330
        let barArea = 420
        let valueWidth = 70
        let width = labelWidth + barArea + valueWidth * 2
        let height = c.bars.count * rowHeight + 20
        let maxAbs = max(1, c.bars.map { $0.value.magnitude }.max() ?? 1)
        let hasNegative = c.bars.contains { $0.value < 0 }
        let hasPositive = c.bars.contains { $0.value > 0 }
        // The zero axis sits where both signs fit.
        let zeroX = labelWidth + valueWidth + (hasNegative && hasPositive ? barArea / 2 : (hasNegative ? barArea : 0))
        let scale = Double(hasNegative && hasPositive ? barArea / 2 : barArea) / Double(maxAbs)
        let desc = c.bars.map { bar in
            let value =
                c.figures == nil
                ? SwedishNumberFormat.amount(bar.value, unit: c.unit, thousandsSeparator: " ", minus: "−")
                : cell(c.cell(bar), unit: c.unit)
            return "\(bar.label): \(value)" + (c.unitLabel.isEmpty ? "" : " \(c.unitLabel)")
        }
        .joined(separator: "; ")
        var out =
            "<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"c-\(esc(c.id))-t"
            + " c-\(esc(c.id))-d\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\""
            + " preserveAspectRatio=\"xMinYMin meet\">\n"
        out +=
            "<title id=\"c-\(esc(c.id))-t\">\(esc(c.caption))</title>\n<desc"
            + " id=\"c-\(esc(c.id))-d\">\(esc(desc))</desc>\n"
        for (i, bar) in c.bars.enumerated() {
            let y = 10 + i * rowHeight
            let length = Int((Double(bar.value.magnitude) * scale).rounded())
            let x = bar.value < 0 ? zeroX - length : zeroX
            let value = cell(c.cell(bar), unit: c.unit)
            out +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\""
                + " class=\"label\">\(esc(bar.label))</text>"
            out +=
                "<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(max(length, 1))\""
                + " height=\"\(rowHeight - 8)\" fill=\"\(bar.value < 0 ? "#a11d1d" : "#1d6b35")\"/>"
            let tx = bar.value < 0 ? x - 6 : x + max(length, 1) + 6
            out +=
                "<text x=\"\(tx)\" y=\"\(y + 17)\""
                + " text-anchor=\"\(bar.value < 0 ? "end" : "start")\""
                + " class=\"value\">\(esc(value))</text>\n"
        }
        out +=
            "<line x1=\"\(zeroX)\" y1=\"6\" x2=\"\(zeroX)\" y2=\"\(height - 6)\""
            + " stroke=\"#1a1a1a\" stroke-width=\"1\"/>\n</svg>"
        out += "<figcaption>\(esc(c.caption))\(sourceLine(c.source))</figcaption></figure>\n"
        return out
    }

    /// The chart's source as a line of its own in the caption ("Källa: Kolada").
    static func sourceLine(_ source: String?) -> String {
        source.map { "<span class=\"source\">\(esc($0))</span>" } ?? ""
    }

    /// Series colours: dark enough for 3:1 against white (WCAG 1.4.11), told apart by dash
    /// pattern too, so colour is never the only cue.
    static let seriesStyle: [(colour: String, dash: String)] = [
        ("#0b3d6b", ""), ("#a11d1d", "6 4"), ("#1d6b35", "2 3"), ("#6b3d0b", "8 3 2 3"),
    ]

    /// A line chart as inline SVG: a polyline per series, broken where a point has no value; the
    /// `<desc>` lists every value as text, and a legend names the series.
    static func lineChart(_ c: LineChart) -> String {
        // Drawing coordinates only: the figures printed are formatted from the exact values.
        func number(_ v: CellValue) -> Double? {
            switch v {
            case .amount(let ore): return Double(ore) / Double(c.unit.orePerLabelUnit)
            case .percent(let d, _): return NSDecimalNumber(decimal: d).doubleValue
            default: return nil
            }
        }
        func text(_ v: CellValue) -> String { cell(v, unit: c.unit).replacingOccurrences(of: "\u{00A0}", with: " ") }
        let unitLabel =
            c.series.flatMap(\.values).contains { if case .amount = $0 { return true } else { return false } }
            ? " (\(c.unit.label))" : ""
        let values = c.series.flatMap { $0.values.compactMap(number) }
        let scale = ChartScale(values: values)
        let (low, high) = (scale.low, scale.high)
        let left = 70
        let top = 24
        let plotW = 760
        let plotH = 240
        let legendH = 24 * ((c.series.count + 2) / 3)
        let width = left + plotW + 40
        let height = top + plotH + 40 + legendH
        // Points sit in the middle of their category, so the first and last labels have room.
        let step = Double(plotW) / Double(max(1, c.categories.count))
        func x(_ i: Int) -> Int { left + Int((Double(i) * step + step / 2).rounded()) }
        func y(_ v: Double) -> Int { top + Int((Double(plotH) * (high - v) / (high - low)).rounded()) }
        let desc = c.series.map { s in
            "\(s.name): " + zip(c.categories, s.values).map { "\($0) \(text($1))" }.joined(separator: ", ")
        }.joined(separator: "; ")
        var out =
            "<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"c-\(esc(c.id))-t"
            + " c-\(esc(c.id))-d\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\""
            + " preserveAspectRatio=\"xMinYMin meet\">\n"
        out +=
            "<title id=\"c-\(esc(c.id))-t\">\(esc(c.title))\(esc(unitLabel))</title>\n<desc"
            + " id=\"c-\(esc(c.id))-d\">\(esc(desc))</desc>\n"
        // Gridlines on round ticks, labelled; zero drawn darker.
        for v in scale.ticks {
            out +=
                "<line x1=\"\(left)\" y1=\"\(y(v))\" x2=\"\(left + plotW)\" y2=\"\(y(v))\""
                + " stroke=\"\(abs(v) < scale.step / 1000 ? "#1a1a1a" : "#c9d3dd")\" stroke-width=\"1\"/>"
            out +=
                "<text x=\"\(left - 6)\" y=\"\(y(v) + 4)\" text-anchor=\"end\""
                + " class=\"label\">\(esc(SwedishNumberFormat.number(Decimal(v), decimals: scale.decimals)))"
                + (unitLabel.isEmpty ? " %" : "")
                + "</text>\n"
        }
        for (i, label) in c.categories.enumerated() {
            out +=
                "<text x=\"\(x(i))\" y=\"\(top + plotH + 18)\" text-anchor=\"middle\""
                + " class=\"label\">\(esc(label))</text>"
        }
        out += "\n"
        // Value labels where they fit: every point of one or two series over a year or less, else
        // each series' last point.
        let labelAll = c.series.count <= 2 && c.categories.count <= 13
        for (k, s) in c.series.enumerated() {
            let style = seriesStyle[k % seriesStyle.count]
            let markers = s.isMarkers == true
            var runs: [[(Int, Int)]] = [[]]
            var labelled: [(Int, Int, String)] = []
            for (i, v) in s.values.enumerated() {
                if let n = number(v) {
                    runs[runs.count - 1].append((x(i), y(n)))
                    labelled.append((x(i), y(n), text(v)))
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            for run in runs where !run.isEmpty {
                if run.count > 1 && !markers {
                    out +=
                        "<polyline fill=\"none\" stroke=\"\(style.colour)\""
                        + " stroke-width=\"2.5\"\(style.dash.isEmpty ? "" : " stroke-dasharray=\"\(style.dash)\"")"
                        + " points=\"\(run.map { "\($0.0),\($0.1)" }.joined(separator: " "))\"/>"
                }
                for p in run { out += marker(p, colour: style.colour, diamond: markers) }
            }
            // The first series' labels above its points, the others' below, so two lines do not collide.
            // A marker's label stands to its right, clear of the lines through the same month.
            for (px, py, label) in labelAll ? labelled : Array(labelled.suffix(1)) {
                let (tx, ty, anchor) = markers ? (px + 11, py + 4, "start") : (px, k == 0 ? py - 8 : py + 16, "middle")
                out +=
                    "<text x=\"\(tx)\" y=\"\(ty)\" text-anchor=\"\(anchor)\""
                    + " class=\"value\" font-size=\"11\">\(esc(label))</text>"
            }
            let lx = left + (k % 3) * 260
            let ly = top + plotH + 40 + (k / 3) * 24
            out +=
                markers
                ? "\n" + marker((lx + 15, ly), colour: style.colour, diamond: true)
                : "\n<line x1=\"\(lx)\" y1=\"\(ly)\" x2=\"\(lx + 30)\" y2=\"\(ly)\""
                    + " stroke=\"\(style.colour)\""
                    + " stroke-width=\"2.5\"\(style.dash.isEmpty ? "" : " stroke-dasharray=\"\(style.dash)\"")/>"
            out += "<text x=\"\(lx + 38)\" y=\"\(ly + 4)\" class=\"label\">\(esc(s.name))</text>\n"
        }
        out +=
            "</svg><figcaption>\(esc(c.title))\(esc(unitLabel))\(sourceLine(c.source))</figcaption></figure>\n"
        return out
    }

    /// A point: a dot on a line, or a hollow diamond for a series of its own (the forecast).
    static func marker(_ p: (Int, Int), colour: String, diamond: Bool) -> String {
        guard diamond else { return "<circle cx=\"\(p.0)\" cy=\"\(p.1)\" r=\"3.5\" fill=\"\(colour)\"/>" }
        let (cx, cy) = p
        return
            "<polygon points=\"\(cx),\(cy - 7) \(cx + 7),\(cy) \(cx),\(cy + 7) \(cx - 7),\(cy)\" fill=\"#fff\""
            + " stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
    }
}
