import BalansCore
import Hummingbird

/// From a line's account to its ledger rows, and from a row to its voucher.
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
                guard tree.node(code) != nil else { return WebApp.notFound(s) }
                guard s.may(.read(code, in: tree)) else { return WebApp.forbidden(s) }
                let rows = try await app.store.ledgerRows(
                    year: p.year, account: account, ansvar: tree.subtree(code).flatMap(\.ansvar), throughMonth: p.month)
                return WebApp.html(
                    Pages.ledgerRows(
                        rows, names: try await app.objectNames(year: p.year),
                        title: "\(tree.node(code)?.name ?? code.rawValue), konto \(account)",
                        back: .line(code, period: p), session: s))
            }
        }
        group.get("/verifikation/:id") { _, context in
            try await app.page(context) { s, data in
                guard let id = Int64(try context.pathValue("id")) else { return WebApp.notFound(s) }
                let rows = try await app.store.voucher(id: id)
                guard let year = rows.first.flatMap({ Int($0.date.prefix(4)) }) else { return WebApp.notFound(s) }
                let tree = data.tree(for: year)
                // A voucher may touch several units: a committee controller sees it only when
                // every row is in their subtree.
                let readable = rows.allSatisfy { r in
                    tree.nodeCode(forAnsvar: r.ansvar).map { s.may(.read($0, in: tree)) } ?? s.may(.region)
                }
                guard readable else { return WebApp.forbidden(s) }
                return WebApp.html(
                    Pages.ledgerRows(
                        rows, names: try await app.objectNames(year: year),
                        title: "Verifikation \(rows[0].series) \(rows[0].number)", back: .dashboard(period: nil),
                        session: s))
            }
        }
    }
}

extension WebApp {
    /// The names of the dimensions and objects the ledger of `year` declares, for the
    /// drill-down's object column.
    func objectNames(year: Int) async throws -> LedgerRowsView.ObjectNames {
        LedgerRowsView.ObjectNames(
            dimensions: try await store.ledgerDimensions(year: year),
            objects: try await store.ledgerObjectNames(year: year))
    }
}
