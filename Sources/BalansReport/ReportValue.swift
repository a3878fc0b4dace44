import BalansCore
import Foundation

/// A report is a value (after hledger's `BudgetReport`): a pure function of the store's
/// data builds it, and separate renderers turn it into HTML, Markdown or JSON. Renderers never
/// compute a figure; every number they print is already in the value, unrounded, with the unit
/// and rounding it is to be shown in.
public struct Report: Sendable, Equatable, Codable {
    /// Every block of every chapter with the sections opened, in reading order.
    public var allBlocks: [Block] { chapters.flatMap(\.allBlocks) }

    /// The report kind; stored as its key as on the command line: `ur1`, `namnd`, …
    public var kind: ReportKind
    /// Printed title, e.g. "Uppföljningsrapport 1 2024".
    public var title: String
    /// Printed subtitle, e.g. "Region Halland, januari–april 2024".
    public var subtitle: String
    /// The organisation's name.
    public var organisation: String
    /// The report period; stored as `YYYY-MM`.
    public var period: Period
    /// The chapters (kapitel) in printed order.
    public var chapters: [Chapter]

    /// A report from its parts, as ``ReportBuilder`` puts it together from the data.
    public init(
        kind: ReportKind, title: String, subtitle: String, organisation: String, period: Period, chapters: [Chapter]
    ) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.organisation = organisation
        self.period = period
        self.chapters = chapters
    }
}

/// A numbered chapter of a report (kapitel): its blocks, among them its sections.
public struct Chapter: Sendable, Equatable, Codable {
    /// Stable identifier, used as HTML anchor and JSON key, e.g. `resultatrakning`.
    public var id: String
    /// The chapter heading, as printed and in the table of contents.
    public var title: String
    /// The chapter's content in reading order: text, tables, charts and sections.
    public var blocks: [Block]
    /// A chapter of loose blocks; ``sectioned()`` gives it its sections.
    public init(id: String, title: String, blocks: [Block]) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }

    /// Every block of the chapter with the sections opened (each as its heading and its
    /// blocks), in reading order.
    public var allBlocks: [Block] {
        blocks.flatMap { b -> [Block] in
            if case .section(let s) = b { return [.heading(s.title)] + s.blocks }
            return [b]
        }
    }

    /// The chapter with each heading and the blocks after it, up to the next heading, made
    /// into a section: the tree chapter → section → blocks. Builders write headings; this
    /// gives them their structure.
    public func sectioned() -> Chapter {
        var out: [Block] = []
        var current: Section?
        for b in blocks {
            if case .heading(let title) = b {
                if let c = current { out.append(.section(c)) }
                current = Section(title: title, blocks: [])
            } else if current != nil {
                current?.blocks.append(b)
            } else {
                out.append(b)
            }
        }
        if let c = current { out.append(.section(c)) }
        return Chapter(id: id, title: title, blocks: out)
    }
}

/// A titled part of a chapter (avsnitt).
public struct Section: Sendable, Equatable, Codable {
    /// The section heading, printed below the chapter's (an `<h3>` in HTML).
    public var title: String
    /// Text, lists, tables and charts; never another section.
    public var blocks: [Block]
    /// A section with its heading and its blocks.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// One piece of a chapter.
public enum Block: Sendable, Equatable, Codable {
    /// A sub-heading inside a chapter: it opens a section.
    case heading(String)
    /// A heading inside a section, one level below ``heading`` (a goal under its focus area,
    /// seed 003 2.2.1.1 under 2.2.1); it opens no section of its own.
    case subheading(String)
    /// A paragraph of prose. `missing` marks a text that should have been written by a
    /// person but is not in the data: renderers show it visibly as missing.
    case paragraph(String, missing: Bool)
    /// A bulleted list.
    case list([String])
    case table(Table)
    case chart(BarChart)
    case lineChart(LineChart)
    case section(Section)
}

/// The unit amounts of a table are shown in.
public enum AmountUnit: String, Sendable, Equatable, Codable {
    /// Millions of kronor, whole (statements: "−13 575").
    case mnkr
    /// Millions of kronor with one decimal (detail tables: "1 909,8").
    case mnkr1
    /// Thousands of kronor, whole (förvaltning reports: "−1 199 035").
    case tkr
    /// Kronor, whole.
    case kr

