import BalansCore
import Foundation

/// The package parts that list the sheets: content types, workbook and its relationships.
extension XLSXWriter {
    static func contentTypes(count: Int) -> String {
        var out =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels""#
            + #" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
        out +=
            #"<Override PartName="/xl/workbook.xml""#
            + #" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml""#
            + #" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + #"<Override PartName="/docProps/core.xml""#
            + #" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        for i in 1...count {
            out +=
                "<Override PartName=\"/xl/worksheets/sheet\(i).xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>"
    }

    /// The workbook: its sheets, and per sheet the rows printed on every page and the
    /// autofilter's range (defined names Excel itself writes for them).
    static func workbook(_ sheets: [(name: String, grid: Grid)]) -> String {
        var out =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
            + #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + #"<sheets>"#
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
                    "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\""
                        + " hidden=\"1\">\(quoted)!\(range)</definedName>"
                )
            }
            if sheet.grid.headerRows > 0 {
                names.append(
                    "<definedName name=\"_xlnm.Print_Titles\""
                        + " localSheetId=\"\(i)\">\(quoted)!$1:$\(sheet.grid.headerRows)</definedName>"
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
                "<Relationship Id=\"rId\(i)\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                + " Target=\"worksheets/sheet\(i).xml\"/>"
        }
        return out
            + "<Relationship Id=\"rId\(count + 1)\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
            + " Target=\"styles.xml\"/></Relationships>"
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
