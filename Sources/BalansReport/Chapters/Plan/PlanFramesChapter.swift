import BalansCore
import Foundation

/// "Ramar per nämnd" of Mål och budget: for each year of the plan every committee's frame (regionbidrag) from last
/// year's through each kind of change summed, and the changes the plan names one by one — volume changes, priorities
/// (satsningar) and savings (effektiviseringar) — with the decisions they rest on.
enum PlanFramesChapter {
    /// The chapter of the document `c` describes; nil without a plan.
    static func build(_ c: ReportContext) -> Chapter? {
        guard let plan = c.plan?.plan, !plan.years.isEmpty else { return nil }
        var blocks: [Block] = []
        for y in plan.years {
            let year = String(y.year)
            let last = String(y.year - 1)
            blocks.append(.heading(c.say(.planFramesTable, year)))
            blocks.append(
                .paragraph(
                    c.say(.planFramesText, year, c.amount(y.framesTotal), last, c.amount(y.openingTotal)),
                    missing: false))
            let kinds = y.changeKinds
            var rows = y.frames.map { f in
                Table.Row(
                    label: f.name,
                    cells: [.amount(f.opening.ore)] + kinds.map { .amount(f.total(of: $0).ore) } + [
                        .amount(f.frame.ore)
                    ])
            }
            rows.append(
                Table.Row(
                    label: c.label(.planFramesTotal),
                    cells: [.amount(y.openingTotal.ore)] + kinds.map { .amount(y.total(of: $0).ore) } + [
                        .amount(y.framesTotal.ore)
                    ], isTotal: true))
            let sources = Set(y.frames.map(\.openingSource))
            let footnotes = [FramePlan.Opening.decidedBudget, .planRow, .previousPlanYear].filter(sources.contains).map
            {
                c.say(openingNote($0), last)
            }
            blocks.append(
                .table(
                    Table(
                        id: "ramar-\(year)", caption: c.say(.planFramesTable, year), unit: .mnkr1,
                        columns: [c.label(.committee), c.say(.planFrameOpening, last)]
                            + kinds.map { c.label(plural($0)) }
                            + [c.say(.planFrameOpening, year)], rows: rows, footnotes: footnotes)))
            let named = y.namedChanges
            guard !named.isEmpty else { continue }
            blocks.append(
                .table(
                    Table(
                        id: "namngivna-forandringar-\(year)", caption: c.say(.planNamedChanges, year), unit: .mnkr1,
                        columns: [
                            c.label(.committee), c.label(.planChangeKind), c.label(.planChangeName),
                            c.label(.planDecision), c.label(.amount),
                        ],
                        rows: named.map { n in
                            Table.Row(
                                label: n.name,
                                cells: [
                                    .text(c.label(singular(n.step.kind))), .text(n.step.label),
                                    n.step.reference.isEmpty ? .empty : .text(n.step.reference),
                                    .amount(n.step.amount.ore),
                                ])
                        })))
        }
        return Chapter(id: "ramar", title: c.label(.planFramesChapter), blocks: blocks)
    }

    /// Where last year's frame comes from, as the table's footnote says it.
    static func openingNote(_ source: FramePlan.Opening) -> ReportSentence {
        switch source {
        case .decidedBudget: return .planOpeningFromBudget
        case .planRow: return .planOpeningFromRows
        case .previousPlanYear: return .planOpeningFromPlan
        }
    }

    /// A kind of change as a column heading: "Löneindex", "Satsningar".
    static func plural(_ kind: FrameRow.Kind) -> ReportLabel {
        switch kind {
        case .wageIndex: return .planWageIndex
        case .priceIndex: return .planPriceIndex
        case .volume: return .planVolumes
        case .priority: return .planPriorities
        case .saving: return .planSavings
        case .capitalCost: return .planCapitalCosts
        case .base, .common: return .planOtherChanges  // never: no change of a frame
        }
    }

    /// A kind of change as one change is called: "Satsning", "Effektivisering".
    static func singular(_ kind: FrameRow.Kind) -> ReportLabel {
        switch kind {
        case .volume: return .planVolume
        case .priority: return .planPriority
        case .saving: return .planSaving
        case .wageIndex: return .planWageIndex
        case .priceIndex: return .planPriceIndex
        case .capitalCost: return .planCapitalCosts
        case .base, .common: return .planOtherChanges  // never: no change of a frame
        }
    }
}
