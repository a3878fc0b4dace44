import BalansCore
import Foundation

/// "Budgeterad kassaflödesanalys" of Mål och budget (issue 18, item 6; RKR R13 Kassaflödesanalys, the indirect
/// method, LKBR 8 kap.): per year the result with the depreciation added back, the investments, the borrowing and
/// the amortisation, årets kassaflöde and likvida medel at the start and the end (`PlanProjection.Year`). Absent
/// without a projection (the balance sheet chapter says why).
enum PlanCashFlowChapter {
    /// The chapter of the document `c` describes; nil without a projection.
    static func build(_ c: ReportContext) -> Chapter? {
        guard case .success(let p)? = c.plan?.projection else { return nil }
        let ys = p.years
        func row(_ label: String, _ f: (PlanProjection.Year) -> Money, level: Int = 1, total: Bool = false)
            -> Table.Row
        {
            Table.Row(label: label, cells: ys.map { .amount(f($0).ore) }, level: level, isTotal: total)
        }
        func heading(_ label: ReportLabel) -> Table.Row {
            Table.Row(label: c.label(label), cells: ys.map { _ in .empty })
        }
        let rows = [
            heading(.cashOperating), row(c.label(.cashResult), \.result),
            row(c.label(.cashDepreciation), \.depreciation),
            row(c.label(.cashOperatingTotal), \.operating, level: 0, total: true),
            heading(.cashInvesting), row(c.label(.cashFixedAssets), \.investing),
            row(c.label(.cashInvestingTotal), \.investing, level: 0, total: true),
            heading(.cashFinancing), row(c.label(.planBorrowing), \.borrowing),
            row(c.label(.planAmortisation), { .zero - $0.amortisation }),
            row(c.label(.cashFinancingTotal), \.financing, level: 0, total: true),
            row(c.label(.cashFlowYear), \.cashFlow, level: 0, total: true),
            row(c.label(.planCashAtStart), \.openingCash, level: 0),
            row(c.label(.planCashAtEnd), \.closing.cash, level: 0, total: true),
        ]
        let title = c.label(.planCashFlowChapter)
        let table = Table(
            id: "budgeterad-kassaflodesanalys", caption: title, unit: .mnkr, columns: [""] + PlanReport.yearColumns(c),
            rows: rows)
        return Chapter(id: "budgeterad-kassaflodesanalys", title: title, blocks: [.table(table)])
    }
}
