import BalansCore
import Foundation

/// A workbook to fill in (issue 17, item 4): one protected sheet whose input cells alone can be changed — the
/// forecast template a committee controller downloads, fills in Excel or LibreOffice and uploads again.
public enum XLSXForm {
    /// A cell of the form.
    public enum Cell: Sendable {
        /// A text, locked.
        case text(String)
        /// An amount in kronor, exact to the öre, locked.
        case amount(Money)
        /// An account or other whole number, locked.
        case integer(Int)
        /// An amount in kronor to fill in (prefilled).
        case input(Money?)
        /// A text to fill in (prefilled).
        case inputText(String)
    }

    /// The number format of amounts: kronor with thousands separators, negatives with a minus.
    static let kronor = "#,##0.00;-#,##0.00"

    /// The workbook: the sheet `name` with a bold header row (frozen) over `rows`, `widths` per column.
    public static func workbook(title: String, sheet name: String, header: [String], rows: [[Cell]], widths: [Int])
        throws -> Data
    {
        var grid = XLSXWriter.Grid(
            title: title, rows: [header.map { .text($0, bold: true) }] + rows.map { $0.map(cell) }, headerRows: 1,
            widths: widths, bodyRows: rows.count)
        grid.protected = true
        return try XLSXWriter.package([(name, grid)], title: title)
    }

    static func cell(_ c: Cell) -> XLSXWriter.Cell {
        switch c {
        case .text(let s): return .text(s)
        case .amount(let m): return .number(m.description, format: kronor, bold: false)
        case .integer(let n): return .number(String(n), format: "0", bold: false)
        case .input(let m): return .input(m?.description, format: kronor)
        case .inputText(let s): return .inputText(s)
        }
    }
}
