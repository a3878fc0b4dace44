import BalansCore
import Foundation

/// "Noter" of the annual report (LKBR 9 kap.): the principles first, then one note per statement line with its
/// accounts or its schedule and the notes beside the statements (placements, ansvarsförbindelser, leasing), each
/// numbered as the statements refer to it. The figures are Core's (`AnnualNotes`); the chapter only words them.
enum NotesChapter {
    /// The chapter of an annual report; nil for the other kinds and without the year's ledger.
    static func build(_ c: ReportContext) -> Chapter? {
        guard let notes = c.notes else { return nil }
        let years = [notes.year] + (notes.hasPreviousYear ? [notes.year - 1] : [])
        var blocks: [Block] = []
        for note in notes.notes {
            let title = c.say(.noteHeading, String(note.number), c.label(label(note.kind)))
            blocks.append(.heading(title))
            guard note.kind != .principles else {
                let root = c.tree.root.code
                let written = c.data.text(.accountingPrinciples, node: root, period: c.period)
                blocks.append(.paragraph(written ?? c.label(.defaultAccountingPrinciples), missing: false))
                blocks.append(c.written(.rkrDeviations, node: root, what: .rkrDeviationsWhat))
                continue
            }
            let rows = note.rows.map { r in
                Table.Row(
                    label: label(r.label, c), cells: r.amounts.map(ReportBuilder.amount), level: r.isPart ? 1 : 0,
                    isTotal: r.isTotal)
            }
            blocks.append(
                .table(
                    Table(
                        id: "not-\(note.number)", caption: title, unit: .mnkr, columns: [""] + years.map(String.init),
                        rows: rows)))
        }
        return Chapter(id: "noter", title: c.label(.notesChapter), blocks: blocks)
    }

    /// The "Not" cell of a statement row: the numbers of the notes on `line`, "" without.
    static func reference(_ c: ReportContext, _ line: StatementLine?) -> CellValue {
        .text(line.flatMap { c.notes?.numbers(for: $0) }.map { $0.map(String.init).joined(separator: ", ") } ?? "")
    }
    /// The "Not" cell of a row that refers to a note beside the statements.
    static func reference(_ c: ReportContext, _ kind: NoteKind) -> CellValue {
        .text(c.notes?.note(kind).map { String($0.number) } ?? "")
    }

    /// A row's label: the account's name in the chart of accounts ("Konto 3010" without one), or the term's words.
    static func label(_ row: NoteRow.Label, _ c: ReportContext) -> String {
        switch row {
        case .account(let number, let name): return name.isEmpty ? c.say(.accountNumbered, String(number)) : name
        case .term(let term): return c.label(label(term))
        }
    }

    /// The note's title: its statement line's label, or its own.
    static func label(_ kind: NoteKind) -> ReportLabel {
        switch kind {
        case .principles: .notePrinciples
        case .fixedAssets: .noteFixedAssets
        case .placements: .notePlacements
        case .equity: .noteEquity
        case .contingentLiabilities: .noteContingent
        case .leasing: .noteLeasing
        default: kind.line?.label ?? .notePrinciples
        }
    }

    /// A term's words.
    static func label(_ term: NoteTerm) -> ReportLabel {
        switch term {
        case .opening: .noteOpening
        case .investments: .noteInvestments
        case .financialAssetsChange: .noteFinancialAssetsChange
        case .depreciation: .noteDepreciation
        case .change: .noteChange
        case .closing: .noteClosing
        case .otherEquityChanges: .noteOtherEquityChanges
        case .yearResult: .yearResult
        case .acquisitionValue: .acquisitionValue
        case .marketValue: .marketValue
        case .payrollTaxIncluded: .notePayrollTaxIncluded
        case .pensionObligations: .notePensionObligations
        case .guarantees: .noteGuarantees
        case .leasingWithinYear: .noteLeasingWithinYear
        case .leasingOneToFiveYears: .noteLeasingOneToFive
        case .leasingAfterFiveYears: .noteLeasingAfterFive
        case .total: .sumWord
        }
    }
}

extension StatementLine {
    /// The line's label in the statements and their notes.
    var label: ReportLabel {
        switch self {
        case .revenue: .revenue
        case .costs: .costs
        case .depreciation: .depreciation
        case .tax: .tax
        case .grants: .grants
        case .financialIncome: .financialIncome
        case .unrealised: .unrealisedChange
        case .financialCosts: .financialCosts
        case .extraordinary: .extraordinary
        case .fixedAssets: .fixedAssets
        case .infrastructureGrants: .infrastructureGrants
        case .currentAssets: .currentAssets
        case .equity: .otherEquity
        case .pensionProvisions: .pensionProvisions
        case .otherProvisions: .otherProvisions
        case .longTermLiabilities: .longTermLiabilities
        case .shortTermLiabilities: .shortTermLiabilities
        }
    }
}
