import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// The JSON API under /api (SPEC §6.1, §6.3): figures, reports and forecast entry, with the
/// same sessions and role checks as the pages. Writes need the session's CSRF token in the
/// `X-CSRF-Token` header. Described by the OpenAPI document at /api/openapi.json.
struct APIController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/api/openapi.json") { _, _ in
            var r = WebApp.text(API.openAPI, type: "application/json; charset=utf-8")
            // Public and fixed until the next release: the one answer caches may keep.
            r.headers[.cacheControl] = "public, max-age=3600"
            return r
        }
        // A GET's answer is kept per session and store version, as the pages' are, compressed when asked.
        let router = group.group().add(middleware: RequireLogin(api: true))
            .add(middleware: PageCacheMiddleware(app: self.app)).add(middleware: ResponseCompression())
        let app = self.app
        API.registerChanges(on: router, app: app)
        API.registerWorkflow(on: router, app: app)
        API.registerUsers(on: router, app: app)
        API.registerPublishing(on: router, app: app)
        API.registerBudget(on: router, app: app)
        API.registerPlan(on: router, app: app)

        router.get("/api/ratios") { request, context in
            try await app.api(context) { s, data in
                guard let p = WebApp.period(request, data) else {
                    return WebApp.apiError(.badRequest, "period must be YYYY-MM")
                }
                let tree = data.tree(for: p.year)
                // ?org=CODE: a committee's ratios (its hired-staff share), for whoever may read it.
                let node = request.uri.queryParameters["org"].map { NodeCode(String($0)) } ?? tree.root.code
                guard tree.node(node) != nil else {
                    return WebApp.apiError(.notFound, "no organisation node \(node) in \(p.year)")
                }
                let allowed =
                    node == tree.root.code
                    ? s.may(.region) : s.may(.read(node, in: tree))
                guard allowed else {
                    return WebApp.apiError(
                        .forbidden,
                        node == tree.root.code
                            ? "the key ratios are the whole region's: central controllers only" : "not your committee")
                }
                let text = try await app.cache.memo("ratios-json-\(p)-\(node)") { d in
                    KeyRatioJSON.value(
                        KeyRatioReport.compute(d, period: p, node: node),
                        organisation: d.tree(for: p.year).node(node)?.name ?? d.organisationName
                    ).rendered() + "\n"
                }
                return WebApp.text(text, type: "application/json; charset=utf-8")
            }
        }
        router.get("/api/reports/:kind") { request, context in
            try await app.api(context) { s, data in
                guard let kind = ReportKind(rawValue: try context.pathValue("kind")) else {
                    return WebApp.apiError(.notFound, "no such report kind")
                }
                return try await ReportController(app: app).reportResponse(
                    request, session: s, data: data, kind: kind, format: "json")
            }
        }
        router.get("/api/committees/:code/forecast") { request, context in
            try await app.api(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.read(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                let state = try await app.store.forecastState(period: p, node: code)
                return WebApp.json(
                    API.forecastJSON(
                        ForecastEntry.rows(data, period: p, committee: code), state: state, period: p, code: code))
            }
        }
        router.post("/api/committees/:code/forecast") { request, context in
            try await app.apiWrite(request, context) { s, data, body in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.write(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                let input = try JSONDecoder().decode(API.ForecastInput.self, from: body)
                let inTree = Set(data.tree(for: p.year).subtree(code).map(\.code))
                var rows: [ForecastRow] = []
                for (i, r) in input.rows.enumerated() {
                    guard inTree.contains(r.node) else {
                        return WebApp.apiError(.unprocessableContent, "rows[\(i)]: node \(r.node) is not under \(code)")
                    }
                    let amount: Money
                    switch Money.parsing(r.amount) {
                    case .success(let m): amount = m
                    case .failure(let e):
                        return WebApp.apiError(.unprocessableContent, "rows[\(i)].amount: \"\(r.amount)\" \(e)")
                    }
                    if let problem = InputText.problem(in: r.comment ?? "", multiline: true) {
                        return WebApp.apiError(.unprocessableContent, "rows[\(i)].comment: \(problem)")
                    }
                    rows.append(
                        ForecastRow(
                            period: p, node: r.node, account: r.account, amount: amount, comment: r.comment ?? "",
                            author: s.user.name, status: .draft))
                }
                let version = try await app.store.saveForecast(
                    period: p, committee: code, rows: rows, expectedVersion: input.version, user: s.user.name)
                await app.cache.invalidate()
                return WebApp.json(.object([("version", .number(String(version))), ("status", .string("draft"))]))
            }
        }
        for (step, target) in [
            ("submit", ForecastState.Status.submitted), ("approve", .approved), ("return", .returned),
        ] {
            router.post("/api/committees/:code/forecast/\(step)") { request, context in
                try await app.apiWrite(request, context) { s, data, body in
                    let code = try context.nodeCode("code")
                    guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                        return WebApp.apiError(.notFound, "no such committee or period")
                    }
                    let tree = data.tree(for: p.year)
                    let allowed = target == .submitted ? s.may(.write(code, in: tree)) : s.may(.approve)
                    guard allowed else {
                        return WebApp.apiError(
                            .forbidden,
                            target == .submitted ? "not your committee" : "approving is for central controllers")
                    }
                    let input = try JSONDecoder().decode(API.TransitionInput.self, from: body)
                    if let problem = InputText.problem(in: input.comment ?? "", multiline: true) {
                        return WebApp.apiError(.unprocessableContent, "comment: \(problem)")
                    }
                    let version = try await app.store.transitionForecast(
                        period: p, committee: code, to: target, expectedVersion: input.version,
                        comment: input.comment ?? "", user: s.user.name)
                    await app.cache.invalidate()
                    try await app.notifyForecastStep(
                        target, data: data, period: p, committee: code, version: version,
                        comment: input.comment ?? "", by: s.user.name)
                    return WebApp.json(
                        .object([("version", .number(String(version))), ("status", .string(target.rawValue))]))
                }
            }
        }
    }
}

