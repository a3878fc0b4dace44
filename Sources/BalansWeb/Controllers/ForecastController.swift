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
                let query = request.uri.queryParameters
                // ?enhet=tkr|mnkr switches the unit and remembers it for the user.
                if let chosen = query["enhet"].flatMap({ EntryUnit(rawValue: String($0)) }) {
                    try await app.store.setUserSetting(
                        user: s.user.name, key: EntryUnit.settingKey, value: chosen.rawValue)
                }
                let state = try await app.store.forecastState(period: p, node: code)
                let view = ForecastFormView(
                    data, period: p, code: code, state: state, session: s, unit: try await app.entryUnit(s),
                    proposal: query["forslag"].flatMap { ForecastProposalMethod(rawValue: String($0)) })
                return WebApp.html(Pages.forecastForm(view, data, period: p, code: code, session: s))
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
        let remembered = try await app.entryUnit(s)
        let unit = EntryUnit(rawValue: form["unit"] ?? "") ?? remembered
        let (rows, check) = Self.rows(form, data: data, period: p, code: code, unit: unit, user: s.user.name)
        let state = try await app.store.forecastState(period: p, node: code)
        func refused(_ check: EntryCheck, _ error: String, _ status: HTTPResponse.Status) -> Response {
            let view = ForecastFormView(
                data, period: p, code: code, state: state, session: s, unit: unit, typed: form, check: check,
                error: error)
            return WebApp.html(Pages.forecastForm(view, data, period: p, code: code, session: s), status: status)
        }
        guard let version = Int(form["version"] ?? "") else { return refused(check, "Versionen saknas.", .badRequest) }
        guard check.problems.isEmpty else {
            let n = check.problems.count
            let what = n == 1 ? "Ett belopp" : "\(n) belopp"
            return refused(
                check, "\(what) kunde inte läsas: se de markerade fälten. Inget är sparat.", .unprocessableContent)
        }
        // An implausible amount (a unit slip, far from the budget) is saved only when the user confirms it.
        guard check.warnings.isEmpty || form["confirm"] == "on" else {
            return refused(
                check, "Kontrollera de markerade beloppen och bekräfta dem, eller rätta dem. Inget är sparat.",
                .unprocessableContent)
        }
        try await app.store.setUserSetting(user: s.user.name, key: EntryUnit.settingKey, value: unit.rawValue)
        do {
            let saved = try await app.store.saveForecast(
                period: p, committee: code, rows: rows, expectedVersion: version, user: s.user.name)
            var message = "Prognosen är sparad som utkast."
            if form["action"] == "submit" {
                let version = try await app.store.transitionForecast(
                    period: p, committee: code, to: .submitted, expectedVersion: saved, comment: "", user: s.user.name)
                message = "Prognosen är inlämnad för godkännande."
                try await app.notifyForecastStep(
                    .submitted, data: data, period: p, committee: code, version: version, comment: "", by: s.user.name)
            }
            await app.cache.invalidate()
            return WebApp.redirect(.committee(code, period: p, message: message))
        } catch let e as any WorkflowRefusal {
            // What was typed stays, on the version stored now: the user sees the other change's state and decides.
            var typed = form
            typed["version"] = String(try await app.store.forecastState(period: p, node: code).version)
            let view = ForecastFormView(
                try await app.cache.data(), period: p, code: code, state: state, session: s, unit: unit, typed: typed,
                check: check, error: e.description)
            return WebApp.html(Pages.forecastForm(view, data, period: p, code: code, session: s), status: .conflict)
        }
    }

    /// The form's amounts as forecast rows: a field left as it was shown keeps its exact value (`exact_N`, öre), a
    /// typed one is read in `unit` (Swedish format: spaces, comma, a typographic minus). What is not an amount is
    /// a problem of its field; an amount about 1 000 times off its budget (a unit slip) or more than half the
    /// budget away is a warning.
    static func rows(
        _ form: [String: String], data: FollowUpData, period p: Period, code: NodeCode, unit: EntryUnit, user: String
    ) -> (rows: [ForecastRow], check: EntryCheck) {
        var rows: [ForecastRow] = []
        var check = EntryCheck()
        for (i, e) in ForecastEntry.rows(data, period: p, committee: code).enumerated() {
            let given = form["amount_\(i)"] ?? ""
            let kept =
                given == form["shown_\(i)"] ? form["exact_\(i)"].flatMap { Int64($0) }.map(Money.init(ore:)) : nil
            let parsed =
                kept.map { Result<Money, Money.ParseError>.success($0) }
                ?? Money.parsing(given, orePerUnit: unit.orePerUnit)
            switch parsed {
            case .success(let amount) where amount.ore.magnitude <= Money.largestInput.ore.magnitude:
                rows.append(
                    ForecastRow(
                        period: p, node: e.node, account: e.account, amount: amount,
                        comment: form["comment_\(i)"] ?? "", author: user, status: .draft))
                if let warning = Self.implausible(amount, budget: e.budget) { check.warnings[i] = warning }
            case .success, .failure(.tooLarge):
                check.problems[i] = "\"\(given)\" är större än 1 000 000 000 000 kronor"
            case .failure(.notAnAmount):
                let decimals = String(unit.orePerUnit).count - 1
                check.problems[i] = "\"\(given)\" är inte ett belopp i \(unit.rawValue) (högst \(decimals) decimaler)"
            }
        }
        return (rows, check)
    }

    /// Why `amount` looks wrong beside `budget`, or nil: about 1 000 times the budget or a thousandth of it (typed
    /// in the wrong unit), or more than half the budget away from it.
    static func implausible(_ amount: Money, budget: Money) -> String? {
        let a = amount.ore.magnitude
        let b = budget.ore.magnitude
        guard b > 0 else { return nil }
        if a / 500 >= b || (a > 0 && b / 500 >= a) {
            return "Omkring 1 000 gånger fel mot budgeten: är beloppet skrivet i fel enhet?"
        }
        let off = (amount - budget).ore.magnitude
        if off > b / 2 { return "Avviker mer än hälften från budgeten." }
        return nil
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
            let comment = form["comment"] ?? ""
            let made = try await app.store.transitionForecast(
                period: p, committee: code, to: target, expectedVersion: version, comment: comment, user: s.user.name)
            await app.cache.invalidate()
            try await app.notifyForecastStep(
                target, data: data, period: p, committee: code, version: made, comment: comment, by: s.user.name)
            let message = target == .approved ? "Prognosen är godkänd." : "Prognosen är returnerad."
            return WebApp.redirect(.forecastReview(code, period: p, message: message))
        } catch let e as any WorkflowRefusal {
            return WebApp.refused(e, session: s, back: .forecastReview(code, period: p))
        }
    }
}

extension WebApp {
    /// The unit the user types forecasts in: the remembered choice, tkr by default.
    func entryUnit(_ s: Session) async throws -> EntryUnit {
        try await store.userSetting(user: s.user.name, key: EntryUnit.settingKey).flatMap(EntryUnit.init) ?? .tkr
    }
}
