import BalansCore
import Foundation

/// Renders a report value as CSV: one file per table and chart, `;`-separated with a decimal
/// comma (what a Swedish Excel opens as numbers), UTF-8 with a byte-order mark, figures
/// rounded in the table's unit as printed, no thousands separators. `zip` puts them in one
/// deterministic archive.
public enum CSVTables {
    public static func files(_ report: Report) -> [(name: String, text: String)] {
        var out: [(String, String)] = []
        for block in report.allBlocks {
            let (id, lines): (String, [[String]])
            switch block {
            case .table(let t):
                id = t.id
                lines = [t.columns] + t.rows.map { r in [String(repeating: "  ", count: r.level) + r.label] + r.cells.map { value($0, unit: t.unit) } }
            case .chart(let c):
                id = c.id
                lines = [["", c.unit.label]] + c.bars.map { [$0.label, value(.amount($0.value), unit: c.unit)] }
            case .lineChart(let c):
                id = c.id
                lines = [[""] + c.categories] + c.series.map { s in [s.name] + s.values.map { value($0, unit: c.unit) } }
            default: continue
            }
            let name = String(format: "%02d-%@.csv", out.count + 1, id)
            out.append((name, "\u{FEFF}" + lines.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"))
        }
        return out
    }

    public static func zip(_ report: Report) throws -> Data {
        try Zip.archive(files(report).map { ($0.name, Data($0.text.utf8)) })
    }

    static func value(_ v: CellValue, unit: AmountUnit) -> String {
        switch v {
        case .amount(let ore): return SwedishNumberFormat.amount(ore, unit: unit, thousandsSeparator: "", minus: "-")
        case .percent(let d, let decimals): return SwedishNumberFormat.number(d, decimals: decimals, thousandsSeparator: "", minus: "-")
        case .text(let s): return s
        case .empty: return ""
        }
    }

    static func field(_ s: String) -> String {
        s.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
