import BalansCore
import BalansStore
import Foundation
import Hummingbird

/// The committees' detailed budgets (issue 18, item 4): a committee breaks its frame down per line and account, its
/// staff costs from its staff, periodises it, saves and submits it (its committee controller, who sees only the own
/// committee, as with the forecast); the central controller approves it into the year's original budget or returns it.
/// `/detaljbudget` lists every committee's (central controllers).
struct DetailedBudgetController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/namnd/:code/detaljbudget") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let year = Self.year(request, data) else { return WebApp.notFound(s) }
                let tree = data.tree(for: year)
                guard tree.committees.contains(where: { $0.code == code }) else { return WebApp.notFound(s) }
                guard s.may(.read(code, in: tree)) else { return WebApp.forbidden(s) }
                var (budget, state) = try await app.store.detailedBudget(year: year, committee: code)
                // Before the first save the form starts from the committee's rows in the original budget.
                if state.version == 0 { budget = DetailedBudget.starting(from: data, committee: code, year: year) }
                let view = DetailedBudgetView(
                    data, year: year, committee: code, budget: budget, state: state, session: s,
                    message: request.uri.queryParameters["meddelande"].map(String.init))
                return WebApp.html(HTML.page("Detaljbudget \(year) \(view.name)", session: s, body: view.rendered()))
            }
        }
        group.post("/namnd/:code/detaljbudget") { request, context in
            try await app.formPost(request, context) { s, form, request in
                try await save(request, s, form, code: try context.nodeCode("code"))
            }
        }
        for decision in Page.Decision.allCases {
            group.post(RouterPath("/namnd/:code/detaljbudget/\(decision.rawValue)")) { request, context in
                try await app.formPost(request, context) { s, form, request in
                    try await decide(request, s, form, code: try context.nodeCode("code"), decision)
                }
            }
        }
        addTemplateRoutes(to: group)
        let region = group.group().add(middleware: Require(permission: .region))
        region.get(RouterPath(Page.detailedBudgets(year: nil).url)) { request, context in
            try await app.page(context) { s, data in
                guard let year = Self.year(request, data) else { return WebApp.notFound(s) }
                let states = try await app.store.detailedBudgetStates(year: year)
                var budgets: [NodeCode: DetailedBudget] = [:]
                for c in data.tree(for: year).committees where states[c.code] != nil {
                    budgets[c.code] = try await app.store.detailedBudget(year: year, committee: c.code).0
                }
                let view = DetailedBudgetsView(data, year: year, states: states, budgets: budgets)
                return WebApp.html(HTML.page("Detaljbudgetar \(year)", session: s, body: view.rendered()))
            }
        }
    }

    /// The year asked for (`ar`), else the first year of the newest plan version, else the newest budget's year.
    static func year(_ request: Request, _ data: FollowUpData) -> Int? {
        if let text = request.uri.queryParameters["ar"] { return Int(String(text)) }
        return defaultYear(data)
    }

    /// The year being planned: the first year of the newest plan version, else the newest budget's year.
    static func defaultYear(_ data: FollowUpData) -> Int? {
        FramePlan.versions(data).last?.firstYear ?? BudgetController.year(nil, data)
    }

    /// The years a detailed budget is offered for: every plan version's first year and every budget year, in order;
    /// with `committee`, only those whose tree has it.
    static func years(_ data: FollowUpData, committee: NodeCode? = nil) -> [Int] {
        Set(FramePlan.versions(data).map(\.firstYear) + data.budgets.map(\.year)).sorted().filter { y in
            committee.map { c in data.tree(for: y).committees.contains { $0.code == c } } ?? true
        }
    }

    func save(_ request: Request, _ s: Session, _ form: [String: String], code: NodeCode) async throws -> Response {
        let data = try await app.cache.data()
        guard let year = Self.year(request, data) else { return WebApp.notFound(s) }
        let tree = data.tree(for: year)
        guard tree.committees.contains(where: { $0.code == code }) else { return WebApp.notFound(s) }
        guard s.may(.write(code, in: tree)) else { return WebApp.forbidden(s) }
        let (budget, problems) = DetailedBudgetForm.read(form, data: data, year: year, committee: code)
        let (stored, state) = try await app.store.detailedBudget(year: year, committee: code)
        func refused(
            _ error: String, _ status: HTTPResponse.Status, state: ForecastState, typed: [String: String]? = nil
        ) -> Response {
            let view = DetailedBudgetView(
                data, year: year, committee: code, budget: stored, state: state, session: s, typed: typed ?? form,
                error: error)
            return WebApp.html(
                HTML.page("Detaljbudget \(year) \(view.name)", session: s, body: view.rendered()), status: status)
        }
        guard let version = Int(form["version"] ?? "") else {
            return refused("Versionen saknas.", .badRequest, state: state)
        }
        guard problems.isEmpty else {
            return refused(problems.joined(separator: " ") + " Inget är sparat.", .unprocessableContent, state: state)
        }
        do {
            let saved = try await app.store.saveDetailedBudget(budget, expectedVersion: version, user: s.user.name)
            var message = "Detaljbudgeten är sparad som utkast."
            if form["action"] == "submit" {
                _ = try await app.store.transitionDetailedBudget(
                    year: year, committee: code, to: .submitted, expectedVersion: saved, comment: "",
                    user: s.user.name)
                message = "Detaljbudgeten är inlämnad för godkännande."
            }
            return WebApp.redirect(.detailedBudget(code, year: year, message: message))
        } catch let e as any WorkflowRefusal {
            // What was typed stays, on the version stored now: the user sees the other change and decides.
            let now = try await app.store.detailedBudget(year: year, committee: code).1
            var typed = form
            typed["version"] = String(now.version)
            return refused(e.description, .conflict, state: now, typed: typed)
        }
    }

    func decide(
        _ request: Request, _ s: Session, _ form: [String: String], code: NodeCode, _ decision: Page.Decision
    ) async throws -> Response {
        guard s.may(.approve) else { return WebApp.forbidden(s) }
        let data = try await app.cache.data()
        guard let year = Self.year(request, data), let version = Int(form["version"] ?? "") else {
            return WebApp.html(HTML.page("Fel", session: s, body: ""), status: .badRequest)
        }
        let target: ForecastState.Status = decision == .approve ? .approved : .returned
        do {
            _ = try await app.store.transitionDetailedBudget(
                year: year, committee: code, to: target, expectedVersion: version, comment: form["comment"] ?? "",
                user: s.user.name)
        } catch let e as any WorkflowRefusal {
            return WebApp.refused(e, session: s, back: .detailedBudget(code, year: year))
        }
        await app.cache.invalidate()
        let message =
            target == .approved
            ? "Detaljbudgeten är godkänd och ersätter nämndens rader i den ursprungliga budgeten \(year)."
            : "Detaljbudgeten är returnerad."
        return WebApp.redirect(.detailedBudget(code, year: year, message: message))
    }
}
