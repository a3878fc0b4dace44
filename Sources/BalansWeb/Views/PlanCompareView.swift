import BalansCore
import BalansReport
import Foundation

/// Two plan versions line by line (`Templates.planCompare`, issue 18 item 1): for each year both have, per committee
/// the frame in A, in B and B − A, then skatteintäkter, statsbidrag, regiongemensamt, the frames, the result and the
/// goal's result (mnkr, one decimal). The figures are `PlanComparison`'s.
struct PlanCompareView: PageView, MustacheView {
    static let template = "planCompare"
    var year, a, b: String
    var action, backURL: String
    var versionsA, versionsB: [PlanView.Choice]
    var error: String?
    var hasComparison: Bool
    var years: [String]
    var frames: [Line]
    var totals: [Line]

    struct Cell: MustacheView { var a, b, difference: String }
    struct Line: MustacheView {
        var label: String
        var cells: [Cell]
    }

    init(_ data: FollowUpData, year: Int, a: String?, b: String?, comparison: PlanComparison?, problems: [String]) {
        let all = FramePlan.versions(data)
        self.year = String(year)
        (self.a, self.b) = (a ?? "", b ?? "")
        action = Page.planCompare(year: nil, a: nil, b: nil).url
        backURL = Page.plan(year: year, version: b ?? a).url
        func choices(_ chosen: String?) -> [PlanView.Choice] {
            all.map {
                .init(value: $0.name, label: PlanView.label($0, data), selected: $0.name == chosen)
            }
        }
        versionsA = choices(a)
        versionsB = choices(b)
        error = problems.isEmpty ? nil : problems.joined(separator: "; ")
        hasComparison = comparison != nil
        years = comparison?.years.map(String.init) ?? []
        func cells(_ figures: [PlanComparison.Figure]) -> [Cell] {
            figures.map { f in
                Cell(
                    a: f.a.map(HTML.mnkr) ?? "–", b: f.b.map(HTML.mnkr) ?? "–",
                    difference: f.difference.map(HTML.mnkr) ?? "–")
            }
        }
        frames = comparison?.frames.map { Line(label: $0.name, cells: cells($0.figures)) } ?? []
        totals =
            comparison.map { c in
                [
                    Line(label: "Summa ramar", cells: cells(c.framesTotal)),
                    Line(label: "Skatteintäkter", cells: cells(c.taxRevenue)),
                    Line(label: "Generella statsbidrag och utjämning", cells: cells(c.grants)),
                    Line(label: "Regiongemensamt", cells: cells(c.common)),
                    Line(label: "Resultat", cells: cells(c.result)),
                    Line(label: "Resultatmål", cells: cells(c.target)),
                ]
            } ?? []
    }
}
