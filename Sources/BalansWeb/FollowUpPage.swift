import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// "Uppföljning": a committee's texts, activity statuses, assessments and indicator outcomes
/// for the period, each changed through the workflow (draft → submitted → approved or
/// returned) with its own version, like the forecast.
enum FollowUpPage {
    typealias H = HTML

    struct Item {
        var kind: ChangeKind
        var key: String
        var label: String
        /// The value in the reports now.
        var current: String
        var currentComment: String
        var choices: [(String, String)]?
        var multiline: Bool
    }

    static func items(_ data: FollowUpData, period p: Period, code: String) -> [Item] {
        let codes = Set(data.tree(for: p.year).subtree(code).map(\.code))
        var items: [Item] = []
        for (section, label) in [
            (TextSection.summary, "Nämndens sammanfattning"), (.deviationAnalysis, "Analys av avvikelser"),
        ] {
            items.append(
                Item(
                    kind: .text, key: section.rawValue, label: label,
                    current: data.text(section, node: code, period: p) ?? "", currentComment: "", choices: nil,
                    multiline: true))
        }
        for a in data.activities where a.period == p && codes.contains(a.node) && a.node == code {
            if a.activity.isEmpty {
                items.append(
                    Item(
                        kind: .activity, key: "\(a.commitment)\t", label: "Bedömning: \(a.commitment)",
                        current: a.assessment?.rawValue ?? "", currentComment: a.comment,
                        choices: Assessment.allCases.map { ($0.rawValue, $0.rawValue) }, multiline: false))
            } else {
                items.append(
                    Item(
                        kind: .activity, key: "\(a.commitment)\t\(a.activity)", label: "Aktivitet: \(a.activity)",
                        current: a.status?.rawValue ?? "", currentComment: a.comment,
                        choices: ActivityStatus.allCases.map { ($0.rawValue, $0.rawValue) }, multiline: false))
            }
        }
        let indicators = data.indicators.filter {
            $0.node == code && $0.year == p.year && ($0.month == p.month || $0.month == nil)
        }
        for i in indicators {
            items.append(
                Item(
                    kind: .indicator, key: i.code, label: "Indikator: \(i.name)",
                    current: i.outcome.map { "\($0)" } ?? "", currentComment: "", choices: nil, multiline: false))
        }
        return items
    }

    static func page(
        _ data: FollowUpData, period p: Period, code: String, changes: [ChangeRequest], session s: Session,
        message: String?, error: String?
    ) -> String {
        let tree = data.tree(for: p.year)
        let canWrite = s.may(.write(code, in: tree))
        var body = message.map { "<p class=\"ok\" role=\"status\">\(H.esc($0))</p>" } ?? ""
        body += error.map { "<p class=\"error\" role=\"alert\">\(H.esc($0))</p>" } ?? ""
        body += "<p>\(H.esc(ReportLabelsWeb.longSpan(p))). Ändringar når rapporterna när de är godkända.</p>"
        let byKey = Dictionary(changes.map { ("\($0.kind.rawValue)|\($0.key)", $0) }, uniquingKeysWith: { a, _ in a })
        for (index, item) in items(data, period: p, code: code).enumerated() {
            let change = byKey["\(item.kind.rawValue)|\(item.key)"]
            let shown = change.map { $0.status == .approved ? item.current : $0.value } ?? item.current
            let comment =
                change.map { $0.status == .approved ? item.currentComment : $0.comment } ?? item.currentComment
            let editable = canWrite && change?.status != .submitted
            let id = "f-\(index)"
            body += "<section class=\"card\" aria-labelledby=\"\(id)-h\"><h2 id=\"\(id)-h\">\(H.esc(item.label))</h2>"
            if let c = change {
                body +=
                    "<p>Status: <strong>\(H.esc(Labels.status[c.status] ?? ""))</strong> (version \(c.version), \(H.esc(c.updatedBy)))\(c.reviewComment.isEmpty ? "" : " – \(H.esc(c.reviewComment))")</p>"
            }
            body +=
                "<form method=\"post\" action=\"\(H.href(.followUp(code, period: p)))\"><input type=\"hidden\" name=\"csrf\" value=\"\(H.esc(s.csrf))\">"
            body +=
                "<input type=\"hidden\" name=\"kind\" value=\"\(item.kind.rawValue)\"><input type=\"hidden\" name=\"key\" value=\"\(H.esc(item.key))\"><input type=\"hidden\" name=\"version\" value=\"\(change?.version ?? 0)\">"
            if let choices = item.choices {
                body +=
                    "<label for=\"\(id)\">Värde</label> <select id=\"\(id)\" name=\"value\"\(editable ? "" : " disabled")>"
                    + choices.map {
                        "<option value=\"\(H.esc($0.0))\"\($0.0 == shown ? " selected" : "")>\(H.esc($0.1))</option>"
                    }.joined() + "</select>"
                body +=
                    " <label for=\"\(id)-c\">Kommentar</label> <input type=\"text\" id=\"\(id)-c\" name=\"comment\" value=\"\(H.esc(comment))\" size=\"50\"\(editable ? "" : " readonly")>"
            } else if item.multiline {
                body +=
                    "<textarea id=\"\(id)\" aria-labelledby=\"\(id)-h\" name=\"value\" rows=\"4\" cols=\"90\"\(editable ? "" : " readonly")>\(H.esc(shown))</textarea>"
            } else {
                body +=
                    "<label for=\"\(id)\">Utfall</label> <input type=\"text\" id=\"\(id)\" name=\"value\" value=\"\(H.esc(shown))\" inputmode=\"decimal\"\(editable ? "" : " readonly")>"
            }
            if editable {
                body +=
                    " <button type=\"submit\" name=\"action\" value=\"save\" class=\"secondary\">Spara utkast</button> <button type=\"submit\" name=\"action\" value=\"submit\">Lämna in</button>"
            }
            body += "</form>"
            if let c = change, c.status == .submitted, s.may(.approve) {
                for (decision, label, secondary) in [
                    (Page.Decision.approve, "Godkänn", false), (.return, "Returnera", true),
                ] {
                    body +=
                        "<form class=\"inline\" method=\"post\" action=\"\(H.href(.changeDecision(id: c.id, decision, period: p, committee: code)))\"><input type=\"hidden\" name=\"csrf\" value=\"\(H.esc(s.csrf))\"><input type=\"hidden\" name=\"version\" value=\"\(c.version)\">"
                    if secondary {
                        body +=
                            "<input type=\"text\" name=\"comment\" aria-label=\"Kommentar vid retur\" placeholder=\"Kommentar\"> "
                    }
                    body +=
                        "<button type=\"submit\"\(secondary ? " class=\"secondary\"" : "")>\(label)</button></form> "
                }
            }
            body += "</section>"
        }
        return H.page("Uppföljning \(tree.node(code)?.name ?? code)", session: s, body: body)
    }
}
