import BalansCore
import Foundation

/// The report kinds (SPEC §5, §6.2).
public enum ReportKind: String, CaseIterable, Sendable, Codable {
    /// Månadsrapport: the region's month — result, forecast, driftredovisning, deviations.
    case manad
    /// Uppföljningsrapport 1 for the whole region (seed 003 chapter structure); for a node below
    /// the root, the committee's (seed 000: "Uppföljningsrapport 1 2017 för …").
    case ur1
    /// Uppföljningsrapport 2: UR1 plus the forecast of goal fulfilment and the overall
    /// assessment of god ekonomisk hushållning.
    case ur2
    /// Årsredovisning: as UR2 for the whole year, plus resultathantering.
    case arsredovisning
    /// The committee report (seeds 000/001/002 structure) for one node, whatever the period.
    /// Every other kind asked for a node below the root gives the committee's report of that kind.
    case namnd
    /// Mål och budget (issue 18): the region's plan for the period's year and the two plan years — tax revenue and
    /// grants, frames per committee, the budgeted result against the financial goal, goals and the investment plan —
    /// from one plan version (`PlanVersions`).
    case malbudget
}

/// A report could not be built for the request (not an input-file problem).
public struct ReportRequestError: Error, CustomStringConvertible, Sendable {
    /// What cannot be built and why, e.g. an organisation node that does not exist in the year.
    public var description: String
}

/// A report whose figures include a sum beyond Int64 öre (`Money.overflow`, from stored data
/// far out of range): refused whole, never printed with a wrong figure (issue 13).
public struct ReportAmountOverflow: Error, CustomStringConvertible, Sendable {
    /// Where in the report, "chapter › table".
    public var place: String
    /// The message for the user: where the sum is, and that the data must be corrected first.
    public var description: String {
        "\(place): a sum is beyond ±92 233 720 368 547 758 kronor, so the report cannot be built. "
            + "Some imported or entered amount is far too large: correct it and build the report again."
    }
}

/// Builds report values: pure functions of (data snapshot, organisation node, kind, period).
public enum ReportBuilder {
    /// The report `kind` for `period`: the region's, or the committee report of `node` for `.namnd` and
    /// for any kind asked for a node below the root (seed 000 is `ur1` for RS17). `.malbudget` is the plan version
    /// `planVersion` for the period's year, by default the one that begins in it (`PlanVersions.version(for:in:)`);
    /// the other kinds ignore `planVersion`. Throws ``ReportRequestError`` for a node unknown that year or a plan that
    /// cannot be computed, ``ReportAmountOverflow`` for a sum out of range.
    public static func build(
        _ kind: ReportKind, data: FollowUpData, period: Period, node: NodeCode?, planVersion: String? = nil
    ) throws -> Report {
        let tree = data.tree(for: period.year)
        if let node, tree.node(node) == nil {
            throw ReportRequestError(description: "no organisation node \"\(node)\" in \(period.year)")
        }
        var report: Report
        if kind == .malbudget {
            let plan = try PlanReport.plan(data, period: period, node: node, version: planVersion)
            report = PlanReport.build(ReportContext(data: data, kind: kind, period: period, node: nil, plan: plan))
        } else {
            let context = ReportContext(data: data, kind: kind, period: period, node: node)
            report = context.isCommittee ? CommitteeReport.build(context) : RegionReport.build(context)
        }
        report.chapters = report.chapters.map { $0.sectioned() }
        if let place = report.overflowPlace() { throw ReportAmountOverflow(place: place) }
        return report
    }

    // MARK: - Shared pieces

    static func amount(_ m: Money?) -> CellValue { m.map { .amount($0.ore) } ?? .empty }
    static func percent(_ d: Decimal?, decimals: Int = 1) -> CellValue {
        d.map { .percent($0, decimals: decimals) } ?? .empty
    }

    /// Formats a single amount for running text, e.g. "−656 mnkr".
    static func text(_ m: Money, unit: AmountUnit) -> String {
        SwedishNumberFormat.amount(m.ore, unit: unit, thousandsSeparator: "\u{00A0}", minus: "−") + "\u{00A0}"
            + unit.label
    }
    static func text(_ d: Decimal, decimals: Int = 1) -> String { SwedishNumberFormat.percent(d, decimals: decimals) }

    static func operatingCells(_ f: OperatingFigures) -> [CellValue] {
        [
            amount(f.outcome), amount(f.budgetToDate), amount(f.deviationToDate), amount(f.annualBudget),
            amount(f.forecast), amount(f.forecastDeviation), amount(f.previousOutcomeToDate),
        ]
    }
}
