import BalansCore
import BalansStore
import Hummingbird

/// A committee's texts, activities and indicators: the page, a proposed change (POST), and
/// the central controller's approval or return of one.
struct ChangeController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get("/namnd/:code/uppfoljning") { request, context in
            try await app.page(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                guard s.may(.read(code, in: data.tree(for: p.year))) else { return WebApp.forbidden(s) }
                return await WebApp.html(
                    FollowUpPage.page(
                        data, period: p, code: code, changes: try app.store.changeRequests(period: p, node: code),
                        session: s,
                        message: request.uri.queryParameters["meddelande"].map(String.init), error: nil))
            }
        }
        group.post("/namnd/:code/uppfoljning") { request, context in
            try await app.formPost(request, context) { s, form, request in
                let code = try context.nodeCode("code")
                let data = try await app.cache.data()
                guard let p = WebApp.period(request, data), data.tree(for: p.year).node(code) != nil else {
                    return WebApp.notFound(s)
                }
                guard s.may(.write(code, in: data.tree(for: p.year))) else { return WebApp.forbidden(s) }
                guard let kind = ChangeKind(rawValue: form["kind"] ?? ""), let key = form["key"],
                    let version = Int(form["version"] ?? "")
                else {
                    return WebApp.html(
                        HTML.page(
                            "Fel", session: s,
                            body: MessageView("Formuläret är ofullständigt.", cssClass: "error").rendered()),
                        status: .badRequest)
                }
                let submit = form["action"] == "submit"
                do {
                    _ = try await app.store.proposeChange(
                        kind: kind, period: p, node: code, key: key, value: form["value"] ?? "",
                        comment: form["comment"] ?? "",
                        expectedVersion: version, submit: submit, user: s.user.name)
                    let message =
                        submit
                        ? "Ändringen är inlämnad för godkännande."
                        : "Ändringen är sparad som utkast."
                    return WebApp.redirect(.followUp(code, period: p, message: message))
                } catch let e as any WorkflowRefusal {
                    return await WebApp.html(
                        FollowUpPage.page(
                            data, period: p, code: code, changes: try app.store.changeRequests(period: p, node: code),
                            session: s, message: nil, error: e.description), status: .conflict)
                }
            }
        }
        for decision in Page.Decision.allCases {
            group.post(RouterPath("/andring/:id/\(decision.rawValue)")) { request, context in
                try await app.formPost(request, context) { s, form, request in
                    guard s.may(.approve) else { return WebApp.forbidden(s) }
                    guard let id = Int64(try context.pathValue("id")), let version = Int(form["version"] ?? "") else {
                        return WebApp.html(HTML.page("Fel", session: s, body: ""), status: .badRequest)
                    }
                    let approve = decision == .approve
                    // Back to the committee's page the form was on.
                    let committee = NodeCode(request.uri.queryParameters["namnd"].map(String.init) ?? "")
                    let period = request.uri.queryParameters["period"].flatMap { Period(String($0)) }
                    let back = Page.followUp(committee, period: period)
                    do {
                        _ = try await app.store.reviewChange(
                            id: id, approve: approve, expectedVersion: version, comment: form["comment"] ?? "",
                            user: s.user.name)
                        await app.cache.invalidate()
                        let message = approve ? "Ändringen är godkänd." : "Ändringen är returnerad."
                        return WebApp.redirect(.followUp(committee, period: period, message: message))
                    } catch let e as any WorkflowRefusal {
                        return WebApp.refused(e, session: s, back: back)
                    }
                }
            }
        }
    }
}
