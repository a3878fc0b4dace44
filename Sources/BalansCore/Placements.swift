/// A mandate (förvaltning) the likvida medel are managed in (seed 003 2.5.5 "Likvida medel och
/// placeringar": pensionsmedelsförvaltning, medelsförvaltning, likviditetsförvaltning and the
/// banktillgodohavanden). Each is read from its own pair of `figures` keys.
public enum PlacementMandate: String, Sendable, CaseIterable {
    /// Pensionsmedelsförvaltning: funds set aside for the pension obligations.
    case pensionPortfolio
    /// Medelsförvaltning: funds and bonds.
    case treasuryPortfolio
    /// Likviditetsförvaltning: bonds for the short-term liquidity.
    case liquidityPortfolio
    /// Banktillgodohavanden.
    case bank

    /// The figure key of the mandate's anskaffningsvärde.
    public var acquisitionKey: FigureRow.Key {
        switch self {
        case .pensionPortfolio: return .pensionPortfolioAcquisitionValue
        case .treasuryPortfolio: return .treasuryPortfolioAcquisitionValue
        case .liquidityPortfolio: return .liquidityPortfolioAcquisitionValue
        case .bank: return .bankBalance
        }
    }

    /// The figure key of the mandate's marknadsvärde (a bank balance has one value: both keys are the same).
    public var marketKey: FigureRow.Key {
        switch self {
        case .pensionPortfolio: return .pensionPortfolioMarketValue
        case .treasuryPortfolio: return .treasuryPortfolioMarketValue
        case .liquidityPortfolio: return .liquidityPortfolioMarketValue
        case .bank: return .bankBalance
        }
    }
}

/// One mandate's placements at a month end: acquisition and market value.
public struct PlacementHolding: Sendable, Equatable {
    /// The mandate.
    public var mandate: PlacementMandate
    /// Anskaffningsvärde, öre.
    public var acquisitionValue: Money
    /// Marknadsvärde, öre (the acquisition value when the file gives none).
    public var marketValue: Money

    /// The placements per mandate at the end of `period`, in the order of `PlacementMandate`, for
    /// the mandates the figures give; empty when none is given.
    public static func at(_ data: FollowUpData, period: Period) -> [PlacementHolding] {
        PlacementMandate.allCases.compactMap { mandate in
            guard let cost = data.figure(mandate.acquisitionKey, at: period) else { return nil }
            return PlacementHolding(
                mandate: mandate, acquisitionValue: cost,
                marketValue: data.figure(mandate.marketKey, at: period) ?? cost)
        }
    }
}
