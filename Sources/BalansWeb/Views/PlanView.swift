import BalansCore
import BalansReport
import Foundation

/// The plan page (`Templates.plan`, issue 18): the versions to choose from, the what-if form, the result for three
/// years (the version's, and with the changed assumptions beside it), skatteintäkter and statsbidrag step by step,
/// the frames per committee with their steps, and regiongemensamt. Every figure comes from `FramePlan`.
struct PlanView: PageView, MustacheView {
    static let template = "plan"
    var year: String
    var version: String
    var action, compareAction, resetURL: String
    var versions: [Choice]
    var others: [Choice]
    var hasOthers: Bool
    /// Why the plan cannot be computed (a missing figure), or that there is no version.
    var error: String?
    var formError: Bool
    var hasPlan: Bool
    var fields: [FieldRow]
    var years: [String]
    var changed: String?
    var summary: Summary?
    var whatIf: Summary?
    var plans: [YearView]
    /// The notice after a step (a decision).
    var message: String?
    var csrf, stamp, editURL, decideAction, newAction: String
    /// Whether the version may still be decided (a proposal with a plan).
    var decidable: Bool
    var hasVersion: Bool
    /// The what-if's typed fields, carried into the form that saves them as a new version.
    var kept: [Kept]
    struct Kept: MustacheView {
        var name, value: String
    }
    /// Investments, capital costs, the projected balance sheet and cash flow (`PlanFinanceView`).
    var finance: PlanFinanceView?

    struct Choice: MustacheView {
        var value, label: String
        var selected: Bool
    }
    struct Field: MustacheView {
        var name, id, fieldLabel, value, current: String
        var problem: String?
    }
    struct FieldRow: MustacheView {
        var label, unit: String
        var cells: [Field]
    }

    init(
        _ data: FollowUpData, year: Int, version: String?, plan: FramePlan?, changedPlan: FramePlan?,
        whatIf: PlanWhatIf, problems: [String], session: Session, message: String? = nil
    ) {
        let all = FramePlan.versions(data)
        self.year = String(year)
        self.version = version ?? ""
        action = Page.plan(year: nil, version: nil).url
        compareAction = Page.planCompare(year: nil, a: nil, b: nil).url
        resetURL = Page.plan(year: year, version: version).url
        func label(_ v: FramePlan.Version) -> String { Self.label(v, data) }
        versions = all.map { Choice(value: $0.name, label: label($0), selected: $0.name == version) }
        others = all.filter { $0.name != version }.map { Choice(value: $0.name, label: label($0), selected: false) }
        hasOthers = !others.isEmpty
        error = problems.isEmpty ? nil : problems.joined(separator: "; ")
        formError = !whatIf.problems.isEmpty
        hasPlan = plan != nil
        let ys = (plan?.years.map(\.year)) ?? Array(year..<(year + 3))
        years = ys.map(String.init)
        let rows = data.taxAssumptions.filter { $0.version == version }
        let frameRows = data.frameRows.filter { $0.version == version }
        fields = PlanWhatIf.items.map { item in
            FieldRow(
                label: item.label, unit: item.unit,
                cells: ys.map { y in
                    let name = PlanWhatIf.field(item, year: y)
                    return Field(
                        name: name, id: "w-\(name)", fieldLabel: "\(item.label) \(y) (\(item.unit))",
                        value: whatIf.typed[name] ?? "",
                        current: Self.current(item.item, year: y, taxes: rows, frames: frameRows),
                        problem: whatIf.problems[name])
                })
        }
        summary = plan.map { Summary($0, caption: "Resultat \(version ?? "") (mnkr)") }
        if let changedPlan, let plan {
            changed = whatIf.described.joined(separator: "; ")
            self.whatIf = Summary(changedPlan, caption: "Med ändrade antaganden (mnkr)", against: plan)
        }
        plans = (changedPlan ?? plan)?.years.map(YearView.init) ?? []
        self.message = message
        csrf = session.csrf
        stamp = version.map { PlanVersions.stamp($0, in: data) } ?? ""
        editURL = version.map { Page.planEdit(version: $0).url } ?? ""
        hasVersion = version != nil
        decideAction = Page.planDecide.url
        newAction = Page.planNew.url
        decidable = plan != nil && version.map { PlanVersions.decision($0, in: data) == nil } ?? false
        kept =
            changedPlan == nil ? [] : whatIf.typed.keys.sorted().map { Kept(name: $0, value: whatIf.typed[$0] ?? "") }
        finance = (changedPlan ?? plan).flatMap { PlanFinanceView(data, plan: $0, version: version ?? "") }
    }

