import BalansCore
import BalansStore

/// The names a ledger of one year declares: its accounts (`#KONTO`), dimensions (`#DIM`) and
/// objects (`#OBJEKT`), for the drill-down and the voucher.
struct LedgerNames: MustacheView {
    var accounts: [Int: String] = [:]
    var dimensions: [Int: String] = [:]
    var objects: [LedgerImport.ObjectRef: String] = [:]

    /// A row's objects beyond ansvar (its own column): "Verksamhet Primärvård · Motpart Staten".
    func describe(_ objects: [LedgerImport.ObjectRef]) -> String {
        objects.filter { $0.dimension != 1 }.map { o in
            let dimension = dimensions[o.dimension] ?? "Dimension \(o.dimension)"
            return "\(dimension) \(self.objects[o].map { "\($0) (\(o.code))" } ?? o.code)"
        }.joined(separator: " · ")
    }
}

/// One page of an account's rows on a line (`Templates.drillDown`). Every row is the reader's
/// (the line is theirs), so every voucher is linked: its page shows at least this row.
struct DrillDownView: PageView, MustacheView {
    static let template = "drillDown"
    var back, backName, caption, position, count: String
    var total: String?
    var ledgerOrder: String?
    var headers: [Header]
    var rows: [Row]
    var paged: Bool
    /// Whether there is a row to show or download.
    var hasRows: Bool
    var pagerLabel = "Sidor"
    var previous, next: String?
    var pageOf: String
    var downloads: [Download]

    struct Header: MustacheView {
        var label: String
        var num: Bool
        var sortURL: String?
        /// `ascending` or `descending` on the column the rows are sorted on.
        var ariaSort: String?
        var mark: String?
    }

    struct Row: MustacheView { var voucherURL, series, number, date, text, ansvar, objects, amount: String }
    struct Download: MustacheView {
        var url, label: String
        var last: Bool
    }

    /// `rows` are the page's; `count` and `total` all rows' (`Store.ledgerRowCount`).
    init(
        _ rows: [Store.VoucherRow], count: Int, total sum: Money, place: DrillDownPlace, lineName: String,
        span: String, names: LedgerNames
    ) {
        let listing = place.listing
        back = Page.line(place.line, period: place.period).url
        backName = lineName
        caption = "Transaktioner \(span) (kr)"
        self.count = String(count)
        hasRows = count > 0
        let first = listing.offset + 1
        let last = listing.offset + rows.count
        position = rows.isEmpty ? "Inga rader." : "Rad \(first)–\(last) av \(count)"
        total = count > 0 ? HTML.kronor(sum) : nil
        ledgerOrder = listing.sort == nil ? nil : place.with(RowListing()).page.url
        let columns: [(String, RowListing.RowSort?)] = [
            ("Verifikation", .voucher), ("Datum", .date), ("Text", nil), ("Ansvar", nil), ("Objekt", nil),
            ("Belopp", .amount),
        ]
        headers = columns.map { label, sort in
            let num = sort == .amount
            guard let sort else { return Header(label: label, num: num) }
            let active = listing.sort == sort
            // The active column's link turns the order; another column's sorts ascending, from the first page.
            let target = RowListing(sort: sort, descending: active && !listing.descending)
            return Header(
                label: label, num: num, sortURL: place.with(target).page.url,
                ariaSort: active ? (listing.descending ? "descending" : "ascending") : nil,
                mark: active ? (listing.descending ? "▼" : "▲") : nil)
        }
        self.rows = rows.map { r in
            Row(
                voucherURL: Page.voucher(id: r.voucherID, from: place).url, series: r.series, number: r.number,
                date: r.date, text: r.text, ansvar: r.ansvar, objects: names.describe(r.objects),
                amount: HTML.kronor(r.amount))
        }
        let pages = max(1, (count + RowListing.pageSize - 1) / RowListing.pageSize)
        paged = pages > 1
        pageOf = "Sida \(listing.page) av \(pages)"
        func page(_ n: Int) -> String {
            var l = listing
            l.page = n
            return place.with(l).page.url
        }
        previous = listing.page > 1 ? page(listing.page - 1) : nil
        next = listing.page < pages ? page(listing.page + 1) : nil
        let formats = [("csv", "CSV"), ("xlsx", "Excel (xlsx)")]
        downloads = formats.enumerated().map { i, f in
            // The whole drill-down in the order shown, not the page.
            let sorted = RowListing(sort: listing.sort, descending: listing.descending)
            let url = Page.account(
                place.line, account: place.account, period: place.period, listing: sorted, format: f.0
            ).url
            return Download(url: url, label: f.1, last: i == formats.count - 1)
        }
    }
}

/// A voucher (`Templates.voucher`) as its reader may see it (`VoucherExtract`): their rows with
/// account names, the other units' rows summed per account, and the sums of debet and kredit.
struct VoucherView: PageView, MustacheView {
    static let template = "voucher"
    var back, backLabel, date, text, series, number: String
    var partial: Bool
    var otherCount: String
    var unbalanced: String?
    var rows: [Line]
    var others: [Line]
    var sums: [Sum]

    struct Line: MustacheView { var account, name, ansvar, objects, debit, credit: String }
    struct Sum: MustacheView {
        var label, debit, credit: String
        var total: Bool
    }

    init(_ extract: VoucherExtract<Store.VoucherRow>, head: Store.VoucherRow, names: LedgerNames, back: Page) {
        if case .account = back {
            self.back = back.url
            backLabel = "Tillbaka till kontots transaktioner"
        } else {
            self.back = back.url
            backLabel = "Tillbaka till översikten"
        }
        date = head.date
        text = head.text
        series = head.series
        number = head.number
        partial = !extract.others.isEmpty
        otherCount = String(extract.otherRowCount)
        /// Debet or kredit of one line as the page shows it.
        func sides(_ amount: Money) -> (String, String) {
            amount < .zero ? ("", HTML.kronor(-amount)) : (HTML.kronor(amount), "")
        }
        rows = extract.own.map { r in
            let (debit, credit) = sides(r.amount)
            return Line(
                account: String(r.account), name: names.accounts[r.account] ?? "", ansvar: r.ansvar,
                objects: names.describe(r.objects), debit: debit, credit: credit)
        }
        others = extract.others.map { o in
            let (debit, credit) = sides(o.amount)
            return Line(
                account: String(o.account), name: names.accounts[o.account] ?? "", ansvar: "",
                objects: o.rows == 1 ? "1 rad" : "\(o.rows) rader", debit: debit, credit: credit)
        }
        func sum(_ label: String, _ s: VoucherExtract<Store.VoucherRow>.DebitCredit, total: Bool) -> Sum {
            Sum(label: label, debit: HTML.kronor(s.debit), credit: HTML.kronor(s.credit), total: total)
        }
        sums =
            partial
            ? [
                sum("Summa dina rader", extract.ownSums, total: false),
                sum("Summa övriga rader", extract.otherSums, total: false),
                sum("Summa verifikation", extract.total, total: true),
            ] : [sum("Summa", extract.total, total: true)]
        unbalanced =
            extract.balances
            ? nil : "Verifikationen balanserar inte: debet och kredit skiljer \(HTML.kronor(extract.total.net)) kr."
    }
}

extension DrillDownPlace {
    /// The same place with another listing.
    func with(_ listing: RowListing) -> DrillDownPlace {
        DrillDownPlace(line: line, account: account, period: period, listing: listing)
    }
}
