import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// The controller's month in the JSON API (issue 17): the status board, the review of a committee's forecast with
/// its versions and comment thread, posting a comment, and the user's notifications.
extension API {
    struct CommentInput: Decodable { var text: String }

    static func registerWorkflow(on router: RouterGroup<WebContext>, app: WebApp) {
        router.get("/api/status") { request, context in
            try await app.api(context) { s, data in
                guard s.may(.region) else { return WebApp.apiError(.forbidden, "the board is for central controllers") }
                guard let p = WebApp.period(request, data) else {
                    return WebApp.apiError(.badRequest, "period must be YYYY-MM")
                }
                let due = try await app.store.deadline(period: p)
                let reporting = Reporting(data, period: p, states: try await app.store.forecastStates(period: p))
                let overdue = due.map { HTML.localDay(app.clock()) > $0 } ?? false
                return WebApp.json(
                    .object([
                        ("period", .string(p.description)), ("deadline", due.map(JSONValue.string) ?? .null),
                        (
                            "committees",
                            .array(
                                reporting.committees.map { c in
                                    .object([
                                        ("code", .string(c.code.rawValue)), ("name", .string(c.name)),
                                        (
                                            "status",
                                            .string(
                                                c.state?.status.rawValue ?? (c.fromFile ? "imported" : "not_started"))
                                        ),
                                        ("version", .number(String(c.state?.version ?? 0))),
                                        ("updatedBy", .string(c.state?.updatedBy ?? "")),
                                        ("updatedAt", .string(c.state?.updatedAt ?? "")),
                                        ("reported", .bool(c.reported)), ("overdue", .bool(overdue && !c.reported)),
                                    ])
                                })
                        ),
                    ]))
            }
        }
        router.get("/api/committees/:code/forecast/review") { request, context in
            try await app.api(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.read(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                let state = try await app.store.forecastState(period: p, node: code)
                let history = try await app.store.forecastHistory(period: p, committee: code)
                let comments = try await app.store.forecastComments(period: p, committee: code)
                return WebApp.json(reviewJSON(data, period: p, code: code, state: state, history, comments))
            }
        }
        router.post("/api/committees/:code/forecast/comments") { request, context in
            try await app.apiWrite(request, context) { s, data, body in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.followUp), s.may(.read(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                let input = try JSONDecoder().decode(CommentInput.self, from: body)
                try await app.store.addForecastComment(period: p, committee: code, text: input.text, user: s.user.name)
                return WebApp.json(.object([("ok", .bool(true))]))
            }
        }
        router.get("/api/notices") { _, context in
            try await app.api(context) { s, _ in
                let notices = try await app.store.notices(user: s.user.name)
                return WebApp.json(
                    .array(
                        notices.map {
                            .object([
                                ("kind", .string($0.kind)), ("text", .string($0.text)), ("url", .string($0.url)),
                                ("at", .string($0.at)), ("seen", .bool($0.seen)),
                            ])
                        }))
            }
        }
    }

    static func reviewJSON(
        _ data: FollowUpData, period p: Period, code: NodeCode, state: ForecastState, _ history: [ForecastVersion],
        _ comments: [ForecastComment]
    ) -> JSONValue {
        func rows(_ rows: [ForecastRow]) -> JSONValue {
            .array(
                rows.map {
                    .object([
                        ("node", .string($0.node.rawValue)),
                        ("account", $0.account.map { .number(String($0)) } ?? .null),
                        ("amount", .kronor($0.amount)), ("comment", .string($0.comment)),
                    ])
                })
        }
        return .object([
            ("committee", .string(code.rawValue)), ("period", .string(p.description)),
            ("status", .string(state.status.rawValue)), ("version", .number(String(state.version))),
            (
                "rows",
                .array(
                    ForecastReview(data, period: p, committee: code).rows.map { r in
                        .object([
                            ("node", .string(r.node.rawValue)),
                            ("account", r.account.map { .number(String($0)) } ?? .null),
                            ("budget", .kronor(r.budget)), ("inForce", .kronor(r.inForce)),
                            ("submitted", .kronor(r.submitted)), ("change", .kronor(r.change)),
                            ("comment", .string(r.comment)),
                        ])
                    })
            ),
            (
                "history",
                .array(
                    history.map { v in
                        .object([
                            ("version", .number(String(v.version))), ("status", .string(v.status.rawValue)),
                            ("user", .string(v.user)), ("at", .string(v.at)), ("comment", .string(v.comment)),
                            ("rows", rows(v.rows)),
                        ])
                    })
            ),
            (
                "comments",
                .array(
                    comments.map {
                        .object([("user", .string($0.user)), ("at", .string($0.at)), ("text", .string($0.text))])
                    })
            ),
        ])
    }
}
