import BalansCore
import Foundation

extension CSVKinds {
    /// `actionplans`: expected and realised effect per measure and month (kronor).
    public static func actionPlans(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ActionPlanRow>] {
        var rd = try open(
            bytes, file: file, known: ["node", "plan", "measure", "month", "expected", "realised", "comment"],
            required: ["node", "plan", "measure", "month", "expected"])
        var rows: [Located<ActionPlanRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let node = rd.required(r, "node"), let plan = rd.required(r, "plan"),
                let measure = rd.required(r, "measure"),
                let month = rd.period(r, "month"), let e = rd.money(r, "expected"), let expected = e,
                let realised = rd.money(r, "realised", optional: true)
            else { continue }
            let key = "\(node);\(plan);\(measure);\(month)"
            if let first = seen[key] {
                rd.fail(r, "measure \"\(measure)\" of \"\(plan)\" has \(month) twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: ActionPlanRow(
                        node: NodeCode(node), plan: plan, measure: measure, year: month.year, month: month.month,
                        expected: expected, realised: realised, comment: rd.table.value(r, "comment"))))
        }
        return try rd.finish(rows)
    }
}
