import BalansCore
import Foundation

/// The parts of the annual report's förvaltningsberättelse (LKBR 11 kap., RKR R15) that the other chapters do not
/// already give: "Fem år i sammandrag", the pension obligations and their funding, and the written texts on händelser
/// av väsentlig betydelse, styrning och uppföljning and förväntad utveckling. God ekonomisk hushållning, the
/// balanskravsresultat and the väsentliga personalförhållanden are chapters of their own.
enum ManagementReportChapter {
    /// The chapter of an annual report of the whole organisation; nil otherwise.
    static func build(_ c: ReportContext) -> Chapter? {
        guard c.kind == .arsredovisning, !c.isCommittee else { return nil }
        let root = c.tree.root.code
        var blocks: [Block] = [.heading(c.label(.fiveYearOverview)), .table(fiveYears(c))]
        if let pensions = PensionFunding.compute(c.data, period: c.period), pensions.total != nil {
            blocks += [.heading(c.label(.pensionFunding)), .table(pensionTable(c, pensions))]
        }
        let texts: [(ReportLabel, TextSection)] = [
            (.significantEvents, .significantEvents), (.governance, .governance),
            (.expectedDevelopment, .expectedDevelopment),
        ]
        for (heading, section) in texts {
            blocks += [.heading(c.label(heading)), c.written(section, node: root, what: heading)]
            // Styrning och uppföljning includes the koncern (RKR R15): its overview, the figures in their chapter.
            if section == .governance, c.data.koncern != nil,
                let k = Consolidation.compute(c.data, year: c.period.year)
            {
                blocks.append(.paragraph(KoncernChapter.overview(c, k), missing: false))
            }
        }
        return Chapter(id: "forvaltningsberattelse", title: c.label(.managementReport), blocks: blocks)
    }

    /// The five years, oldest first; amounts in mnkr, ratios in percent.
    static func fiveYears(_ c: ReportContext) -> Table {
        let years = YearSummary.years(c.data, through: c.period.year)
        func amount(_ label: ReportLabel, _ f: (YearSummary) -> Money?) -> Table.Row {
            Table.Row(label: c.label(label), cells: years.map { ReportBuilder.amount(f($0)) })
        }
        func percent(_ label: ReportLabel, _ f: (YearSummary) -> Decimal?) -> Table.Row {
            Table.Row(label: c.label(label), cells: years.map { ReportBuilder.percent(f($0)) })
        }
        let rows = [
            amount(.netCosts, \.netCosts), amount(.taxAndGrants, \.taxAndGrants), amount(.yearResult, \.result),
            percent(.fiveYearResultToTax, \.resultToTaxRevenue), percent(.fiveYearNetCostShare, \.netCostShare),
            percent(.ratioEquity, \.equityRatio), percent(.fiveYearEquityInclPensions, \.equityRatioInclPensions),
            amount(.fiveYearInvestments, \.investments), percent(.ratioSelfFinancing, \.selfFinancingRatio),
            amount(.balanceRequirementChapter, \.balanceRequirementResult),
            Table.Row(
                label: c.label(.fiveYearHeadcount),
                cells: years.map { y in
                    y.headcount.map { .text(SwedishNumberFormat.number($0, decimals: 0)) } ?? .empty
                }),
        ]
        return Table(
            id: "fem-ar", caption: c.label(.fiveYearOverview), unit: .mnkr,
            columns: [""] + years.map { String($0.year) }, rows: rows)
    }

    /// The obligations, the placements for them and the återlånade medel.
    static func pensionTable(_ c: ReportContext, _ p: PensionFunding) -> Table {
        let rows: [(ReportLabel, Money?, Bool)] = [
            (.pensionProvisionsInclTax, p.provision, false), (.pensionObligationsInclTax, p.obligations, false),
            (.pensionTotal, p.total, true), (.pensionPlacements, p.placements, false),
            (.pensionBorrowed, p.borrowed, true),
        ]
        return Table(
            id: "pensionsataganden", caption: c.label(.pensionFunding), unit: .mnkr,
            columns: [
                "",
                c.say(
                    .dayMonthYear, String(Period.lastDay(year: c.period.year, month: c.period.month)),
                    c.words.monthShort(c.period.month), String(c.period.year)),
            ],
            rows: rows.filter { $0.1 != nil || $0.0 != .pensionPlacements }.map { label, amount, total in
                Table.Row(label: c.label(label), cells: [ReportBuilder.amount(amount)], isTotal: total)
            })
    }
}
