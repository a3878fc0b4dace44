import BalansCore
import Foundation

/// One worksheet's XML: its cells, widths, frozen header, autofilter and print setup.
extension XLSXWriter {
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
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
            + #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        // Fit to page: the page setup's fitToWidth applies only with it.
        out += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if g.headerRows > 0 {
            out +=
                "<pane ySplit=\"\(g.headerRows)\" topLeftCell=\"A\(g.headerRows + 1)\""
                + " activePane=\"bottomLeft\" state=\"frozen\"/>"
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
                        "<c r=\"\(ref)\" t=\"inlineStr\"\(st > 0 ? " s=\"\(st)\"" : "")><is><t"
                        + " xml:space=\"preserve\">\(esc(s))</t></is></c>"
                case .number(let v, let format, let bold):
                    out += "<c r=\"\(ref)\" s=\"\(styles.index(Style(bold: bold, format: format)))\"><v>\(v)</v></c>"
                case .blank: continue
                case .input(let v, let format):
                    let st = styles.index(Style(format: format, unlocked: true))
                    out += v.map { "<c r=\"\(ref)\" s=\"\(st)\"><v>\($0)</v></c>" } ?? "<c r=\"\(ref)\" s=\"\(st)\"/>"
                case .inputText(let s):
                    let st = styles.index(Style(quotePrefix: CSVTables.neutralised(s) != s, unlocked: true))
                    out += "<c r=\"\(ref)\" t=\"inlineStr\" s=\"\(st)\">"
                    out += "<is><t xml:space=\"preserve\">\(esc(s))</t></is></c>"
                case .formula(let f, let cached, let format):
                    let st = styles.index(Style(bold: false, format: format))
                    out += "<c r=\"\(ref)\" s=\"\(st)\"\(cached == nil ? " t=\"str\"" : "")><f>\(esc(f))</f>"
                    out += "<v>\(cached ?? "")</v></c>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        // No password: the protection keeps a slip of the hand off the figures, not a determined user (the upload
        // reads only the input columns anyway).
        if g.protected { out += #"<sheetProtection sheet="1" objects="1" scenarios="1" autoFilter="0" sort="0"/>"# }
        if let range = filterRange(g) {
            out += "<autoFilter ref=\"\(range.replacingOccurrences(of: "$", with: ""))\"/>"
        }
        if !g.links.isEmpty {
            out += "<hyperlinks>"
            for link in g.links {
                out +=
                    "<hyperlink ref=\"A\(link.row + 1)\""
                    + " location=\"\(esc(quotedSheet(link.sheet)))!A1\""
                    + " display=\"\(esc(link.sheet))\"/>"
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
}
