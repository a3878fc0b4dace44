import BalansCore
import Foundation

/// "Likviditet" (seed 003 2.5.5): likvida medel — the placements at acquisition value,
/// excluding unrealised gains — at the period, the same period last year and the last year
/// end, the change since the year end, and acquisition against market value. Absent
/// without placement figures for the period.
enum LiquidityChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        guard let now = data.figure(.placementsAcquisitionValue, at: p) else { return nil }
        let yearEnd = Period(year: p.year - 1, month: 12)!
        var seen = Set<Period>()  // in December the same month last year is the last year end
        let twoYearsBack = Period(year: p.year - 2, month: p.month)!
        let yearEndBefore = Period(year: p.year - 2, month: 12)!
        let columns = [twoYearsBack, yearEndBefore, p.previousYear, yearEnd, p].filter {
            (data.figure(.placementsAcquisitionValue, at: $0) != nil || $0 == p) && seen.insert($0).inserted
        }
        // Balances at month ends: labelled by the month, not a span.
        var text = c.say(.liquidity, c.words.month(p.month), c.amount(now))
        if let end = data.figure(.placementsAcquisitionValue, at: yearEnd) {
            let change = AmountChange(from: end, to: now).change
            text +=
                change.isZero
                ? c.label(.unchangedSinceYearEnd)
                : c.say(
                    .changeSinceYearEnd, c.label(change < .zero ? .decrease : .increase), c.amount(change.magnitude))
        }
        var blocks: [Block] = [.paragraph(text, missing: false)]
        blocks.append(
            .table(
                Table(
                    id: "likvida-medel", caption: c.label(.liquidFunds), unit: .mnkr,
                    columns: [""] + columns.map(c.words.monthYear),
                    rows: [
                        Table.Row(
                            label: c.label(.liquidFunds),
                            cells: columns.map {
                                ReportBuilder.amount(data.figure(.placementsAcquisitionValue, at: $0))
                            })
                    ])))
        if let market = data.figure(.placementsMarketValue, at: p) {
            blocks.append(
                .table(
                    Table(
                        id: "likvida-medel-och-placeringar",
                        caption: c.say(.liquidFundsAndPlacements, c.words.monthYear(p)), unit: .mnkr,
                        columns: ["", c.label(.acquisitionValue), c.label(.marketValue)],
                        rows: mandates(c)
                            + [
                                Table.Row(
                                    label: c.label(.totally), cells: [.amount(now.ore), .amount(market.ore)],
                                    isTotal: true)
                            ],
                        footnotes: [c.label(.placementsFootnote)])))
        }
        return Chapter(id: "likviditet", title: c.label(.liquidityChapter), blocks: blocks)
    }

    /// One row per mandate the figures give at the period (pensionsmedelsförvaltning, …, bank).
    static func mandates(_ c: ReportContext) -> [Table.Row] {
        PlacementHolding.at(c.data, period: c.period).map {
            let label: ReportLabel
            switch $0.mandate {
            case .pensionPortfolio: label = .pensionPortfolio
            case .treasuryPortfolio: label = .treasuryPortfolio
            case .liquidityPortfolio: label = .liquidityPortfolio
            case .bank: label = .bankBalances
            }
            return Table.Row(
                label: c.label(label), cells: [.amount($0.acquisitionValue.ore), .amount($0.marketValue.ore)])
        }
    }
}