    /// A version in the lists: its name, budget year and status ("forslag-2025 (budgetår 2025, förslag)").
    static func label(_ v: FramePlan.Version, _ data: FollowUpData) -> String {
        let status: String
        switch data.planVersions.first(where: { $0.version == v.name })?.status {
        case .decided?: status = "beslutad"
        case .revised?: status = "reviderad"
        case .proposal?, nil: status = "förslag"
        }
        return "\(v.name) (budgetår \(v.firstYear), \(status))"
    }

    /// The version's own value of an assumption, as the field's hint.
    static func current(_ item: PlanOverride.Item, year: Int, taxes: [TaxAssumption], frames: [FrameRow]) -> String {
        switch item {
        case .uplift, .taxRate:
            let kind: TaxAssumption.Item = item == .uplift ? .uplift : .taxRate
            return taxes.first { $0.item == kind && $0.year == year }.map { PlanFormat.number($0.value) } ?? "saknas"
        case .wageIndex, .priceIndex:
            let kind: FrameRow.Kind = item == .wageIndex ? .wageIndex : .priceIndex
            let given = frames.filter { $0.kind == kind && $0.year == year }
            let percents = Set(given.compactMap(\.percent))
            if given.isEmpty { return "inga rader" }
            if percents.count == 1, given.allSatisfy({ $0.amount == nil }), let p = percents.first {
                return PlanFormat.number(p) + " %"
            }
            return "belopp per nämnd"
        }
    }

    /// The result for the plan's years (mnkr, one decimal), the goal and whether it is met, in words.
    struct Summary: MustacheView {
        var caption: String
        var years: [String]
        var rows: [Row]
        var goals: [Goal]
        struct Row: MustacheView {
            var label: String
            var values: [String]
            var strong: Bool
        }
        struct Goal: MustacheView {
            var year, text, verdict: String
            var shortfall: String?
            var met: Bool
        }

        init(_ plan: FramePlan, caption: String, against stored: FramePlan? = nil) {
            func m(_ money: Money) -> String { HTML.mnkr(money) }
            let ys = plan.years
            self.caption = caption
            years = ys.map { String($0.year) }
            rows = [
                Row(label: "Skatteintäkter", values: ys.map { m($0.taxes.taxRevenue) }, strong: false),
                Row(
                    label: "Generella statsbidrag och utjämning", values: ys.map { m($0.taxes.grantsTotal) },
                    strong: false),
                Row(label: "Regiongemensamt", values: ys.map { m($0.commonTotal) }, strong: false),
                Row(label: "Ramar (regionbidrag)", values: ys.map { m(-$0.framesTotal) }, strong: false),
                Row(label: "Resultat", values: ys.map { m($0.result) }, strong: true),
                Row(
                    label: "Resultat i % av skatter och statsbidrag",
                    values: ys.map { y in y.resultShare.map { SwedishNumberFormat.percent($0, decimals: 1) } ?? "–" },
                    strong: false),
                Row(label: "Resultatmål", values: ys.map { m($0.target) }, strong: false),
            ]
            if let stored {
                rows.append(
                    Row(
                        label: "Resultatets förändring mot versionen",
                        values: ys.map { y in
                            stored.years.first { $0.year == y.year }.map { m(y.result - $0.result) } ?? "–"
                        }, strong: false))
            }
            goals = ys.map { y in
                Goal(
                    year: String(y.year),
                    text: "resultat minst \(PlanFormat.number(y.targetPercent)) % av skatteintäkter och statsbidrag",
                    verdict: y.meetsTarget ? "uppfylls" : "uppfylls inte",
                    shortfall: y.meetsTarget ? nil : "\(m(y.target - y.result)) mnkr under målet",
                    met: y.meetsTarget)
            }
        }
    }
}
