import BalansCore
import Foundation

extension CSVKinds {
    /// `mapping`: account ranges to statement lines.
    public static func mapping(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<MappingRule>] {
        var rd = try open(
            bytes, file: file, known: ["from", "to", "line", "internal"], required: ["from", "to", "line"])
        var rows: [Located<MappingRule>] = []
        for r in rd.table.records {
            guard let f = rd.account(r, "from"), let t = rd.account(r, "to") else { continue }
            guard let from = f, let to = t else {
                rd.fail(r, "from and to are required")
                continue
            }
            if from > to {
                rd.fail(r, "from \(from) is after to \(to)")
                continue
            }
            let lineText = rd.table.value(r, "line").lowercased()
            let line = StatementLine(rawValue: lineText)
            if line == nil && lineText != "none" {
                rd.fail(
                    r,
                    "line \"\(lineText)\" is not one of "
                        + StatementLine.allCases.map(\.rawValue).joined(separator: ", ") + ", none"
                )
                continue
            }
            guard let isInternal = rd.yesNo(r, "internal") else {
                rd.fail(r, "internal must be ja or nej")
                continue
            }
            rows.append(
                Located(line: r.line, value: MappingRule(from: from, to: to, line: line, isInternal: isInternal)))
        }
        return try rd.finish(rows)
    }
}
