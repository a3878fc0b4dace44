/// A reference from a row to an accounting object: dimension number plus object code, as in
/// SIE's `{1 "100" 6 "P1"}` lists (dimension 1 is the cost centre/ansvar, 6 the project).
public struct SIEObjectRef: Hashable, Sendable {
    /// The dimension number (`#DIM`), e.g. 1 for kostnadsställe/ansvar.
    public var dimension: Int
    /// The object code within that dimension (`#OBJEKT`), compared exactly as written.
    public var code: String

    /// Creates a reference to object `code` in `dimension`.
    public init(dimension: Int, code: String) {
        self.dimension = dimension
        self.code = code
    }
}

/// An account of the chart of accounts (`#KONTO`), with its type from `#KTYP` if given.
public struct SIEAccount: Hashable, Sendable {
    /// The account number as written, e.g. `"1910"`.
    public var number: String
    /// The account name.
    public var name: String
    /// The `#KTYP` type: `T` asset, `S` liability/equity, `K` cost, `I` income; nil if absent.
    public var type: String?
    /// The 1-based line of the `#KONTO` record, for messages.
    public var line: Int

    /// Creates an account record.
    public init(number: String, name: String, type: String? = nil, line: Int) {
        self.number = number
        self.name = name
        self.type = type
        self.line = line
    }
}

/// An accounting object (`#OBJEKT`): a member of a dimension such as a cost centre.
public struct SIEObject: Hashable, Sendable {
    /// The dimension number the object belongs to.
    public var dimension: Int
    /// The object code, unique within its dimension.
    public var code: String
    /// The object name.
    public var name: String
    /// The 1-based line of the `#OBJEKT` record.
    public var line: Int

    /// Creates an object record.
    public init(dimension: Int, code: String, name: String, line: Int) {
        self.dimension = dimension
        self.code = code
        self.name = name
        self.line = line
    }
}

/// A fiscal year (`#RAR`): index 0 is the current year, -1 the previous one, and so on.
public struct SIEFiscalYear: Hashable, Sendable {
    /// The relative year index: 0 current, -1 previous, ...
    public var index: Int
    /// The first day of the year.
    public var start: SIEDate
    /// The last day of the year (inclusive).
    public var end: SIEDate

    /// Creates a fiscal year.
    public init(index: Int, start: SIEDate, end: SIEDate) {
        self.index = index
        self.start = start
        self.end = end
    }

    /// Whether `date` falls within this year, both ends inclusive.
    public func contains(_ date: SIEDate) -> Bool {
        start <= date && date <= end
    }
}

/// A balance of an account for a fiscal year: `#IB`/`#UB` (opening/closing, no objects),
/// `#OIB`/`#OUB` (the same per object) and `#RES` (result-account balance).
public struct SIEBalance: Hashable, Sendable {
    /// The `#RAR` index of the year the balance belongs to.
    public var yearIndex: Int
    /// The account number.
    public var account: String
    /// The objects the balance is for; empty for `#IB`, `#UB` and `#RES`.
    public var objects: [SIEObjectRef]
    /// The balance, SIE sign (debit positive).
    public var amount: SIEAmount
    /// The optional quantity field, verbatim.
    public var quantity: String?
    /// The 1-based line of the record.
    public var line: Int

    /// Creates a balance record.
    public init(
        yearIndex: Int, account: String, objects: [SIEObjectRef] = [], amount: SIEAmount,
        quantity: String? = nil, line: Int
    ) {
        self.yearIndex = yearIndex
        self.account = account
        self.objects = objects
        self.amount = amount
        self.quantity = quantity
        self.line = line
    }
}

/// A period balance (`#PSALDO`) or period budget (`#PBUDGET`) of an account for one month.
public struct SIEPeriodBalance: Hashable, Sendable {
    /// The `#RAR` index of the year the period belongs to.
    public var yearIndex: Int
    /// The calendar year of the period (from the `YYYYMM` field).
    public var year: Int
    /// The calendar month of the period, 1...12.
    public var month: Int
    /// The account number.
    public var account: String
    /// The objects the amount is for; empty for the whole account.
    public var objects: [SIEObjectRef]
    /// The amount, SIE sign (debit positive).
    public var amount: SIEAmount
    /// The optional quantity field, verbatim.
    public var quantity: String?
    /// The 1-based line of the record.
    public var line: Int

