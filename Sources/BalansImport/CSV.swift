import BalansCore
import Foundation

/// A CSV file read into records with their line numbers (docs/formats.md, "CSV conventions"):
/// UTF-8 with an optional BOM, `;` or `,` detected from the header, `"` quoting with `""`
/// escapes, empty lines and `#` comment lines skipped. A control character other than tab is
/// refused with its line and column (inside quotes line breaks are allowed too; CRLF becomes LF).
public struct CSVTable: Sendable {
    /// One record of the file: a line, or several when a quoted field holds line breaks.
    public struct Record: Sendable {
        /// 1-based line where the record starts.
        public var line: Int
        /// The fields in column order, unquoted and trimmed of spaces; a short record has fewer than the header.
        public var fields: [String]
    }
    /// The file's name as the user gave it, for the place of an `InputIssue`.
    public var file: String
    /// Lower-cased, trimmed header names.
    public var header: [String]
    /// The records after the header, empty lines and `#` lines left out.
    public var records: [Record]

    /// Parses `bytes`; throws an `InputFailure` for an unterminated quote or a file without header.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputFailure) -> CSVTable {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw InputFailure([InputIssue(file: file, line: nil, message: "not UTF-8 text (save the CSV as UTF-8)")])
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: Character =
            firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","

        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldWasQuoted = false
        /// Control characters found: where, in which record (index into `records`) and field.
        var controls: [(line: Int, record: Int, field: Int, scalar: Unicode.Scalar)] = []
        var recordControls: [(line: Int, field: Int, scalar: Unicode.Scalar)] = []
        var chars = Array(text)
        chars.append("\n")
        var i = 0
        func endRecord() {
            fields.append(field)
            let blank = fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty && !fieldWasQuoted
            let comment = fields.first.map { $0.hasPrefix("#") } ?? false
            if !blank && !comment {
                for found in recordControls { controls.append((found.line, records.count, found.field, found.scalar)) }
                records.append(Record(line: recordLine, fields: fields.map { $0.trimmingCharacters(in: .whitespaces) }))
            }
            recordControls = []
            fields = []
            field = ""
            fieldWasQuoted = false
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else if c == "\r\n" {
                    // A line break inside a quoted text is kept as LF, whatever the file's line ends.
                    line += 1
                    field.append("\n")
                } else {
                    if c == "\n" { line += 1 }
                    if c != "\n" && c != "\r", let scalar = Self.control(c) {
                        recordControls.append((line, fields.count, scalar))
                    }
                    field.append(c)
                }
            } else if c == "\"" && field.trimmingCharacters(in: .whitespaces).isEmpty {
                inQuotes = true
                fieldWasQuoted = true
                field = ""
            } else if c == delimiter {
                fields.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                if let scalar = Self.control(c) { recordControls.append((line, fields.count, scalar)) }
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw InputFailure([InputIssue(file: file, line: recordLine, message: "unterminated quote")])
        }
        guard let header = records.first else {
            throw InputFailure([InputIssue(file: file, line: nil, message: "empty file: expected a header line")])
        }
        chars = []
        if !controls.isEmpty {
            let names = header.fields.map { $0.lowercased() }
            throw InputFailure(
                controls.map { found in
                    let column =
                        found.record > 0 && found.field < names.count
                        ? "column \"\(names[found.field])\"" : "field \(found.field + 1)"
                    let code = String(found.scalar.value, radix: 16, uppercase: true)
                    let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
                    let message =
                        "control character U+\(padded) in \(column); remove it (tab, and line breaks inside quotes, "
                        + "are allowed)"
                    return InputIssue(file: file, line: found.line, message: message)
                })
        }
        return CSVTable(file: file, header: header.fields.map { $0.lowercased() }, records: Array(records.dropFirst()))
    }

    /// The control character `c` is, other than tab (C0, DEL, C1); nil for anything else.
    static func control(_ c: Character) -> Unicode.Scalar? {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return nil }
        let v = scalar.value
        return (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v) ? scalar : nil
    }

    /// Checks the header against the known columns (unknown ones are an error: a typo must not
    /// be silently ignored) and the required ones.
    public func checkHeader(known: [String], required: [String]) -> [InputIssue] {
        var issues: [InputIssue] = []
        for h in header where !known.contains(h) {
            issues.append(
                InputIssue(
                    file: file, line: 1, message: "unknown column \"\(h)\" (known: \(known.joined(separator: ", ")))"))
        }
        for r in required where !header.contains(r) {
            issues.append(InputIssue(file: file, line: 1, message: "missing column \"\(r)\""))
        }
        var seen = Set<String>()
        for h in header where !seen.insert(h).inserted {
            issues.append(InputIssue(file: file, line: 1, message: "column \"\(h)\" appears twice"))
        }
        return issues
    }

    /// The value of column `name` in `record` ("" when the column is absent or the row short).
    public func value(_ record: Record, _ name: String) -> String {
        guard let i = header.firstIndex(of: name), i < record.fields.count else { return "" }
        return record.fields[i]
    }
}
