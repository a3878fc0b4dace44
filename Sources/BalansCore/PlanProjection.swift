import Foundation

/// The projected balansräkning and kassaflödesanalys of a plan version for its budget year and plan years (issue 18,
/// item 6), and the self-financing of its investments against the financial goal (seed 003 2.3.2).
///
/// The opening balance sheet is the ledger's of the year before the plan at its last booked month (`BalanceSheet`,
/// LKBR 5 kap.; seed 003 3.2 prints the same lines at 31 December). Each year then moves only what the plan
/// decides (LKBR 4 kap. 1 §: the result to equity; RKR R3: linear depreciation):
///
///     anläggningstillgångar  + investeringar − avskrivningar (befintliga + nya)
///     eget kapital           + årets resultat
///     långfristiga skulder   + upplåning − amortering
///     likvida medel          + årets kassaflöde
///
/// every other line unchanged. The cash flow is the indirect method of RKR R13 Kassaflödesanalys (LKBR 8 kap.):
///
///     årets kassaflöde = (resultat + avskrivningar) − investeringar + upplåning − amortering
///
/// so likvida medel are the balancing item and summa tillgångar = summa eget kapital, avsättningar och skulder
/// holds every year exactly when it holds in the opening balance sheet (`compute` refuses one that does not).
/// Självfinansieringsgrad av investeringarna = (resultat + avskrivningar) / investeringar (`KeyRatios`' definition;
/// the goal, at least `policy.selfFinancingTarget` percent, seed 003 2.3.2: 100 %). The existing assets'
/// depreciation of a year is the version's `avskrivningar` row of it, else the year before's in the plan, else the
/// decided budget of the year before the plan (its depreciation accounts), else that year's outcome in the ledger.
public struct PlanProjection: Sendable, Equatable {
    /// A balance sheet of the projection: the lines of `BalanceSheet`, omsättningstillgångar split into likvida
    /// medel (19xx, `CashFlowStatement.cashAccounts`) and the rest; equity including the year's result.
    public struct Balance: Sendable, Equatable {
        /// Materiella, immateriella och finansiella anläggningstillgångar.
        public var fixedAssets: Money
        /// Bidrag till statlig infrastruktur.
        public var infrastructureGrants: Money
        /// Omsättningstillgångar other than likvida medel.
        public var otherCurrentAssets: Money
        /// Likvida medel.
        public var cash: Money
        /// Eget kapital (with the year's result).
        public var equity: Money
        /// Avsättningar för pensioner.
        public var pensionProvisions: Money
        /// Andra avsättningar.
        public var otherProvisions: Money
        /// Långfristiga skulder.
        public var longTermLiabilities: Money
        /// Kortfristiga skulder.
        public var shortTermLiabilities: Money

        /// Omsättningstillgångar.
        public var currentAssets: Money { otherCurrentAssets + cash }
        /// Summa tillgångar.
        public var totalAssets: Money { fixedAssets + infrastructureGrants + currentAssets }
        /// Summa avsättningar och skulder.
        public var totalProvisionsAndLiabilities: Money {
            pensionProvisions + otherProvisions + longTermLiabilities + shortTermLiabilities
        }
        /// Summa eget kapital, avsättningar och skulder.
        public var totalEquityAndLiabilities: Money { equity + totalProvisionsAndLiabilities }
    }

    /// Where a year's existing depreciation comes from.
    public enum DepreciationSource: String, Sendable, Equatable {
        /// The version's `avskrivningar` row of the year.
        case planFinance
        /// The year before in the plan.
        case previousYear
        /// The decided budget of the year before the plan.
        case decidedBudget
        /// The ledger's outcome of the year before the plan.
        case outcome
    }

    /// One year of the projection.
    public struct Year: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// Årets resultat (the plan's, capital costs of the new investments included).
        public var result: Money
        /// The existing assets' depreciation (positive).
        public var existingDepreciation: Money
        /// Where `existingDepreciation` comes from.
        public var existingSource: DepreciationSource
        /// The new investments' depreciation (`CapitalCosts`).
        public var newDepreciation: Money
        /// Investeringar (positive).
        public var investments: Money
        /// Nyupptagna lån.
        public var borrowing: Money
        /// Amortering av skuld (positive).
        public var amortisation: Money
        /// The balance sheet at the year's end.
        public var closing: Balance
        /// Likvida medel at the year's start.
        public var openingCash: Money
        /// The goal's percent.
        public var selfFinancingTarget: Decimal

        /// Avskrivningar: existing and new.
        public var depreciation: Money { existingDepreciation + newDepreciation }
        /// Medel från den löpande verksamheten: the result with the depreciation added back.
        public var operating: Money { result + depreciation }
        /// Kassaflöde från investeringsverksamheten.
        public var investing: Money { .zero - investments }
        /// Kassaflöde från finansieringsverksamheten.
        public var financing: Money { borrowing - amortisation }
        /// Årets kassaflöde.
        public var cashFlow: Money { operating + investing + financing }
        /// Självfinansieringsgrad av investeringarna, percent (unrounded); nil without investments.
        public var selfFinancing: Decimal? { Ratio.percent(operating, of: investments) }
        /// Whether the self-financing meets the goal; nil without investments.
        public var meetsSelfFinancingTarget: Bool? { selfFinancing.map { $0 >= selfFinancingTarget } }
    }

    /// The year of the opening balance sheet (the year before the plan).
    public var openingYear: Int
    /// The last month of that year the ledger has booked: the opening balance sheet's date.
    public var openingMonth: Int
    /// The opening balance sheet.
    public var opening: Balance
    /// The plan's years.
    public var years: [Year]
}
