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
/// stored as text with Excel's quote prefix. Each sheet prints on A4 landscape, fitted to the
/// page width, with its caption and header row repeated on every page, the report's title and
/// page numbers in the footer, and has an autofilter on its table and the header frozen.
public enum XLSXWriter {
    /// The workbook of `report`, byte-identical for the same report.
    public static func render(_ report: Report) throws -> Data {
        let words = ReportCatalogue.swedishCatalogue
        var sheets: [(name: String, grid: Grid)] = []
        var used: Set<String> = [words[.contents].lowercased()]
        var contents: [[Cell]] = [
            [.text(report.title, bold: true)], [.text(report.subtitle)],
            [.text(words(.periodOf, report.period.description))], [],
            [.text(words[.sheet], bold: true), .text(words[.table], bold: true), .text(words[.chapter], bold: true)],
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
        var contentsGrid = Grid(title: words[.contents], rows: contents, headerRows: 0, widths: [32, 60, 40])
        contentsGrid.links = links
        sheets.insert((words[.contents], contentsGrid), at: 0)
        return try package(sheets, title: report.title)
    }

    /// The workbook's files zipped: its sheets (the first is the one open), the title in its
    /// properties and every page's footer.
    static func package(_ sheets: [(name: String, grid: Grid)], title: String) throws -> Data {
        var styles = Styles()
        var xml: [String] = []
        for sheet in sheets { xml.append(sheetXML(sheet.grid, styles: &styles, footer: title)) }
        var files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            (
                "_rels/.rels",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                    + #"<Relationships"#
                    + #" xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                    + #"<Relationship Id="rId1""#
                    + #" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument""#
                    + #" Target="xl/workbook.xml"/><Relationship Id="rId2""#
                    + #" Type="http://schemas.openxmlformats.org/package/2006/relationships/"#
                    + #"metadata/core-properties""#
                    + #" Target="docProps/core.xml"/></Relationships>"#
            ),
            (
                "docProps/core.xml",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
                    + #"<cp:coreProperties"#
                    + #" xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#
                    + #" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\#(esc(title))"#
                    + #"</dc:title><dc:creator>Balans</dc:creator></cp:coreProperties>"#
            ),
            ("xl/workbook.xml", workbook(sheets.map { ($0.name, $0.grid) })),
            ("xl/_rels/workbook.xml.rels", workbookRels(count: sheets.count)),
            ("xl/styles.xml", styles.xml()),
        ]
        for (i, sheet) in xml.enumerated() { files.append(("xl/worksheets/sheet\(i + 1).xml", sheet)) }
        return try Zip.archive(files.map { ($0.0, Data($0.1.utf8)) })
    }
}
