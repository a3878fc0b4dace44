import BalansCore
import Foundation

/// "Skatteintäkter och generella statsbidrag" of Mål och budget: for each year of the plan the computation step by
/// step — the base year's skatteunderlag, each uppräkningsfaktor, the skatteunderlag of the year, the tax rate, the
/// preliminary tax, the slutavräkning and its correction, skatteintäkter — and the grant components and their sum.
enum PlanTaxChapter {
    /// The chapter of the document `c` describes; nil without a plan.
    static func build(_ c: ReportContext) -> Chapter? {
        guard let document = c.plan, let last = document.plan.years.last else { return nil }
        var blocks: [Block] = [.paragraph(c.label(.planTaxIntro), missing: false)]
        let sources = FramePlan.taxSources(document.taxRows, through: last.year)
        for y in document.plan.years {
            blocks.append(
                .table(
                    Table(
                        id: "skatteintakter-\(y.year)", caption: c.say(.planTaxTable, String(y.year)), unit: .mnkr1,
                        columns: ["", c.label(.planFactor), c.label(.amount)], rows: rows(c, y.taxes),
                        footnotes: sources.isEmpty ? [] : [c.say(.planTaxSources, sources.joined(separator: "; "))])))
        }
        return Chapter(id: "skatteintakter", title: c.label(.planTaxChapter), blocks: blocks)
    }

    /// The computation of one year as rows: a factor or rate in the middle column, an amount in the last.
    static func rows(_ c: ReportContext, _ t: TaxRevenueCalculation) -> [Table.Row] {
        func amount(_ label: String, _ m: Money, total: Bool = false, level: Int = 0) -> Table.Row {
            Table.Row(label: label, cells: [.empty, .amount(m.ore)], level: level, isTotal: total)
        }
        func number(_ d: Decimal) -> String {
            let decimals = (0...6).first { d == d.roundedHalfAwayFromZero(scale: $0) } ?? 6
            return SwedishNumberFormat.number(d, decimals: decimals)
        }
        var rows = [amount(c.say(.planTaxBase, String(t.baseYear)), t.taxBase)]
        for u in t.uplifts {
            rows.append(
                Table.Row(label: c.say(.planUplift, String(u.year)), cells: [.points(u.factor, decimals: 4), .empty]))
        }
        rows.append(amount(c.say(.planTaxBaseOfYear, String(t.year)), t.taxBaseOfYear))
        rows.append(Table.Row(label: c.label(.planTaxRate), cells: [.points(t.taxRate, decimals: 2), .empty]))
        rows.append(amount(c.label(.planPreliminaryTax), t.preliminary))
        for s in t.settlements {
            let people = SwedishNumberFormat.number(Decimal(s.population), decimals: 0)
            let label =
                s.item == .finalSettlement
                ? c.say(.planFinalSettlement, String(t.year), number(s.perCapita), people)
                : c.say(.planSettlementCorrection, String(t.year - 1), number(s.perCapita), people)
            rows.append(amount(label, s.amount))
        }
        rows.append(amount(c.label(.tax), t.taxRevenue, total: true))
        rows.append(Table.Row(label: c.label(.grants), cells: [.empty, .empty]))
        rows += t.grants.map { amount($0.name, $0.amount, level: 1) }
        rows.append(amount(c.say(.sum, c.label(.grants).lowercased()), t.grantsTotal, total: true))
        rows.append(amount(c.label(.planTaxesAndGrants), t.total, total: true))
        return rows
    }
}
