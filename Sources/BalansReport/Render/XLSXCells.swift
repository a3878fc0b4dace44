import BalansCore
import Foundation

/// The cells of a sheet: a report value's cells as exact numbers with their formats, or text.
extension XLSXWriter {

    enum Cell {
        case text(String, bold: Bool = false, indent: Int = 0)
        /// An exact number, its number format, bold.
        case number(String, format: String, bold: Bool)
        case blank
        /// A cell the user fills in on a protected sheet: a number (nil: empty) in its format, or text.
        case input(String?, format: String)
        case inputText(String)
        /// A formula a spreadsheet recomputes as the input cells change (a form's check column), with the value it
        /// has as written (nil: an empty text); locked. Balans writes only formulas of its own.
        case formula(String, cached: String?, format: String)
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
        /// Protected: only `input` cells can be changed (a form to fill in, issue 17).
        var protected = false

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
                    + t.columns.dropFirst().enumerated().map { j, header in
                        // A column of text (a decision's reference, a line's name) is as wide as its longest text.
                        let texts = t.rows.compactMap { r -> Int? in
                            guard j < r.cells.count, case .text(let s) = r.cells[j] else { return nil }
                            return s.count + 2
                        }
                        return max(12, min(40, max(header.count + 3, texts.max() ?? 0)))
                    },
                bodyRows: t.rows.count)
        }

        init(bars c: BarChart) {
            let rows: [[Cell]] =
                [
                    [.text(c.caption, bold: true)],
                    [.text("", bold: true), .text(c.unitLabel, bold: true)],
                ]
                + c.bars.map { [.text($0.label), XLSXWriter.cell(c.cell($0), unit: c.unit, bold: false)] }
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
        case .points(let d, let decimals):
            return .number(
                "\(d)", format: decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals), bold: bold)
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
}
