import Foundation

/// A committee's detailed budget (detaljbudget) of a year (issue 18, item 4; SPEC §5.2): the committee breaks its
/// frame down per line and account, its staff costs computed from its staff (årsarbetare × salary × 12 ×
/// PO-pålägg), and periodises every row. Report sign as `BudgetRow` (revenues positive, costs negative). The
/// regionbidrag and the other internal rows are not in it: they stay as the original budget has them, so the detailed
/// budget's net cost is what the frame pays for.
public struct DetailedBudget: Sendable, Equatable {
    /// How a row's annual amount is spread over the months (periodisering).
    public enum Profile: Sendable, Equatable, Hashable {
        /// Jämn: twelve equal months (the öre left over to the first months).
        case even
        /// Fjolårets utfall: as the ledger's monthly outcome of the line and account the year before; even without
        /// one.
        case lastYear
        /// Egen profil: twelve weights ≥ 0 with a positive sum.
        case typed([Int64])

        /// The stored name of the profile's kind.
        public var kind: String {
            switch self {
            case .even: "even"
            case .lastYear: "last-year"
            case .typed: "typed"
            }
        }

        /// The profile of a stored kind and weights; nil for an unknown kind or typed weights that are not twelve.
        public init?(kind: String, weights: [Int64]) {
            switch kind {
            case "even": self = .even
            case "last-year": self = .lastYear
            case "typed" where weights.count == 12: self = .typed(weights)
            default: return nil
            }
        }
    }

    /// One row: a line of the committee, an account and the annual amount with its profile and months.
    public struct Line: Sendable, Equatable, Hashable {
        /// The line (a node of the committee's subtree).
        public var node: NodeCode
        /// The account (konto), external (an internal account's row stays as the original budget has it).
        public var account: Int
        /// Budget helår, report sign.
        public var amount: Money
        /// The periodisation asked for.
        public var profile: Profile
        /// The twelve months; they sum to `amount` (`DetailedBudget.months`).
        public var monthly: [Money]

        /// A row with its months.
        public init(node: NodeCode, account: Int, amount: Money, profile: Profile, monthly: [Money]) {
            self.node = node
            self.account = account
            self.amount = amount
            self.profile = profile
            self.monthly = monthly
        }
    }

    /// A staff row (personalbudget): a category of staff of a line, its årsarbetare and average monthly salary, and
    /// the personnel overhead (PO-pålägg: arbetsgivaravgifter, pensions, insurances) in percent of the salaries.
    public struct Staff: Sendable, Equatable, Hashable {
        /// The line.
        public var node: NodeCode
        /// The personnel account (5xxx) the cost is budgeted on.
        public var account: Int
        /// The category, e.g. "Sjuksköterskor".
        public var category: String
        /// Årsarbetare (full-time equivalents), decimal.
        public var fullTimeEquivalents: Decimal
        /// Genomsnittlig månadslön, kronor.
        public var monthlySalary: Money
        /// PO-pålägg, percent of the salaries (e.g. 41,5).
        public var overheadPercent: Decimal

        /// A staff row.
        public init(
            node: NodeCode, account: Int, category: String, fullTimeEquivalents: Decimal, monthlySalary: Money,
            overheadPercent: Decimal
        ) {
            self.node = node
            self.account = account
            self.category = category
            self.fullTimeEquivalents = fullTimeEquivalents
            self.monthlySalary = monthlySalary
            self.overheadPercent = overheadPercent
        }

        /// The year's cost in report sign (negative): årsarbetare × månadslön × 12 × (1 + PO-pålägg / 100),
        /// rounded to the öre half away from zero (`Money.rounding(kronor:)`).
        public var amount: Money {
            let kronor = fullTimeEquivalents * monthlySalary.kronorDecimal * 12 * (100 + overheadPercent) / 100
            return -Money.rounding(kronor: kronor)
        }

        /// Whether `account` is a personnel account (klass 5).
        public static func isPersonnel(_ account: Int) -> Bool { (5000...5999).contains(account) }
    }

    /// The budget year.
    public var year: Int
    /// The committee (nämnd).
    public var committee: NodeCode
    /// The rows, in the order entered.
    public var lines: [Line]
    /// The staff rows, in the order entered.
    public var staff: [Staff]

    /// A committee's detailed budget.
    public init(year: Int, committee: NodeCode, lines: [Line], staff: [Staff]) {
        self.year = year
        self.committee = committee
        self.lines = lines
        self.staff = staff
    }

    /// Σ the staff rows' costs (report sign).
    public var staffTotal: Money { staff.map(\.amount).sum() }
    /// Σ every row and staff row, report sign (a net cost is negative).
    public var total: Money { lines.map(\.amount).sum() + staffTotal }
    /// Nettokostnad: what the frame has to pay for, positive for a cost (−`total`).
    public var netCost: Money { -total }

    /// Kvar av ramen: the frame less the net cost; negative when the detailed budget is over the frame.
    public func remainder(of frame: Money) -> Money { frame - netCost }

    /// The net of every row and staff row per month, January first (report sign).
    public var monthlyTotals: [Money] {
        budgetRows.reduce(Array(repeating: Money.zero, count: 12)) { zip($0, $1.monthly).map { $0 + $1 } }
    }

    /// A starting point for a committee that has not saved a detailed budget: the external rows (with an account) of
    /// its subtree in the year's original budget — or, before the year has one, in last year's — each with the
    /// profile its months have (even, else their weights), no staff rows.
    public static func starting(from data: FollowUpData, committee: NodeCode, year: Int) -> DetailedBudget {
        let nodes = Set(data.tree(for: year).subtree(committee).map(\.code))
        let from = data.budgets.contains { $0.year == year && $0.isOriginal } ? year : year - 1
        let lines = data.budgets.compactMap { r -> Line? in
            guard r.year == from, r.isOriginal, nodes.contains(r.node), let account = r.account,
                !data.mapping.isInternal(account)
            else { return nil }
            let profile = Periodisation.weights(of: r.monthly, amount: r.amount).map(Profile.typed) ?? .even
            return Line(node: r.node, account: account, amount: r.amount, profile: profile, monthly: r.monthly)
        }
        return DetailedBudget(year: year, committee: committee, lines: lines, staff: [])
    }

    /// The detailed budget as original budget rows of its year: one per line and account, the rows and the staff
    /// costs on the same line and account added together (months too; staff evenly over the months), in the order
    /// each line and account first appears.
    public var budgetRows: [BudgetRow] {
        var order: [String] = []
        var rows: [String: BudgetRow] = [:]
        func add(_ node: NodeCode, _ account: Int, _ amount: Money, _ monthly: [Money]) {
            let key = "\(node.rawValue) \(account)"
            if var r = rows[key] {
                r.amount += amount
                r.monthly = zip(r.monthly, monthly).map { $0 + $1 }
                rows[key] = r
            } else {
                order.append(key)
                rows[key] = BudgetRow(year: year, node: node, account: account, amount: amount, monthly: monthly)
            }
        }
        for l in lines { add(l.node, l.account, l.amount, l.monthly) }
        for s in staff {
            let amount = s.amount
            add(s.node, s.account, amount, Periodisation.split(amount) ?? Array(repeating: .zero, count: 12))
        }
        return order.compactMap { rows[$0] }
    }
}
