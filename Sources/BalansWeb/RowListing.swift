import BalansCore
import BalansStore

/// Where a drill-down stands among its rows: their order (`sortera`, `ordning`) and the page
/// (`sida`). A value the page does not take (an unknown order, page 0) is read as the default,
/// as an unknown query key is.
struct RowListing: Hashable, Sendable {
    /// The column the rows are sorted on; nil for the ledger's own order (the fast one).
    var sort: RowSort?
    var descending = false
    /// From 1.
    var page = 1

    /// Rows on a page: enough to read a month of an account at once, few enough to print.
    static let pageSize = 100

    /// The sortable columns by their query value.
    enum RowSort: String, CaseIterable, Sendable {
        case date = "datum"
        case voucher = "verifikation"
        case amount = "belopp"
    }

    init(sort: RowSort? = nil, descending: Bool = false, page: Int = 1) {
        self.sort = sort
        self.descending = descending
        self.page = page
    }

    /// The listing a query asks for.
    init(query q: [String: String]) {
        sort = q["sortera"].flatMap(RowSort.init(rawValue:))
        descending = sort != nil && q["ordning"] == "fallande"
        page = q["sida"].flatMap { Int($0) }.flatMap { $0 >= 1 ? $0 : nil } ?? 1
    }

    /// The query's pairs: nothing for the default.
    var query: [(String, String?)] {
        [
            ("sortera", sort?.rawValue), ("ordning", descending ? "fallande" : nil),
            ("sida", page > 1 ? String(page) : nil),
        ]
    }

    /// The store's order of the rows.
    var order: LedgerRowOrder {
        switch sort {
        case nil: .ledger
        case .date: .date
        case .voucher: .voucher
        case .amount: .amount
        }
    }

    /// The first row of the page, from 0.
    var offset: Int { (page - 1) * Self.pageSize }
}

/// A drill-down page a voucher was opened from: the line, the account, the period and the
/// listing, carried in the voucher's query so its way back returns there.
struct DrillDownPlace: Hashable, Sendable {
    var line: NodeCode
    var account: Int
    var period: Period?
    var listing = RowListing()

    /// The drill-down page itself.
    var page: Page { .account(line, account: account, period: period, listing: listing) }

    /// The place a voucher's query names (`rad`, `konto`, then the drill-down's own keys); nil
    /// without both.
    init?(query q: [String: String], period: Period?) {
        guard let line = q["rad"], let account = q["konto"].flatMap({ Int($0) }) else { return nil }
        self.init(line: NodeCode(line), account: account, period: period, listing: RowListing(query: q))
    }

    init(line: NodeCode, account: Int, period: Period?, listing: RowListing = RowListing()) {
        self.line = line
        self.account = account
        self.period = period
        self.listing = listing
    }

    var query: [(String, String?)] {
        [("rad", line.rawValue), ("konto", String(account)), ("period", period?.description)] + listing.query
    }
}
