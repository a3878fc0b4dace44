/// A note (not) of the annual report (LKBR 9 kap.; RKR R18 for the övriga upplysningar), numbered in the order
/// printed and referenced from the statements' lines.
public enum NoteKind: String, Sendable, CaseIterable {
    /// Redovisningsprinciper, with the organisation's stated deviations from RKR (written texts).
    case principles
    /// One note per resultaträkning line: its accounts.
    case revenue, costs, depreciation, tax, grants, financialIncome, unrealised, financialCosts, extraordinary
    /// Materiella och immateriella anläggningstillgångar: the asset schedule.
    case fixedAssets
    /// Bidrag till statlig infrastruktur: opening value, the year's change, closing value.
    case infrastructureGrants
    /// Omsättningstillgångar by account.
    case currentAssets
    /// Finansiella placeringar: acquisition and market value (figures import).
    case placements
    /// Eget kapital: opening, other changes, the year's result, closing.
    case equity
    /// Avsättningar för pensioner inklusive löneskatt.
    case pensionProvisions
    /// Övriga avsättningar.
    case otherProvisions
    /// Långfristiga skulder.
    case longTermLiabilities
    /// Kortfristiga skulder by account.
    case shortTermLiabilities
    /// Ansvarsförbindelser: pensionsförpliktelser inkl. löneskatt and borgensåtaganden (figures import).
    case contingentLiabilities
    /// Leasing: minimum lease payments by when they fall due (figures import).
    case leasing

    /// The statement line whose amount the note's total equals; nil for a note beside the statements.
    public var line: StatementLine? {
        switch self {
        case .revenue: .revenue
        case .costs: .costs
        case .depreciation: .depreciation
        case .tax: .tax
        case .grants: .grants
        case .financialIncome: .financialIncome
        case .unrealised: .unrealised
        case .financialCosts: .financialCosts
        case .extraordinary: .extraordinary
        case .fixedAssets: .fixedAssets
        case .infrastructureGrants: .infrastructureGrants
        case .currentAssets: .currentAssets
        case .pensionProvisions: .pensionProvisions
        case .otherProvisions: .otherProvisions
        case .longTermLiabilities: .longTermLiabilities
        case .shortTermLiabilities: .shortTermLiabilities
        case .principles, .placements, .equity, .contingentLiabilities, .leasing: nil
        }
    }
}

/// What a note row shows that is not an account: the catalogue words it.
public enum NoteTerm: String, Sendable, CaseIterable {
    case opening, investments, financialAssetsChange, depreciation, change, closing, otherEquityChanges, yearResult
    case acquisitionValue, marketValue, payrollTaxIncluded, pensionObligations, guarantees
    case leasingWithinYear, leasingOneToFiveYears, leasingAfterFiveYears, total
}

/// A row of a note: an account of the ledger (by its four-digit number and the name of the chart of accounts) or a
/// term; `amounts` in the note's columns (this year, the year before), report sign.
public struct NoteRow: Sendable, Equatable {
    /// An account or a term.
    public enum Label: Sendable, Equatable {
        /// A Kommun-Bas account and its name in the chart of accounts ("" when it has none).
        case account(Int, String)
        /// A term of the catalogue.
        case term(NoteTerm)
    }
    /// What the row is.
    public var label: Label
    /// The amount per column; nil where the column has no figure.
    public var amounts: [Money?]
    /// The note's total (the line the statement prints).
    public var isTotal: Bool = false
    /// A part of a row above ("varav"), not added into the total.
    public var isPart: Bool = false
}

/// One note: its number, what it explains and its rows.
public struct Note: Sendable, Equatable {
    /// 1, 2, … in the order printed.
    public var number: Int
    /// What the note is.
    public var kind: NoteKind
    /// The rows, the total last where the note has one.
    public var rows: [NoteRow]
}

/// The notes of an annual report for January..`month` of a year, with the year before where it compares.
/// Figures come from the ledger where the accounts give them (the same mapping as the statements, so every note's
/// total equals its line) and from the figures import where they do not (placements, pensions' löneskatt,
/// ansvarsförbindelser, leasing; docs/formats.md). A note without any figure is left out, except the principles.
public struct AnnualNotes: Sendable, Equatable {
    /// The notes in the order printed.
    public var notes: [Note]
    /// The year of the first column.
    public var year: Int
    /// Whether the second column (the year before) is there.
    public var hasPreviousYear: Bool

    /// The note of `kind`, if the report has it.
    public func note(_ kind: NoteKind) -> Note? { notes.first { $0.kind == kind } }
    /// The numbers of the notes a statement line refers to (its own; placements also from omsättningstillgångar).
    public func numbers(for line: StatementLine) -> [Int] {
        notes.filter { $0.kind.line == line || ($0.kind == .placements && line == .currentAssets) }.map(\.number)
    }

