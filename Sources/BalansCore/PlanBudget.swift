import Foundation

/// A decided plan version as the original budget (Mål och budget) of its first year (issue 18, item 6: "the decided
/// version becomes the original budget of the annual-report issue's budget model, which the follow-up uses").
///
/// The rows are last year's original budget carried forward, line by line and account by account, with the plan
/// applied exactly: a committee's wage index is spread over its personnel rows (klass 5) and its price index and
/// other changes (volym, satsning, effektivisering) over its other cost rows, each in proportion to last year's
/// amounts (largest remainder, so the parts sum to the öre); its regionbidrag rows (internal revenue) take the new
/// frame in proportion to last year's. The region's own rows take the plan's figures: skatteintäkter, generella
/// statsbidrag och utjämning, each regiongemensamt line and the regionbidrag paid (internal costs, −Σ frames), the
/// difference from last year put on the group's largest row. Each row keeps last year's monthly profile. Until the
/// committees' detailed budgets are made in Balans (item 4), this is the committees' budget within their frames.
public enum PlanBudget {
    /// The original budget of `plan`'s first year, or what stands in the way (a committee or line without last year's
    /// rows to carry forward).
    public static func rows(_ plan: FramePlan, data: FollowUpData) -> Result<[BudgetRow], TaxRevenueCalculation.Missing>
    {
        guard let first = plan.years.first else { return .failure(.init(problems: ["planen har inga år"])) }
        let year = first.year
        let previous = data.budgets.filter { $0.year == year - 1 && $0.isOriginal && $0.account != nil }
        let tree = data.tree(for: year - 1)
        let mapping = data.mapping
        var committeeOf: [NodeCode: NodeCode] = [:]
        for c in tree.committees { for n in tree.subtree(c.code) { committeeOf[n.code] = c.code } }
        var amounts = previous.map(\.amount)
        var problems: [String] = []
        func indices(_ keep: (BudgetRow) -> Bool) -> [Int] { previous.indices.filter { keep(previous[$0]) } }
        /// Adds `change` over the rows `at`, in proportion to their amounts' magnitudes.
        func spread(_ change: Money, over at: [Int]) -> Bool {
            guard !change.isZero else { return true }
            let weights = at.map { previous[$0].amount.ore.magnitude }
            guard let parts = Distribution.split(change, weights: weights) else { return false }
            for (i, part) in zip(at, parts) { amounts[i] += part }
            return true
        }
        /// Sets the rows `at` to total `target`: the difference on the largest row.
        func settle(_ target: Money, on at: [Int], what: String) {
            guard let largest = at.max(by: { previous[$0].amount.magnitude < previous[$1].amount.magnitude }) else {
                problems.append("\(what): ingen rad i budget \(year - 1) att föra fram")
                return
            }
            amounts[largest] += target - at.map { amounts[$0] }.sum()
        }
        func kind(_ r: BudgetRow) -> (internal: Bool, line: StatementLine?, personnel: Bool) {
            let account = r.account ?? 0
            return (
                mapping.isInternal(account), mapping.rule(for: account)?.line,
                CostKind.personnel.accounts.contains(AccountMapping.fourDigit(account))
            )
        }
        let framed = Set(first.frames.map(\.node))
        for f in first.frames {
            let own = indices { committeeOf[$0.node] == f.node }
            let personnel = own.filter { !kind(previous[$0]).internal && kind(previous[$0]).personnel }
            let other = own.filter {
                let k = kind(previous[$0])
                return !k.internal && !k.personnel && (k.line == .costs || k.line == .depreciation)
            }
            let regionbidrag = own.filter { kind(previous[$0]).internal && kind(previous[$0]).line == .revenue }
            let wage = f.steps.filter { $0.kind == .wageIndex }.map(\.amount).sum()
            let rest = f.steps.filter { $0.kind != .wageIndex }.map(\.amount).sum()
            // A cost is negative: a larger frame spent is a more negative cost.
            let placed =
                spread(-wage, over: personnel.isEmpty ? other : personnel) && spread(-rest, over: other)
                && spread(f.frame - f.opening, over: regionbidrag)
            if !placed || regionbidrag.isEmpty {
                problems.append("\(f.node): budget \(year - 1) saknar rader att föra fram ramen på")
            }
        }
        let region = indices { committeeOf[$0.node].map { !framed.contains($0) } ?? true }
        settle(first.taxes.taxRevenue, on: region.filter { kind(previous[$0]).line == .tax }, what: "skatteintäkter")
        settle(first.taxes.grantsTotal, on: region.filter { kind(previous[$0]).line == .grants }, what: "statsbidrag")
        let paid = region.filter { kind(previous[$0]).internal && kind(previous[$0]).line == .costs }
        settle(-first.framesTotal, on: paid, what: "regionbidrag")
        for line in first.common {
            let rows = region.filter {
                let k = kind(previous[$0])
                return previous[$0].node == line.node && !k.internal && k.line != .tax && k.line != .grants
            }
            settle(line.amount, on: rows, what: "\(line.node) \(line.label)")
        }
        // The budget's result must be the plan's: a row of the region's own that the plan does not name would differ.
        if problems.isEmpty, amounts.sum() != first.result {
            problems.append(
                "budgetens resultat \(amounts.sum()) kr är inte planens \(first.result) kr: regiongemensamma rader i "
                    + "budget \(year - 1) som planen inte tar upp (ange dem som \"gemensamt\")")
        }
        if !problems.isEmpty { return .failure(.init(problems: problems)) }
        return .success(
            previous.indices.map { i in
                let last = previous[i]
                let weights = Periodisation.weights(of: last.monthly, amount: last.amount)
                let monthly = Periodisation.split(amounts[i], weights: weights) ?? Periodisation.split(amounts[i])!
                return BudgetRow(
                    year: year, node: last.node, account: last.account, amount: amounts[i], monthly: monthly)
            })
    }
}

/// An amount split in proportion to weights, exactly: each part rounded toward zero in öre, the öre left over one
/// each to the largest remainders (first on ties), as `Periodisation.split` does for months.
enum Distribution {
    /// The parts of `amount`; nil when the weights sum to zero.
    static func split(_ amount: Money, weights: [UInt64]) -> [Money]? {
        let total = weights.reduce(Decimal(0)) { $0 + Decimal($1) }
        guard total > 0, !amount.isOverflow else { return nil }
        let magnitude = Decimal(amount.ore.magnitude)
        var parts: [Int64] = []
        var remainders: [(Int, Decimal)] = []
        for (i, w) in weights.enumerated() {
            let exact = magnitude * Decimal(w) / total
            var whole = Decimal()
            var value = exact
            NSDecimalRound(&whole, &value, 0, .down)
            parts.append(NSDecimalNumber(decimal: whole).int64Value)
            remainders.append((i, exact - whole))
        }
        var left = Int64(amount.ore.magnitude) - parts.reduce(0, +)
        for (i, _) in remainders.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) where left > 0 {
            parts[i] += 1
            left -= 1
        }
        let sign: Int64 = amount.ore < 0 ? -1 : 1
        return parts.map { Money(ore: sign * $0) }
    }
}
