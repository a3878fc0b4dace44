/// A company or kommunalförbund of the kommunkoncern (LKBR 12 kap., RKR R16), or the region itself: one row of
/// `companies.csv` (docs/formats.md).
public struct Company: Sendable, Equatable {
    /// How the company enters the sammanställda räkenskaper.
    public enum Method: String, Sendable, CaseIterable {
        /// Förvärvsmetoden med proportionell konsolidering (R16): its lines at the owned share, the internal
        /// transactions and balances eliminated.
        case proportional
        /// Of minor importance (R16): listed, not consolidated; dealings with it stay as external ones.
        case excluded
        /// The row of the region itself: the motpart code by which the companies' ledgers name the region.
        case region
    }

    /// The company's code in Balans (`balans import sie FILE --company CODE`), e.g. "HFAB".
    public var code: String
    /// The name as printed.
    public var name: String
    /// Organisationsnummer, as written, e.g. "556000-0001".
    public var organisationNumber: String
    /// Ownership share in hundredths of a percent: 10 000 is 100 %, 5 000 is 50 % (exact, never a float).
    public var share: Int
    /// How it is consolidated.
    public var method: Method
    /// The motpart code by which the other parties' ledgers name this one: the region's ledger names a company by it,
    /// the companies name the region by the region row's.
    public var counterparty: String

    /// A party of the koncern.
    public init(
        code: String, name: String, organisationNumber: String, share: Int, method: Method, counterparty: String
    ) {
        self.code = code
        self.name = name
        self.organisationNumber = organisationNumber
        self.share = share
        self.method = method
        self.counterparty = counterparty
    }

    /// A whole share: 100 %.
    public static let wholeShare = 10_000
}

/// The kommunkoncern as the store holds it: the parties, each company's ledgers and every party's rows booked on a
/// koncern motpart. nil in `FollowUpData` when no companies are registered.
public struct Koncern: Sendable {
    /// The region's own row (method `region`).
    public var region: Company
    /// The companies in the file's order.
    public var companies: [Company]
    /// The SIE dimension in which every ledger of the koncern books motpart (21 by default).
    public var dimension: Int
    /// Each company's ledgers by its code, then by fiscal year: the calendar year its fiscal year ends in (a
    /// company year 2022-07-01–2023-06-30 is 2023's, the one the koncern of 2023 takes).
    public var ledgers: [String: [Int: YearLedger]]
    /// Every party's ledger rows booked on another party's motpart code, by the party's code (the region's under
    /// `region.code`).
    public var internalRows: [String: [InternalRow]]
    /// A company's own account mapping by its code (`balans import mapping FILE --company CODE`): a company keeps
    /// its own chart (BAS), which the region's Kommun-Bas mapping would put on the wrong lines. A company without one
    /// is read with the region's mapping (`mapping(of:_:)`).
    public var mappings: [String: AccountMapping] = [:]

    /// The mapping a party's accounts are read with: its own, else the region's.
    public func mapping(of code: String, _ region: AccountMapping) -> AccountMapping { mappings[code] ?? region }

    /// The koncern; the ledgers and rows default to none.
    public init(
        region: Company, companies: [Company], dimension: Int, ledgers: [String: [Int: YearLedger]] = [:],
        internalRows: [String: [InternalRow]] = [:]
    ) {
        self.region = region
        self.companies = companies
        self.dimension = dimension
        self.ledgers = ledgers
        self.internalRows = internalRows
    }

    /// The sum of one fiscal year's ledger rows of one account booked on one motpart code, ledger sign.
    public struct InternalRow: Sendable, Equatable {
        /// The fiscal year (as `ledgers` counts it).
        public var year: Int
        /// The account booked.
        public var account: Int
        /// The motpart code the rows name.
        public var counterparty: String
        /// The rows' sum, öre, ledger sign (debit positive).
        public var amount: Money
        /// A sum of rows.
        public init(year: Int, account: Int, counterparty: String, amount: Money) {
            self.year = year
            self.account = account
            self.counterparty = counterparty
            self.amount = amount
        }
    }
}
