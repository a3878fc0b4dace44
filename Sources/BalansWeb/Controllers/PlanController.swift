import BalansCore
import BalansReport
import Foundation
import Hummingbird

/// Planering (issue 18, items 1 and 3): a plan version step by step with its result for three years against the
/// financial goal, what-ifs on its assumptions (a GET form: nothing is stored), and two versions compared line by
/// line. Admin and central controllers only (`Require(.region)`).
struct PlanController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        let region = group.group().add(middleware: Require(permission: .region))
        region.get(RouterPath(Page.plan(year: nil, version: nil).url)) { request, context in
            try await app.page(context) { s, data in
                let q = Self.query(request)
                let versions = FramePlan.versions(data)
                let fallback = data.budgets.map(\.year).max() ?? data.ledgers.keys.max() ?? 2000
                guard let (year, version) = Self.choice(q["ar"], q["version"], versions, fallback: fallback) else {
                    return WebApp.notFound(s)
                }
                let whatIf = PlanWhatIf(q, years: Array(year..<(year + 3)))
                // Without what-ifs the page is the same for every central controller: computed once per data
                // version, only the session's token and the notice are the request's.
                var view: PlanView?
                if whatIf.typed.values.allSatisfy(\.isEmpty) {
                    view = try await app.cache.memo("plan-view\u{1F}\(year)\u{1F}\(version ?? "")") { data in
                        Self.view(data, year: year, version: version, whatIf: whatIf, session: s)
                    }
                    view?.csrf = s.csrf
                    view?.message = q["meddelande"]
                } else {
                    view = Self.view(
                        data, year: year, version: version, whatIf: whatIf, session: s, message: q["meddelande"])
                }
                guard let view else { return WebApp.notFound(s) }
                let title = version.map { "Planering \($0)" } ?? "Planering"
                return WebApp.html(
                    HTML.page(title, session: s, body: view.rendered()),
                    status: whatIf.problems.isEmpty ? .ok : .unprocessableContent)
            }
        }
        region.get(RouterPath(Page.planCompare(year: nil, a: nil, b: nil).url)) { request, context in
            try await app.page(context) { s, data in
                let q = Self.query(request)
                let versions = FramePlan.versions(data)
                let a = q["a"] ?? versions.first?.name
                let b = q["b"] ?? versions.last?.name
                let known = Set(versions.map(\.name))
                guard a.map(known.contains) ?? true, b.map(known.contains) ?? true else { return WebApp.notFound(s) }
                guard let year = q["ar"].map({ Int($0) }) ?? versions.first(where: { $0.name == b })?.firstYear
                else { return WebApp.notFound(s) }
                var problems: [String] = []
                var comparison: PlanComparison?
                if let a, let b {
                    (comparison, problems) = Self.comparison(data, a: a, b: b, fromYear: year)
                } else {
                    problems = ["Inga planversioner är inlästa."]
                }
                let view = PlanCompareView(data, year: year, a: a, b: b, comparison: comparison, problems: problems)
                return WebApp.html(HTML.page("Jämför planversioner", session: s, body: view.rendered()))
            }
        }
    }

    /// The page of a plan version with its what-ifs; nil when the version has no frames of `year`.
    static func view(
        _ data: FollowUpData, year: Int, version: String?, whatIf: PlanWhatIf, session s: Session,
        message: String? = nil
    ) -> PlanView? {
        var problems: [String] = []
        var plan: FramePlan?
        var changed: FramePlan?
        if let version {
            switch FramePlan.compute(data, version: version, firstYear: year) {
            case .none: return nil
            case .failure(let missing)?: problems = missing.problems
            case .success(let p)?: plan = p
            }
            if plan != nil, whatIf.problems.isEmpty, !whatIf.overrides.isEmpty,
                case .success(let p)? = FramePlan.compute(
                    data, version: version, firstYear: year, overrides: whatIf.overrides)
            {
                changed = p
            }
        } else {
            problems = ["Inga planversioner är inlästa (balans import taxes och balans import frames)."]
        }
        return PlanView(
            data, year: year, version: version, plan: plan, changedPlan: changed, whatIf: whatIf,
            problems: problems, session: s, message: message)
    }

    /// The query's keys and their first values.
    static func query(_ request: Request) -> [String: String] {
        var q: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where q[String(key)] == nil {
            q[String(key)] = String(value)
        }
        return q
    }

    /// The first year and version asked for: a version without a year takes its own first year, a year without a
    /// version the first version of that year; neither gives the newest version (no version at all: `fallback`). Nil
    /// for a year that is no number.
    static func choice(_ yearText: String?, _ version: String?, _ versions: [FramePlan.Version], fallback: Int)
        -> (year: Int, version: String?)?
    {
        if let yearText {
            guard let year = Int(yearText) else { return nil }
            return (year, version ?? versions.first { $0.firstYear == year }?.name)
        }
        if let version { return versions.first { $0.name == version }.map { ($0.firstYear, version) } }
        guard let newest = versions.last else { return (fallback, nil) }
        return (newest.firstYear, newest.name)
    }

    /// Versions `a` and `b`, each computed from its own first year, compared over the years from `fromYear` both
    /// have; the problems of either (named by version) or that they share no year.
    static func comparison(_ data: FollowUpData, a: String, b: String, fromYear: Int)
        -> (comparison: PlanComparison?, problems: [String])
    {
        let versions = FramePlan.versions(data)
        var plans: [FramePlan] = []
        var problems: [String] = []
        for name in [a, b] {
            let first = versions.first { $0.name == name }?.firstYear ?? fromYear
            switch FramePlan.compute(data, version: name, firstYear: first) {
            case .none: problems.append("\(name): ingen sådan planversion")
            case .failure(let missing)?: problems += missing.problems.map { "\(name): \($0)" }
            case .success(let p)?: plans.append(p)
            }
        }
        guard problems.isEmpty, plans.count == 2 else { return (nil, problems) }
        let c = PlanComparison.compute(plans[0], plans[1], fromYear: fromYear)
        if c.years.isEmpty { return (nil, ["\(a) och \(b) har inga gemensamma år från \(fromYear)"]) }
        return (c, [])
    }
}
