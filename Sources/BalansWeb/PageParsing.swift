import BalansCore
import Foundation

extension Page {
    /// The page of a path and query as `url` builds it; nil for an address the application
    /// does not serve, a malformed percent escape, or a `period` that is not `YYYY-MM`.
    /// Query keys the page does not take are ignored; of a repeated key the first counts.
    init?(url: String) {
        let halves = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = halves.first, path.hasPrefix("/") else { return nil }
        var segments: [String] = []
        if path != "/" {
            for raw in path.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
                guard let segment = Self.decode(raw) else { return nil }
                segments.append(segment)
            }
        }
        var query: [String: String] = [:]
        if halves.count > 1 {
            for pair in halves[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard let key = Self.decode(kv[0]), let value = Self.decode(kv.count > 1 ? kv[1] : "") else {
                    return nil
                }
                if query[key] == nil { query[key] = value }
            }
        }
        var period: Period?
        if let text = query["period"] {
            guard let p = Period(text) else { return nil }
            period = p
        }
        guard let page = Self.page(segments, query: query, period: period) else { return nil }
        self = page
    }

    private static func page(_ s: [String], query q: [String: String], period p: Period?) -> Page? {
        guard let first = s.first else { return .dashboard(period: p) }
        switch (first, s.count) {
        case ("login", 1): return .login
        case ("logout", 1): return .logout
        case ("organisation", 1): return .organisation
        case ("granskning", 1):
            return .audit(.init(user: q["anvandare"], action: q["handling"], from: q["fran"], to: q["till"]))
        case ("anvandare", 1): return .users(message: q["meddelande"])
        case ("anvandare", 2): return .user(s[1], message: q["meddelande"])
        case ("anvandare", 3): return UserAction(rawValue: s[2]).map { .userChange(s[1], $0) }
        case ("losenord", 1): return .password(message: q["meddelande"])
        case ("aviseringar", 1): return .notices
        case ("static", 2) where s[1] == "prognos.js": return .formScript
        case ("budget", 1): return .budget(year: q["ar"].flatMap { Int($0) }, message: q["meddelande"])
        case ("budget", 2) where s[1] == "andring": return .budgetChange(year: q["ar"].flatMap { Int($0) })
        case ("budget", 2) where s[1] == "mall": return .budgetTemplate(year: q["ar"].flatMap { Int($0) })
        case ("plan", 1):
            return .plan(
                year: q["ar"].flatMap { Int($0) }, version: q["version"],
                assume: q.filter { PlanWhatIf.isField($0.key) && !$0.value.isEmpty }, message: q["meddelande"])
        case ("plan", 2) where s[1] == "redigera": return .planEdit(version: q["version"], message: q["meddelande"])
        case ("plan", 2) where s[1] == "ny": return .planNew
        case ("plan", 2) where s[1] == "faststall": return .planDecide
        case ("plan", 2) where s[1] == "jamfor":
            return .planCompare(year: q["ar"].flatMap { Int($0) }, a: q["a"], b: q["b"])
        case ("status", 1): return .status(period: p, message: q["meddelande"])
        case ("status", 2) where s[1] == "sista-dag": return .statusDeadline(period: p)
        case ("metrics", 1): return .metrics
        case ("rapporter", 1): return .reports(period: p)
        case ("rapporter", 3) where s[2] == "publicera":
            return .publish(kind: s[1], period: p, node: q["org"].map { NodeCode($0) }, message: q["meddelande"])
        case ("rapporter", 2):
            return .report(
                kind: s[1], period: q["period"], format: q["format"], frozen: q["frozen"] != nil,
                node: q["org"].map { NodeCode($0) })
        case ("verifikation", 2):
            return Int64(s[1]).map { .voucher(id: $0, from: DrillDownPlace(query: q, period: p)) }
        case ("rad", 2): return .line(NodeCode(s[1]), period: p)
        case ("rad", 4) where s[2] == "konto":
            return Int(s[3]).map {
                .account(NodeCode(s[1]), account: $0, period: p, listing: RowListing(query: q), format: q["format"])
            }
        case ("andring", 3):
            guard let id = Int64(s[1]), let d = Decision(rawValue: s[2]) else { return nil }
            return .changeDecision(id: id, d, period: p, committee: q["namnd"].map { NodeCode($0) })
        case ("detaljbudget", 1): return .detailedBudgets(year: q["ar"].flatMap { Int($0) })
        case ("namnd", 3) where s[2] == "detaljbudget":
            return .detailedBudget(NodeCode(s[1]), year: q["ar"].flatMap { Int($0) }, message: q["meddelande"])
        case ("namnd", 4) where s[2] == "detaljbudget" && s[3] == "mall":
            return .detailedBudgetTemplate(NodeCode(s[1]), year: q["ar"].flatMap { Int($0) })
        case ("namnd", 4) where s[2] == "detaljbudget":
            return Decision(rawValue: s[3]).map {
                .detailedBudgetDecision(NodeCode(s[1]), $0, year: q["ar"].flatMap { Int($0) })
            }
        case ("namnd", 2): return .committee(NodeCode(s[1]), period: p, message: q["meddelande"])
        case ("namnd", 3) where s[2] == "prognos":
            return .forecastForm(NodeCode(s[1]), period: p, unit: q["enhet"], proposal: q["forslag"])
        case ("namnd", 3) where s[2] == "uppfoljning":
            return .followUp(NodeCode(s[1]), period: p, message: q["meddelande"])
        case ("namnd", 4) where s[2] == "prognos" && s[3] == "granska":
            return .forecastReview(NodeCode(s[1]), period: p, message: q["meddelande"])
        case ("namnd", 4) where s[2] == "prognos" && s[3] == "mall": return .forecastTemplate(NodeCode(s[1]), period: p)
        case ("namnd", 4) where s[2] == "prognos" && s[3] == "kommentar":
            return .forecastComment(NodeCode(s[1]), period: p)
        case ("namnd", 4) where s[2] == "prognos":
            return Decision(rawValue: s[3]).map { .forecastDecision(NodeCode(s[1]), $0, period: p) }
        case ("api", _): return APIPage.page(Array(s.dropFirst()), query: q, period: p).map { .api($0) }
        case (_, 1): return ChapterPage(rawValue: first).map { .chapters($0, period: p) }
        default: return nil
        }
    }
}

