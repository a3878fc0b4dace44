import BalansCore
import Foundation

extension CSVKinds {
    /// `staff`: staff measures per org node and month, and yearly targets (docs/formats.md).
    public static func staff(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<StaffRow>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "measure", "value", "gender", "age"],
            required: ["period", "node", "measure", "value"])
        var splitKinds: [String: (split: String, line: Int)] = [:]
        var rows: [Located<StaffRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            let periodText = rd.table.value(r, "period")
            let measureText = rd.table.value(r, "measure").lowercased()
            guard let node = rd.required(r, "node") else { continue }
            guard let measure = StaffMeasure(rawValue: measureText) else {
                rd.fail(
                    r,
                    "measure \"\(measureText)\" is not one of "
                        + StaffMeasure.allCases.map(\.rawValue).joined(separator: ", ")
                )
                continue
            }
            var year: Int
            var month: Int?
            if measure.isTarget {
                guard periodText.count == 4, let y = Int(periodText), (1900...9999).contains(y) else {
                    rd.fail(r, "period \"\(periodText)\" of a target is not a year (YYYY)")
                    continue
                }
                year = y
            } else {
                guard let p = Period(periodText) else {
                    rd.fail(r, "period \"\(periodText)\" is not a month (YYYY-MM)")
                    continue
                }
                year = p.year
                month = p.month
            }
            let text = rd.table.value(r, "value")
            guard let value = Self.decimal(text) else {
                rd.fail(r, "value \"\(text)\" is not a number")
                continue
            }
            if value < 0 {
                rd.fail(r, "value \(text) is negative: a staff measure cannot be")
                continue
            }
            if measure.isAmount && Money.exact(value) == nil {
                rd.fail(r, "value \(text) is not an amount in kronor (at most two decimals)")
                continue
            }
            let gender = rd.table.value(r, "gender").lowercased()
            guard ["", "kvinnor", "män"].contains(gender) else {
                rd.fail(r, "gender \"\(gender)\" is not kvinnor or män (empty: everyone)")
                continue
            }
            let age = rd.table.value(r, "age").replacingOccurrences(of: "–", with: "-").replacingOccurrences(
                of: " ", with: "")
            guard age.isEmpty || StaffRow.isAgeBand(age) else {
                rd.fail(
                    r,
                    "age \"\(rd.table.value(r, "age"))\" is not an age band such as 20-49, -29 or 50- (empty: all ages)"
                )
                continue
            }
            let part = [gender, age].filter { !$0.isEmpty }.joined(separator: ", ")
            let key = "\(periodText);\(node);\(measure.rawValue);\(gender);\(age)"
            if let first = seen[key] {
                rd.fail(
                    r,
                    "\(measure.rawValue) for \(node) \(periodText)\(part.isEmpty ? "" : " (\(part))") "
                        + "is given twice (first on line \(first))"
                )
                continue
            }
            // A month's measure has one split — for everyone, by gender, by age band, or by
            // both — on all its rows: the totals add the rows, so mixing splits counts twice.
            let split =
                gender.isEmpty
                ? (age.isEmpty ? "for everyone" : "by age band")
                : (age.isEmpty ? "by gender" : "by gender and age band")
            let measureKey = "\(periodText);\(node);\(measure.rawValue)"
            if let other = splitKinds[measureKey], other.split != split {
                rd.fail(
                    r,
                    "\(measure.rawValue) for \(node) \(periodText) is given \(split) here and \(other.split) "
                        + "on line \(other.line): give one split"
                )
                continue
            }
            splitKinds[measureKey] = (split, r.line)
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: StaffRow(
                        year: year, month: month, node: NodeCode(node), measure: measure, value: value, gender: gender,
                        ageBand: age)))
        }
        return try rd.finish(rows)
    }
}
