import BalansCore
import Foundation

extension CSVKinds {
    /// `budget`: annual budget per node (and account), periodised by `p1`…`p12` weights or evenly.
    public static func budget(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<BudgetRow>] {
        let months = (1...12).map { "p\($0)" }
        var rd = try open(
            bytes, file: file, known: ["year", "node", "account", "amount", "version"] + months,
            required: ["year", "node", "amount"])
        var rows: [Located<BudgetRow>] = []
        for r in rd.table.records {
            guard let y = rd.year(r, "year"), let year = y, let node = rd.required(r, "node"),
                let a = rd.account(r, "account"), let am = rd.money(r, "amount"), let amount = am
            else { continue }
            let texts = months.map { rd.table.value(r, $0) }
            var weights: [Int64]?
            if texts.contains(where: { !$0.isEmpty }) {
                // Weights may be written as amounts (with decimals); compare them in öre.
                let parsed = texts.map { Money.parse($0.isEmpty ? "0" : $0) }
                guard parsed.allSatisfy({ $0 != nil && $0!.ore >= 0 }) else {
                    rd.fail(r, "p1…p12 must be twelve non-negative numbers")
                    continue
                }
                weights = parsed.map { $0!.ore }  // safe: checked non-nil just above
            }
            guard let monthly = Periodisation.split(amount, weights: weights) else {
                rd.fail(r, "p1…p12 must not all be zero")
                continue
            }
            let version = rd.table.value(r, "version")
            rows.append(
                Located(
                    line: r.line,
                    value: BudgetRow(
                        year: year, node: NodeCode(node), account: a, amount: amount, monthly: monthly,
                        version: version.isEmpty ? "original" : version)))
        }
        return try rd.finish(rows)
    }
}
