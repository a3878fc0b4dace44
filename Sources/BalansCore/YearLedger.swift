/// The ledger of one fiscal year as the computations need it: movements per account,
/// ansvar code and month, and the opening balances (ingående balanser).
///
/// Amounts carry the ledger's sign (debit positive, SIE convention): revenues and
/// liabilities are negative here; the computations turn them into report sign.
public struct YearLedger: Sendable {
    /// One aggregated cell of the ledger.
    public struct Cell: Hashable, Sendable {
        public var account: Int
        /// The row's ansvar code (SIE dimension 1); "" when the row has none.
        public var ansvar: String
        /// 1...12
        public var month: Int
        public var amount: Money
        public init(account: Int, ansvar: String, month: Int, amount: Money) {
            self.account = account
            self.ansvar = ansvar
            self.month = month
            self.amount = amount
        }
    }
    public var year: Int
    public var cells: [Cell]
    /// Opening balance per balance account (#IB 0).
    public var openingBalances: [Int: Money]
    /// The last month with any movement (how far the books are closed).
    public var lastMonth: Int { cells.map(\.month).max() ?? 0 }

    public init(year: Int, cells: [Cell], openingBalances: [Int: Money]) {
        self.year = year
        self.cells = cells
        self.openingBalances = openingBalances
    }
}
