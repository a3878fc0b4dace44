import BalansCore
import Foundation
import ZIPFoundation

/// Renders a report value as an xlsx workbook (Office Open XML, zipped with ZIPFoundation):
/// a contents sheet linking to the others, then one sheet per table and chart, each named
/// after its caption in at most 31 characters cut between words. Byte-identical for the same
/// report (fixed ZIP dates, no timestamps).
///
/// Cells hold exact values, not the rounded figures the report prints: an amount is its öre
/// counted in the label's unit (−13 575,45678912 mnkr), a percentage its exact fraction, and
/// the number format shows them rounded as printed (each figure on its own, half away from
/// zero). A controller who sums a column, or computes a share from two cells, then gets the
/// figure the report computed from the same exact values, not one off by the rounding of the
/// parts; what the cell shows equals the CSV and the printed report. A year, and a text that
/// is a printed figure, is a number; a text that a spreadsheet would take for a formula is
/// stored as text with Excel's quote prefix. Each sheet prints on A4 landscape, fitted to the page width, with its caption and
/// header row repeated on every page, the report's title and page numbers in the footer, and
/// has an autofilter on its table and the header frozen.
public enum XLSXWriter {
    public static func render(_ report: Report) throws -> Data {
        var sheets: [(name: String, grid: Grid)] = []
        var used: Set<String> = ["innehåll"]
        var contents: [[Cell]] = [
            [.text(report.title, bold: true)], [.text(report.subtitle)], [.text("Period \(report.period)")], [],
            [.text("Flik", bold: true), .text("Tabell", bold: true), .text("Kapitel", bold: true)],
        ]
        var links: [(row: Int, sheet: String)] = []
        for chapter in report.chapters {
            for block in chapter.allBlocks {
                let grid: Grid
                switch block {
                case .table(let t): grid = Grid(table: t)
                case .chart(let c): grid = Grid(bars: c)
                case .lineChart(let c): grid = Grid(lines: c)
                default: continue
                }
                let name = sheetName(grid.title, used: &used)
                links.append((contents.count, name))
                contents.append([.text(name), .text(grid.title), .text(chapter.title)])
                sheets.append((name, grid))
            }
        }
        var contentsGrid = Grid(title: "Innehåll", rows: contents, headerRows: 0, widths: [32, 60, 40])
        contentsGrid.links = links
        sheets.insert(("Innehåll", contentsGrid), at: 0)

        var styles = Styles()
        var xml: [String] = []
        for sheet in sheets { xml.append(sheetXML(sheet.grid, styles: &styles, footer: report.title)) }
        var files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            (
                "_rels/.rels",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
            ),
            (
                "docProps/core.xml",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                    + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\#(esc(report.title))</dc:title><dc:creator>Balans</dc:creator></cp:coreProperties>"#
            ),
            ("xl/workbook.xml", workbook(sheets.map { ($0.name, $0.grid) })),
            ("xl/_rels/workbook.xml.rels", workbookRels(count: sheets.count)),
            ("xl/styles.xml", styles.xml()),
        ]
        for (i, sheet) in xml.enumerated() { files.append(("xl/worksheets/sheet\(i + 1).xml", sheet)) }
        return try Zip.archive(files.map { ($0.0, Data($0.1.utf8)) })
    }

    // MARK: Cells

    enum Cell {
        case text(String, bold: Bool = false, indent: Int = 0)
        /// An exact number, its number format, bold.
        case number(String, format: String, bold: Bool)
        case blank
    }

    /// A table as rows of cells, with its title, how many header rows to freeze and column widths.
    struct Grid {
        var title: String
        var rows: [[Cell]]
        /// Rows repeated at the top of each printed page and frozen on screen; the last of them
        /// is the column header row the autofilter sits on.
        var headerRows: Int
        var widths: [Int]
        /// Rows of the table proper (after the header rows): the autofilter's range, without
        /// the footnotes below it.
        var bodyRows: Int
        /// Cells of the first column that link to a sheet (contents): row index, sheet name.
        var links: [(row: Int, sheet: String)] = []

        init(title: String, rows: [[Cell]], headerRows: Int, widths: [Int], bodyRows: Int = 0) {
            self.title = title
            self.rows = rows
            self.headerRows = headerRows
            self.widths = widths
            self.bodyRows = bodyRows
        }

        init(table t: Table) {
            var rows: [[Cell]] = [
                [.text(t.showsUnit ? "\(t.caption) (\(t.unit.label))" : t.caption, bold: true)],
                t.columns.map(XLSXWriter.header),
            ]
            for r in t.rows {
                rows.append(
                    [.text(r.label, bold: r.isTotal, indent: r.level)]
                        + r.cells.map { XLSXWriter.cell($0, unit: t.unit, bold: r.isTotal) })
            }
            if !t.footnotes.isEmpty { rows.append([]) }
            rows += t.footnotes.map { [.text($0)] }
            self.init(
                title: t.caption, rows: rows, headerRows: 2,
                widths: [max(30, min(70, t.rows.map(\.label.count).max() ?? 30))]
                    + t.columns.dropFirst().map { max(12, min(40, $0.count + 3)) },
                bodyRows: t.rows.count)
        }

        init(bars c: BarChart) {
            let rows: [[Cell]] =
                [
                    [.text("\(c.title) (\(c.unit.label))", bold: true)],
                    [.text("", bold: true), .text(c.unit.label, bold: true)],
                ]
                + c.bars.map { [.text($0.label), XLSXWriter.cell(.amount($0.value), unit: c.unit, bold: false)] }
            self.init(title: c.title, rows: rows, headerRows: 2, widths: [50, 16], bodyRows: c.bars.count)
        }

        init(lines c: LineChart) {
            let rows: [[Cell]] =
                [[.text(c.title, bold: true)], [.text("", bold: true)] + c.categories.map(XLSXWriter.header)]
                + c.series.map { s in [.text(s.name)] + s.values.map { XLSXWriter.cell($0, unit: c.unit, bold: false) }
                }
            self.init(
                title: c.title, rows: rows, headerRows: 2,
                widths: [36] + Array(repeating: 12, count: c.categories.count), bodyRows: c.series.count)
        }
    }

    /// Amounts in the label's unit, exact; percentages as fractions (12,5 % is 0.125); a year
    /// as a number.
    static func cell(_ v: CellValue, unit: AmountUnit, bold: Bool) -> Cell {
        switch v {
        case .amount(let ore):
            // In the unit of the label (mnkr), not of the last digit shown: 21,2 mnkr is 21.2.
            let value = Decimal(ore) / Decimal(unit.orePerLabelUnit)
            return .number("\(value)", format: unit == .mnkr1 ? "#,##0.0" : "#,##0", bold: bold)
        case .percent(let d, let decimals):
            return .number(
                "\(d / 100)", format: decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%",
                bold: bold)
        case .text(let s):
            if isYear(s) { return .number(s, format: "0", bold: bold) }
            if let n = number(s) { return .number(n.value, format: n.format, bold: bold) }
            return .text(s, bold: bold)
        case .empty: return .blank
        }
    }

    /// A column header: bold, a number where it is a year (line charts over years).
    static func header(_ s: String) -> Cell { isYear(s) ? .number(s, format: "0", bold: true) : .text(s, bold: true) }

    /// "2024": a year a spreadsheet should sort and filter as a number, not text.
    static func isYear(_ s: String) -> Bool { s.wholeMatch(of: /(1[89]|2\d)\d\d/) != nil }

    /// A text that is a figure as the report prints it ("984", "1 234", "−3,5": an indicator's
    /// count or days in a column of mixed units) as the number it shows, with a format of as
    /// many decimals; nil for any other text. A leading zero ("0101") marks a code, not a number.
    static func number(_ s: String) -> (value: String, format: String)? {
        guard let m = s.wholeMatch(of: /([−-])?(0|[1-9]\d{0,2}(?:[\u{00A0} ]\d{3})*|[1-9]\d*)(?:,(\d+))?/) else {
            return nil
        }
        let decimals = m.output.3.map { String($0) } ?? ""
        let whole = m.output.2.filter(\.isNumber)
        let value = (m.output.1 != nil ? "-" : "") + whole + (decimals.isEmpty ? "" : "." + decimals)
        return (value, "#,##0" + (decimals.isEmpty ? "" : "." + String(repeating: "0", count: decimals.count)))
    }

    // MARK: Parts

    struct Style: Equatable {
        var bold = false
        var format: String?
        var indent = 0
        /// Excel's mark of a text typed with a leading apostrophe: shown as it is, kept text
        /// when the cell is edited, never a formula.
        var quotePrefix = false
    }

    /// Cell formats (cellXfs) by style, numbered as they are first used.
    struct Styles {
        var formats: [String] = []
        var xfs: [Style] = [Style()]

        mutating func index(_ style: Style) -> Int {
            if let format = style.format, !formats.contains(format) { formats.append(format) }
            if let i = xfs.firstIndex(of: style) { return i }
            xfs.append(style)
            return xfs.count - 1
        }

        func xml() -> String {
            var out =
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            if !formats.isEmpty {
                out +=
                    "<numFmts count=\"\(formats.count)\">"
                    + formats.enumerated().map {
                        "<numFmt numFmtId=\"\(164 + $0.offset)\" formatCode=\"\(esc($0.element))\"/>"
                    }.joined() + "</numFmts>"
            }
            out +=
                #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
            out +=
                #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            out += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            out += "<cellXfs count=\"\(xfs.count)\">"
            for x in xfs {
                let fmt = x.format.flatMap { f in formats.firstIndex(of: f).map { 164 + $0 } } ?? 0
                out +=
                    "<xf numFmtId=\"\(fmt)\" fontId=\"\(x.bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\"\(fmt != 0 ? " applyNumberFormat=\"1\"" : "")\(x.bold ? " applyFont=\"1\"" : "")"
                out += x.quotePrefix ? " quotePrefix=\"1\"" : ""
                out += x.indent > 0 ? " applyAlignment=\"1\"><alignment indent=\"\(x.indent)\"/></xf>" : "/>"
            }
            out +=
                "</cellXfs>"
                + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
            return out
        }
    }

    /// The columns a grid uses.
    static func columnCount(_ g: Grid) -> Int { max(1, g.rows.map(\.count).max() ?? 1) }

    /// The autofilter's range (header row and table rows), nil without a header or rows.
    static func filterRange(_ g: Grid) -> String? {
        guard g.headerRows > 0, g.bodyRows > 0 else { return nil }
        return "$A$\(g.headerRows):$\(column(columnCount(g) - 1))$\(g.headerRows + g.bodyRows)"
    }

    static func sheetXML(_ g: Grid, styles: inout Styles, footer title: String) -> String {
        var out =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        // Fit to page: the page setup's fitToWidth applies only with it.
        out += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if g.headerRows > 0 {
            out +=
                "<pane ySplit=\"\(g.headerRows)\" topLeftCell=\"A\(g.headerRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        out += "</sheetView></sheetViews><cols>"
        for (i, w) in g.widths.enumerated() {
            out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>"
        }
        out += "</cols><sheetData>"
        for (r, row) in g.rows.enumerated() {
            out += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = "\(column(c))\(r + 1)"
                switch cell {
                case .text(let s, let bold, let indent):
                    let st = styles.index(Style(bold: bold, indent: indent, quotePrefix: CSVTables.neutralised(s) != s))
                    out +=
                        "<c r=\"\(ref)\" t=\"inlineStr\"\(st > 0 ? " s=\"\(st)\"" : "")><is><t xml:space=\"preserve\">\(esc(s))</t></is></c>"
                case .number(let v, let format, let bold):
                    out += "<c r=\"\(ref)\" s=\"\(styles.index(Style(bold: bold, format: format)))\"><v>\(v)</v></c>"
                case .blank: continue
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if let range = filterRange(g) {
            out += "<autoFilter ref=\"\(range.replacingOccurrences(of: "$", with: ""))\"/>"
        }
        if !g.links.isEmpty {
            out += "<hyperlinks>"
            for link in g.links {
                out +=
                    "<hyperlink ref=\"A\(link.row + 1)\" location=\"\(esc(quotedSheet(link.sheet)))!A1\" display=\"\(esc(link.sheet))\"/>"
            }
            out += "</hyperlinks>"
        }
        out += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        out += #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
        // Header and footer codes: "&" starts a code, "&&" is an ampersand.
        let footerTitle = String(title.replacingOccurrences(of: "&", with: "&&").prefix(180))
        out += "<headerFooter><oddFooter>\(esc("&L\(footerTitle)&CSida &P av &N&R&A"))</oddFooter></headerFooter>"
        return out + "</worksheet>"
    }

    /// A sheet name as a formula refers to it: in apostrophes, an apostrophe doubled.
    static func quotedSheet(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

    static func column(_ i: Int) -> String {
        var n = i + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Small words a sheet name should not end on when cut short.
    static let danglingWords: Set<String> = [
        "och", "eller", "per", "i", "av", "med", "för", "på", "till", "som", "mot", "om", "vid", "efter", "inom",
        "utan", "än",
    ]

    /// A sheet name Excel accepts and a reader can read: at most 31 characters (UTF-16 units,
    /// as Excel counts), none of []:*?/\ (a slash becomes a hyphen), no apostrophe at either
    /// end, unique without regard to case. A longer title is cut between words, never inside
    /// one, and without a trailing dash or small word ("Investeringar per nämnd-styrelse" →
    /// "Investeringar per nämnd"); a name already used gets " (2)", " (3)", … within the 31.
    static func sheetName(_ title: String, used: inout Set<String>) -> String {
        var clean = String(title.map { "[]:*?\\".contains($0) ? " " : $0 == "/" ? "-" : $0.isNewline ? " " : $0 })
        clean = clean.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        clean = String(clean.trimmingCharacters(in: CharacterSet(charactersIn: "' ")))
        if clean.isEmpty { clean = "Tabell" }
        var name = shortened(clean, to: 31)
        var n = 2
        while used.contains(name.lowercased()) {
            let suffix = " (\(n))"
            name = shortened(clean, to: 31 - suffix.utf16.count) + suffix
            n += 1
        }
        used.insert(name.lowercased())
        return name
    }

    /// `text` in at most `limit` UTF-16 units, cut after a space or hyphen; a first word
    /// longer than the limit is the only thing cut inside.
    static func shortened(_ text: String, to limit: Int) -> String {
        if text.utf16.count <= limit { return text }
        var words: [String] = []
        var word = ""
        for ch in text {
            word.append(ch)
            if ch == " " || ch == "-" || ch == "–" {
                words.append(word)
                word = ""
            }
        }
        words.append(word)
        var kept: [String] = []
        for w in words {
            guard (kept.joined() + w).trimmingCharacters(in: .whitespaces).utf16.count <= limit else { break }
            kept.append(w)
        }
        func trimmed(_ parts: [String]) -> String {
            parts.joined().trimmingCharacters(in: CharacterSet(charactersIn: " -–,;.(&'"))
        }
        while kept.count > 1, danglingWords.contains(trimmed([kept[kept.count - 1]]).lowercased()) { kept.removeLast() }
        let out = trimmed(kept)
        if !out.isEmpty { return out }
        var cut = ""
        for ch in text where (cut + String(ch)).utf16.count <= limit { cut.append(ch) }
        return cut.trimmingCharacters(in: .whitespaces)
    }

    static func contentTypes(count: Int) -> String {
        var out =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
        out +=
            #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        for i in 1...count {
            out +=
                "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>"
    }

    /// The workbook: its sheets, and per sheet the rows printed on every page and the
    /// autofilter's range (defined names Excel itself writes for them).
    static func workbook(_ sheets: [(name: String, grid: Grid)]) -> String {
        var out =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        out +=
            sheets.enumerated().map {
                "<sheet name=\"\(esc($0.element.name))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>"
            }.joined()
            + "</sheets>"
        var names: [String] = []
        for (i, sheet) in sheets.enumerated() {
            let quoted = esc(quotedSheet(sheet.name))
            if let range = filterRange(sheet.grid) {
                names.append(
                    "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(quoted)!\(range)</definedName>"
                )
            }
            if sheet.grid.headerRows > 0 {
                names.append(
                    "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">\(quoted)!$1:$\(sheet.grid.headerRows)</definedName>"
                )
            }
        }
        if !names.isEmpty { out += "<definedNames>" + names.joined() + "</definedNames>" }
        return out + "</workbook>"
    }

    static func workbookRels(count: Int) -> String {
        var out =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 1...count {
            out +=
                "<Relationship Id=\"rId\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        return out
            + "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    static func esc(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 has no place for other control characters.
            case "\t", "\n", "\r": out.unicodeScalars.append(ch)
            default: if ch.value >= 0x20 { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }
}

/// A deterministic in-memory zip: fixed modification dates, deflated entries in the given order.
enum Zip {
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the ZIP epoch

    static func archive(_ files: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in files {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                compressionMethod: .deflate
            ) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
