import BalansCore
import BalansReport
import Foundation

/// One year of the plan page: skatteintäkter and statsbidrag step by step (kronor), the frames per committee with
/// each kind of change summed (mnkr, one decimal), every committee's steps (kronor) and regiongemensamt.
struct YearView: MustacheView {
    var year, previous: String
    var taxSteps: [Step]
    var taxRevenue: String
    var grants: [Step]
    var grantsTotal: String
    var frames: [FrameLine]
    var total: FrameLine
    var committees: [Committee]
    var common: [Step]
    var commonTotal: String

    struct Step: MustacheView {
        var label, detail, amount: String
    }
    struct FrameLine: MustacheView {
        var name, opening, wage, price, volume, priority, saving, frame: String
    }
    struct Committee: MustacheView {
        var name, opening, openingLabel, frame: String
        var steps: [Step]
    }

    static func kr(_ m: Money) -> String { HTML.kronor(m) + " kr" }

    init(_ y: FramePlan.Year) {
        let t = y.taxes
        year = String(y.year)
        previous = String(y.year - 1)
        var steps = [Step(label: "Skatteunderlag \(t.baseYear) (basår)", detail: "", amount: Self.kr(t.taxBase))]
        steps += t.uplifts.map {
            Step(label: "× uppräkningsfaktor \($0.year)", detail: PlanFormat.number($0.factor), amount: "")
        }
        steps.append(Step(label: "= skatteunderlag \(t.year)", detail: "", amount: Self.kr(t.taxBaseOfYear)))
        steps.append(Step(label: "× skattesats", detail: "\(PlanFormat.number(t.taxRate)) kr per 100 kr", amount: ""))
        steps.append(Step(label: "= preliminära skatteintäkter", detail: "", amount: Self.kr(t.preliminary)))
        for s in t.settlements {
            let what =
                s.item == .finalSettlement ? "slutavräkning \(t.year)" : "korrigering av slutavräkning \(t.year - 1)"
            let people = SwedishNumberFormat.number(Decimal(s.population), decimals: 0)
            steps.append(
                Step(
                    label: "+ \(what)", detail: "\(PlanFormat.number(s.perCapita)) kr × \(people) invånare",
                    amount: Self.kr(s.amount)))
        }
        taxSteps = steps
        taxRevenue = Self.kr(t.taxRevenue)
        grants = t.grants.map { Step(label: $0.name, detail: "", amount: Self.kr($0.amount)) }
        grantsTotal = Self.kr(t.grantsTotal)
        // The sums are Core's (`FramePlan.Frame.total(of:)`, `FramePlan.Year.total(of:)`): the view only formats.
        func line(_ name: String, opening: Money, frame: Money, _ sum: (FrameRow.Kind) -> Money) -> FrameLine {
            FrameLine(
                name: name, opening: HTML.mnkr(opening), wage: HTML.mnkr(sum(.wageIndex)),
                price: HTML.mnkr(sum(.priceIndex)), volume: HTML.mnkr(sum(.volume)),
                priority: HTML.mnkr(sum(.priority)), saving: HTML.mnkr(sum(.saving)), frame: HTML.mnkr(frame))
        }
        frames = y.frames.map { f in line(f.name, opening: f.opening, frame: f.frame) { f.total(of: $0) } }
        total = line("Summa ramar", opening: y.openingTotal, frame: y.framesTotal) { y.total(of: $0) }
        committees = y.frames.map { f in
            let source: String
            switch f.openingSource {
            case .decidedBudget: source = "beslutad budget \(y.year - 1)"
            case .planRow: source = "planens ram"
            case .previousPlanYear: source = "planen för \(y.year - 1)"
            }
            return Committee(
                name: f.name, opening: Self.kr(f.opening), openingLabel: "Ram \(y.year - 1) (\(source))",
                frame: Self.kr(f.frame),
                steps: f.steps.map { s in
                    let percent = s.percent.map { " \(PlanFormat.number($0)) %" } ?? ""
                    let label = s.label.isEmpty ? "" : ": \(s.label)"
                    return Step(
                        label: "\(Self.kindLabel(s.kind))\(percent)\(label)", detail: s.reference,
                        amount: Self.kr(s.amount))
                })
        }
        common = y.common.map { Step(label: $0.label, detail: $0.node.rawValue, amount: Self.kr($0.amount)) }
        commonTotal = Self.kr(y.commonTotal)
    }

    /// A kind of change in Swedish, capitalised.
    static func kindLabel(_ k: FrameRow.Kind) -> String {
        switch k {
        case .base: "Ram"
        case .wageIndex: "Löneindex"
        case .priceIndex: "Prisindex"
        case .volume: "Volym"
        case .priority: "Satsning"
        case .saving: "Effektivisering"
        case .common: "Regiongemensamt"
        case .capitalCost: "Kapitalkostnader"
        }
    }
}
