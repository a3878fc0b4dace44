import Foundation

/// The rows of the resultaträkning in the order a report prints them (seed 003 4.1; RKR R11):
/// the lines the accounts map to and the subtotals computed from them.
public enum IncomeStatementRow: Sendable, CaseIterable, Equatable {
    /// Verksamhetens intäkter.
    case revenue
    /// Verksamhetens kostnader.
    case costs
    /// Avskrivningar.
    case depreciation
    /// Verksamhetens nettokostnader (subtotal).
    case netCosts
    /// Skatteintäkter.
    case tax
    /// Generella statsbidrag och utjämning.
    case grants
    /// Verksamhetens resultat (subtotal).
    case operatingResult
    /// Finansiella intäkter.
    case financialIncome
    /// Orealiserad förändring av placeringarnas marknadsvärde.
    case unrealised
    /// Finansiella kostnader.
    case financialCosts
    /// Resultat efter finansiella poster (subtotal).
    case resultAfterFinancial
    /// Extraordinära poster.
    case extraordinary
    /// Årets resultat (subtotal).
    case result
    /// Årets resultat without the unrealised items.
    case resultExclUnrealised

    /// The subtotals a report prints in bold.
    public var isTotal: Bool { [.netCosts, .operatingResult, .resultAfterFinancial, .result].contains(self) }
    /// The statement line the row prints; nil for a sum.
    public var statementLine: StatementLine? {
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
        case .netCosts, .operatingResult, .resultAfterFinancial, .result, .resultExclUnrealised: nil
        }
    }
}

extension IncomeStatement {
    /// The amount of `row`: a mapped line as booked, a subtotal as `IncomeStatement` sums it.
    public subscript(row row: IncomeStatementRow) -> Money {
        switch row {
        case .revenue: return self[.revenue]
        case .costs: return self[.costs]
        case .depreciation: return self[.depreciation]
        case .netCosts: return netCosts
        case .tax: return self[.tax]
        case .grants: return self[.grants]
        case .operatingResult: return operatingResult
        case .financialIncome: return self[.financialIncome]
        case .unrealised: return self[.unrealised]
        case .financialCosts: return self[.financialCosts]
        case .resultAfterFinancial: return resultAfterFinancialItems
        case .extraordinary: return self[.extraordinary]
        case .result: return result
        case .resultExclUnrealised: return resultExclUnrealised
        }
    }
}

extension IncomeStatement {
    /// The deviation of `self` (a forecast) from `budget` on `row`: forecast − budget, positive
    /// when better than budgeted (seed 003 4.1 "Avvikelse").
    public func deviation(from budget: IncomeStatement, on row: IncomeStatementRow) -> Money {
        self[row: row] - budget[row: row]
    }
}
