import BalansCore
import Foundation

/// "Sammanställda räkenskaper" of the annual report (LKBR 12 kap., RKR R16): the companies of the kommunkoncern, the
/// koncern's resultaträkning and balansräkning beside the region's, the eliminations line by line and any
/// elimination difference. Absent without registered companies, so the reports of an organisation without a koncern
/// are as before.
enum KoncernChapter {
    /// The chapter of an annual report; nil for the other kinds, without companies or without the year's ledger.
    static func build(_ c: ReportContext) -> Chapter? {
        guard c.kind == .arsredovisning, !c.isCommittee, let koncern = c.data.koncern,
            let k = Consolidation.compute(c.data, year: c.period.year)
        else { return nil }
        let year = String(c.period.year)
        var blocks: [Block] = [.paragraph(overview(c, k), missing: false)]
        blocks.append(.table(companies(c, koncern)))
        if !k.missing.isEmpty {
            blocks.append(
                .paragraph(c.say(.koncernLedgerMissing, k.missing.map(\.name).joined(separator: ", ")), missing: true))
        }
        let columns = ["", c.label(.koncernColumn), c.label(.regionColumn)]
        let income = IncomeStatementRow.allCases.map { row in
            Table.Row(
                label: c.label(IncomeStatementChapter.label(row)),
                cells: [.amount(k.income[row: row].ore), .amount(k.regionIncome[row: row].ore)], isTotal: row.isTotal)
        }
        blocks.append(
            .table(
                Table(
                    id: "koncern-resultatrakning", caption: c.say(.koncernIncomeStatement, year), unit: .mnkr,
                    columns: columns, rows: income)))
        let sheets = [k.balance, k.regionBalance]
        func row(_ label: ReportLabel, _ f: (BalanceSheet) -> Money, total: Bool = false) -> Table.Row {
            Table.Row(label: c.label(label), cells: sheets.map { .amount(f($0).ore) }, isTotal: total)
        }
        var balance: [Table.Row] = [
            row(.fixedAssets, { $0[.fixedAssets] }), row(.infrastructureGrants, { $0[.infrastructureGrants] }),
            row(.currentAssets, { $0[.currentAssets] }), row(.totalAssets, { $0.totalAssets }, total: true),
            row(.yearResult, { $0.yearResult }), row(.otherEquity, { $0.otherEquity }),
            row(.totalEquity, { $0.totalEquity }, total: true),
            row(.pensionProvisions, { $0[.pensionProvisions] }), row(.otherProvisions, { $0[.otherProvisions] }),
            row(.longTermLiabilities, { $0[.longTermLiabilities] }),
            row(.shortTermLiabilities, { $0[.shortTermLiabilities] }),
            row(.totalProvisionsAndLiabilities, { $0.totalProvisionsAndLiabilities }, total: true),
            row(.totalEquityAndLiabilities, { $0.totalEquityAndLiabilities }, total: true),
        ]
        if !k.difference.isZero {
            balance.append(
                Table.Row(label: c.label(.eliminationDifference), cells: [.amount(k.difference.ore), .empty]))
        }
        blocks.append(
            .table(
                Table(
                    id: "koncern-balansrakning", caption: c.say(.koncernBalanceSheet, year), unit: .mnkr,
                    columns: columns, rows: balance)))
        if let flow = Consolidation.cashFlow(c.data, year: c.period.year),
            let region = CashFlowStatement.compute(c.data, year: c.period.year)
        {
            blocks.append(.table(cashFlow(c, [flow, region], columns: columns)))
        }
        blocks.append(.table(eliminations(c, k)))
        for pair in k.pairs where !pair.resultDifference.isZero || !pair.balanceDifference.isZero {
            let names = [pair.first, pair.second].map { code in
                ([koncern.region] + koncern.companies).first { $0.code == code }?.name ?? code
            }
            blocks.append(
                .paragraph(
                    c.say(
                        .eliminationPairDifference, names[0], names[1],
                        ReportBuilder.text(pair.resultDifference, unit: .kr),
                        ReportBuilder.text(pair.balanceDifference, unit: .kr)),
                    missing: true))
        }
        return Chapter(id: "sammanstallda-rakenskaper", title: c.label(.consolidatedAccounts), blocks: blocks)
    }

    /// The overview for the förvaltningsberättelse: the koncern's result and total assets beside the region's.
    static func overview(_ c: ReportContext, _ k: Consolidation) -> String {
        c.say(
            .koncernOverview, c.tree.root.name, String(k.parts.count), String(c.period.year), c.amount(k.income.result),
            c.amount(k.regionIncome.result), c.amount(k.balance.totalAssets))
    }

    /// The koncern's kassaflödesanalys beside the region's, in `CashFlowChapter`'s rows.
    static func cashFlow(_ c: ReportContext, _ statements: [CashFlowStatement], columns: [String]) -> Table {
        Table(
            id: "koncern-kassaflodesanalys", caption: c.say(.koncernCashFlow, String(c.period.year)), unit: .mnkr,
            columns: columns, rows: CashFlowChapter.rows(c, statements))
    }

    /// The companies with their organisation numbers, shares and methods.
    static func companies(_ c: ReportContext, _ koncern: Koncern) -> Table {
        let rows = koncern.companies.map { company in
            let share = Decimal(company.share) / 100
            return Table.Row(
                label: company.name,
                cells: [
                    .text(company.organisationNumber),
                    .percent(share, decimals: company.share % 100 == 0 ? 0 : 2),
                    .text(c.label(company.method == .excluded ? .methodExcluded : .methodProportional)),
                ])
        }
        return Table(
            id: "koncernforetag", caption: c.label(.koncernCompanies), unit: .mnkr,
            columns: ["", c.label(.organisationNumber), c.label(.ownershipShare), c.label(.consolidationMethod)],
            rows: rows, showsUnit: false)
    }

    /// Line by line: the region, the companies at their shares, what was eliminated and the koncern.
    static func eliminations(_ c: ReportContext, _ k: Consolidation) -> Table {
        let lines = StatementLine.incomeLines + StatementLine.allCases.filter { !$0.isIncomeStatement }
        var rows: [Table.Row] = []
        for line in lines {
            let region = line.isIncomeStatement ? k.regionIncome[line] : k.regionBalance[line]
            let companies = k.parts.map { line.isIncomeStatement ? $0.income[line] : $0.balance[line] }.sum()
            let eliminated = k.eliminations[line] ?? .zero
            guard !companies.isZero || !eliminated.isZero else { continue }
            let label = line.label
            rows.append(
                Table.Row(
                    label: c.label(label),
                    cells: [region, companies, -eliminated, region + companies - eliminated].map { .amount($0.ore) }))
        }
        return Table(
            id: "koncern-elimineringar", caption: c.label(.koncernEliminations), unit: .mnkr1,
            columns: [
                "", c.label(.regionColumn), c.label(.companiesAtShare), c.label(.eliminationsColumn),
                c.label(.koncernColumn),
            ], rows: rows)
    }
}
