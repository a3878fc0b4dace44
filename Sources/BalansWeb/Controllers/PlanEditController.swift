import BalansCore
import BalansStore
import Foundation
import Hummingbird

/// Making a plan version in the web app (issue 18, item 1): a new version from another (with the what-ifs of the
/// plan page as its own assumptions), its rows changed line by line, and Fastställ, which makes it the original
/// budget of its year — the same store calls as `balans plan copy` and `balans plan decide`. Every save is made
/// against the stamp of the rows the page showed, so a change someone made meanwhile is never overwritten. Admin
/// and central controllers only (`Require(.region)`).
struct PlanEditController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        let region = group.group().add(middleware: Require(permission: .region))
        region.get(RouterPath("/plan/redigera")) { request, context in
            try await app.page(context) { s, data in
                let q = request.uri.queryParameters
                guard let version = q["version"].map(String.init), PlanVersions.exists(version, in: data) else {
                    return WebApp.notFound(s)
                }
                let (taxes, frames) = PlanVersions.rows(of: version, in: data)
                let view = PlanEditView(
                    data, version: version, form: PlanEditForm(taxes: taxes, frames: frames), session: s,
                    stamp: PlanVersions.stamp(version, in: data), message: q["meddelande"].map(String.init))
                return WebApp.html(HTML.page("Ändra planversion \(version)", session: s, body: view.rendered()))
            }
        }
        region.post(RouterPath("/plan/redigera")) { request, context in
            try await app.formPost(request, context) { s, form, request in
                let data = try await app.cache.data()
                guard let version = request.uri.queryParameters["version"].map(String.init),
                    PlanVersions.exists(version, in: data)
                else { return WebApp.notFound(s) }
                let typed = PlanEditForm(form)
                let (taxes, frames, problems) = typed.rows(version: version, data: data)
                guard problems.isEmpty else {
                    let view = PlanEditView(
                        data, version: version, form: typed, session: s, stamp: form["stamp"] ?? "", problems: problems)
                    return WebApp.html(
                        HTML.page("Ändra planversion \(version)", session: s, body: view.rendered()),
                        status: .unprocessableContent)
                }
                do {
                    try await app.store.savePlanVersion(
                        version, taxes: taxes, frames: frames, expecting: form["stamp"] ?? "", user: s.user.name)
                } catch let e as any WorkflowRefusal {
                    return WebApp.refused(e, session: s, back: .planEdit(version: version))
                }
                await app.cache.invalidate()
                let message = "Versionen är sparad: \(taxes.count) antaganden och \(frames.count) ramrader."
                return WebApp.redirect(.planEdit(version: version, message: message))
            }
        }
        region.post(RouterPath(Page.planNew.url)) { request, context in
            try await app.formPost(request, context) { s, form, _ in
                let data = try await app.cache.data()
                let source = form["fran"] ?? ""
                guard PlanVersions.exists(source, in: data) else { return WebApp.notFound(s) }
                let name = (form["namn"] ?? "").trimmingCharacters(in: .whitespaces)
                let first = PlanVersions.firstYears(data)[source] ?? 0
                let whatIf = PlanWhatIf(form, years: Array(first..<(first + 3)))
                var problems = whatIf.problems.values.sorted()
                if !PlanVersions.isValidName(name) {
                    let rule = "Namnet har 1–40 bokstäver, siffror, - _ eller punkt, t.ex. forslag-2025-b."
                    problems.insert(rule, at: 0)
                }
                guard problems.isEmpty else {
                    let (taxes, frames) = PlanVersions.rows(of: source, in: data)
                    let view = PlanEditView(
                        data, version: source, form: PlanEditForm(taxes: taxes, frames: frames), session: s,
                        stamp: PlanVersions.stamp(source, in: data), problems: problems, newName: name)
                    return WebApp.html(
                        HTML.page("Ändra planversion \(source)", session: s, body: view.rendered()),
                        status: .unprocessableContent)
                }
                let (taxes, frames) = PlanVersions.copy(source, as: name, overrides: whatIf.overrides, in: data)
                do {
                    try await app.store.savePlanVersion(
                        name, taxes: taxes, frames: frames, expecting: nil, user: s.user.name, from: source)
                } catch let e as any WorkflowRefusal {
                    return WebApp.refused(e, session: s, back: .planEdit(version: source))
                }
                await app.cache.invalidate()
                let kept = whatIf.described.isEmpty ? "" : " med \(whatIf.described.joined(separator: "; "))"
                return WebApp.redirect(
                    .planEdit(version: name, message: "Versionen \(name) är skapad utifrån \(source)\(kept)."))
            }
        }
        region.post(RouterPath(Page.planDecide.url)) { request, context in
            try await app.formPost(request, context) { s, form, _ in
                let data = try await app.cache.data()
                let version = form["version"] ?? ""
                guard let year = PlanVersions.firstYears(data)[version] else { return WebApp.notFound(s) }
                let reference = (form["reference"] ?? "").trimmingCharacters(in: .whitespaces)
                let back = Page.plan(year: year, version: version)
                if let why = InputText.problem(in: reference, multiline: false) {
                    return WebApp.refused(PlanVersionRefusal(description: "Beslutet \(why)."), session: s, back: back)
                }
                let result: (status: PlanVersion, rows: [BudgetRow])
                do {
                    result = try await app.store.decidePlan(
                        version: version, firstYear: year, user: s.user.name,
                        at: ISO8601DateFormatter().string(from: Date()), reference: reference,
                        expecting: form["stamp"] ?? "")
                } catch let e as any WorkflowRefusal {
                    return WebApp.refused(e, session: s, back: back)
                } catch let e as InputFailure {
                    let text = "Versionen kan inte fastställas: " + e.issues.map(\.message).joined(separator: "; ")
                    return WebApp.refused(PlanVersionRefusal(description: text), session: s, back: back)
                }
                await app.cache.invalidate()
                let message =
                    "\(version) är fastställd som budget \(year) (\(result.rows.count) budgetrader). "
                    + "Uppföljningen räknar från och med nu mot den."
                return WebApp.redirect(.plan(year: year, version: version, message: message))
            }
        }
    }
}
