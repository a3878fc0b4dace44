import BalansCore
import Foundation

/// Readers for the CSV kinds of docs/formats.md. Each reads the whole file and returns its
/// rows, or throws an `InputFailure` listing every problem with its line — never a partial
/// result.
public enum CSVKinds {
    /// Collects issues while rows are read.
    struct Reader {
        let table: CSVTable
        var issues: [InputIssue] = []
        init(_ table: CSVTable) { self.table = table }

        mutating func fail(_ r: CSVTable.Record, _ message: String) {
            issues.append(InputIssue(file: table.file, line: r.line, message: message))
        }
        mutating func required(_ r: CSVTable.Record, _ column: String) -> String? {
            let v = table.value(r, column)
            if v.isEmpty {
                fail(r, "\(column) is empty")
                return nil
            }
            return v
        }
        mutating func money(_ r: CSVTable.Record, _ column: String, optional: Bool = false) -> Money?? {
            let v = table.value(r, column)
            if v.isEmpty {
                if optional { return .some(nil) }
                fail(r, "\(column) is empty")
                return nil
            }
            switch Money.parsing(v) {
            case .success(let m): return .some(m)
            case .failure(let e):
                fail(r, "\(column) \"\(v)\" \(e)")
                return nil
            }
        }
        mutating func year(_ r: CSVTable.Record, _ column: String, optional: Bool = false) -> Int?? {
            let v = table.value(r, column)
            if v.isEmpty {
                if optional { return .some(nil) }
                fail(r, "\(column) is empty")
                return nil
            }
            guard v.count == 4, let y = Int(v), y >= 1900 else {
                fail(r, "\(column) \"\(v)\" is not a year (YYYY)")
                return nil
            }
            return .some(y)
        }
        /// An optional value among an enum's raw values: `.some(nil)` when empty; nil, with
        /// the row failed, for anything else not in the list.
        mutating func choice<E: RawRepresentable & CaseIterable>(_ r: CSVTable.Record, _ column: String, _ type: E.Type)
            -> E?? where E.RawValue == String
        {
            let text = table.value(r, column).lowercased()
            if text.isEmpty { return .some(nil) }
            guard let value = E(rawValue: text) else {
                fail(r, "\(column) \"\(text)\" is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return .some(value)
        }
        mutating func period(_ r: CSVTable.Record, _ column: String) -> Period? {
            let v = table.value(r, column)
            guard let p = Period(v) else {
                fail(r, "\(column) \"\(v)\" is not a period (YYYY-MM)")
                return nil
            }
            return p
        }
        mutating func account(_ r: CSVTable.Record, _ column: String) -> Int?? {
            let v = table.value(r, column)
            if v.isEmpty { return .some(nil) }
            guard v.count >= 4, v.count <= 10, v.allSatisfy(\.isNumber), let a = Int(v) else {
                fail(r, "\(column) \"\(v)\" is not an account number")
                return nil
            }
            return .some(a)
        }
        func yesNo(_ r: CSVTable.Record, _ column: String) -> Bool? {
            switch table.value(r, column).lowercased() {
            case "", "nej", "no", "0": return false
            case "ja", "yes", "1": return true
            default: return nil
            }
        }
        func finish<T>(_ rows: [Located<T>]) throws(InputFailure) -> [Located<T>] {
            if !issues.isEmpty { throw InputFailure(issues) }
            return rows
        }
    }

    static func open(_ bytes: [UInt8], file: String, known: [String], required: [String]) throws(InputFailure) -> Reader
    {
        let table = try CSVTable.parse(bytes, file: file)
        let header = table.checkHeader(known: known, required: required)
        if !header.isEmpty { throw InputFailure(header) }
        return Reader(table)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A plain decimal: optional minus, digits, optional decimal point or comma and digits;
    /// spaces as thousands separators are allowed ("4 687 000 000,50").
    static func decimal(_ text: String) -> Decimal? {
        let plain = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: ",", with: ".")
        let body = plain.hasPrefix("-") ? plain.dropFirst() : Substring(plain)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    }
}
