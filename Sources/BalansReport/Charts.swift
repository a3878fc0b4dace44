import Foundation

/// A horizontal bar chart (e.g. forecast deviation per committee), rendered as inline SVG
/// with the same figures as a text alternative.
public struct BarChart: Sendable, Equatable, Codable {
    /// Stable identifier: the CSV file's name and the SVG's element ids.
    public var id: String
    /// The chart's title, printed with the unit as its caption.
    public var title: String
    /// The unit the bars' amounts are shown in.
    public var unit: AmountUnit
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// nil: the bars are amounts in öre, shown in `unit`. Set: they are figures of another unit
    /// (a Kolada KPI's percentages or kronor per invånare), each the figure times 10^decimals.
    public var figures: Figures?
    /// Where the figures come from, printed under the chart ("Källa: …"); nil in reports
    /// frozen before charts named their source.
    public var source: String?
    /// A bar chart of `bars`, shown in `unit` (or as `figures`), with its source.
    public init(
        id: String, title: String, unit: AmountUnit, bars: [Bar], figures: Figures? = nil, source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.bars = bars
        self.figures = figures
        self.source = source
    }

    /// How a chart's figures that are not amounts are shown.
    public struct Figures: Sendable, Equatable, Codable {
        /// Decimals shown; a bar's value is the figure times 10^decimals.
        public var decimals: Int
        /// Percentages ("5,8 %"), else plain numbers.
        public var percent: Bool
        /// Figures with `decimals` decimals, percentages or not.
        public init(decimals: Int, percent: Bool) {
            self.decimals = decimals
            self.percent = percent
        }
    }

    /// A bar's value as a cell: an amount, or the figure as a percentage or a plain number.
    public func cell(_ bar: Bar) -> CellValue {
        guard let figures else { return .amount(bar.value) }
        var d = Decimal(bar.value)
        for _ in 0..<figures.decimals { d /= 10 }
        return figures.percent ? .percent(d, decimals: figures.decimals) : .points(d, decimals: figures.decimals)
    }

    /// The unit named after the title and over the values: the amounts' unit; none for figures
    /// (a percentage carries its sign, a KPI's title names its unit).
    public var unitLabel: String { figures == nil ? unit.label : "" }
    /// The title with the unit, as the caption prints it: "Prognosavvikelse (mnkr)".
    public var caption: String { unitLabel.isEmpty ? title : "\(title) (\(unitLabel))" }
    /// One bar: a label and its amount.
    public struct Bar: Sendable, Equatable, Codable {
        /// The text beside the bar, e.g. a committee's name.
        public var label: String
        /// Exact amount in öre.
        public var value: Int64
        /// A bar of `value` öre.
        public init(label: String, value: Int64) {
            self.label = label
            self.value = value
        }
    }
}

/// A line chart: one or more series over the same categories (months or years) — result and
/// forecast over the months, nettokostnadsandel and soliditet over years, an indicator against
/// its target and riket, a staff measure's R12 series. Rendered as inline SVG with the figures
/// as a text alternative, and as a table where a format has no pictures.
public struct LineChart: Sendable, Equatable, Codable {
    /// Stable identifier: the CSV file's name and the SVG's element ids.
    public var id: String
    /// The chart's title, printed as its caption.
    public var title: String
    /// The unit of `.amount` points (ignored for percentages).
    public var unit: AmountUnit
    /// Labels along the horizontal axis, e.g. "jan", "feb" or "2020", "2021".
    public var categories: [String]
    /// The lines drawn, each with one value per category.
    public var series: [Series]
    /// Where the figures come from, printed under the chart ("Källa: Väntetider i vården");
    /// nil in reports frozen before charts named their source.
    public var source: String?
    /// A line chart of `series` over `categories`, with its source.
    public init(
        id: String, title: String, unit: AmountUnit, categories: [String], series: [Series], source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.categories = categories
        self.series = series
        self.source = source
    }
    /// One line of the chart: its name and a value per category.
    public struct Series: Sendable, Equatable, Codable {
        /// The series' name in the legend and the text alternative, e.g. "Riket" or the target value.
        public var name: String
        /// One point per category: `.amount`, `.percent`, or `.empty` where there is no value
        /// (the line is broken there, never drawn through zero).
        public var values: [CellValue]
        /// Drawn as separate markers, not a line: a figure of its own at each point, such as the
        /// full-year forecast made each month beside the accumulated outcome. Nil: a line.
        public var isMarkers: Bool?
        /// A series named `name`, with one value per category, drawn as a line or as markers.
        public init(name: String, values: [CellValue], markers: Bool = false) {
            self.name = name
            self.values = values
            self.isMarkers = markers ? true : nil
        }
    }
}
