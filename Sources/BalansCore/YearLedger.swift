/// The ledger of one fiscal year as the computations need it: movements per account,
/// ansvar code and month, and the opening balances (ingående balanser).
///
/// Amounts carry the ledger's sign (debit positive, SIE convention): revenues and
/// liabilities are negative here; the computations turn them into report sign.
public struct YearLedger: Sendable {
    /// One aggregated cell of the ledger.
    public struct Cell: Hashable, Sendable {
        /// The account (konto) as booked, normally a 4-digit Kommun-Bas number (the mapping reads the first four
        /// digits).
        public var account: Int
        /// The row's ansvar code (SIE dimension 1); "" when the row has none.
        public var ansvar: String
        /// 1...12
        public var month: Int
        /// The cell's net movement, öre, ledger sign (debit positive).
        public var amount: Money
        /// A cell of `account`, `ansvar` and `month`.
        public init(account: Int, ansvar: String, month: Int, amount: Money) {
            self.account = account
            self.ansvar = ansvar
            self.month = month
            self.amount = amount
        }
    }
    /// The fiscal year (`#RAR 0`, a calendar year).
    public var year: Int
    /// The year's net movements per account, ansvar code and month: from the vouchers (#TRANS), or without vouchers
    /// from #PSALDO (result accounts) and #UB (balance accounts, as December) (docs/formats.md, SIE 4).
    public var cells: [Cell]
    /// Opening balance per balance account (#IB 0).
    public var openingBalances: [Int: Money]
    /// The last month with any movement (how far the books are closed).
    public var lastMonth: Int { cells.map(\.month).max() ?? 0 }

    /// The ledger of `year`: `cells` and `openingBalances` in ledger sign.
    public init(year: Int, cells: [Cell], openingBalances: [Int: Money]) {
        self.year = year
        self.cells = cells
        self.openingBalances = openingBalances
    }
}
