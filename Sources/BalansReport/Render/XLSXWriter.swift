import BalansCore
import Foundation
import ZIPFoundation

/// Renders a report value as an xlsx workbook (Office Open XML, zipped with ZIPFoundation):
/// a contents sheet, then one sheet per table and chart. Amounts are numbers in the table's
/// unit, exact (öre / unit as a decimal), with a number format of the unit's decimals;
/// percentages are fractions with a percent format; header and total rows bold; the header
/// rows frozen. Byte-identical for the same report (fixed ZIP dates, no timestamps).
public enum XLSXWriter {
    public static func render(_ report: Report) throws -> Data {
        var sheets: [(name: String, xml: String)] = []
        var styles = Styles()
        var used = Set<String>()
        var contents: [[Cell]] = [[.text(report.title, bold: true)], [.text(report.subtitle)], [.text("Period \(report.period)")], [],
                                  [.text("Flik", bold: true), .text("Tabell", bold: true), .text("Kapitel", bold: true)]]
        for chapter in report.chapters {
            for block in chapter.allBlocks {
                let grid: Grid
                switch block {
                case .table(let t): grid = Grid(table: t)
                case .chart(let c): grid = Grid(bars: c)
                case .lineChart(let c): grid = Grid(lines: c)
                default: continue
                }
                let name = uniqueName(grid.title, used: &used)
                contents.append([.text(name), .text(grid.title), .text(chapter.title)])
                sheets.append((name, sheetXML(grid, styles: &styles)))
            }
        }
        let contentsGrid = Grid(title: "Innehåll", rows: contents, headerRows: 0, widths: [32, 60, 40])
        sheets.insert(("Innehåll", sheetXML(contentsGrid, styles: &styles)), at: 0)

        var files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#),
            ("docProps/core.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\#(esc(report.title))</dc:title><dc:creator>Balans</dc:creator></cp:coreProperties>"#),
            ("xl/workbook.xml", workbook(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRels(count: sheets.count)),
            ("xl/styles.xml", styles.xml()),
        ]
        for (i, sheet) in sheets.enumerated() { files.append(("xl/worksheets/sheet\(i + 1).xml", sheet.xml)) }
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
        var headerRows: Int
        var widths: [Int]

        init(title: String, rows: [[Cell]], headerRows: Int, widths: [Int]) {
            self.title = title
            self.rows = rows
            self.headerRows = headerRows
            self.widths = widths
        }

        init(table t: Table) {
            var rows: [[Cell]] = [[.text(t.showsUnit ? "\(t.caption) (\(t.unit.label))" : t.caption, bold: true)], t.columns.map { .text($0, bold: true) }]
            for r in t.rows {
                rows.append([.text(r.label, bold: r.isTotal, indent: r.level)] + r.cells.map { XLSXWriter.cell($0, unit: t.unit, bold: r.isTotal) })
            }
            if !t.footnotes.isEmpty { rows.append([]) }
            rows += t.footnotes.map { [.text($0)] }
            self.init(title: t.caption, rows: rows, headerRows: 2, widths: [max(30, min(70, t.rows.map(\.label.count).max() ?? 30))] + t.columns.dropFirst().map { max(12, min(40, $0.count + 3)) })
        }

        init(bars c: BarChart) {
            let rows: [[Cell]] = [[.text("\(c.title) (\(c.unit.label))", bold: true)], [.text("", bold: true), .text(c.unit.label, bold: true)]]
                + c.bars.map { [.text($0.label), XLSXWriter.cell(.amount($0.value), unit: c.unit, bold: false)] }
            self.init(title: c.title, rows: rows, headerRows: 2, widths: [50, 16])
        }

        init(lines c: LineChart) {
            let rows: [[Cell]] = [[.text(c.title, bold: true)], [.text("", bold: true)] + c.categories.map { .text($0, bold: true) }]
                + c.series.map { s in [.text(s.name)] + s.values.map { XLSXWriter.cell($0, unit: c.unit, bold: false) } }
            self.init(title: c.title, rows: rows, headerRows: 2, widths: [36] + Array(repeating: 12, count: c.categories.count))
        }
    }

    /// Amounts in the table's unit, exact; percentages as fractions (12,5 % is 0.125).
    static func cell(_ v: CellValue, unit: AmountUnit, bold: Bool) -> Cell {
        switch v {
        case .amount(let ore):
            let value = Decimal(ore) / Decimal(unit.orePerUnit)
            return .number("\(value)", format: unit == .mnkr1 ? "#,##0.0" : "#,##0", bold: bold)
        case .percent(let d, let decimals):
            return .number("\(d / 100)", format: decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%", bold: bold)
        case .text(let s): return .text(s, bold: bold)
        case .empty: return .blank
        }
    }

    // MARK: Parts

    /// Cell formats (cellXfs) by (bold, number format, indent), numbered as they are first used.
    struct Styles {
        var formats: [String] = []
        var xfs: [(bold: Bool, format: String?, indent: Int)] = [(false, nil, 0)]

        mutating func index(bold: Bool, format: String?, indent: Int) -> Int {
            if let format, !formats.contains(format) { formats.append(format) }
            if let i = xfs.firstIndex(where: { $0.bold == bold && $0.format == format && $0.indent == indent }) { return i }
            xfs.append((bold, format, indent))
            return xfs.count - 1
        }

        func xml() -> String {
            var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            if !formats.isEmpty {
                out += "<numFmts count=\"\(formats.count)\">" + formats.enumerated().map { "<numFmt numFmtId=\"\(164 + $0.offset)\" formatCode=\"\(esc($0.element))\"/>" }.joined() + "</numFmts>"
            }
            out += #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
            out += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            out += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            out += "<cellXfs count=\"\(xfs.count)\">"
            for x in xfs {
                let fmt = x.format.flatMap { f in formats.firstIndex(of: f).map { 164 + $0 } } ?? 0
                out += "<xf numFmtId=\"\(fmt)\" fontId=\"\(x.bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\"\(fmt != 0 ? " applyNumberFormat=\"1\"" : "")\(x.bold ? " applyFont=\"1\"" : "")"
                out += x.indent > 0 ? " applyAlignment=\"1\"><alignment indent=\"\(x.indent)\"/></xf>" : "/>"
            }
            out += "</cellXfs>" + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
            return out
        }
    }

    static func sheetXML(_ g: Grid, styles: inout Styles) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if g.headerRows > 0 { out += "<pane ySplit=\"\(g.headerRows)\" topLeftCell=\"A\(g.headerRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>" }
        out += "</sheetView></sheetViews><cols>"
        for (i, w) in g.widths.enumerated() { out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>" }
        out += "</cols><sheetData>"
        for (r, row) in g.rows.enumerated() {
            out += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = "\(column(c))\(r + 1)"
                switch cell {
                case .text(let s, let bold, let indent):
                    let st = styles.index(bold: bold, format: nil, indent: indent)
                    out += "<c r=\"\(ref)\" t=\"inlineStr\"\(st > 0 ? " s=\"\(st)\"" : "")><is><t xml:space=\"preserve\">\(esc(s))</t></is></c>"
                case .number(let v, let format, let bold):
                    out += "<c r=\"\(ref)\" s=\"\(styles.index(bold: bold, format: format, indent: 0))\"><v>\(v)</v></c>"
                case .blank: continue
                }
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>"
    }

    static func column(_ i: Int) -> String {
        var n = i + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Excel's sheet names: at most 31 characters, none of []:*?/\, unique.
    static func uniqueName(_ title: String, used: inout Set<String>) -> String {
        let clean = String(title.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
        var base = String((clean.isEmpty ? "Tabell" : clean).prefix(31))
        var name = base, n = 2
        while used.contains(name.lowercased()) {
            let suffix = " (\(n))"
            base = String(base.prefix(31 - suffix.count))
            name = base + suffix
            n += 1
        }
        used.insert(name.lowercased())
        return name
    }

    static func contentTypes(count: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        for i in 1...count { out += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }
        return out + "</Types>"
    }

    static func workbook(_ names: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
            + names.enumerated().map { "<sheet name=\"\(esc($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined() + "</sheets></workbook>"
    }

    static func workbookRels(count: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 1...count { out += "<Relationship Id=\"rId\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>" }
        return out + "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
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
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
