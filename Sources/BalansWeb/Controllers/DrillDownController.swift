import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// From a line's account to its ledger rows (a page at a time, sorted, or all of them as a
/// file), and from a row to its voucher.
struct DrillDownController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/rad/:code/konto/:account") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let account = Int(try context.pathValue("account")), let p = WebApp.period(request, data) else {
                    return WebApp.notFound(s)
                }
                let tree = data.tree(for: p.year)
                guard let node = tree.node(code) else { return WebApp.notFound(s) }
                guard s.may(.read(code, in: tree)) else { return WebApp.forbidden(s) }
                let query = WebApp.query(request)
                let rows = DrillDownRows(
                    year: p.year, account: account, ansvar: tree.subtree(code).flatMap(\.ansvar), month: p.month)
                let names = try await app.ledgerNames(year: p.year)
                let title = "\(node.name), konto \(account) \(names.accounts[account] ?? "")"
                var listing = RowListing(query: query)
                switch query["format"] {
                case nil: break
                case let format? where format == "csv" || format == "xlsx":
                    return try await app.export(
                        rows, of: code, listing: listing, format: format, title: title, names: names, p)
                default: return WebApp.notFound(s)
                }
                let count = try await app.cache.memo("drill-down-count-\(rows)") {
                    try await app.store.ledgerRowCount(
                        year: rows.year, account: rows.account, ansvar: rows.ansvar, throughMonth: rows.month)
                }
                // A page past the last shows the last (a link kept while the data shrank).
                listing.page = min(listing.page, max(1, (count.rows + RowListing.pageSize - 1) / RowListing.pageSize))
                let page = try await rows.read(app.store, listing: listing, limit: RowListing.pageSize)
                let place = DrillDownPlace(line: code, account: account, period: p, listing: listing)
                let view = DrillDownView(
                    page, count: count.rows, total: count.total, place: place, lineName: node.name,
                    span: ReportLabelsWeb.longSpan(p), names: names)
                return WebApp.html(Pages.drillDown(view, title: title, session: s))
            }
        }
        group.get("/verifikation/:id") { request, context in
            try await app.page(context) { s, data in
                guard let id = Int64(try context.pathValue("id")) else { return WebApp.notFound(s) }
                let rows = try await app.store.voucher(id: id)
                guard let head = rows.first, let year = Int(head.date.prefix(4)) else { return WebApp.notFound(s) }
                let tree = data.tree(for: year)
                // A committee controller sees the rows whose ansvar is of a node they may read; the
                // others (other units', and rows without ansvar such as the bank's) summed per account.
                let region = s.may(.region)
                let extract = VoucherExtract(
                    rows, amount: \.amount, account: \.account,
                    isOwn: { r in
                        region || tree.nodeCode(forAnsvar: r.ansvar).map { s.may(.read($0, in: tree)) } == true
                    }
                )
                guard !extract.hasNoOwnRows else { return WebApp.forbidden(s) }
                let query = WebApp.query(request)
                let from = DrillDownPlace(query: query, period: query["period"].flatMap { Period($0) })
                // Back to the drill-down it was opened from, when that is one its reader may open.
                let back: Page =
                    from.flatMap { place in
                        let tree = data.tree(for: place.period?.year ?? year)
                        return tree.node(place.line) != nil && s.may(.read(place.line, in: tree)) ? place.page : nil
                    } ?? .dashboard(period: nil)
                let view = VoucherView(extract, head: head, names: try await app.ledgerNames(year: year), back: back)
                return WebApp.html(Pages.voucher(view, session: s))
            }
        }
    }
}

/// The rows of a drill-down: an account's on a subtree's ansvar codes, months 1...`month`.
struct DrillDownRows: Sendable, CustomStringConvertible {
    var year, account: Int
    var ansvar: [String]
    var month: Int

    /// The key its count is kept under.
    var description: String { "\(year)-\(month)-\(account)-\(ansvar.joined(separator: "\u{1F}"))" }

    /// The listing's page (`limit` rows), or with no limit every row in its order.
    func read(_ store: Store, listing: RowListing, limit: Int?) async throws -> [Store.VoucherRow] {
        try await store.ledgerRows(
            year: year, account: account, ansvar: ansvar, throughMonth: month, order: listing.order,
            descending: listing.descending, offset: limit == nil ? 0 : listing.offset, limit: limit)
    }
}

extension WebApp {
    /// The names the ledger of `year` declares: accounts, dimensions, objects.
    func ledgerNames(year: Int) async throws -> LedgerNames {
        LedgerNames(
            accounts: try await store.accountNames(year: year),
            dimensions: try await store.ledgerDimensions(year: year),
            objects: try await store.ledgerObjectNames(year: year))
    }

    /// Every row of a drill-down in the listing's order, as CSV or xlsx: one line per ledger
    /// row, amounts in kronor with öre as numbers, dates as dates. Made once per data version (a large value of
    /// ``DataCache``): an account's year may be thousands of rows, each file read from the store and written anew.
    func export(
        _ rows: DrillDownRows, of line: NodeCode, listing: RowListing, format: String, title: String,
        names: LedgerNames, _ p: Period
    ) async throws -> Response {
        let stem = "\(line.rawValue)-konto-\(rows.account)-\(p)"
        let key = "drill-down-file-\(line)-\(rows)-\(listing.order)-\(listing.descending)-\(format)"
        let file = try await cache.memo(key, size: .large) { [store] _ in
            try await Self.rowsFile(rows, store: store, listing: listing, format: format, title: title, names: names, p)
        }
        if format == "csv" { return Self.download(file, type: "text/csv; charset=utf-8", fileName: stem + ".csv") }
        return Self.download(
            file, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: stem + ".xlsx")
    }

    /// The file of ``export(_:of:listing:format:title:names:_:)``.
    static func rowsFile(
        _ rows: DrillDownRows, store: Store, listing: RowListing, format: String, title: String, names: LedgerNames,
        _ p: Period
    ) async throws -> Data {
        let all = try await rows.read(store, listing: listing, limit: nil)
        let sheet = DataSheet(
            title: "\(title), \(ReportLabelsWeb.longSpan(p))", name: "Transaktioner",
            columns: [
                "Serie", "Verifikation", "Datum", "Text", "Konto", "Kontonamn", "Ansvar", "Objekt", "Belopp (kr)",
            ],
            rows: all.map { r in
                [
                    .text(r.series), Int64(r.number).map { .integer($0) } ?? .text(r.number), .date(r.date),
                    .text(r.text),
                    .integer(Int64(r.account)), .text(names.accounts[r.account] ?? ""), .text(r.ansvar),
                    .text(names.describe(r.objects)), .amount(r.amount),
                ]
            })
        return format == "csv" ? Data(CSVTables.file(sheet).utf8) : try XLSXWriter.render(sheet)
    }

    /// A request's query by key, each value percent-decoded; of a repeated key the first counts
    /// (as `Page(url:)` reads it).
    static func query(_ request: Request) -> [String: String] {
        var q: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where q[String(key)] == nil { q[String(key)] = String(value) }
        return q
    }
}