    /// Öre per displayed unit (the last displayed digit).
    public var orePerUnit: Int64 {
        switch self {
        case .mnkr: return 100_000_000
        case .mnkr1: return 10_000_000
        case .tkr: return 100_000
        case .kr: return 100
        }
    }
    /// Öre per unit of the label: what a spreadsheet cell counts in. For `.mnkr1` this is a
    /// million kronor, ten times `orePerUnit` (whose last digit is a tenth of a million).
    public var orePerLabelUnit: Int64 { self == .mnkr1 ? AmountUnit.mnkr.orePerUnit : orePerUnit }
    /// Decimals shown.
    public var decimals: Int { self == .mnkr1 ? 1 : 0 }
    /// Label printed in the table header, e.g. "mnkr".
    public var label: String {
        switch self {
        case .mnkr, .mnkr1: return ReportCatalogue.swedishCatalogue[.unitMnkr]
        case .tkr: return ReportCatalogue.swedishCatalogue[.unitTkr]
        case .kr: return ReportCatalogue.swedishCatalogue[.unitKr]
        }
    }
}

/// A table with column headers, rows (some of them subtotals) and footnotes.
public struct Table: Sendable, Equatable, Codable {
    /// Stable identifier (file name for CSV, sheet name for xlsx, JSON key).
    public var id: String
    /// Caption shown above the table (and used as its accessible name).
    public var caption: String
    /// The unit the table's amounts are shown in (mnkr, tkr, …), printed after the caption.
    public var unit: AmountUnit
    /// Column headers; the first is the row-label column's header.
    public var columns: [String]
    /// The body rows, top to bottom, subtotals and totals among them.
    public var rows: [Row]
    /// Notes printed below the table, e.g. the sign convention or what a figure leaves out.
    public var footnotes: [String]
    /// False for a table without amounts (indicators): no "(mnkr)" after the caption.
    public var showsUnit: Bool

    /// A table; without footnotes and with the unit after the caption unless told otherwise.
    public init(
        id: String, caption: String, unit: AmountUnit, columns: [String], rows: [Row], footnotes: [String] = [],
        showsUnit: Bool = true
    ) {
        self.showsUnit = showsUnit
        self.id = id
        self.caption = caption
        self.unit = unit
        self.columns = columns
        self.rows = rows
        self.footnotes = footnotes
    }

    /// Whether the column of cells at `index` (0 = the first column after the labels) holds
    /// words rather than figures: only text or empty cells, and some text of several words or
    /// more than a dozen characters (so a column of "Ja"/"Nej" or years stays with the figures).
    /// Renderers align such a column to the left and let it wrap.
    public func isTextColumn(_ index: Int) -> Bool {
        var words = false
        for r in rows where index < r.cells.count {
            switch r.cells[index] {
            case .text(let s):
                if s.contains(where: \.isLetter) && (s.contains(where: \.isWhitespace) || s.count > 12) { words = true }
            case .empty: continue
            default: return false
            }
        }
        return words
    }

    /// One row: a label and one cell per column after the first.
    public struct Row: Sendable, Equatable, Codable {
        /// The row heading in the first column, e.g. an account group or a committee's name.
        public var label: String
        /// One value per column after the label column, in column order.
        public var cells: [CellValue]
        /// Indentation level of the label (0 = top).
        public var level: Int
        /// A subtotal or total row (rendered bold, `<th scope=row>` etc.).
        public var isTotal: Bool
        /// A row; at the top level and not a total unless told otherwise.
        public init(label: String, cells: [CellValue], level: Int = 0, isTotal: Bool = false) {
            self.label = label
            self.cells = cells
            self.level = level
            self.isTotal = isTotal
        }
        /// A row with no figures at all is a group heading ("Plusposter", "Utrustning/inventarier"):
        /// renderers leave its cells blank instead of showing the "no value" dash in every column.
        public var isGroupHeading: Bool {
            !isTotal && !cells.isEmpty && cells.allSatisfy { if case .empty = $0 { return true } else { return false } }
        }
    }
}

extension Report {
    /// The report as stable JSON for storing (sorted keys): decoding it gives an equal value.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// The report stored by ``encoded()``, e.g. a frozen report; throws when the data is not one.
    public static func decoded(_ data: Data) throws -> Report {
        try JSONDecoder().decode(Report.self, from: data)
    }
}

extension Report {
    /// Where the report shows an overflowed amount (`Money.overflow`: a sum beyond Int64 öre),
    /// as "chapter title › table or text", or nil when every figure is a number. Builders format
    /// amounts into running text too, so texts are searched for the marker the formatter writes.
    public func overflowPlace() -> String? {
        let overflow = Money.overflow.ore
        func bad(_ c: CellValue) -> Bool {
            if case .amount(let ore) = c { return ore == overflow } else { return false }
        }
        func badText(_ s: String) -> Bool { s.contains(SwedishNumberFormat.overflowMarker) }
        for chapter in chapters {
            for block in chapter.allBlocks {
                switch block {
                case .table(let t):
                    if t.rows.contains(where: { $0.cells.contains(where: bad) }) {
                        return "\(chapter.title) › \(t.caption)"
                    }
                case .paragraph(let text, _), .heading(let text), .subheading(let text):
                    if badText(text) { return chapter.title }
                case .list(let items):
                    if items.contains(where: badText) { return chapter.title }
                case .chart(let c):
                    if c.bars.contains(where: { $0.value == overflow }) { return "\(chapter.title) › \(c.title)" }
                case .lineChart(let c):
                    if c.series.contains(where: { $0.values.contains(where: bad) }) {
                        return "\(chapter.title) › \(c.title)"
                    }
                case .section: continue
                }
            }
        }
        return nil
    }
}
