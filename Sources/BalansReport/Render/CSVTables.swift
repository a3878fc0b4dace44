import BalansCore
import Foundation

/// Renders a report value as CSV: one file per table and chart, `;`-separated with a decimal
/// comma (what a Swedish Excel opens as numbers), UTF-8 with a byte-order mark, figures
/// rounded in the table's unit as printed, no thousands separators. `zip` puts them in one
/// deterministic archive. A text that a spreadsheet would read as a formula is neutralised
/// (`neutralised`): the files carry imported and typed-in texts.
public enum CSVTables {
    /// One CSV file per table and chart, in reading order, named `NN-id.csv` (01, 02, …).
    public static func files(_ report: Report) -> [(name: String, text: String)] {
        var out: [(String, String)] = []
        for block in report.allBlocks {
            let (id, lines): (String, [[String]])
            switch block {
            case .table(let t):
                id = t.id
                lines =
                    [t.columns.map(neutralised)]
                    + t.rows.map { r in
                        [String(repeating: "  ", count: r.level) + neutralised(r.label)]
                            + r.cells.map { value($0, unit: t.unit) }
                    }
            case .chart(let c):
                id = c.id
                lines =
                    [["", c.unitLabel]]
                    + c.bars.map { [neutralised($0.label), value(c.cell($0), unit: c.unit)] }
            case .lineChart(let c):
                id = c.id
                lines =
                    [[""] + c.categories.map(neutralised)]
                    + c.series.map { s in [neutralised(s.name)] + s.values.map { value($0, unit: c.unit) } }
            default: continue
            }
            let name = String(format: "%02d-%@.csv", out.count + 1, id)
            out.append(
                (
                    name,
                    "\u{FEFF}" + lines.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
                ))
        }
        return out
    }

    /// The files of ``files(_:)`` in one ZIP archive: the same bytes for the same report.
    public static func zip(_ report: Report) throws -> Data {
        try Zip.archive(files(report).map { ($0.name, Data($0.text.utf8)) })
    }

    static func value(_ v: CellValue, unit: AmountUnit) -> String {
        switch v {
        case .amount(let ore): return SwedishNumberFormat.amount(ore, unit: unit, thousandsSeparator: "", minus: "-")
        case .percent(let d, let decimals), .points(let d, let decimals):
            return SwedishNumberFormat.number(d, decimals: decimals, thousandsSeparator: "", minus: "-")
        case .text(let s): return neutralised(s)
        case .empty: return ""
        }
    }

    /// A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return, which Excel and
    /// LibreOffice would take for a formula (`=HYPERLINK(…)` in a comment), with a `'` before it
    /// as OWASP recommends for CSV injection. A text that is a plain number ("-5", "+3,5") is
    /// left alone: it cannot run anything. Amounts and percentages are never text.
    static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        if s.wholeMatch(of: /[+-]?\d+(,\d+)?/) != nil { return s }
        return "'" + s
    }

    static func field(_ s: String) -> String {
        s.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