    /// The notes of `year` through `month`; nil without the year's ledger.
    public static func compute(_ data: FollowUpData, year: Int, through month: Int = 12) -> AnnualNotes? {
        guard let now = NoteLedger(data, year: year, month: month) else { return nil }
        let before = data.comparesWithPreviousYear(year) ? NoteLedger(data, year: year - 1, month: month) : nil
        let ledgers = [now] + (before.map { [$0] } ?? [])
        var notes: [Note] = [Note(number: 1, kind: .principles, rows: [])]
        for kind in NoteKind.allCases where kind != .principles {
            // A row with no figure in any column (a figure not imported) is left out.
            let rows = Self.rows(kind, ledgers, data).filter { $0.amounts.contains { $0 != nil } }
            guard rows.contains(where: { $0.amounts.contains { $0.map { !$0.isZero } ?? false } }) else { continue }
            notes.append(Note(number: notes.count + 1, kind: kind, rows: rows))
        }
        return AnnualNotes(notes: notes, year: year, hasPreviousYear: before != nil)
    }

    static func rows(_ kind: NoteKind, _ ledgers: [NoteLedger], _ data: FollowUpData) -> [NoteRow] {
        func row(_ term: NoteTerm, total: Bool = false, part: Bool = false, _ f: (NoteLedger) -> Money?) -> NoteRow {
            NoteRow(label: .term(term), amounts: ledgers.map(f), isTotal: total, isPart: part)
        }
        func figure(_ key: FigureRow.Key, _ l: NoteLedger) -> Money? {
            Period(year: l.year, month: l.month).flatMap { data.figure(key, at: $0) }
        }
        func yearFigure(_ key: FigureRow.Key, _ l: NoteLedger) -> Money? { data.figure(key, year: l.year)?.amount }
        func schedule(_ line: StatementLine) -> [NoteRow] {
            [
                row(.opening) { $0.opening(line) },
                row(.change) { $0.closing(line) - $0.opening(line) },
                row(.closing, total: true) { $0.closing(line) },
            ]
        }
        switch kind {
        case .principles: return []
        case .fixedAssets:
            // Investments are what the schedule needs to close: the ledger's depreciation (78xx) does not say which
            // asset it wrote down, so the schedule is of the line as a whole, with each account's closing value below.
            let financial = ledgers.map {
                $0.closing(.fixedAssets, 1300...1399) - $0.opening(.fixedAssets, 1300...1399)
            }
            var rows = [
                row(.opening) { $0.opening(.fixedAssets) },
                row(.investments) { l in
                    l.closing(.fixedAssets, 1000...1299) - l.opening(.fixedAssets, 1000...1299)
                        - l.result(.depreciation)
                },
            ]
            if financial.contains(where: { !$0.isZero }) {
                rows.append(NoteRow(label: .term(.financialAssetsChange), amounts: financial))
            }
            rows += [
                row(.depreciation) { $0.result(.depreciation) },
                row(.closing, total: true) { $0.closing(.fixedAssets) },
            ]
            return rows
                + Self.accountRows(.fixedAssets, ledgers, data).map { r in
                    var part = r
                    part.isPart = true
                    return part
                }
        case .infrastructureGrants, .otherProvisions, .longTermLiabilities:
            return schedule(kind.line ?? .otherProvisions)
        case .pensionProvisions:
            return schedule(.pensionProvisions) + [
                row(.payrollTaxIncluded, part: true) { figure(.pensionProvisionsPayrollTax, $0) }
            ]
        case .equity:
            return [
                row(.opening) { -$0.openingBalance(.equity) },
                row(.otherEquityChanges) { -($0.closingBalance(.equity) - $0.openingBalance(.equity)) },
                row(.yearResult) { $0.yearResult },
                row(.closing, total: true) { -$0.closingBalance(.equity) + $0.yearResult },
            ]
        case .placements:
            return [
                row(.acquisitionValue) { figure(.placementsAcquisitionValue, $0) },
                row(.marketValue) { figure(.placementsMarketValue, $0) },
            ]
        case .contingentLiabilities:
            let parts: [(NoteTerm, FigureRow.Key)] = [
                (.pensionObligations, .pensionObligations), (.guarantees, .guarantees),
            ]
            let rows = parts.map { p in row(p.0) { figure(p.1, $0) } }
            return rows + [row(.total, total: true) { l in Self.sum(parts.compactMap { figure($0.1, l) }) }]
        case .leasing:
            let parts: [(NoteTerm, FigureRow.Key)] = [
                (.leasingWithinYear, .leasingWithinYear), (.leasingOneToFiveYears, .leasingOneToFiveYears),
                (.leasingAfterFiveYears, .leasingAfterFiveYears),
            ]
            let rows = parts.map { p in row(p.0) { yearFigure(p.1, $0) } }
            return rows + [row(.total, total: true) { l in Self.sum(parts.compactMap { yearFigure($0.1, l) }) }]
        default:
            guard let line = kind.line else { return [] }
            let total = line.isIncomeStatement ? row(.total, total: true) { $0.result(line) } : nil
            let closing = line.isIncomeStatement ? nil : row(.total, total: true) { $0.closing(line) }
            return Self.accountRows(line, ledgers, data) + [total ?? closing].compactMap { $0 }
        }
    }

