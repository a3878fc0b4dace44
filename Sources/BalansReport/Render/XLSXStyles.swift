import BalansCore
import Foundation

/// The workbook's cell formats (styles.xml), numbered as they are first used.
extension XLSXWriter {

    struct Style: Equatable {
        var bold = false
        var format: String?
        var indent = 0
        /// Excel's mark of a text typed with a leading apostrophe: shown as it is, kept text
        /// when the cell is edited, never a formula.
        var quotePrefix = false
        /// A cell the user may change on a protected sheet (a form's input column).
        var unlocked = false
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
                #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz"#
                + #" val="11"/><name val="Calibri"/></font></fonts>"#
            out +=
                #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill>"#
                + #"<patternFill patternType="gray125"/></fill></fills>"#
            out += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            out += "<cellXfs count=\"\(xfs.count)\">"
            for x in xfs {
                let fmt = x.format.flatMap { f in formats.firstIndex(of: f).map { 164 + $0 } } ?? 0
                out +=
                    "<xf numFmtId=\"\(fmt)\" fontId=\"\(x.bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\""
                    + " xfId=\"0\"\(fmt != 0 ? " applyNumberFormat=\"1\"" : "")\(x.bold ? " applyFont=\"1\"" : "")"
                out += x.quotePrefix ? " quotePrefix=\"1\"" : ""
                out += x.unlocked ? " applyProtection=\"1\"" : ""
                let alignment = x.indent > 0 ? "<alignment indent=\"\(x.indent)\"/>" : ""
                let protection = x.unlocked ? "<protection locked=\"0\"/>" : ""
                out += x.indent > 0 ? " applyAlignment=\"1\"" : ""
                out += alignment.isEmpty && protection.isEmpty ? "/>" : ">\(alignment)\(protection)</xf>"
            }
            out +=
                "</cellXfs>"
                + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
            return out
        }
    }
}