/// The API's JSON values and inputs, and the routes of change requests.
enum API {

    static func changeJSON(_ c: ChangeRequest) -> JSONValue {
        .object([
            ("id", .number(String(c.id))), ("kind", .string(c.kind.rawValue)),
            ("period", .string(c.period.description)), ("node", .string(c.node.rawValue)),
            ("key", .string(c.key)), ("value", .string(c.value)), ("comment", .string(c.comment)),
            ("status", .string(c.status.rawValue)),
            ("version", .number(String(c.version))), ("reviewComment", .string(c.reviewComment)),
            ("updatedBy", .string(c.updatedBy)),
        ])
    }

    struct ChangeInput: Decodable {
        var kind: String
        var key: String
        var value: String
        var comment: String?
        var version: Int
        var submit: Bool?
    }

    static func registerChanges(on router: RouterGroup<WebContext>, app: WebApp) {
        router.get("/api/committees/:code/changes") { request, context in
            try await app.api(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.read(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                return await WebApp.json(.array(try app.store.changeRequests(period: p, node: code).map(changeJSON)))
            }
        }
        router.post("/api/committees/:code/changes") { request, context in
            try await app.apiWrite(request, context) { s, data, body in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.write(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                let input = try JSONDecoder().decode(ChangeInput.self, from: body)
                for (field, text, multiline) in [
                    ("key", input.key, false), ("value", input.value, true), ("comment", input.comment ?? "", true),
                ] {
                    if let problem = InputText.problem(in: text, multiline: multiline) {
                        return WebApp.apiError(.unprocessableContent, "\(field): \(problem)")
                    }
                }
                guard let kind = ChangeKind(rawValue: input.kind) else {
                    return WebApp.apiError(
                        .unprocessableContent,
                        "kind must be one of \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let version = try await app.store.proposeChange(
                    kind: kind, period: p, node: code, key: input.key, value: input.value, comment: input.comment ?? "",
                    expectedVersion: input.version, submit: input.submit ?? false, user: s.user.name)
                return WebApp.json(
                    .object([
                        ("version", .number(String(version))),
                        ("status", .string(input.submit == true ? "submitted" : "draft")),
                    ]))
            }
        }
        for (step, approve) in [("approve", true), ("return", false)] {
            router.post(RouterPath("/api/changes/:id/\(step)")) { request, context in
                try await app.apiWrite(request, context) { s, _, body in
                    guard s.may(.approve) else {
                        return WebApp.apiError(.forbidden, "approving is for central controllers")
                    }
                    guard let id = Int64(try context.pathValue("id")) else {
                        return WebApp.apiError(.notFound, "no such change")
                    }
                    let input = try JSONDecoder().decode(TransitionInput.self, from: body)
                    if let problem = InputText.problem(in: input.comment ?? "", multiline: true) {
                        return WebApp.apiError(.unprocessableContent, "comment: \(problem)")
                    }
                    let change = try await app.store.reviewChange(
                        id: id, approve: approve, expectedVersion: input.version, comment: input.comment ?? "",
                        user: s.user.name)
                    await app.cache.invalidate()
                    return WebApp.json(changeJSON(change))
                }
            }
        }
    }

    struct ForecastInput: Decodable {
        var version: Int
        var rows: [Row]
        struct Row: Decodable {
            var node: NodeCode
            var account: Int?
            /// Kronor as a decimal string ("-2904000000.00"): never a binary floating-point number.
            var amount: String
            var comment: String?
        }
    }

    struct TransitionInput: Decodable {
        var version: Int
        var comment: String?
    }

    static func forecastJSON(_ rows: [ForecastEntry], state: ForecastState, period: Period, code: NodeCode) -> JSONValue
    {
        .object([
            ("committee", .string(code.rawValue)), ("period", .string(period.description)),
            ("status", .string(state.status.rawValue)),
            ("version", .number(String(state.version))), ("comment", .string(state.comment)),
            (
                "rows",
                .array(
                    rows.map { r in
                        .object([
                            ("node", .string(r.node.rawValue)),
                            ("account", r.account.map { .number(String($0)) } ?? .null),
                            ("budget", .kronor(r.budget)),
                            ("forecast", .kronor(r.forecast)), ("comment", .string(r.comment)),
                        ])
                    })
            ),
        ])
    }

}

extension WebApp {
    /// An API call by a logged-in user: 401 otherwise.
    func api(_ context: WebContext, _ body: (Session, FollowUpData) async throws -> Response) async throws
        -> Response
    {
        guard let s = context.identity else {
            return Self.apiError(.unauthorized, "log in first (POST /login)")
        }
        return try await body(s, try await cache.data())
    }

    /// A writing API call: logged in, the CSRF header right, the body read (at most `limit` bytes); stale versions
    /// and workflow errors become 409 with the reason.
    func apiWrite(
        _ request: Request, _ context: WebContext, limit: Int = 1 << 20,
        _ body: (Session, FollowUpData, Data) async throws -> Response
    ) async throws -> Response {
        var request = request
        let bytes = try await request.collectBody(upTo: limit)
        guard let s = context.identity else {
            return Self.apiError(.unauthorized, "log in first (POST /login)")
        }
        guard Auth.csrfMatches(request.headers[.init("X-CSRF-Token")!], s) else {
            return Self.apiError(.forbidden, "missing or wrong X-CSRF-Token")
        }
        do {
            return try await body(s, try await cache.data(), Data(buffer: bytes))
        } catch let e as any WorkflowRefusal {
            return Self.apiError(.conflict, e.description)
        } catch let e as InputFailure {
            return Self.apiError(.unprocessableContent, e.description)
        } catch is DecodingError {
            return Self.apiError(.badRequest, "the body is not the JSON this call takes (see /api/openapi.json)")
        }
    }
}
