import BalansCore
import BalansStore

/// "Uppföljning" (`Templates.followUp`): a committee's texts, activity statuses, assessments
/// and indicator outcomes for the period, each with its change request: the value shown is the
/// proposed one until it is approved, the form is read-only while it waits for a decision.
struct FollowUpView: PageView, MustacheView {
    static let template = "followUp"
    var message, error: String?
    var span, action, csrf: String
    var items: [Item]

    struct Item: MustacheView {
        var id, heading, kind, key, version, shown, comment: String
        var change: Change?
        var isChoice, isText, isOutcome, editable: Bool
        var choices: [Choice]
        var review: Review?
    }
    struct Change: MustacheView {
        var status, changeVersion, updatedBy: String
        var reviewComment: String?
    }
    struct Choice: MustacheView {
        var value, label: String
        var selected: Bool
    }
    struct Review: MustacheView { var approveURL, returnURL, reviewVersion: String }

    init(
        _ data: FollowUpData, period p: Period, code: NodeCode, changes: [ChangeRequest], session s: Session,
        message: String?, error: String?
    ) {
        let tree = data.tree(for: p.year)
        let canWrite = s.may(.write(code, in: tree))
        self.message = message
        self.error = error
        span = ReportLabelsWeb.longSpan(p)
        action = Page.followUp(code, period: p).url
        csrf = s.csrf
        let byKey = Dictionary(changes.map { ("\($0.kind.rawValue)|\($0.key)", $0) }, uniquingKeysWith: { a, _ in a })
        items = FollowUpPage.items(data, period: p, code: code).enumerated().map { index, item in
            let change = byKey["\(item.kind.rawValue)|\(item.key)"]
            let shown = change.map { $0.status == .approved ? item.current : $0.value } ?? item.current
            var review: Review?
            if let c = change, c.status == .submitted, s.may(.approve) {
                review = Review(
                    approveURL: Page.changeDecision(id: c.id, .approve, period: p, committee: code).url,
                    returnURL: Page.changeDecision(id: c.id, .return, period: p, committee: code).url,
                    reviewVersion: String(c.version))
            }
            return Item(
                id: "f-\(index)", heading: item.label, kind: item.kind.rawValue, key: item.key,
                version: String(change?.version ?? 0), shown: shown,
                comment: change.map { $0.status == .approved ? item.currentComment : $0.comment }
                    ?? item.currentComment,
                change: change.map {
                    Change(
                        status: Labels.status[$0.status] ?? "", changeVersion: String($0.version),
                        updatedBy: $0.updatedBy, reviewComment: $0.reviewComment.isEmpty ? nil : $0.reviewComment)
                },
                isChoice: item.choices != nil, isText: item.choices == nil && item.multiline,
                isOutcome: item.choices == nil && !item.multiline,
                editable: canWrite && change?.status != .submitted,
                choices: (item.choices ?? []).map { Choice(value: $0.0, label: $0.1, selected: $0.0 == shown) },
                review: review)
        }
    }
}
