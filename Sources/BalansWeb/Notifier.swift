import BalansCore
import BalansReport
import BalansStore
import Foundation
import Logging

/// The notifications (aviseringar) of the forecast workflow (issue 17, item 1): who is told of a step, in what
/// words, with which page; written in the app and, where the operator configured a mailer, e-mailed to users
/// with an address. A failed e-mail is logged; the notice in the app stands.
extension WebApp {
    /// Tells of a step of `committee`'s forecast of `p`: a submission the approvers (central controllers and
    /// administrators); a return or an approval the committee's controllers. Not the one who took the step.
    func notifyForecastStep(
        _ step: ForecastState.Status, data: FollowUpData, period p: Period, committee: NodeCode, version: Int,
        comment: String, by actor: String
    ) async throws {
        let tree = data.tree(for: p.year)
        let name = tree.node(committee)?.name ?? committee.rawValue
        let span = ReportLabelsWeb.longSpan(p)
        let users = try await store.users().filter { $0.name != actor }
        let text: String
        let page: Page
        let to: [AppUser]
        switch step {
        case .submitted:
            text = "\(name) har lämnat in prognosen för \(span)."
            page = .forecastReview(committee, period: p)
            to = users.filter { Policy.allows($0.role, scope: $0.node, .approve) }
        case .returned:
            text = "Prognosen för \(name), \(span), är returnerad av \(actor): \(comment)"
            page = .forecastForm(committee, period: p)
            to = users.filter {
                $0.role == .committee && Policy.allows($0.role, scope: $0.node, .write(committee, in: tree))
            }
        case .approved:
            text = "Prognosen för \(name), \(span), är godkänd av \(actor)."
            page = .forecastReview(committee, period: p)
            to = users.filter {
                $0.role == .committee && Policy.allows($0.role, scope: $0.node, .write(committee, in: tree))
            }
        case .draft:
            return
        }
        let notices = to.map {
            Notice(
                kind: step.rawValue, user: $0.name, text: text, url: page.url,
                dedupe: "forecast \(p) \(committee) v\(version)")
        }
        try await deliver(try await store.addNotices(notices), users: users)
    }

    /// Reminds the controllers of every committee that has not reported a period whose deadline is within `days`
    /// days of `today` (Swedish date), once per committee, period and deadline. `balans serve` calls it every hour.
    public func remindDeadlines(today: Date, within days: Int = 3) async throws {
        let data = try await cache.data()
        let first = HTML.localDay(today)
        let last = HTML.localDay(today.addingTimeInterval(Double(days) * 86_400))
        let users = try await store.users()
        var notices: [Notice] = []
        for (p, due) in try await store.deadlines().sorted(by: { $0.key < $1.key }) where first <= due && due <= last {
            let tree = data.tree(for: p.year)
            let reporting = Reporting(data, period: p, states: try await store.forecastStates(period: p))
            for c in reporting.committees where !c.reported {
                for u in users
                where u.role == .committee && Policy.allows(u.role, scope: u.node, .write(c.code, in: tree)) {
                    notices.append(
                        Notice(
                            kind: "deadline", user: u.name,
                            text: "Sista dag för prognosen för \(ReportLabelsWeb.longSpan(p)) är \(due): "
                                + "\(c.name) har inte lämnat in.",
                            url: Page.forecastForm(c.code, period: p).url, dedupe: "deadline \(p) \(c.code) \(due)"))
                }
            }
        }
        try await deliver(try await store.addNotices(notices), users: users)
    }

    /// E-mails the notices just written to their users with an address, when a mailer is configured.
    private func deliver(_ notices: [Notice], users: [AppUser]) async throws {
        guard let mailer, !notices.isEmpty else { return }
        let address = Dictionary(users.map { ($0.name, $0.email) }, uniquingKeysWith: { a, _ in a })
        for n in notices {
            guard let to = address[n.user], !to.isEmpty else { continue }
            do {
                try await mailer.send(
                    to: to, subject: "Balans: \(n.text)", body: n.text + "\n\n" + mailer.baseURL + n.url)
            } catch {
                requestLogger.warning("e-mail to \(n.user) not sent: \(error)")
            }
        }
    }
}
