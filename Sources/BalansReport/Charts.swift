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
    /// Where the figures come from, printed under the chart ("Källa: …"); nil in reports
    /// frozen before charts named their source.
    public var source: String?
    /// A bar chart of `bars`, shown in `unit`, with its source.
    public init(id: String, title: String, unit: AmountUnit, bars: [Bar], source: String? = nil) {
        self.id = id
        self.title = title
        self.unit = unit
        self.bars = bars
        self.source = source
    }
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
