import BalansCore
import Foundation

extension CSVKinds {
    /// `funds`: per report period, node and fund the year's budget and the project money decided so far (kronor).
    public static func projectFunds(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ProjectFundRow>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "fund", "budget", "decided"],
            required: ["period", "node", "fund", "budget", "decided"])
        var rows: [Located<ProjectFundRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node"),
                let fund = rd.required(r, "fund"), let b = rd.money(r, "budget"), let budget = b,
                let d = rd.money(r, "decided"), let decided = d
            else { continue }
            let key = "\(period);\(node);\(fund)"
            if let first = seen[key] {
                rd.fail(r, "fund \"\(fund)\" of \(node) has \(period) twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: ProjectFundRow(
                        period: period, node: NodeCode(node), fund: fund, budget: budget, decided: decided)))
        }
        return try rd.finish(rows)
    }
}