    /// Creates a period balance record.
    public init(
        yearIndex: Int, year: Int, month: Int, account: String, objects: [SIEObjectRef] = [],
        amount: SIEAmount, quantity: String? = nil, line: Int
    ) {
        self.yearIndex = yearIndex
        self.year = year
        self.month = month
        self.account = account
        self.objects = objects
        self.amount = amount
        self.quantity = quantity
        self.line = line
    }
}

/// One row of a voucher: `#TRANS` (and, kept apart, `#RTRANS`/`#BTRANS`).
public struct SIETransaction: Hashable, Sendable {
    /// The account number.
    public var account: String
    /// The objects the row is booked on.
    public var objects: [SIEObjectRef]
    /// The amount, SIE sign (debit positive).
    public var amount: SIEAmount
    /// The row's own date if given (otherwise the voucher date applies).
    public var date: SIEDate?
    /// The row text if given.
    public var text: String?
    /// The optional quantity field, verbatim.
    public var quantity: String?
    /// The 1-based line of the record.
    public var line: Int
    /// The reader's number of the row's object list as written: the rows one reader (one part of a parallel read)
    /// read with the same list written the same way share it and the same ``objects`` array; -1 when the reader
    /// did not number it. A receiver may find what it knows of the list by this number (an array index, where a
    /// hash of the list was a cache miss a row), after checking that ``objects`` is the array it knows. Not part
    /// of the row's value (`==`, `hash`).
    public internal(set) var listNumber: Int32 = -1

    /// Creates a voucher row.
    public init(
        account: String, objects: [SIEObjectRef] = [], amount: SIEAmount, date: SIEDate? = nil,
        text: String? = nil, quantity: String? = nil, line: Int
    ) {
        self.account = account
        self.objects = objects
        self.amount = amount
        self.date = date
        self.text = text
        self.quantity = quantity
        self.line = line
    }

    /// A row numbered by the reader's object-list cache.
    init(
        account: String, objects: [SIEObjectRef], amount: SIEAmount, date: SIEDate?, text: String?, quantity: String?,
        line: Int, listNumber: Int32
    ) {
        self.init(
            account: account, objects: objects, amount: amount, date: date, text: text, quantity: quantity, line: line)
        self.listNumber = listNumber
    }

    /// The same row: every field but ``listNumber``.
    public static func == (a: SIETransaction, b: SIETransaction) -> Bool {
        a.account == b.account && a.objects == b.objects && a.amount == b.amount && a.date == b.date
            && a.text == b.text && a.quantity == b.quantity && a.line == b.line
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(account)
        hasher.combine(objects)
        hasher.combine(amount)
        hasher.combine(date)
        hasher.combine(text)
        hasher.combine(quantity)
        hasher.combine(line)
    }
}

/// A voucher (`#VER` with its `{ ... }` block of rows).
///
/// ``transactions`` holds only the `#TRANS` rows, the ones that make up the booking and sum to
/// zero. `#RTRANS` (added later; always followed by an identical `#TRANS`) and `#BTRANS`
/// (removed later) rows are kept in ``addedTransactions`` and ``removedTransactions`` for audit
/// and must not be summed again.
public struct SIEVoucher: Hashable, Sendable {
    /// The voucher series, e.g. `"A"` (may be empty in import files).
    public var series: String
    /// The voucher number within the series (may be empty in import files).
    public var number: String
    /// The voucher date.
    public var date: SIEDate
    /// The voucher text ("" if absent).
    public var text: String
    /// The `#TRANS` rows; they sum to zero in a valid file.
    public var transactions: [SIETransaction]
    /// The 1-based line of the `#VER` record.
    public var line: Int
    /// The registration date (`regdatum`) if given.
    public var registrationDate: SIEDate?
    /// The `sign` field (who registered the voucher) if given.
    public var sign: String?
    /// `#RTRANS` rows (rows added after registration); informational, already in `transactions`.
    public var addedTransactions: [SIETransaction]
    /// `#BTRANS` rows (rows removed after registration); not part of the booking.
    public var removedTransactions: [SIETransaction]

    /// Creates a voucher.
    public init(
        series: String, number: String, date: SIEDate, text: String = "",
        transactions: [SIETransaction] = [], line: Int, registrationDate: SIEDate? = nil,
        sign: String? = nil, addedTransactions: [SIETransaction] = [],
        removedTransactions: [SIETransaction] = []
    ) {
        self.series = series
        self.number = number
        self.date = date
        self.text = text
        self.transactions = transactions
        self.line = line
        self.registrationDate = registrationDate
        self.sign = sign
        self.addedTransactions = addedTransactions
        self.removedTransactions = removedTransactions
    }
}

