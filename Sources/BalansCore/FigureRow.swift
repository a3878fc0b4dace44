/// An amount that is not in the ledger (docs/formats.md, kind `figures`): pension
/// obligations, financial placements, closed years' results and balanskrav adjustments.
public struct FigureRow: Hashable, Sendable {
    /// What a figure is: the `key` column of the `figures` file (docs/formats.md).
    public enum Key: String, Sendable, CaseIterable {
        /// Ansvarsförbindelse: pensionsförpliktelser inkl. löneskatt, at a month end.
        case pensionObligations = "pension_obligations"
        /// Marknadsvärde of the financial placements, at a month end.
        case placementsMarketValue = "placements_market_value"
        /// Anskaffningsvärde of the financial placements, at a month end.
        case placementsAcquisitionValue = "placements_acquisition_value"
        /// A closed year's årets resultat (when its ledger is not in the store).
        case result
        /// A closed year's unrealised market-value change.
        case unrealised
        /// A closed year's skatteintäkter.
        case tax
        /// A closed year's generella statsbidrag och utjämning.
        case grants
        /// A closed year's verksamhetens nettokostnader (report sign: negative), the base of the
        /// net cost growth (seed 003 2.5.2) when the year's ledger is not in the store.
        case netCosts = "net_costs"
        /// Balanskrav: reducering av realisationsvinster (entered negative).
        case realisationGains = "realisation_gains"
        /// Balanskrav: other statutory adjustments.
        case otherAdjustments = "other_adjustments"
        /// Balanskrav: avsättning till resultatutjämningsreserv (entered negative).
        case rurProvision = "rur_provision"
        /// Balanskrav: disposition av resultatutjämningsreserv.
        case rurUse = "rur_use"
        /// Balanskrav: synnerliga skäl att inte återställa; nil amount = the whole deficit.
        case exceptionalReasons = "exceptional_reasons"
        /// The year's investment frame (investeringsram) of the property investments decided
        /// by the board (seed 000 3: "Total ram 2017 220 000").
        case investmentFrame = "investment_frame"
        /// Investment budget carried over from last year (ombudgetering) by the council's
        /// decision on last year's result: the budget of Mål och budget is the year's total less
        /// it (seed 003 3.4: "983 mnkr … ombudgetera totalt 92 mnkr … 1 075 mnkr").
        case investmentCarryOver = "investment_carry_over"
        /// Anskaffningsvärde of the pension placements (pensionsmedelsförvaltning), at a month end.
        case pensionPortfolioAcquisitionValue = "pension_portfolio_acquisition_value"
        /// Marknadsvärde of the pension placements, at a month end.
        case pensionPortfolioMarketValue = "pension_portfolio_market_value"
        /// Anskaffningsvärde of the treasury placements (medelsförvaltning), at a month end.
        case treasuryPortfolioAcquisitionValue = "treasury_portfolio_acquisition_value"
        /// Marknadsvärde of the treasury placements, at a month end.
        case treasuryPortfolioMarketValue = "treasury_portfolio_market_value"
        /// Anskaffningsvärde of the liquidity placements (likviditetsförvaltning), at a month end.
        case liquidityPortfolioAcquisitionValue = "liquidity_portfolio_acquisition_value"
        /// Marknadsvärde of the liquidity placements, at a month end.
        case liquidityPortfolioMarketValue = "liquidity_portfolio_market_value"
        /// Banktillgodohavanden at a month end (no market value apart from the balance).
        case bankBalance = "bank_balance"
        /// Särskild löneskatt included in the avsättning för pensioner, at a month end (the note on the provision:
        /// the ledger's pension accounts hold provision and tax together).
        case pensionProvisionsPayrollTax = "pension_provisions_payroll_tax"
        /// Borgensåtaganden and other ansvarsförbindelser than pensions, at a month end (the note on them).
        case guarantees
        /// Operational leasing: minimum lease payments of the non-cancellable contracts due within a year (a year
        /// figure, the note on leasing).
        case leasingWithinYear = "leasing_within_year"
        /// Operational leasing: minimum lease payments due in one to five years.
        case leasingOneToFiveYears = "leasing_one_to_five_years"
        /// Operational leasing: minimum lease payments due after five years.
        case leasingAfterFiveYears = "leasing_after_five_years"

        /// Keys that are dated by month end rather than by year.
        public var isMonthly: Bool {
            [
                .pensionObligations, .placementsMarketValue, .placementsAcquisitionValue, .pensionProvisionsPayrollTax,
                .guarantees,
            ].contains(self)
                || PlacementMandate.allCases.contains { $0.acquisitionKey == self || $0.marketKey == self }
        }
        /// Keys of a year that may also be dated `YYYY-MM`: the amount of January..that month
        /// (the base of a growth to date, seed 003 2.5.2 "4 mån").
        public var allowsYearToDate: Bool { [.tax, .grants, .netCosts].contains(self) }
    }
    /// The year of a year figure, or of a month-end figure's date.
    public var year: Int
    /// For month-end keys; nil for year keys.
    public var month: Int?
    /// What the amount is.
    public var key: Key
    /// The amount in öre as it enters its table (balanskrav adjustments that lower the result negative); nil only for
    /// `exceptionalReasons`, where it means the whole deficit of the year.
    public var amount: Money?
    /// The figure's source, as the file gives it; "" when none.
    public var comment: String
    /// A figure; `month` nil for a year key.
    public init(year: Int, month: Int?, key: Key, amount: Money?, comment: String = "") {
        self.year = year
        self.month = month
        self.key = key
        self.amount = amount
        self.comment = comment
    }
}
