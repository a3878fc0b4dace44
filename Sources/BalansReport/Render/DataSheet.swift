import BalansCore
import Foundation

/// A list of records for a spreadsheet, not a report table: a header row and one row per
/// record, every cell typed (a ledger drill-down's rows, one per transaction). The xlsx and CSV
/// writers of the reports write it, with their conventions: exact numbers, a decimal comma in
/// CSV, formula-like texts neutralised.
public struct DataSheet: Sendable {
    /// One cell of a record.
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A whole number: an account number, a voucher number.
        case integer(Int64)
        /// Kronor with öre, exact.
        case amount(Money)
        /// A calendar date, `YYYY-MM-DD`; a text that is no date is written as text.
        case date(String)
    }

    /// The sheet's title, above its header row (the file's title and footer too).
    public var title: String
    /// The sheet's name (at most 31 characters are kept).
    public var name: String
    /// The header row.
    public var columns: [String]
    /// One row of cells per record, in the header's order.
    public var rows: [[Cell]]

    /// A sheet of `rows` under `columns`.
    public init(title: String, name: String, columns: [String], rows: [[Cell]]) {
        self.title = title
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// The serial number a spreadsheet counts a date in (days since 1899-12-30, so 1 March 1900
    /// and later are right in Excel and LibreOffice alike), nil for a text that is no date.
    static func serial(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            y > 1900 || (y == 1900 && m >= 3), (1...12).contains(m), (1...Period.lastDay(year: y, month: m)).contains(d)
        else { return nil }
        // Days since 1970-01-01 (the civil calendar counted from March, as Hinnant's days_from_civil).
        let year = m <= 2 ? y - 1 : y
        let yearOfEra = year % 400
        let dayOfYear = (153 * ((m + 9) % 12) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (year / 400) * 146_097 + dayOfEra - 719_468 + 25_569
    }
}

extension XLSXWriter {
    /// The workbook of one data sheet: its title, the header row frozen with an autofilter on
    /// it, amounts as exact kronor shown with öre, dates as dates, byte-identical for the same rows.
    public static func render(_ sheet: DataSheet) throws -> Data {
        var rows: [[Cell]] = [[.text(sheet.title, bold: true)], sheet.columns.map { .text($0, bold: true) }]
        for record in sheet.rows {
            rows.append(
                record.map { cell in
                    switch cell {
                    case .text(let s): return .text(s)
                    case .integer(let n): return .number(String(n), format: "0", bold: false)
                    case .amount(let m): return .number("\(m.kronorDecimal)", format: "#,##0.00", bold: false)
                    case .date(let s):
                        guard let serial = DataSheet.serial(s) else { return .text(s) }
                        return .number(String(serial), format: "yyyy-mm-dd", bold: false)
                    }
                })
        }
        // A column as wide as its header or longest text, within reason; numbers and dates fit in 14.
        let widths = sheet.columns.indices.map { j in
            let texts = sheet.rows.compactMap { r -> Int? in
                guard j < r.count, case .text(let s) = r[j] else { return nil }
                return s.count + 2
            }
            return max(12, min(60, max(sheet.columns[j].count + 3, texts.max() ?? 0)))
        }
        var used: Set<String> = []
        let grid = Grid(title: sheet.title, rows: rows, headerRows: 2, widths: widths, bodyRows: sheet.rows.count)
        return try package([(sheetName(sheet.name, used: &used), grid)], title: sheet.title)
    }
}

extension CSVTables {
    /// One data sheet as CSV, as the reports' tables are written (`;`, decimal comma, UTF-8
    /// with a byte-order mark) but unrounded: amounts in kronor with öre ("-893552,00"), dates
    /// as `YYYY-MM-DD`. The title is not written: the first line is the header.
    public static func file(_ sheet: DataSheet) -> String {
        let lines =
            [sheet.columns.map(neutralised)]
            + sheet.rows.map { record in
                record.map { cell in
                    switch cell {
                    case .text(let s), .date(let s): return neutralised(s)
                    case .integer(let n): return String(n)
                    case .amount(let m):
                        return SwedishNumberFormat.kronor(m.ore, thousandsSeparator: "", minus: "-")
                    }
                }
            }
        return "\u{FEFF}" + lines.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }
}

extension SwedishNumberFormat {
    /// Kronor with öre, exact: "−893 552,00". Ledger rows and vouchers are shown to the öre, so
    /// a voucher's rows add up to its sums as printed.
    public static func kronor(_ ore: Int64, thousandsSeparator: String = "\u{00A0}", minus: String = "\u{2212}")
        -> String
    {
        if ore == Money.overflow.ore { return overflowMarker }
        return digits(ore, decimals: 2, thousandsSeparator: thousandsSeparator, minus: minus)
    }
}
