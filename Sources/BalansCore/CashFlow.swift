import Foundation

/// A line of the kassaflödesanalys (LKBR 8 kap.; RKR R13, the indirect method), in the order printed.
public enum CashFlowLine: String, Sendable, CaseIterable, Hashable {
    /// Årets resultat.
    case result
    /// Justering för av- och nedskrivningar (added back: they cost no cash).
    case depreciation
    /// Justering för orealiserade värdeförändringar (taken out: they bring no cash).
    case unrealised
    /// Förändring av avsättningar (pensioner and other provisions).
    case provisions
    /// Ökning (−)/minskning (+) av kortfristiga fordringar (15xx–17xx).
    case receivables
    /// Ökning (+)/minskning (−) av kortfristiga skulder.
    case shortTermLiabilities
    /// Investering i materiella och immateriella anläggningstillgångar (10xx–12xx), net of disposals: one line,
    /// as the ledger's depreciation (78xx) does not say which of them it wrote down.
    case fixedAssets
    /// Investering i finansiella anläggningstillgångar (13xx).
    case financialAssets
    /// Förändring av kortfristiga placeringar (18xx).
    case placements
    /// Förändring av långfristiga skulder (nyupptagna lån less amortering).
    case longTermLiabilities
    /// Förändring av eget kapital other than the year's result.
    case equity
    /// Bidrag till statlig infrastruktur (14xx), net: paid less dissolved (the ledger's monthly sums do not separate
    /// the two).
    case infrastructureGrants

    /// The section the line belongs to.
    public var section: CashFlowSection {
        switch self {
        case .result, .depreciation, .unrealised, .provisions, .receivables, .shortTermLiabilities: .operating
        case .fixedAssets, .financialAssets, .placements: .investing
        case .longTermLiabilities, .equity: .financing
        case .infrastructureGrants: .infrastructure
        }
    }
}

/// The sections of the kassaflödesanalys (RKR R13).
public enum CashFlowSection: String, Sendable, CaseIterable {
    /// Den löpande verksamheten.
    case operating
    /// Investeringsverksamheten.
    case investing
    /// Finansieringsverksamheten.
    case financing
    /// Bidrag till statlig infrastruktur.
    case infrastructure
}

/// Kassaflödesanalys for January..month of a year, from the ledger's opening balances and movements and the account
/// mapping. Likvida medel are the accounts 1900–1999 (kassa och bank, Kommun-Bas). Every other balance account's
/// movement is the cash it took or gave, put on a line by its statement line and range; the non-cash items of the
/// result (depreciation, unrealised changes) are moved from the investing lines to the operating section — so the
/// lines sum to the change in likvida medel by double entry. A balance account the mapping does not place is listed
/// in `unexplained` with its cash effect: then, and only then, the flow and the change in likvida medel differ.
public struct CashFlowStatement: Sendable, Equatable {
    /// The amount of each line, report sign (cash in positive).
    public var lines: [CashFlowLine: Money]
    /// Likvida medel at the start of the year.
    public var openingCash: Money
    /// Likvida medel at the end of the period.
    public var closingCash: Money
    /// Balance accounts the mapping does not place, with the cash effect of their movements.
    public var unexplained: [(account: Int, amount: Money)]

    /// The line's amount (zero when none).
    public subscript(_ line: CashFlowLine) -> Money { lines[line] ?? .zero }
    /// A section's sum.
    public func total(_ section: CashFlowSection) -> Money {
        CashFlowLine.allCases.filter { $0.section == section }.map { self[$0] }.sum()
    }
    /// Årets kassaflöde: the sections' sum.
    public var flow: Money { CashFlowSection.allCases.map(total).sum() }
    /// The change in likvida medel the balance sheets give.
    public var cashChange: Money { closingCash - openingCash }
    /// What the flow misses of the change in likvida medel (the unexplained accounts' sum): zero when it balances.
    public var difference: Money { cashChange - flow }

    /// Equal lines, cash and unexplained accounts.
    public static func == (a: CashFlowStatement, b: CashFlowStatement) -> Bool {
        a.lines == b.lines && a.openingCash == b.openingCash && a.closingCash == b.closingCash
            && a.unexplained.map(\.account) == b.unexplained.map(\.account)
            && a.unexplained.map(\.amount) == b.unexplained.map(\.amount)
    }

    /// Likvida medel: kassa och bank (Kommun-Bas 19).
    public static let cashAccounts = 1900...1999

    /// The statement of `year` January..`month`; nil without the year's ledger.
    public static func compute(_ data: FollowUpData, year: Int, through month: Int = 12) -> CashFlowStatement? {
        guard let ledger = data.ledgers[year] else { return nil }
        var movement: [Int: Money] = [:]  // balance accounts, ledger sign
        var lines: [CashFlowLine: Money] = [:]
        for c in ledger.cells where c.month <= month {
            if AccountMapping.isResultAccount(c.account) {
                lines[.result, default: .zero] -= c.amount  // ledger sign → report sign
                switch data.mapping.line(for: c.account) {
                case .depreciation: lines[.depreciation, default: .zero] += c.amount
                case .unrealised: lines[.unrealised, default: .zero] += c.amount
                default: break
                }
            } else {
                movement[c.account, default: .zero] += c.amount
            }
        }
        // The non-cash items leave the accounts they were booked against: depreciation the fixed assets, unrealised
        // changes the placements (their other side).
        lines[.fixedAssets, default: .zero] -= lines[.depreciation] ?? .zero
        lines[.placements, default: .zero] -= lines[.unrealised] ?? .zero
        var unexplained: [(account: Int, amount: Money)] = []
        var cash = (opening: Money.zero, movement: Money.zero)
        for (account, amount) in ledger.openingBalances where cashAccounts.contains(AccountMapping.fourDigit(account)) {
            cash.opening += amount
        }
        for (account, m) in movement.sorted(by: { $0.key < $1.key }) {
            let four = AccountMapping.fourDigit(account)
            if cashAccounts.contains(four) {
                cash.movement += m
            } else if let line = Self.line(four, data.mapping.line(for: account)) {
                lines[line, default: .zero] -= m  // an asset's increase (debit) took cash; a liability's gave it
            } else {
                unexplained.append((account, -m))
            }
        }
        return CashFlowStatement(
            lines: lines, openingCash: cash.opening, closingCash: cash.opening + cash.movement,
            unexplained: unexplained)
    }

    /// The cash-flow line of a balance account by its statement line (and, for the assets, its range).
    static func line(_ account: Int, _ statementLine: StatementLine?) -> CashFlowLine? {
        switch statementLine {
        case .fixedAssets:
            account < 1300 ? .fixedAssets : .financialAssets
        case .infrastructureGrants: .infrastructureGrants
        case .currentAssets: account >= 1800 ? .placements : .receivables
        case .equity: .equity
        case .pensionProvisions, .otherProvisions: .provisions
        case .longTermLiabilities: .longTermLiabilities
        case .shortTermLiabilities: .shortTermLiabilities
        default: nil
        }
    }
}
