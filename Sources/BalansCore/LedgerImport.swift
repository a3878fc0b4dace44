/// One fiscal year's ledger as read from a ledger file (huvudbok), checked and ready to
/// store: the store replaces that year's ledger with it in one transaction.
public struct LedgerImport: Sendable {
    /// A verification (verifikation) with its rows.
    public struct Voucher: Sendable, Hashable {
        /// The voucher series (verifikationsserie) as the file names it, e.g. "A".
        public var series: String
        /// The voucher number within its series (verifikationsnummer), kept as the file writes it.
        public var number: String
        /// `YYYY-MM-DD`
        public var date: String
        /// The voucher text (verifikationstext): what the booking is about.
        public var text: String
        /// The voucher's transaction rows, in the file's order.
        public var rows: [Row]
        /// The object lists this voucher's rows use first, numbered on from those of the vouchers
        /// before it (the first list of an import is 1): see ``Row/objectList``. Nearly always
        /// empty, which costs nothing.
        public var objectLists: [ObjectList]
        /// A voucher; `objectLists` holds only the object lists its rows are the first to use.
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
        /// The Kommun-Bas account number (konto) the row is booked on.
        public var account: Int
        /// The row's object in dimension 1 (SPEC §3), "" if none: what the reports group by.
        public var ansvar: String
        /// The month (1...12) the row counts in: its transaction's date, or its voucher's when the row
        /// has no date or one in another year.
        public var month: Int
        /// The amount in ledger sign, as in the file: debit positive, credit negative.
        public var amount: Money
        /// The row's own text (transaktionstext), "" when it has none.
        public var text: String
        /// Every object the row is booked on (ansvar, verksamhet, projekt, motpart, …): the
        /// number of its list among the import's ``Voucher/objectLists`` (of this voucher and the
        /// ones before it, counted from 1), 0 if it has none.
        ///
        /// A number, not the list: ten million rows then carry no reference that two threads
        /// count (the reader makes the rows, the store's writer frees them; a shared instance
        /// cost a third more CPU per row), and the store maps it to its id by array index.
        public var objectList: Int
        /// A row; `objectList` 0 when it is booked on no object.
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

    /// The fiscal year (räkenskapsår, `#RAR 0`, a calendar year) the import replaces; for a batch,
    /// the first year its vouchers fall in.
    public var year: Int
    /// The organisation's name in the file (`#FNAMN`): it names an organisation that has no name yet.
    public var organisationName: String?
    /// The file's name, for the import log.
    public var fileName: String
    /// SHA-256 of the file's bytes: the same file imported twice changes nothing.
    public var contentHash: String
    /// The chart of accounts the file declares (`#KONTO`): each account's name by number.
    public var accounts: [Int: String]
    /// Ingående balans (`#IB` of year 0) per balance account, ledger sign; empty for a batch.
    public var openingBalances: [Int: Money]
    /// Aggregated movements per account, ansvar and month (from the vouchers, or from period
    /// balances when the file has no vouchers).
    public var cells: [YearLedger.Cell]
    /// The vouchers (verifikationer) of a file read whole; empty when the file was streamed, which
    /// hands them over in batches instead.
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

    /// A ledger import; the optional parts default to none (no budget, not a batch, no dimensions or objects).
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
