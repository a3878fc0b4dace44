import BalansCore
import Foundation

/// The plan a Mål och budget is made from: the version's name, its plan over the budget year and the plan years, and
/// its tax rows (for the sources the tax chapter names).
struct PlanDocument {
    /// The plan version.
    var version: String
    /// The plan.
    var plan: FramePlan
    /// The version's tax assumptions.
    var taxRows: [TaxAssumption]
    /// Its decision; nil for a proposal.
    var decision: PlanVersion?
    /// The projected balance sheets and cash flows, or why there are none.
    var projection: Result<PlanProjection, TaxRevenueCalculation.Missing>? = nil
    /// The version's finance assumptions (the useful lives the investment chapter names).
    var finance: [PlanFinance] = []
}

/// Mål och budget (issue 18, item 6): the region's plan for the budget year and the two plan years as a report —
/// the tax revenue and grants step by step, the frames per committee, the budgeted resultaträkning against the
/// financial goal, the budgeted balansräkning and kassaflödesanalys, the self-financing of the investments against
/// its goal, the goals' targets and the investment plan with its operating consequences, each chapter from the data.
enum PlanReport {
    /// The plan of the document asked for: `version`, or the version that begins in the period's year (with several,
    /// the last name in byte order, `PlanVersions.version(for:in:)`). Throws ``ReportRequestError`` for a node below
    /// the root (the document is the region's), a version the data do not hold, no version for the year, or a plan
    /// that lacks a figure (the missing figures named).
    static func plan(_ data: FollowUpData, period: Period, node: NodeCode?, version: String?) throws -> PlanDocument {
        let year = period.year
        if let node, node != data.tree(for: year).root.code {
            throw ReportRequestError(
                description: "malbudget is the region's document: leave out --org (\(node)); frames per committee "
                    + "are in it")
        }
        let name: String
        if let version {
            guard PlanVersions.exists(version, in: data) else {
                throw ReportRequestError(description: "no plan version \"\(version)\" (import taxes and frames)")
            }
            name = version
        } else {
            guard let found = PlanVersions.version(for: year, in: data) else {
                throw ReportRequestError(
                    description: "no plan version begins in \(year): import taxes and frames for it, or name one "
                        + "with --version")
            }
            name = found
        }
        switch FramePlan.compute(data, version: name, firstYear: year) {
        case nil:
            throw ReportRequestError(description: "no plan version \"\(name)\" (import taxes and frames)")
        case .success(let plan):
            return PlanDocument(
                version: name, plan: plan, taxRows: data.taxAssumptions.filter { $0.version == name },
                decision: PlanVersions.decision(name, in: data),
                projection: PlanProjection.compute(data, plan: plan, version: name),
                finance: data.planFinance.filter { $0.version == name })
        case .failure(let missing):
            throw ReportRequestError(description: "plan \(name) for \(year): \(missing.description)")
        }
    }

    /// The document `c` describes (its `plan` is set).
    static func build(_ c: ReportContext) -> Report {
        let years = c.plan?.plan.years.map(\.year) ?? [c.period.year]
        let year = String(c.period.year)
        let title =
            years.count > 1
            ? c.say(.planTitle, c.title(.malbudget), year, String(years[1]), String(years[years.count - 1]))
            : c.say(.titleYear, c.title(.malbudget), year)
        let chapters: [Chapter?] = [
            PlanTaxChapter.build(c), PlanFramesChapter.build(c), PlanIncomeStatementChapter.build(c),
            PlanBalanceSheetChapter.build(c), PlanCashFlowChapter.build(c), PlanSelfFinancingChapter.build(c),
            PlanGoalsChapter.build(c), PlanInvestmentChapter.build(c),
        ]
        let (name, version) = (c.tree.root.name, c.plan?.version ?? "")
        var subtitle = c.say(.planSubtitle, name, version)
        if let d = c.plan?.decision {
            // "beslutad RF §60 2024", or the day it was decided when no decision is named.
            let what = d.reference.isEmpty ? String(d.decidedAt.prefix(10)) : d.reference
            subtitle = c.say(d.status == .revised ? .planSubtitleRevised : .planSubtitleDecided, name, version, what)
        }
        return Report(
            kind: c.kind, title: title, subtitle: subtitle,
            organisation: c.tree.root.name, period: c.period, chapters: chapters.compactMap { $0 })
    }

    /// The column headers of the plan's years: "Budget 2025", "Plan 2026", "Plan 2027".
    static func yearColumns(_ c: ReportContext) -> [String] {
        (c.plan?.plan.years ?? []).enumerated().map { i, y in
            i == 0 ? c.say(.budgetYear, String(y.year)) : c.say(.planYear, String(y.year))
        }
    }
}
