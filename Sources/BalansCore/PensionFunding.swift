/// The pension obligations and how they are funded, as the förvaltningsberättelse reports them (RKR R15; the
/// blandmodellen of LKBR 5 kap. 4 §): the provision on the balance sheet and the obligation outside it (both with
/// löneskatt), the pension placements earmarked for them, and what is left as återlånade medel — money the
/// organisation uses in its operations instead of setting it aside.
public struct PensionFunding: Sendable, Equatable {
    /// Avsättning för pensioner inkl. löneskatt (the balance sheet's line).
    public var provision: Money
    /// Ansvarsförbindelse: pensionsförpliktelser inkl. löneskatt (figures import); nil when not given.
    public var obligations: Money?
    /// Pension placements at market value (figures import `pension_portfolio_market_value`); nil when not given.
    public var placements: Money?

    /// Totala pensionsförpliktelser: the provision and the obligation outside the balance sheet.
    public var total: Money? { obligations.map { provision + $0 } }
    /// Återlånade medel: the obligations not covered by the pension placements.
    public var borrowed: Money? { total.map { $0 - (placements ?? .zero) } }

    /// The figures at `period`; nil without the year's ledger.
    public static func compute(_ data: FollowUpData, period: Period) -> PensionFunding? {
        guard let sheet = BalanceSheet.at(data, year: period.year, month: period.month) else { return nil }
        return PensionFunding(
            provision: sheet[.pensionProvisions], obligations: data.figure(.pensionObligations, at: period),
            placements: data.figure(.pensionPortfolioMarketValue, at: period))
    }
}
