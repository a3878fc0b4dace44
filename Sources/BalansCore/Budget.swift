/// A budget row (budget): an annual amount for an org node (and optionally an account),
/// with its periodisation into months (SPEC §3). Report sign.
public struct BudgetRow: Hashable, Sendable {
    /// Fiscal year (a calendar year) of the budget.
    public var year: Int
    /// The org node (code) budgeted, normally a budget line (`NodeKind.line`).
    public var node: NodeCode
    /// The account (konto) budgeted; nil for a budget of the line as a whole, which the driftredovisning uses but which
    /// leaves the resultaträkning without a budget column (`IncomeStatement.budget`).
    public var account: Int?
    /// Budget helår: the annual amount, öre, report sign (revenues positive, costs negative).
    public var amount: Money
    /// The twelve monthly budgets; always sums exactly to `amount`.
    public var monthly: [Money]
    /// Budgetversion. A budget year has versions: the decided one — "original" (Mål och budget), or "ledger" for
    /// rows from SIE #PBUDGET — with the year's changes as dated rows on top of it, and beside it any proposal under
    /// another name, which no report counts (`isDecided`; the store keeps proposals apart, `budgetProposals`).
    public var version: String

    /// Whether the row belongs to the decided budget (or is a change to it) rather than to a proposal.
    public var isDecided: Bool { version == "original" || version == "ledger" }
    /// The decision when the row is a change during the year on top of the original budget; nil for the original
    /// budget. A change counts in the reports from the month it was decided (`FollowUpData.budgets(at:)`).
    public var change: BudgetChange?

    /// A budget row; `monthly` must be `amount`'s twelve months (see `Periodisation.split`).
    public init(
        year: Int, node: NodeCode, account: Int?, amount: Money, monthly: [Money], version: String = "original",
        change: BudgetChange? = nil
    ) {
        self.change = change
        self.year = year
        self.node = node
        self.account = account
        self.amount = amount
        self.monthly = monthly
        self.version = version
    }

    /// Budget for January..`month`.
    public func toDate(_ month: Int) -> Money { monthly.prefix(month).sum() }

    /// Budget rows from the ledger system's period budgets (SIE #PBUDGET, ledger sign), one
    /// per node and account: the budget used when no budget file is imported for the year
    /// (SPEC §3, "period budgets from the ledger system"). Rows whose ansvar code belongs to
    /// no node go to the root.
    public static func fromPeriodBudgets(_ cells: [YearLedger.Cell], year: Int, tree: OrgTree) -> [BudgetRow] {
        var monthly: [NodeCode: [Int: [Money]]] = [:]
        for c in cells where (1...12).contains(c.month) {
            let node = tree.nodeCode(forAnsvar: c.ansvar) ?? tree.root.code
            var months = monthly[node, default: [:]][c.account] ?? Array(repeating: .zero, count: 12)
            months[c.month - 1] -= c.amount  // ledger sign → report sign
            monthly[node, default: [:]][c.account] = months
        }
        return monthly.sorted { $0.key < $1.key }.flatMap { node, accounts in
            accounts.sorted { $0.key < $1.key }.map { account, months in
                BudgetRow(
                    year: year, node: node, account: account, amount: months.sum(), monthly: months, version: "ledger")
            }
        }
    }
}

/// A change of the budget during the year (budgetändring): a dated decision whose rows are added to the original
/// budget (Mål och budget). The budget after changes at a date is the original plus the changes decided up to it
/// (RKR R14 shows original budget, changes and budget after changes).
public struct BudgetChange: Hashable, Sendable {
    /// What kind of decision it is.
    public enum Kind: String, CaseIterable, Sendable {
        /// Omdisposition: money moved between lines or committees; the region's omdispositioner net to zero.
        case reallocation = "omdisposition"
        /// Tilläggsbudget: money added by the council.
        case supplementary = "tilläggsbudget"
        /// Ombudgetering: budget carried over from last year (investment money).
        case carryOver = "ombudgetering"
    }

