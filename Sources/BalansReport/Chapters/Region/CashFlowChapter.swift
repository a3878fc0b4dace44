import BalansCore
import Foundation

/// "Kassaflödesanalys" (LKBR 8 kap., RKR R13, indirect method) of the annual report: the year and the year before, the
/// sections with their sums, årets kassaflöde and likvida medel at the start and the end. Where the flow does not
/// equal the change in likvida medel the report says so and names the accounts the mapping does not place.
enum CashFlowChapter {
    /// The chapter of an annual report; nil for the other kinds and without the year's ledger.
    static func build(_ c: ReportContext) -> Chapter? {
        let p = c.period
        guard c.kind == .arsredovisning, let now = CashFlowStatement.compute(c.data, year: p.year, through: p.month)
        else { return nil }
        let before =
            c.data.comparesWithPreviousYear(p.year)
            ? CashFlowStatement.compute(c.data, year: p.year - 1, through: p.month) : nil
        let statements = [now] + (before.map { [$0] } ?? [])
        let rows = Self.rows(c, statements)
        let columns = [""] + ([p.year] + (before == nil ? [] : [p.year - 1])).map(String.init)
        var blocks: [Block] = [
            .table(
                Table(
                    id: "kassaflodesanalys", caption: c.label(.cashFlowStatement), unit: .mnkr, columns: columns,
                    rows: rows))
        ]
        if !now.difference.isZero {
            let accounts = now.unexplained.map { c.say(.accountAmount, String($0.account), c.amount($0.amount)) }
            blocks.append(
                .paragraph(
                    c.say(.cashFlowDifference, c.amount(now.difference), accounts.joined(separator: ", ")),
                    missing: true))
        }
        return Chapter(id: "kassaflodesanalys", title: c.label(.cashFlowStatement), blocks: blocks)
    }
}

extension CashFlowChapter {
    /// The rows of kassaflödesanalyser side by side (a column each): the sections with their lines and sums, årets
    /// kassaflöde and likvida medel at the start and the end. The region's and the koncern's tables share them.
    static func rows(_ c: ReportContext, _ statements: [CashFlowStatement]) -> [Table.Row] {
        func row(_ label: String, _ f: (CashFlowStatement) -> Money, level: Int = 1, total: Bool = false) -> Table.Row {
            Table.Row(label: label, cells: statements.map { .amount(f($0).ore) }, level: level, isTotal: total)
        }
        var rows: [Table.Row] = []
        for section in CashFlowSection.allCases {
            let lines = CashFlowLine.allCases.filter { $0.section == section }
            // A section with nothing in any column (bidrag till statlig infrastruktur, mostly) is left out.
            guard statements.contains(where: { s in lines.contains { !s[$0].isZero } }) else { continue }
            rows.append(Table.Row(label: c.label(section.heading), cells: statements.map { _ in .empty }))
            rows += lines.filter { l in statements.contains { !$0[l].isZero } }.map { l in
                row(c.label(l.label), { $0[l] })
            }
            rows.append(row(c.label(section.total), { $0.total(section) }, level: 0, total: true))
        }
        rows.append(row(c.label(.cashFlowYear), \.flow, level: 0, total: true))
        rows.append(row(c.label(.cashAtStart), \.openingCash, level: 0))
        rows.append(row(c.label(.cashAtEnd), \.closingCash, level: 0, total: true))
        return rows
    }
}

extension CashFlowSection {
    /// The section's heading.
    var heading: ReportLabel {
        switch self {
        case .operating: .cashOperating
        case .investing: .cashInvesting
        case .financing: .cashFinancing
        case .infrastructure: .cashInfrastructure
        }
    }
    /// The label of the section's sum.
    var total: ReportLabel {
        switch self {
        case .operating: .cashOperatingTotal
        case .investing: .cashInvestingTotal
        case .financing: .cashFinancingTotal
        case .infrastructure: .cashInfrastructureTotal
        }
    }
}

extension CashFlowLine {
    /// The line's label.
    var label: ReportLabel {
        switch self {
        case .result: .cashResult
        case .depreciation: .cashDepreciation
        case .unrealised: .cashUnrealised
        case .provisions: .cashProvisions
        case .receivables: .cashReceivables
        case .shortTermLiabilities: .cashShortTermLiabilities
        case .fixedAssets: .cashFixedAssets
        case .financialAssets: .cashFinancialAssets
        case .placements: .cashPlacements
        case .longTermLiabilities: .cashLongTermLiabilities
        case .equity: .cashEquity
        case .infrastructureGrants: .cashInfrastructureGrants
        }
    }
}