extension Page.APIPage {
    fileprivate static func page(_ s: [String], query q: [String: String], period p: Period?) -> Self? {
        switch (s.first ?? "", s.count) {
        case ("openapi.json", 1): return .openAPI
        case ("ratios", 1): return .ratios(period: p, node: q["org"].map { NodeCode($0) })
        case ("reports", 2): return .report(kind: s[1], period: p, node: q["org"].map { NodeCode($0) })
        case ("committees", 3) where s[2] == "forecast": return .forecast(NodeCode(s[1]), period: p)
        case ("committees", 4) where s[2] == "forecast" && s[3] == "review":
            return .forecastReview(NodeCode(s[1]), period: p)
        case ("committees", 4) where s[2] == "forecast" && s[3] == "comments":
            return .forecastComments(NodeCode(s[1]), period: p)
        case ("status", 1): return .status(period: p)
        case ("notices", 1): return .notices
        case ("users", 1): return .users
        case ("users", 2): return .user(s[1])
        case ("published", 1): return .published
        case ("reports", 3) where s[2] == "publish":
            return .publish(kind: s[1], period: p, node: q["org"].map { NodeCode($0) })
        case ("committees", 4) where s[2] == "forecast" && s[3] == "template":
            return .forecastTemplate(NodeCode(s[1]), period: p, save: q["save"].flatMap { Int($0) })
        case ("budget", 3) where s[2] == "template": return Int(s[1]).map { .budgetTemplate(year: $0) }
        case ("plan", 3) where s[2] == "compare": return Int(s[1]).map { .planCompare(year: $0, a: q["a"], b: q["b"]) }
        case ("plan", 3): return Int(s[1]).map { .plan(year: $0, version: s[2]) }
        case ("committees", 4) where s[2] == "forecast":
            return Page.ForecastStep(rawValue: s[3]).map { .forecastStep(NodeCode(s[1]), $0, period: p) }
        case ("committees", 3) where s[2] == "changes": return .changes(NodeCode(s[1]), period: p)
        case ("changes", 3):
            guard let id = Int64(s[1]), s[2] == "approve" || s[2] == "return" else { return nil }
            return .changeStep(id: id, approve: s[2] == "approve")
        default: return nil
        }
    }
}