    /// Beslutsdatum, `YYYY-MM-DD`.
    public var date: String
    /// The report period the change counts from: the month of `date`.
    public var period: Period
    /// The kind of change.
    public var kind: Kind
    /// Beslutsreferens: paragraph and diarienummer as written, e.g. "RS §57, RS170123"; may be empty.
    public var reference: String

    /// A change decided on `date` (`YYYY-MM-DD`, whose month is `period`).
    public init(date: String, period: Period, kind: Kind, reference: String) {
        self.date = date
        self.period = period
        self.kind = kind
        self.reference = reference
    }
}

extension FollowUpData {
    /// The budget rows of `p`'s year in force at `p`: the original budget and the changes decided up to `p`'s month.
    public func budgets(at p: Period) -> [BudgetRow] {
        budgets.filter { $0.year == p.year && ($0.change.map { $0.period <= p } ?? true) }
    }
}

/// Periodisation (periodisering) of an annual budget into twelve exact monthly amounts.
public enum Periodisation {
    /// Splits `amount` by `weights` (even when nil). Each month gets its share rounded toward
    /// zero in öre; the öre left over go one each to the months with the largest remainders
    /// (earliest first on ties), so the months always sum to the annual amount exactly.
    /// Returns nil when the weights are not twelve non-negative numbers with a positive sum.
    public static func split(_ amount: Money, weights: [Int64]? = nil) -> [Money]? {
        let w = weights ?? Array(repeating: 1, count: 12)
        guard w.count == 12, w.allSatisfy({ $0 >= 0 }) else { return nil }
        let total = w.reduce(0, +)
        guard total > 0 else { return nil }
        let magnitude = amount.ore.magnitude
        let sign: Int64 = amount.ore < 0 ? -1 : 1
        var parts: [UInt64] = []
        var remainders: [(Int, UInt64)] = []
        for (i, wi) in w.enumerated() {
            // 128-bit product so large amounts and weights cannot overflow.
            let (hi, lo) = magnitude.multipliedFullWidth(by: UInt64(wi))
            let (q, r) = UInt64(total).dividingFullWidth((hi, lo))
            parts.append(q)
            remainders.append((i, r))
        }
        var left = magnitude - parts.reduce(0, +)
        for (i, _) in remainders.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }) where left > 0 {
            parts[i] += 1
            left -= 1
        }
        return parts.map { Money(ore: sign * Int64($0)) }
    }
}

extension Periodisation {
    /// The weights `p1`…`p12` that periodise `amount` into `monthly` (`split(amount, weights:)` gives it back), as
    /// small as they come: nil when `monthly` is the even periodisation, else the months' magnitudes in öre divided
    /// by their greatest common divisor. Exact for every row a budget file or upload made (its months share the
    /// amount's sign and sum to it); for other months (both signs) the magnitudes are the nearest profile.
    public static func weights(of monthly: [Money], amount: Money) -> [Int64]? {
        guard monthly.count == 12, monthly != split(amount) else { return nil }
        let magnitudes = monthly.map { Int64(clamping: $0.ore.magnitude) }
        let divisor = magnitudes.reduce(0) { gcd($0, $1) }
        guard divisor > 0 else { return nil }
        return magnitudes.map { $0 / divisor }
    }

    /// The greatest common divisor of `a` and `b` (≥ 0).
    public static func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? a : gcd(b, a % b) }
}

extension BudgetRow {
    /// Whether the row is one of the decided original budget's (Mål och budget): not a change, not a proposal.
    public var isOriginal: Bool { version == "original" && change == nil }

    /// A fingerprint of `rows` (node, account, amount and months, in order), the same in every process: what an
    /// upload's preview was made on, so a save can tell that the budget changed since (FNV-1a, 64 bits, hex).
    public static func digest(_ rows: [BudgetRow]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for r in rows {
            let text =
                [String(r.year), r.node.rawValue, r.account.map(String.init) ?? "", String(r.amount.ore)]
                + r.monthly.map { String($0.ore) }
            for byte in (text.joined(separator: ";") + "\n").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
