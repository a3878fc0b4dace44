import Foundation

/// How many of a set of goals or indicators are met, not met, or cannot be judged: the
/// counts the reports' running text states ("2 av 3 finansiella mål nås", "5 av 9 indikatorer
/// når sitt målvärde").
public struct Tally: Sendable, Equatable {
    /// Met.
    public var met: Int
    /// Judged and not met.
    public var notMet: Int
    /// Not judged: the value or the target is missing.
    public var unjudged: Int

    /// The count of each.
    public init(met: Int, notMet: Int, unjudged: Int) {
        self.met = met
        self.notMet = notMet
        self.unjudged = unjudged
    }

    /// All that were counted.
    public var total: Int { met + notMet + unjudged }
    /// Those that could be judged.
    public var judged: Int { met + notMet }

    /// The financial goals judged on `ratios` (`FinancialGoal.isMet`; seed 003 2.3).
    public init(_ goals: [FinancialGoal], on ratios: KeyRatios) {
        let judged = goals.map { $0.isMet(ratios) }
        self.init(
            met: judged.filter { $0 == true }.count, notMet: judged.filter { $0 == false }.count,
            unjudged: judged.filter { $0 == nil }.count)
    }

    /// The indicators by their status (SPEC §4.6).
    public init(_ results: [IndicatorResult]) {
        self.init(
            met: results.filter { $0.status == .met }.count, notMet: results.filter { $0.status == .notMet }.count,
            unjudged: results.filter { $0.status == .noValue }.count)
    }
}

extension StaffReport {
    /// The hired-staff target of the period (SPEC §4.4): the year's target in the staff data,
    /// else the organisation's policy.
    public func hiredShareTarget(_ policy: OrganisationPolicy) -> Decimal {
        targetHiredShare ?? policy.hiredStaffTarget
    }

    /// The committees whose hired staff cost more than `target` percent of their own staff
    /// (rolling 12 months): those the beslutsförslag names (seed 003 §71). A committee without
    /// the figures is not named.
    public static func above(
        _ target: Decimal, _ committees: [OperatingRow], _ data: FollowUpData, period: Period
    ) -> [OperatingRow] {
        committees.filter { (compute(data, period: period, node: $0.code).hiredShare ?? 0) > target }
    }

    /// The cost of hired doctors and nurses from January to the period against the same
    /// period last year; nil without both or when last year's is zero.
    public var hiredCostChange: AmountChange? {
        guard let cost = hiredCostToDate, let last = hiredCostToDateLastYear, !last.isZero else { return nil }
        return AmountChange(from: last, to: cost)
    }

    /// The growth of hired doctors' and of hired nurses' costs to date, percent, when both
    /// can be computed.
    public var hiredGrowthByProfession: (doctors: Decimal, nurses: Decimal)? {
        guard let d = hiredDoctorsToDate, let dl = hiredDoctorsToDateLastYear, let n = hiredNursesToDate,
            let nl = hiredNursesToDateLastYear, let dg = Ratio.growth(d, over: dl), let ng = Ratio.growth(n, over: nl)
        else { return nil }
        return (dg, ng)
    }
}

extension FollowUpData {
    /// Whether `year`'s ledger is the whole organisation's, not one förvaltning's export: a
    /// region's or municipality's books always hold its skatteintäkter (klass 80, LKBR 3 kap.),
    /// so a ledger without them is a part, whose result is no result of the organisation's.
    public func ledgerIsWholeOrganisation(_ year: Int) -> Bool {
        guard let ledger = ledgers[year] else { return false }
        return ledger.cells.contains { mapping.line(for: $0.account) == .tax }
    }

    /// Whether `year` is compared with the year before: its ledger is stored and covers as much as this year's — not
    /// a part of the organisation's bookings where this year's has the whole (seed 000's drug accounts of 2016 serve
    /// their specification only).
    public func comparesWithPreviousYear(_ year: Int) -> Bool {
        ledgers[year - 1] != nil && (ledgerIsWholeOrganisation(year - 1) || !ledgerIsWholeOrganisation(year))
    }
}

extension KeyRatioReport {
    /// The closed years (ledger through December) among the `count` years before `year`, in
    /// order: the past points of the key ratios' trend.
    public static func closedYears(_ data: FollowUpData, before year: Int, count: Int) -> [Int] {
        data.ledgers.keys.filter {
            $0 < year && $0 >= year - count && data.ledgers[$0]?.lastMonth == 12 && data.ledgerIsWholeOrganisation($0)
        }.sorted()
    }
}
