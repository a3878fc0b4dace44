import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// "Uppföljning": a committee's texts, activity statuses, assessments and indicator outcomes
/// for the period, each changed through the workflow (draft → submitted → approved or
/// returned) with its own version, like the forecast.
enum FollowUpPage {
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

    static func items(_ data: FollowUpData, period p: Period, code: NodeCode) -> [Item] {
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
        _ data: FollowUpData, period p: Period, code: NodeCode, changes: [ChangeRequest], session s: Session,
        message: String?, error: String?
    ) -> String {
        let view = FollowUpView(
            data, period: p, code: code, changes: changes, session: s, message: message, error: error)
        let name = data.tree(for: p.year).node(code)?.name ?? code.rawValue
        return HTML.page("Uppföljning \(name)", session: s, body: view.rendered())
    }
}