    /// The sum of the figures given; nil when none is.
    static func sum(_ amounts: [Money]) -> Money? { amounts.isEmpty ? nil : amounts.sum() }

    /// One row per four-digit account of `line` that has an amount in any column, named by the chart of accounts
    /// of the first year that names it.
    static func accountRows(_ line: StatementLine, _ ledgers: [NoteLedger], _ data: FollowUpData) -> [NoteRow] {
        let accounts = Set(ledgers.flatMap { l in l.amounts(line).filter { !$0.value.isZero }.keys }).sorted()
        return accounts.map { account in
            let name = ledgers.lazy.compactMap { l in data.accountNames[l.year]?[account] }.first ?? ""
            return NoteRow(label: .account(account, name), amounts: ledgers.map { $0.amounts(line)[account] ?? .zero })
        }
    }
}

/// A year's ledger as the notes read it: per four-digit account, the opening balance and the movement January..month,
/// in ledger sign; amounts in report sign on the way out (revenues and credit balances positive).
struct NoteLedger {
    let year: Int
    let month: Int
    let mapping: AccountMapping
    private var opening: [Int: Money] = [:]
    private var movement: [Int: Money] = [:]

    init?(_ data: FollowUpData, year: Int, month: Int) {
        guard let ledger = data.ledgers[year] else { return nil }
        self.year = year
        self.month = month
        self.mapping = data.mapping
        for (account, amount) in ledger.openingBalances {
            opening[AccountMapping.fourDigit(account), default: .zero] += amount
        }
        for c in ledger.cells where c.month <= month {
            movement[AccountMapping.fourDigit(c.account), default: .zero] += c.amount
        }
    }

    /// Report sign of a ledger amount on a line: assets as debit balances, everything else (results too) as credit.
    private func signed(_ amount: Money, _ line: StatementLine) -> Money {
        StatementLine.assetLines.contains(line) ? amount : -amount
    }
    /// Whether the account's amounts are on `line` as the statements put them: `IncomeStatement.outcome` takes the
    /// mapped line of an income account, `BalanceSheet.at` the rule's line of a balance account.
    private func onLine(_ account: Int, _ line: StatementLine) -> Bool {
        if line.isIncomeStatement { return mapping.line(for: account) == line }
        return mapping.rule(for: account)?.line == line && !AccountMapping.isResultAccount(account)
    }

    /// Per account of `line`: the movement (income statement lines) or the closing balance, report sign.
    func amounts(_ line: StatementLine) -> [Int: Money] {
        var out: [Int: Money] = [:]
        let accounts = line.isIncomeStatement ? Set(movement.keys) : Set(movement.keys).union(opening.keys)
        for a in accounts where onLine(a, line) {
            let ledger =
                line.isIncomeStatement ? (movement[a] ?? .zero) : (opening[a] ?? .zero) + (movement[a] ?? .zero)
            out[a] = signed(ledger, line)
        }
        return out
    }
    /// The year's amount of an income statement line, report sign.
    func result(_ line: StatementLine) -> Money { amounts(line).values.sum() }
    /// The opening balance of a balance line (of the accounts in `range`), report sign.
    func opening(_ line: StatementLine, _ range: ClosedRange<Int> = 0...9999) -> Money {
        signed(openingBalance(line, range), line)
    }
    /// The closing balance of a balance line (of the accounts in `range`), report sign.
    func closing(_ line: StatementLine, _ range: ClosedRange<Int> = 0...9999) -> Money {
        signed(closingBalance(line, range), line)
    }
    /// Ledger-sign opening balance of a balance line's accounts.
    func openingBalance(_ line: StatementLine, _ range: ClosedRange<Int> = 0...9999) -> Money {
        opening.filter { range.contains($0.key) && onLine($0.key, line) }.values.sum()
    }
    /// Ledger-sign closing balance of a balance line's accounts.
    func closingBalance(_ line: StatementLine, _ range: ClosedRange<Int> = 0...9999) -> Money {
        let accounts = Set(opening.keys).union(movement.keys).filter { range.contains($0) && onLine($0, line) }
        return accounts.map { (opening[$0] ?? .zero) + (movement[$0] ?? .zero) }.sum()
    }
    /// Årets resultat: every result account's movement, report sign (as the balance sheet's).
    var yearResult: Money { movement.filter { AccountMapping.isResultAccount($0.key) }.values.map { -$0 }.sum() }
}
