import BalansCore
import Foundation

extension CSVKinds {
    /// `forecast`: full-year forecasts made at a report period.
    public static func forecast(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ForecastRow>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "account", "amount", "comment", "author", "status"],
            required: ["period", "node", "amount"])
        var rows: [Located<ForecastRow>] = []
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node"),
                let a = rd.account(r, "account"), let am = rd.money(r, "amount"), let amount = am
            else { continue }
            let statusText = rd.table.value(r, "status").lowercased()
            guard let status = statusText.isEmpty ? .approved : ForecastRow.Status(rawValue: statusText) else {
                rd.fail(r, "status \"\(statusText)\" is not draft, submitted or approved")
                continue
            }
            rows.append(
                Located(
                    line: r.line,
                    value: ForecastRow(
                        period: period, node: NodeCode(node), account: a, amount: amount,
                        comment: rd.table.value(r, "comment"),
                        author: rd.table.value(r, "author"), status: status)))
        }
        return try rd.finish(rows)
    }
}
