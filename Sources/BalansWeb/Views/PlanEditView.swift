import BalansCore
import BalansReport
import Foundation

/// The page that changes a plan version's rows (`Templates.planEdit`, issue 18, item 1): every tax assumption and
/// frame row as fields, empty lines for new ones, and a new version made from this one. A decided version is shown
/// without the form: a decided budget is changed by deciding a new version.
struct PlanEditView: PageView, MustacheView {
    static let template = "planEdit"
    var version, status, action, newAction, csrf, stamp, planURL: String
    var message: String?
    var problems: [String]
    var hasProblems: Bool
    var editable: Bool
    var taxCount, frameCount: String
    var taxLines: [TaxLine]
    var frameLines: [FrameLine]
    var nodes: [Option]
    var newName: String

    struct Option: MustacheView {
        var value, label: String
        var selected: Bool
    }
    struct TaxLine: MustacheView {
        var n, year, name, value, population, reference: String
        var remove: Bool
        var items: [Option]
    }
    struct FrameLine: MustacheView {
        var n, year, node, label, amount, percent, reference: String
        var remove: Bool
        var kinds: [Option]
    }

    init(
        _ data: FollowUpData, version: String, form: PlanEditForm, session: Session, stamp: String,
        problems: [String] = [], message: String? = nil, newName: String = ""
    ) {
        self.version = version
        let first = PlanVersions.firstYears(data)[version]
        let decision = PlanVersions.decision(version, in: data)
        status =
            (first.map { "Budgetår \($0). " } ?? "")
            + (decision.map { "Beslutad \($0.decidedAt.prefix(10)) av \($0.decidedBy) \($0.reference)." }
                ?? "Förslag: raderna kan ändras tills versionen fastställs.")
        editable = decision == nil
        action = Page.planEdit(version: version).url
        newAction = Page.planNew.url
        csrf = session.csrf
        self.stamp = stamp
        planURL = Page.plan(year: first, version: version).url
        self.message = message
        self.problems = problems
        hasProblems = !problems.isEmpty
        self.newName = newName
        taxCount = String(form.taxes.count)
        frameCount = String(form.frames.count)
        func options<E: RawRepresentable & CaseIterable>(_: E.Type, _ chosen: String) -> [Option]
        where E.RawValue == String {
            [Option(value: "", label: "–", selected: chosen.isEmpty)]
                + E.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == chosen) }
        }
        taxLines = form.taxes.enumerated().map { i, t in
            TaxLine(
                n: String(i), year: t.year, name: t.name, value: t.value, population: t.population,
                reference: t.reference, remove: t.remove, items: options(TaxAssumption.Item.self, t.item))
        }
        frameLines = form.frames.enumerated().map { i, f in
            FrameLine(
                n: String(i), year: f.year, node: f.node, label: f.label, amount: f.amount, percent: f.percent,
                reference: f.reference, remove: f.remove,
                kinds: options(FrameRow.Kind.self, f.kind).filter { $0.value != FrameRow.Kind.capitalCost.rawValue })
        }
        let tree = data.tree(for: first ?? data.budgets.map(\.year).max() ?? 2000)
        nodes = tree.committees.map { Option(value: $0.code.rawValue, label: $0.name, selected: false) }
    }
}
