import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

@testable import BalansWeb

/// Vouchers for the committee and the drill-down's pages (issue 17, item 7), on both backends:
/// a committee controller sees their own rows of a shared voucher and the rest summed per
/// account; the drill-down pages, sorts and exports every row of the store.
@Suite struct VoucherDrillDownTests {
    /// The drill-down of the tests: Somatisk vård's other costs to April 2024, 1 843 rows in the demo.
    static let drillDown = "/rad/HS-SOM/konto/6990?period=2024-04"

    /// A drill-down's row as the page shows it, and as the store holds it: voucher, date,
    /// ansvar, objects and amount.
    struct Shown: Hashable, CustomStringConvertible {
        var voucher: Int64
        var date, ansvar, objects: String
        var amount: Money
        var description: String { "\(voucher) \(date) \(ansvar) \(objects) \(amount)" }
    }

    /// The demo's store, its data, HS-SOM's ansvar codes of 2024 and a logged-in client's test.
    static func withDemo(
        _ backend: TestBackend,
        _ body: @escaping @Sendable (Store, FollowUpData, any TestClientProtocol) async throws -> Void
    ) async throws {
        let store = try await WebFixture.store(backend)
        let data = try await store.followUpData()
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in try await body(store, data, client) }
    }

    /// Every row of HS-SOM's account 6990 to April 2024, from the store in the ledger's order.
    static func allRows(_ store: Store, _ data: FollowUpData) async throws -> [Store.VoucherRow] {
        let ansvar = data.tree(for: 2024).subtree("HS-SOM").flatMap(\.ansvar)
        return try await store.ledgerRows(year: 2024, account: 6990, ansvar: ansvar, throughMonth: 4, limit: nil)
    }

    /// The same rows' sum as the import aggregated it (period_balance): not summed from the rows.
    static func aggregate(_ data: FollowUpData) -> Money {
        let ansvar = Set(data.tree(for: 2024).subtree("HS-SOM").flatMap(\.ansvar))
        return data.ledgers[2024]?.cells.filter { $0.account == 6990 && $0.month <= 4 && ansvar.contains($0.ansvar) }
            .map(\.amount).sum() ?? .zero
    }

    static func names(_ store: Store, year: Int) async throws -> LedgerNames {
        LedgerNames(
            accounts: try await store.accountNames(year: year),
            dimensions: try await store.ledgerDimensions(year: year),
            objects: try await store.ledgerObjectNames(year: year))
    }

    static func shown(_ r: Store.VoucherRow, _ names: LedgerNames) -> Shown {
        Shown(
            voucher: r.voucherID, date: r.date, ansvar: r.ansvar, objects: names.describe(r.objects), amount: r.amount)
    }

    /// The drill-down rows of a page.
    static func rows(in html: String) -> [Shown] {
        let row =
            #/
            <tr><td><a\ href="\/verifikation\/(\d+)[^"]*">[^<]*<\/a><\/td><td\ class="date">([^<]*)<\/td>
            <td>[^<]*<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td\ class="num">([^<]*)<\/td><\/tr>
            /#
        return html.matches(of: row).map { m in
            Shown(
                voucher: Int64(m.output.1) ?? 0, date: String(m.output.2), ansvar: String(m.output.3),
                objects: unescaped(String(m.output.4)), amount: Money.parse(String(m.output.5)) ?? .overflow)
        }
    }

    static func unescaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The link with `rel` ("next", "prev") of a page, `&amp;` undone.
    static func link(_ rel: String, in html: String) -> String? {
        guard let m = html.firstMatch(of: try! Regex(#"<a href="([^"]*)" rel="\#(rel)">"#)) else { return nil }
        return m.output[1].substring.map { String($0).replacingOccurrences(of: "&amp;", with: "&") }
    }

    /// Every page of a drill-down from `start`, following "Nästa".
    static func pages(_ browser: inout Browser, from start: String) async throws -> [String] {
        var pages: [String] = []
        var next: String? = start
        while let uri = next, pages.count < 100 {
            let response = try await browser.get(uri)
            #expect(response.status == .ok, "\(uri)")
            let html = String(buffer: response.body)
            pages.append(html)
            next = link("next", in: html)
        }
        return pages
    }

    // MARK: The voucher

    @Test(arguments: TestBackend.all) func aCommitteeControllerSeesTheirRowsOfASharedVoucher(_ backend: TestBackend)
        async throws
    {
        try await Self.withDemo(backend) { store, data, client in
            let tree = data.tree(for: 2024)
            let theirs = Set(tree.subtree("HS").flatMap(\.ansvar))
            // A voucher of the drill-down that other units booked on too (not only the bank without ansvar).
            var shared: [Store.VoucherRow] = []
            for id in Set(try await Self.allRows(store, data).map(\.voucherID)).sorted() {
                let rows = try await store.voucher(id: id)
                if rows.contains(where: { !$0.ansvar.isEmpty && !theirs.contains($0.ansvar) }) {
                    shared = rows
                    break
                }
            }
            let id = try #require(shared.first?.voucherID)
            var hs = Browser(client: client)
            try await hs.login("hs")
            let response = try await hs.get("/verifikation/\(id)?rad=HS-SOM&konto=6990&period=2024-04")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            let names = try await Self.names(store, year: 2024)

            // Their rows in full, in the voucher's order, with account names.
            let own = shared.filter { theirs.contains($0.ansvar) }
            let ownLine =
                #/
                <tr><td>(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>
                <td\ class="num">([^<]*)<\/td><td\ class="num">([^<]*)<\/td><\/tr>
                /#
            let shownOwn = html.matches(of: ownLine).map { m in
                (
                    account: Int(m.output.1) ?? 0, name: Self.unescaped(String(m.output.2)), ansvar: String(m.output.3),
                    amount: (Money.parse(String(m.output.5)) ?? .zero) - (Money.parse(String(m.output.6)) ?? .zero)
                )
            }
            #expect(shownOwn.map(\.account) == own.map(\.account))
            #expect(shownOwn.map(\.ansvar) == own.map(\.ansvar))
            #expect(shownOwn.map(\.amount) == own.map(\.amount))
            #expect(shownOwn.map(\.name) == own.map { names.accounts[$0.account] ?? "" })
            #expect(shownOwn.allSatisfy { !$0.name.isEmpty })

            // The others summed per account, computed here from the store's rows.
            let others = shared.filter { !theirs.contains($0.ansvar) }
            let perAccount = Dictionary(grouping: others, by: \.account).mapValues {
                ($0.count, $0.map(\.amount).sum())
            }
            let otherLine =
                #/
                <tr><td>(\d+)<\/td><td>[^<]*<\/td><td\ colspan="2">(\d+)\ rad(?:er)?<\/td>
                <td\ class="num">([^<]*)<\/td><td\ class="num">([^<]*)<\/td><\/tr>
                /#
            let shownOthers = html.matches(of: otherLine).map { m in
                (
                    account: Int(m.output.1) ?? 0, rows: Int(m.output.2) ?? 0,
                    amount: (Money.parse(String(m.output.3)) ?? .zero) - (Money.parse(String(m.output.4)) ?? .zero)
                )
            }
            #expect(shownOthers.map(\.account) == perAccount.keys.sorted())
            for line in shownOthers {
                #expect(line.rows == perAccount[line.account]?.0 && line.amount == perAccount[line.account]?.1)
            }
            #expect(html.contains("Övriga rader (\(others.count) st)"))

            // The voucher balances, and the page shows it: debet = kredit over the lines shown.
            #expect(shared.map(\.amount).sum() == .zero)
            let lines = own.map(\.amount) + perAccount.values.map(\.1)
            let debit = lines.filter { $0 > .zero }.sum()
            #expect(debit == -lines.filter { $0 < .zero }.sum())
            let total = HTML.kronor(debit)
            #expect(
                html.contains(
                    "Summa verifikation</th><td class=\"num\">\(total)</td><td class=\"num\">\(total)</td>"))

            // No other unit's ansvar or object shows.
            let ownRefs = Set(own.flatMap(\.objects))
            for r in others {
                if !r.ansvar.isEmpty { #expect(!html.contains(">\(r.ansvar)<"), "ansvar \(r.ansvar) shown") }
                for o in r.objects where !ownRefs.contains(o) && !ownRefs.contains(where: { $0.code == o.code }) {
                    #expect(!html.contains("(\(o.code))"), "object \(o) shown")
                }
            }
            // The way back is the drill-down it came from.
            #expect(html.contains("<a href=\"/rad/HS-SOM/konto/6990?period=2024-04\">Tillbaka"))
        }
    }

    @Test(arguments: TestBackend.all) func aVoucherWithoutOwnRowsIsForbidden(_ backend: TestBackend) async throws {
        try await Self.withDemo(backend) { store, data, client in
            let tree = data.tree(for: 2024)
            let theirs = Set(tree.subtree("HS").flatMap(\.ansvar))
            // A voucher of Ambulans, diagnostik och hälsa's drill-down with no row of HS.
            let adh = tree.subtree("ADH").flatMap(\.ansvar)
            var foreign: [Store.VoucherRow] = []
            for r in try await store.ledgerRows(year: 2024, account: 6990, ansvar: adh, throughMonth: 4) {
                let rows = try await store.voucher(id: r.voucherID)
                if !rows.contains(where: { theirs.contains($0.ansvar) }) {
                    foreign = rows
                    break
                }
            }
            let id = try #require(foreign.first?.voucherID)
            var hs = Browser(client: client)
            try await hs.login("hs")
            #expect(try await hs.get("/verifikation/\(id)").status == .forbidden)
            // The central controller sees every row, and no summary.
            var central = Browser(client: client)
            try await central.login("central")
            let response = try await central.get("/verifikation/\(id)")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.matches(of: /<tr><td>\d+<\/td>/).count == foreign.count)
            #expect(!html.contains("Övriga rader") && html.contains("<a href=\"/\">Tillbaka till översikten</a>"))
        }
    }

    // MARK: The drill-down

    @Test(arguments: TestBackend.all) func thePagesHoldEveryRowOnce(_ backend: TestBackend) async throws {
        try await Self.withDemo(backend) { store, data, client in
            let names = try await Self.names(store, year: 2024)
            let all = try await Self.allRows(store, data).map { Self.shown($0, names) }
            var hs = Browser(client: client)
            try await hs.login("hs")
            let pages = try await Self.pages(&hs, from: Self.drillDown)
            let pageSize = RowListing.pageSize
            #expect(all.count > 2 * pageSize && pages.count == (all.count + pageSize - 1) / pageSize)
            // Disjoint pages whose rows, one after the other, are the store's rows in the ledger's order.
            #expect(pages.flatMap(Self.rows) == all)
            for (i, page) in pages.enumerated() {
                let first = i * pageSize + 1
                let last = min(all.count, (i + 1) * pageSize)
                #expect(page.contains("Rad \(first)–\(last) av \(all.count)"))
                #expect(page.contains("Summa alla rader: \(HTML.kronor(Self.aggregate(data))) kr"))
            }
            #expect(all.map(\.amount).sum() == Self.aggregate(data))
            // A voucher opened from page 2 leads back to page 2.
            let second = try #require(pages.dropFirst().first)
            let voucher = try #require(second.firstMatch(of: /href="(\/verifikation\/[^"]*)"/)).output.1
            let opened = String(buffer: try await hs.get(voucher.replacingOccurrences(of: "&amp;", with: "&")).body)
            #expect(opened.contains("<a href=\"/rad/HS-SOM/konto/6990?period=2024-04&amp;sida=2\">Tillbaka"))
            // Past the last page is the last page.
            let beyond = String(buffer: try await hs.get(Self.drillDown + "&sida=9999").body)
            #expect(Self.rows(in: beyond) == Self.rows(in: pages[pages.count - 1]))
            // An account without rows on the line: no rows, no pages, nothing to download.
            #expect(try await store.ledgerRows(year: 2024, account: 1930, ansvar: ["11100"], throughMonth: 4).isEmpty)
            let empty = String(buffer: try await hs.get("/rad/HS-SOM/konto/1930?period=2024-04").body)
            #expect(empty.contains("Inga rader.") && !empty.contains("format=") && !empty.contains("rel=\"next\""))
        }
    }

    @Test(arguments: TestBackend.all) func everyOrderSortsEveryRow(_ backend: TestBackend) async throws {
        try await Self.withDemo(backend) { store, data, client in
            let names = try await Self.names(store, year: 2024)
            let stored = try await Self.allRows(store, data)
            let all = stored.map { Self.shown($0, names) }
            let voucherKey = Dictionary(
                stored.map { ($0.voucherID, ($0.series, Int($0.number) ?? 0)) }, uniquingKeysWith: { a, _ in a })
            var hs = Browser(client: client)
            try await hs.login("hs")
            for sort in ["datum", "verifikation", "belopp"] {
                for descending in [false, true] {
                    let uri = Self.drillDown + "&sortera=\(sort)" + (descending ? "&ordning=fallande" : "")
                    let rows = try await Self.pages(&hs, from: uri).flatMap(Self.rows)
                    // The same rows, each once.
                    #expect(
                        rows.sorted { $0.description < $1.description }
                            == all.sorted { $0.description < $1.description })
                    let pairs = zip(rows, rows.dropFirst())
                    let ordered = pairs.allSatisfy { a, b in
                        let (x, y) = descending ? (b, a) : (a, b)
                        switch sort {
                        case "datum": return x.date <= y.date
                        case "belopp": return x.amount <= y.amount
                        default:
                            let (p, q) = (voucherKey[x.voucher] ?? ("", 0), voucherKey[y.voucher] ?? ("", 0))
                            return p.0 < q.0 || (p.0 == q.0 && p.1 <= q.1)
                        }
                    }
                    #expect(ordered, "\(uri)")
                }
            }
        }
    }

    @Test(arguments: TestBackend.all) func theExportsHoldEveryRow(_ backend: TestBackend) async throws {
        try await Self.withDemo(backend) { store, data, client in
            let all = try await Self.allRows(store, data)
            let total = Self.aggregate(data)
            var hs = Browser(client: client)
            try await hs.login("hs")
            // CSV: a header, then one line per row in the ledger's order, amounts in kronor with öre.
            let csv = try await hs.get(Self.drillDown + "&format=csv")
            #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = String(buffer: csv.body).split(separator: "\r\n")
            #expect(lines.count == all.count + 1)
            let amounts = lines.dropFirst().map {
                Money.parse(String($0.split(separator: ";").last ?? "")) ?? .overflow
            }
            #expect(amounts == all.map(\.amount) && amounts.sum() == total)
            #expect(lines.dropFirst().map { String($0.split(separator: ";")[2]) } == all.map(\.date))

            // xlsx: read back by unzipping; the amounts column sums to the total, dates are date serials.
            let xlsx = try await hs.get(Self.drillDown + "&format=xlsx&sortera=belopp")
            #expect(xlsx.status == .ok)
            let files = try XLSXRead.entries(Data(buffer: xlsx.body))
            let sheet = try #require(files["xl/worksheets/sheet1.xml"])
            let values = sheet.matches(of: /<c r="I(\d+)" s="\d+"><v>([^<]*)<\/v><\/c>/).map {
                Decimal(string: String($0.output.2)) ?? 0
            }
            #expect(values.count == all.count)
            #expect(values.reduce(0, +) == total.kronorDecimal)
            #expect(values == values.sorted())
            let dates = sheet.matches(of: /<c r="C(\d+)" s="\d+"><v>(\d+)<\/v><\/c>/).map { Int($0.output.2) ?? 0 }
            let epoch = DateComponents(calendar: Calendar(identifier: .gregorian), year: 1899, month: 12, day: 30)
            let firstDate = try #require(all.map(\.date).min())
            let parts = firstDate.split(separator: "-").compactMap { Int($0) }
            let day = DateComponents(
                calendar: Calendar(identifier: .gregorian), year: parts[0], month: parts[1], day: parts[2])
            let calendar = Calendar(identifier: .gregorian)
            let serial = try #require(calendar.dateComponents([.day], from: epoch.date!, to: day.date!).day)
            #expect(dates.count == all.count && dates.min() == serial)
            #expect(try #require(files["xl/styles.xml"]).contains(#"formatCode="yyyy-mm-dd""#))
            // Any other format is not found.
            #expect(try await hs.get(Self.drillDown + "&format=pdf").status == .notFound)
        }
    }
}

/// A workbook's parts as text, read back as a spreadsheet program would unzip it.
enum XLSXRead {
    static func entries(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }
}
