import BalansCore
import BalansStore
import Hummingbird

/// The review of a committee's forecast (issue 17, item 2): the submitted forecast beside the one in force, the kept
/// versions and the comment thread, for every user who may read the committee; the decision for approvers.
struct ReviewController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/namnd/:code/prognos/granska") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                let tree = data.tree(for: p.year)
                guard s.may(.read(code, in: tree)) else { return WebApp.forbidden(s) }
                guard let unit = tree.forecastUnit(of: code) else { return WebApp.notFound(s) }
                if unit != code { return WebApp.redirect(.forecastReview(unit, period: p)) }
                let view = ReviewView(
                    data, period: p, code: code, state: try await app.store.forecastState(period: p, node: code),
                    history: try await app.store.forecastHistory(period: p, committee: code),
                    comments: try await app.store.forecastComments(period: p, committee: code), session: s,
                    message: request.uri.queryParameters["meddelande"].map(String.init))
                let name = tree.node(code)?.name ?? code.rawValue
                return WebApp.html(HTML.page("Granska prognos \(name)", session: s, body: view.rendered()))
            }
        }
        group.post("/namnd/:code/prognos/kommentar") { request, context in
            try await app.formPost(request, context) { s, form, request in
                let code = try context.nodeCode("code")
                let data = try await app.cache.data()
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                guard s.may(.followUp), s.may(.read(code, in: data.tree(for: p.year))) else {
                    return WebApp.forbidden(s)
                }
                do {
                    try await app.store.addForecastComment(
                        period: p, committee: code, text: form["text"] ?? "", user: s.user.name)
                } catch let e as any WorkflowRefusal {
                    return WebApp.refused(e, session: s, back: .forecastReview(code, period: p))
                }
                return WebApp.redirect(.forecastReview(code, period: p, message: "Kommentaren är skickad."))
            }
        }
    }
}

/// The user's notifications (aviseringar): the newest first; opening the page marks them seen.
struct NoticeController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get(RouterPath(Page.notices.url)) { _, context in
            try await app.page(context) { s, _ in
                let notices = try await app.store.notices(user: s.user.name)
                // Written only when there is something to mark: a write empties every cached page (`PageCache`).
                if s.unseen > 0 || notices.contains(where: { !$0.seen }) {
                    try await app.store.markNoticesSeen(user: s.user.name)
                }
                var session = s
                session.unseen = 0
                return WebApp.html(
                    HTML.page("Aviseringar", session: session, body: NoticesView(notices).rendered()))
            }
        }
    }
}

/// The notifications page (`Templates.notices`).
struct NoticesView: PageView {
    static let template = "notices"
    var notices: [Row]
    var hasNotices: Bool

    struct Row {
        var at, text, url: String
        var unseen: Bool
    }

    init(_ notices: [Notice]) {
        self.notices = notices.map { Row(at: HTML.localTime($0.at), text: $0.text, url: $0.url, unseen: !$0.seen) }
        hasNotices = !notices.isEmpty
    }
}
