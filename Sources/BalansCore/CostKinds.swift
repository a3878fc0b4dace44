import Foundation

/// Kostnadsslag: a kind of cost a follow-up reports on its own, as seed 004 does ("Hög
/// kostnadsökningstakt": personalkostnader, köpt vård, läkemedel). Each is a range of accounts
/// of the chart the example uses (Kommun-Bas 13 klass 5 for personnel; the region's 45xx and
/// 46xx for purchased care and drugs).
public enum CostKind: String, Sendable, CaseIterable {
    /// Personalkostnader: löner, sociala avgifter and pensionskostnader (klass 5, 5000–5999).
    case personnel
    /// Köpt vård: care bought from other providers (4500–4599).
    case purchasedCare
    /// Läkemedel (4600–4699).
    case drugs

    /// The accounts of the kind (4-digit Kommun-Bas numbers; longer numbers by their first four digits).
    public var accounts: ClosedRange<Int> {
        switch self {
        case .personnel: return 5000...5999
        case .purchasedCare: return 4500...4599
        case .drugs: return 4600...4699
        }
    }
}

/// The growth of one cost kind from January–month of last year to January–month of this year.
public struct CostKindGrowth: Sendable, Equatable {
    /// The kind of cost.
    public var kind: CostKind
    /// Utfall January..period, öre, report sign (a cost is negative).
    public var outcome: Money
    /// Utfall of the same months a year earlier, öre, report sign.
    public var previousOutcome: Money
    /// Kostnadsökning in percent of last year's (`Ratio.growth`: positive when the cost grew); nil when last year's
    /// is zero.
    public var growth: Decimal? { Ratio.growth(outcome, over: previousOutcome) }

    /// Kostnadsutveckling per kostnadsslag (seed 004, "Hög kostnadsökningstakt": personalkostnader +10,5 %,
    /// köpt vård +6,5 %, läkemedel +15,8 %, "utfall 3 mån 2018 jmfr med utfall 3 mån 2017"): each kind's outcome
    /// of the whole organisation January..`period` against the same months a year earlier, internal accounts left out
    /// as in the statements. Empty unless both years' ledgers are stored; a kind with no rows in either year is left
    /// out.
    public static func compute(_ data: FollowUpData, period: Period) -> [CostKindGrowth] {
        guard let now = data.ledgers[period.year], let before = data.ledgers[period.year - 1],
            data.comparesWithPreviousYear(period.year)
        else { return [] }
        func sums(_ ledger: YearLedger) -> [CostKind: Money] {
            var out: [CostKind: Money] = [:]
            for c in ledger.cells where c.month <= period.month && !data.mapping.isInternal(c.account) {
                let account = AccountMapping.fourDigit(c.account)
                guard let kind = CostKind.allCases.first(where: { $0.accounts.contains(account) }) else { continue }
                out[kind, default: .zero] -= c.amount  // ledger sign → report sign
            }
            return out
        }
        let (this, last) = (sums(now), sums(before))
        return CostKind.allCases.compactMap { kind in
            guard this[kind] != nil || last[kind] != nil else { return nil }
            return CostKindGrowth(kind: kind, outcome: this[kind] ?? .zero, previousOutcome: last[kind] ?? .zero)
        }
    }
}
