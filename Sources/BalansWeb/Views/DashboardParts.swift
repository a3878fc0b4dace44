import BalansCore
import BalansReport
import Foundation

/// The parts of the overview (`DashboardView`): figures marked when negative, traffic lights with their words,
/// the financial goals and each committee's development month by month. Every figure and every light comes from
/// BalansCore (`OperatingStatement`, `KeyRatioReport`, `TrafficLight`, `MonthlyOutcome`); here they are only
/// formatted.
extension DashboardView {
    /// A figure as shown, marked `neg` (red, beside its minus sign) when it prints negative and is a result, a
    /// deviation or a change — where below zero is worse. Outcome and budget of a committee's net costs are
    /// negative by the report sign, every one of them: marking those would mark nothing.
    struct Figure: MustacheView {
        var text: String
        var neg: Bool
        init(_ text: String, marked: Bool = true) {
            self.text = text
            neg = marked && text.hasPrefix("\u{2212}")
        }
    }

    /// A traffic light: the colour's class and the words that say the same (never the colour alone).
    struct Light: MustacheView {
        var css: String
        var label: String

        /// A committee's forecast deviation against its budget.
        init(deviation light: TrafficLight) {
            css = light.rawValue
            switch light {
            case .green: label = "Grön: i balans"
            case .yellow: label = "Gul: underskott"
            case .red: label = "Röd: stort underskott"
            }
        }

        /// A financial goal in the forecast.
        init(goal light: TrafficLight?) {
            css = light?.rawValue ?? "none"
            switch light {
            case .green: label = "Grön: nås"
            case .yellow: label = "Gul: nås hittills, inte i prognosen"
            case .red: label = "Röd: nås inte"
            case nil: label = "Kan inte beräknas"
            }
        }
    }

    /// A financial goal: its target, the outcome to date and the forecast, and the light.
    struct Goal: MustacheView {
        var name, target, outcome, forecast: String
        var light: Light

        init(_ g: FinancialGoal, _ r: KeyRatioReport) {
            let decimals = g.kind == .selfFinancingRatio ? 0 : 1
            func pct(_ d: Decimal?) -> String { d.map { SwedishNumberFormat.percent($0, decimals: decimals) } ?? "–" }
            switch g.kind {
            case .resultToTaxRevenue: name = "Resultat i förhållande till skatteintäkter, statsbidrag och utjämning"
            case .selfFinancingRatio: name = "Självfinansieringsgrad av investeringarna"
            case .equityRatioInclPensions: name = "Soliditet inklusive pensionsförpliktelser"
            }
            let number = SwedishNumberFormat.number(g.target, decimals: g.target == g.target.rounded0 ? 0 : 1)
            target = g.strict ? (g.target == 0 ? "positiv" : "över \(number)\u{A0}%") : "minst \(number)\u{A0}%"
            outcome = pct(g.value(r.outcome))
            forecast = pct(g.value(r.forecast))
            light = Light(goal: TrafficLight.financialGoal(g, r))
        }
    }

    /// A committee's outcome per month and accumulated, with a line of the accumulated outcome.
    struct Development: MustacheView {
        var url, name: String
        var months: [Figure]
        var cumulative: [Figure]
        /// An inline SVG of the accumulated outcome (a picture of the row beside it, hidden from screen readers).
        var sparkline: String

        init(_ m: MonthlyOutcome, period p: Period) {
            url = Page.committee(m.code, period: p).url
            name = m.name
            months = m.months.map { Figure(HTML.mnkr($0), marked: false) }
            let sums = m.cumulative
            cumulative = sums.map { Figure(HTML.mnkr($0), marked: false) }
            sparkline = Self.sparkline(sums)
        }

        /// The points of `values` on a 96 × 24 box, the zero line dashed when it is inside.
        static func sparkline(_ values: [Money]) -> String {
            guard values.count > 1 else { return "" }
            let ore = values.map { Double($0.ore) }
            let low = min(ore.min() ?? 0, 0)
            let high = max(ore.max() ?? 0, 0)
            let span = high - low == 0 ? 1 : high - low
            func y(_ v: Double) -> String { String(format: "%.1f", 22 - (v - low) / span * 20) }
            let step = 94 / Double(values.count - 1)
            let points = ore.enumerated().map { String(format: "%.1f", 1 + Double($0) * step) + "," + y($1) }
            return "<svg class=\"spark\" width=\"96\" height=\"24\" viewBox=\"0 0 96 24\" aria-hidden=\"true\" "
                + "focusable=\"false\"><line x1=\"0\" x2=\"96\" y1=\"\(y(0))\" y2=\"\(y(0))\" stroke=\"#8a96a3\" "
                + "stroke-dasharray=\"2 2\"/><polyline fill=\"none\" stroke=\"#0b3d6b\" stroke-width=\"1.5\" "
                + "points=\"\(points.joined(separator: " "))\"/></svg>"
        }
    }

    /// The months' short names for the columns, January to `month`.
    static func monthNames(_ month: Int) -> [String] {
        Array(["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"].prefix(month))
    }
}

extension Decimal {
    /// The value rounded to a whole number (the target is shown without decimals when it has none).
    fileprivate var rounded0: Decimal { roundedHalfAwayFromZero(scale: 0) }
}
