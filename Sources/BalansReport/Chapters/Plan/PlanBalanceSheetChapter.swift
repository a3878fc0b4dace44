import BalansCore
import Foundation

/// "Budgeterad balansräkning" of Mål och budget (issue 18, item 6): the opening balance sheet from the ledger and
/// each year's projection (`PlanProjection`: investments less depreciation, the result, borrowing less
/// amortisation, likvida medel the balancing item), the lines of seed 003 3.2 with likvida medel on a line of their
/// own. Where no projection can be made, a sentence says why.
enum PlanBalanceSheetChapter {
    /// The chapter of the document `c` describes; nil without a plan.
    static func build(_ c: ReportContext) -> Chapter? {
        guard let document = c.plan, let result = document.projection else { return nil }
        let title = c.label(.planBalanceChapter)
        let p: PlanProjection
        switch result {
        case .failure(let missing):
            let text = c.say(.planProjectionMissing, missing.description)
            return Chapter(id: "budgeterad-balansrakning", title: title, blocks: [.paragraph(text, missing: true)])
        case .success(let projection): p = projection
        }
        let sheets = [p.opening] + p.years.map(\.closing)
        func row(_ label: ReportLabel, _ f: (PlanProjection.Balance) -> Money, total: Bool = false) -> Table.Row {
            Table.Row(label: c.label(label), cells: sheets.map { .amount(f($0).ore) }, isTotal: total)
        }
        let rows = [
            row(.fixedAssets, \.fixedAssets), row(.infrastructureGrants, \.infrastructureGrants),
            row(.planOtherCurrentAssets, \.otherCurrentAssets), row(.planCash, \.cash),
            row(.totalAssets, \.totalAssets, total: true),
            row(.totalEquity, \.equity, total: true),
            row(.pensionProvisions, \.pensionProvisions), row(.otherProvisions, \.otherProvisions),
            row(.longTermLiabilities, \.longTermLiabilities), row(.shortTermLiabilities, \.shortTermLiabilities),
            row(.totalProvisionsAndLiabilities, \.totalProvisionsAndLiabilities, total: true),
            row(.totalEquityAndLiabilities, \.totalEquityAndLiabilities, total: true),
        ]
        let date = c.say(
            .dayMonthYear, String(Period.lastDay(year: p.openingYear, month: p.openingMonth)),
            c.words.monthShort(p.openingMonth), String(p.openingYear))
        var footnotes = [c.label(.planBalanceFootnote)]
        footnotes += p.years.map { y in c.say(.planDepreciationSource, String(y.year), source(c, y)) }
        let table = Table(
            id: "budgeterad-balansrakning", caption: title, unit: .mnkr,
            columns: [""] + [c.say(.planOpeningBalance, date)] + PlanReport.yearColumns(c), rows: rows,
            footnotes: footnotes)
        var blocks: [Block] = [.table(table)]
        // Likvida medel are the balancing item: below zero the plan lacks financing (seed 003 2.3.2).
        if let short = p.years.first(where: { $0.closing.cash < .zero }) {
            let text = c.say(.planNegativeCash, String(short.year), c.amount(short.closing.cash))
            blocks.append(.paragraph(text, missing: false))
        }
        return Chapter(id: "budgeterad-balansrakning", title: title, blocks: blocks)
    }

    /// The existing assets' depreciation of a year and where it comes from, in words.
    static func source(_ c: ReportContext, _ y: PlanProjection.Year) -> String {
        let amount = c.amount(y.existingDepreciation)
        switch y.existingSource {
        case .planFinance: return c.say(.planDepreciationFromPlan, amount)
        case .previousYear: return c.say(.planDepreciationAsBefore, amount)
        case .decidedBudget: return c.say(.planDepreciationFromBudget, amount, String(y.year - 1))
        case .outcome: return c.say(.planDepreciationFromOutcome, amount, String(y.year - 1))
        }
    }
}
