import Foundation

/// A committee's frame for a year, and where it comes from: the decided plan version of the year, else the original
/// budget's regionbidrag (the detailed budget is made within it; issue 18, item 4).
public struct CommitteeFrame: Sendable, Equatable {
    /// Where the frame comes from.
    public enum Source: Sendable, Equatable {
        /// The committee's frame in this decided (or revised) plan version of the year.
        case plan(version: String)
        /// No plan version of the year is decided: the regionbidrag (internal revenue) of the year's original budget.
        case originalBudget
        /// Neither: no frame.
        case none
    }

    /// The frame, kronor (a net cost the committee may have); nil without one.
    public var amount: Money?
    /// Where it comes from.
    public var source: Source
    /// The plan version of the year that is not decided, if there is one (the frame does not come from a proposal).
    public var undecidedVersion: String?

    /// A frame from its source.
    public init(amount: Money?, source: Source, undecidedVersion: String? = nil) {
        self.amount = amount
        self.source = source
        self.undecidedVersion = undecidedVersion
    }

    /// The frame of `committee` for `year`: its frame in the decided plan version of the year
    /// (`PlanVersions.version(for:in:)`, `FramePlan.compute`); when none is decided, or the decided one cannot be
    /// computed or has no frame for the committee, the regionbidrag of its lines in the year's original budget.
    public static func of(_ committee: NodeCode, year: Int, in data: FollowUpData) -> CommitteeFrame {
        let version = PlanVersions.version(for: year, in: data)
        if let version, PlanVersions.decision(version, in: data) != nil,
            case .success(let plan)? = FramePlan.compute(data, version: version, firstYear: year),
            let frame = plan.years.first?.frames.first(where: { $0.node == committee })
        {
            return CommitteeFrame(amount: frame.frame, source: .plan(version: version))
        }
        let undecided = version.flatMap { PlanVersions.decision($0, in: data) == nil ? $0 : nil }
        let lines = Set(data.tree(for: year).subtree(committee).map(\.code))
        let regionbidrag = data.budgets.filter {
            guard $0.year == year, $0.isOriginal, lines.contains($0.node), let account = $0.account else {
                return false
            }
            return data.mapping.isInternal(account) && data.mapping.rule(for: account)?.line == .revenue
        }
        guard !regionbidrag.isEmpty else {
            return CommitteeFrame(amount: nil, source: .none, undecidedVersion: undecided)
        }
        return CommitteeFrame(
            amount: regionbidrag.map(\.amount).sum(), source: .originalBudget, undecidedVersion: undecided)
    }
}

extension DetailedBudget {
    /// `amount`'s twelve months by `profile`; for last year's outcome, the ledger's monthly outcome of `node` and
    /// `account` in `year − 1` (report sign; a month against the year's direction counts as nothing), even when there
    /// is none. Nil for typed weights that are not twelve numbers ≥ 0 with a positive sum.
    public static func months(
        _ amount: Money, profile: Profile, node: NodeCode, account: Int, year: Int, data: FollowUpData
    ) -> [Money]? {
        switch profile {
        case .even: return Periodisation.split(amount)
        case .typed(let weights): return Periodisation.split(amount, weights: weights)
        case .lastYear:
            let outcome = lastYearOutcome(node: node, account: account, year: year, data: data)
            let direction: Int64 = outcome.sum() < .zero ? -1 : 1
            let weights = outcome.map { max(0, $0.ore * direction) }
            return Periodisation.split(amount, weights: weights) ?? Periodisation.split(amount)
        }
    }

    /// The ledger's outcome of `node` (its own ansvar codes) on `account` month by month in `year − 1`, report sign.
    public static func lastYearOutcome(node: NodeCode, account: Int, year: Int, data: FollowUpData) -> [Money] {
        let tree = data.tree(for: year - 1)
        var months = Array(repeating: Money.zero, count: 12)
        for c in data.ledgers[year - 1]?.cells ?? []
        where (1...12).contains(c.month) && AccountMapping.fourDigit(c.account) == account
            && tree.nodeCode(forAnsvar: c.ansvar) == node
        {
            months[c.month - 1] -= c.amount  // ledger sign → report sign
        }
        return months
    }

    /// The lines a committee budgets on: the nodes of its subtree in `year`, the committee itself first.
    public static func lines(of committee: NodeCode, year: Int, in data: FollowUpData) -> [OrgNode] {
        data.tree(for: year).subtree(committee)
    }

    /// Why a row of `committee` on `node` and `account` cannot be in its detailed budget, in Swedish; nil when it can:
    /// the node must be in the committee's subtree, the account in the chart's mapping and not internal (the
    /// regionbidrag and the internal rows stay as the original budget has them).
    public static func problem(
        node: NodeCode, account: Int, committee: NodeCode, year: Int, data: FollowUpData
    ) -> String? {
        let tree = data.tree(for: year)
        guard tree.subtree(committee).contains(where: { $0.code == node }) else {
            return "\(node.rawValue) är ingen verksamhet i \(tree.node(committee)?.name ?? committee.rawValue) \(year)"
        }
        guard (1000...9999).contains(account), data.mapping.rule(for: account) != nil else {
            return "\(account) är inget konto i kontoplanen"
        }
        if data.mapping.isInternal(account) {
            return "konto \(account) är internt (regionbidrag, interna poster) och ligger kvar i budgeten som det är"
        }
        return nil
    }
}
