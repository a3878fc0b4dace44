import BalansCore
import BalansStore
import Hummingbird

/// A committee's forecast: the form (GET), saving and submitting it (POST), and the central
/// controller's approval or return.
struct ForecastController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/namnd/:code/prognos") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                let tree = data.tree(for: p.year)
                // A line's forecast is entered on its committee's form (one unit of the workflow).
                if let unit = tree.forecastUnit(of: code), unit != code, s.may(.write(unit, in: tree)) {
                    return WebApp.redirect(.forecastForm(unit, period: p))
                }
                guard s.may(.write(code, in: tree)) else { return WebApp.forbidden(s) }
                let state = try await app.store.forecastState(period: p, node: code)
                return WebApp.html(
                    Pages.forecastForm(data, period: p, code: code, state: state, session: s, error: nil))
            }
        }
        group.post("/namnd/:code/prognos") { request, context in
            try await app.formPost(request, context) { s, form, request in
                try await save(request, s, form, code: try context.nodeCode("code"))
            }
        }
        for decision in Page.Decision.allCases {
            group.post(RouterPath("/namnd/:code/prognos/\(decision.rawValue)")) { request, context in
                try await app.formPost(request, context) { s, form, request in
                    let target: ForecastState.Status = decision == .approve ? .approved : .returned
                    return try await decide(request, s, form, code: try context.nodeCode("code"), to: target)
                }
            }
        }
    }

    func save(_ request: Request, _ s: Session, _ form: [String: String], code: NodeCode) async throws -> Response {
        let data = try await app.cache.data()
        guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
            return WebApp.notFound(s)
        }
        let tree = data.tree(for: p.year)
        guard s.may(.write(code, in: tree)) else { return WebApp.forbidden(s) }
        if let unit = tree.forecastUnit(of: code), unit != code {
            let line = tree.node(code)?.name ?? code.rawValue
            let committee = tree.node(unit)?.name ?? unit.rawValue
            let why = "Prognosen för \(line) lämnas i \(committee)s prognos, för hela nämnden."
            return WebApp.refused(WorkflowError(description: why), session: s, back: .forecastForm(unit, period: p))
        }
        let (rows, problems) = Self.rows(form, data: data, period: p, code: code, user: s.user.name)
        let state = try await app.store.forecastState(period: p, node: code)
        guard problems.isEmpty, let version = Int(form["version"] ?? "") else {
            let error = problems.isEmpty ? "Versionen saknas." : problems.joined(separator: "; ")
            return WebApp.html(
                Pages.forecastForm(data, period: p, code: code, state: state, session: s, error: error),
                status: problems.isEmpty ? .badRequest : .unprocessableContent)
        }
        do {
            let saved = try await app.store.saveForecast(
                period: p, committee: code, rows: rows, expectedVersion: version, user: s.user.name)
            var message = "Prognosen är sparad som utkast."
            if form["action"] == "submit" {
                _ = try await app.store.transitionForecast(
                    period: p, committee: code, to: .submitted, expectedVersion: saved, comment: "", user: s.user.name)
                message = "Prognosen är inlämnad för godkännande."
            }
            await app.cache.invalidate()
            return WebApp.redirect(.committee(code, period: p, message: message))
        } catch let e as any WorkflowRefusal {
            let state = try await app.store.forecastState(period: p, node: code)
            return WebApp.html(
                Pages.forecastForm(
                    try await app.cache.data(), period: p, code: code, state: state, session: s, error: e.description),
                status: .conflict)
        }
    }

    /// The form's amounts (kronor, spaces and a typographic minus allowed) as forecast rows,
    /// and what is wrong with those that are not amounts.
    static func rows(_ form: [String: String], data: FollowUpData, period p: Period, code: NodeCode, user: String)
        -> (rows: [ForecastRow], problems: [String])
    {
        let tree = data.tree(for: p.year)
        var rows: [ForecastRow] = []
        var problems: [String] = []
        for (i, e) in ForecastEntry.rows(data, period: p, committee: code).enumerated() {
            let given = form["amount_\(i)"] ?? ""
            let text = given.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
                .replacingOccurrences(of: "−", with: "-")
            switch Money.parsing(text) {
            case .success(let amount):
                rows.append(
                    ForecastRow(
                        period: p, node: e.node, account: e.account, amount: amount,
                        comment: form["comment_\(i)"] ?? "", author: user, status: .draft))
            case .failure(let error):
                let why =
                    error == .tooLarge
                    ? "är större än 1 000 000 000 000 kronor, det största belopp Balans tar emot"
                    : "är inte ett belopp i kronor"
                let account = e.account.map(String.init) ?? ""
                problems.append("\(tree.node(e.node)?.name ?? e.node.rawValue) konto \(account): \"\(given)\" \(why)")
            }
        }
        return (rows, problems)
    }

    func decide(
        _ request: Request, _ s: Session, _ form: [String: String], code: NodeCode, to target: ForecastState.Status
    ) async throws -> Response {
        guard s.may(.approve) else { return WebApp.forbidden(s) }
        let data = try await app.cache.data()
        guard let p = WebApp.period(request, data), let version = Int(form["version"] ?? "") else {
            return WebApp.html(HTML.page("Fel", session: s, body: ""), status: .badRequest)
        }
        do {
            _ = try await app.store.transitionForecast(
                period: p, committee: code, to: target, expectedVersion: version, comment: form["comment"] ?? "",
                user: s.user.name)
            await app.cache.invalidate()
            let message = target == .approved ? "Prognosen är godkänd." : "Prognosen är returnerad."
            return WebApp.redirect(.committee(code, period: p, message: message))
        } catch let e as any WorkflowRefusal {
            return WebApp.refused(e, session: s, back: .committee(code, period: p))
        }
    }
}
