/// One fiscal year's ledger as read from a ledger file (huvudbok), checked and ready to
/// store: the store replaces that year's ledger with it in one transaction.
public struct LedgerImport: Sendable {
    /// A verification (verifikation) with its rows.
    public struct Voucher: Sendable, Hashable {
        public var series: String
        public var number: String
        /// `YYYY-MM-DD`
        public var date: String
        public var text: String
        public var rows: [Row]
        /// The object lists this voucher's rows use first, numbered on from those of the vouchers
        /// before it (the first list of an import is 1): see ``Row/objectList``. Nearly always
        /// empty, which costs nothing.
        public var objectLists: [ObjectList]
        public init(
            series: String, number: String, date: String, text: String, rows: [Row], objectLists: [ObjectList] = []
        ) {
            self.series = series
            self.number = number
            self.date = date
            self.text = text
            self.rows = rows
            self.objectLists = objectLists
        }
    }
    /// A transaction row (transaktion), ledger sign.
    public struct Row: Sendable, Hashable {
        public var account: Int
        /// The row's object in dimension 1 (SPEC §3), "" if none: what the reports group by.
        public var ansvar: String
        public var month: Int
        public var amount: Money
        public var text: String
        /// Every object the row is booked on (ansvar, verksamhet, projekt, motpart, …): the
        /// number of its list among the import's ``Voucher/objectLists`` (of this voucher and the
        /// ones before it, counted from 1), 0 if it has none.
        ///
        /// A number, not the list: ten million rows then carry no reference that two threads
        /// count (the reader makes the rows, the store's writer frees them; a shared instance
        /// cost a third more CPU per row), and the store maps it to its id by array index.
        public var objectList: Int
        public init(
            account: Int, ansvar: String, month: Int, amount: Money, text: String = "", objectList: Int = 0
        ) {
            self.account = account
            self.ansvar = ansvar
            self.month = month
            self.amount = amount
            self.text = text
            self.objectList = objectList
        }
    }

    public var year: Int
    public var organisationName: String?
    /// The file's name, for the import log.
    public var fileName: String
    /// SHA-256 of the file's bytes: the same file imported twice changes nothing.
    public var contentHash: String
    public var accounts: [Int: String]
    public var openingBalances: [Int: Money]
    /// Aggregated movements per account, ansvar and month (from the vouchers, or from period
    /// balances when the file has no vouchers).
    public var cells: [YearLedger.Cell]
    public var vouchers: [Voucher]
    /// Budget per account, ansvar and month (#PBUDGET), report sign is *not* applied: ledger sign.
    public var periodBudgets: [YearLedger.Cell]
    /// The dimensions the file declares (`#DIM`, `#UNDERDIM`): name by number.
    public var dimensions: [Int: String]
    /// The objects the file declares (`#OBJEKT`): name by dimension and code.
    public var objectNames: [ObjectRef: String]
    /// For an import batch (SIE 4I without `#RAR`: payroll, invoicing, a cash register), the
    /// movements of its vouchers per year their dates fall in: the batch adds to those years
    /// instead of replacing one. nil for a full export, which replaces ``year`` whole.
    public var batchCells: [Int: [YearLedger.Cell]]?

    public init(
        year: Int, organisationName: String?, fileName: String, contentHash: String, accounts: [Int: String],
        openingBalances: [Int: Money], cells: [YearLedger.Cell], vouchers: [Voucher],
        periodBudgets: [YearLedger.Cell] = [], batchCells: [Int: [YearLedger.Cell]]? = nil,
        dimensions: [Int: String] = [:], objectNames: [ObjectRef: String] = [:]
    ) {
        self.year = year
        self.organisationName = organisationName
        self.fileName = fileName
        self.contentHash = contentHash
        self.accounts = accounts
        self.openingBalances = openingBalances
        self.cells = cells
        self.vouchers = vouchers
        self.periodBudgets = periodBudgets
        self.batchCells = batchCells
        self.dimensions = dimensions
        self.objectNames = objectNames
    }
}
