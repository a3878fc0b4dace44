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
        /// A whole number to fill in (an account; nil: empty).
        case inputInteger(Int?)
        /// A non-negative weight to fill in, at most two decimals as written (nil: empty).
        case inputWeight(String?)
        /// An amount in kronor a formula computes from the row's input cells; `cached` is its value as written (nil:
        /// empty, a row not filled in).
        case formula(String, cached: Money?)
    }

    /// The number format of amounts: kronor with thousands separators, negatives with a minus.
    static let kronor = "#,##0.00;-#,##0.00"

    /// The workbook: the sheet `name` with a bold header row (frozen) over `rows`, `widths` per column; the
    /// autofilter over the first `filtered` rows (all when nil; the budget template's empty rows for new lines are
    /// left out of it).
    public static func workbook(
        title: String, sheet name: String, header: [String], rows: [[Cell]], widths: [Int], filtered: Int? = nil
    ) throws -> Data {
        var grid = XLSXWriter.Grid(
            title: title, rows: [header.map { .text($0, bold: true) }] + rows.map { $0.map(cell) }, headerRows: 1,
            widths: widths, bodyRows: filtered ?? rows.count)
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
        case .inputInteger(let n): return .input(n.map(String.init), format: "0")
        case .inputWeight(let w): return .input(w, format: "General")
        case .formula(let f, let cached): return .formula(f, cached: cached?.description, format: kronor)
        }
    }
}
