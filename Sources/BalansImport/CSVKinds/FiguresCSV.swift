import BalansCore
import Foundation

extension CSVKinds {
    /// `figures`: amounts that are not in the ledger.
    public static func figures(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<FigureRow>] {
        var rd = try open(bytes, file: file, known: ["date", "key", "amount", "comment"], required: ["date", "key"])
        var rows: [Located<FigureRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            let keyText = rd.table.value(r, "key").lowercased()
            guard let key = FigureRow.Key(rawValue: keyText) else {
                rd.fail(
                    r,
                    "key \"\(keyText)\" is not one of \(FigureRow.Key.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            let date = rd.table.value(r, "date")
            var year: Int
            var month: Int?
            if key.isMonthly {
                guard let p = Period(date) else {
                    rd.fail(r, "\(key.rawValue) needs a month-end date YYYY-MM, not \"\(date)\"")
                    continue
                }
                year = p.year
                month = p.month
            } else if key.allowsYearToDate, date.count > 4 {
                // January..that month of a closed year (a growth base to date).
                guard let p = Period(date) else {
                    rd.fail(r, "\(key.rawValue) needs a year YYYY or a month YYYY-MM, not \"\(date)\"")
                    continue
                }
                year = p.year
                month = p.month
            } else {
                guard date.count == 4, let y = Int(date) else {
                    rd.fail(r, "\(key.rawValue) needs a year YYYY, not \"\(date)\"")
                    continue
                }
                year = y
            }
            guard let am = rd.money(r, "amount", optional: key == .exceptionalReasons) else { continue }
            let id = "\(date)|\(keyText)"
            if let first = seen[id] {
                rd.fail(r, "\(keyText) for \(date) already given on line \(first)")
                continue
            }
            seen[id] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: FigureRow(
                        year: year, month: month, key: key, amount: am, comment: rd.table.value(r, "comment"))))
        }
        return try rd.finish(rows)
    }
}
