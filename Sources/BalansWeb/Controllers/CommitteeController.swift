import BalansCore
import Hummingbird

/// The follow-up of a committee (or group) and of a line: outcome, budget and forecast per
/// line, and per account of a line.
struct CommitteeController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/namnd/:code") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                guard s.may(.read(code, in: data.tree(for: p.year))) else { return WebApp.forbidden(s) }
                let message = request.uri.queryParameters["meddelande"].map(String.init)
                // A line shows the state of the forecast it is part of: its committee's.
                let unit = data.tree(for: p.year).forecastUnit(of: code) ?? code
                let state = try await app.store.forecastState(period: p, node: unit)
                // The figures once per data version; the workflow's state and the page are the request's.
                let statement = try await app.cache.memo("committee-statement\u{1F}\(p)\u{1F}\(code)") { data in
                    OperatingStatement.compute(data, period: p, root: code)
                }
                return WebApp.html(
                    Pages.committee(
                        data, period: p, code: code, state: state, session: s, message: message, statement: statement))
            }
        }
        group.get("/rad/:code") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                guard s.may(.read(code, in: data.tree(for: p.year))) else { return WebApp.forbidden(s) }
                let names = try await app.cache.memo("account-names\u{1F}\(p.year)") {
                    try await app.store.accountNames(year: p.year)
                }
                let accounts = try await app.cache.memo("line-accounts\u{1F}\(p)\u{1F}\(code)") { data in
                    AccountBreakdown.compute(data, node: code, period: p)
                }
                return WebApp.html(
                    Pages.line(data, period: p, code: code, accountNames: names, session: s, accounts: accounts))
            }
        }
    }
}
