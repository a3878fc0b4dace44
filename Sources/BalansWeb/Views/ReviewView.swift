import BalansCore
import BalansStore

/// The review of a committee's forecast (`Templates.review`, issue 17 item 2): the submitted forecast line by line
/// beside the forecast in force it replaces and the budget, the change and each line's comment, the committee's
/// texts of the period; approve or return (central, while submitted); every kept version and the comment thread.
struct ReviewView: PageView, MustacheView {
    static let template = "review"
    var message: String?
    var span, status, unit, csrf, commentAction, formURL, followUp: String
    var rows: [Row]
    var total: Row
    var texts: [Text]
    var decision: CommitteeView.Decision?
    var history: [Version]
    var comments: [Comment]
    var mayComment, hasHistory, hasComments: Bool

    struct Row: MustacheView { var name, account, budget, inForce, submitted, change, deviation, comment: String }
    struct Text: MustacheView { var heading, body: String }
    struct Version: MustacheView { var version, status, by, at, comment, total: String }
    struct Comment: MustacheView { var by, at, text: String }

    init(
        _ data: FollowUpData, period p: Period, code: NodeCode, state: ForecastState, history: [ForecastVersion],
        comments: [ForecastComment], session s: Session, message: String?
    ) {
        let tree = data.tree(for: p.year)
        self.message = message
        span = ReportLabelsWeb.longSpan(p)
        unit = tree.node(code)?.name ?? code.rawValue
        status = state.version == 0 ? "Ej påbörjad" : (Labels.status[state.status] ?? "")
        csrf = s.csrf
        commentAction = Page.forecastComment(code, period: p).url
        formURL = Page.forecastForm(code, period: p).url
        let review = ForecastReview(data, period: p, committee: code)
        func row(_ name: String, _ account: String, _ r: ForecastReview.Row) -> Row {
            Row(
                name: name, account: account, budget: HTML.tkr(r.budget), inForce: HTML.tkr(r.inForce),
                submitted: HTML.tkr(r.submitted), change: HTML.tkr(r.change), deviation: HTML.tkr(r.deviation),
                comment: r.comment)
        }
        rows = review.rows.map {
            row(tree.node($0.node)?.name ?? $0.node.rawValue, $0.account.map(String.init) ?? "", $0)
        }
        let t = review.totals
        total = Row(
            name: "Summa", account: "", budget: HTML.tkr(t.budget), inForce: HTML.tkr(t.inForce),
            submitted: HTML.tkr(t.submitted), change: HTML.tkr(t.change), deviation: HTML.tkr(t.submitted - t.budget),
            comment: "")
        // The committee's own words of the period, as the reports have them (proposed changes: `followUp`).
        texts = [(TextSection.summary, "Nämndens sammanfattning"), (.deviationAnalysis, "Analys av avvikelser")]
            .compactMap { section, heading in
                data.text(section, node: code, period: p).map { Text(heading: heading, body: $0) }
            }
        followUp = Page.followUp(code, period: p).url
        if s.may(.approve) && state.status == .submitted {
            decision = CommitteeView.Decision(
                approveURL: Page.forecastDecision(code, .approve, period: p).url,
                returnURL: Page.forecastDecision(code, .return, period: p).url, version: String(state.version))
        }
        self.history = history.reversed().map { v in
            Version(
                version: String(v.version), status: Labels.status[v.status] ?? v.status.rawValue, by: v.user,
                at: HTML.localTime(v.at), comment: v.comment, total: HTML.tkr(v.rows.map(\.amount).sum()))
        }
        self.comments = comments.map { Comment(by: $0.user, at: HTML.localTime($0.at), text: $0.text) }
        mayComment = s.may(.followUp)
        hasHistory = !self.history.isEmpty
        hasComments = !self.comments.isEmpty
    }
}