/// The character encoding a file was decoded with, reported so the user can see when a file
/// did not follow the SIE rule (PC8 = IBM code page 437).
public enum SIEEncoding: String, Sendable {
    /// UTF-8 (not what SIE 4 prescribes, but common from newer programs).
    case utf8
    /// IBM PC code page 437, SIE's `#FORMAT PC8`: the standard encoding.
    case cp437
    /// ISO 8859-1; written by some programs that claim PC8.
    case latin1
    /// Windows-1252: ISO 8859-1 with typographic quotes, dashes and € at 0x80...0x9F.
    case windows1252

    /// The encoding's usual name, for messages.
    public var label: String {
        switch self {
        case .utf8: return "UTF-8"
        case .cp437: return "CP437 (PC8)"
        case .latin1: return "ISO 8859-1"
        case .windows1252: return "Windows-1252"
        }
    }
}

/// A parsed SIE 4 file. Records are kept in file order; every record carries its line.
public struct SIEDocument: Sendable {
    /// `#SIETYP`: the file type, `1`...`4`.
    public var sieType: String?
    /// `#PROGRAM`: the exporting program's name and version, joined by a space.
    public var program: String?
    /// `#FORMAT`: the declared character set (should be `PC8`).
    public var format: String?
    /// `#GEN`: the date the file was generated.
    public var generated: SIEDate?
    /// `#FNAMN`: the company name.
    public var companyName: String?
    /// `#ORGNR`: the organisation number.
    public var organisationNumber: String?
    /// `#KPTYP`: the chart-of-accounts type, e.g. `BAS2014`.
    public var chartType: String?
    /// `#VALUTA`: the currency code; SEK when absent per the standard.
    public var currency: String?
    /// `#RAR`: the fiscal years, in file order.
    public var fiscalYears: [SIEFiscalYear]
    /// `#DIM`/`#UNDERDIM`: dimension names by dimension number.
    public var dimensions: [Int: String]
    /// `#KONTO` with `#KTYP` applied.
    public var accounts: [SIEAccount]
    /// `#OBJEKT`.
    public var objects: [SIEObject]
    /// `#IB` (empty objects) and `#OIB` (with their object).
    public var openingBalances: [SIEBalance]
    /// `#UB` (empty objects) and `#OUB` (with their object).
    public var closingBalances: [SIEBalance]
    /// `#RES`: result-account balances per year.
    public var results: [SIEBalance]
    /// `#PSALDO`: period balances.
    public var periodBalances: [SIEPeriodBalance]
    /// `#PBUDGET`: period budgets.
    public var periodBudgets: [SIEPeriodBalance]
    /// `#VER` with their rows.
    public var vouchers: [SIEVoucher]
    /// The encoding the file was decoded with.
    public var encoding: SIEEncoding
    /// Problems that did not stop the read (unknown labels, encoding other than CP437, ...).
    public var warnings: [SIEIssue]
    /// The `#KSUMMA` checksum, when the file has one and it matched (a mismatch is an error).
    public var checksum: UInt32?

    /// Creates an empty document; the reader fills it in.
    public init() {
        fiscalYears = []
        dimensions = [:]
        accounts = []
        objects = []
        openingBalances = []
        closingBalances = []
        results = []
        periodBalances = []
        periodBudgets = []
        vouchers = []
        encoding = .cp437
        warnings = []
    }

    /// The fiscal year with `#RAR` index `index` (0 current, -1 previous), if the file has one.
    public func fiscalYear(index: Int) -> SIEFiscalYear? {
        fiscalYears.first { $0.index == index }
    }
}

/// One problem found in a file, with its 1-based line where it has one.
public struct SIEIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line, or nil for whole-file problems (empty file, I/O error).
    public var line: Int?
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an issue.
    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    /// `"LINE: message"`, or just the message when there is no line; callers prefix the file
    /// name to get `FILE:LINE: message`.
    public var description: String {
        if let line { return "\(line): \(message)" }
        return message
    }
}

/// Thrown when a file has errors: carries every error found, in line order, so the user can
/// fix them all in one go.
public struct SIEReadFailure: Error, Sendable, CustomStringConvertible {
    /// Every error found, sorted by line (issues without a line first).
    public var issues: [SIEIssue]
    /// Warnings collected before the read failed (same as ``SIEDocument/warnings`` would hold).
    public var warnings: [SIEIssue]

    /// Creates a failure.
    public init(issues: [SIEIssue], warnings: [SIEIssue] = []) {
        self.issues = issues
        self.warnings = warnings
    }

    /// All issues, one per line.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
