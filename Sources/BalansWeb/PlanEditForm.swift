import BalansCore
import BalansReport
import Foundation

/// The form that changes a plan version's rows (issue 18, item 1; `/plan/redigera`): a line per tax assumption
/// (`t-N-…`) and per frame row (`f-N-…`), each field as typed, a box to remove the row, and empty lines for new
/// rows.
/// Reading it checks every line — as `balans import taxes`/`frames` do — and names the line that is wrong, in
/// Swedish; nothing is saved unless every line reads.
struct PlanEditForm {
    /// A tax assumption's fields as typed.
    struct TaxLine: Equatable {
        var year = "", item = "", name = "", value = "", population = "", reference = ""
        var remove = false
        var isEmpty: Bool { [year, item, name, value, population, reference].allSatisfy(\.isEmpty) }
    }

    /// A frame row's fields as typed.
    struct FrameLine: Equatable {
        var year = "", node = "", kind = "", label = "", amount = "", percent = "", reference = ""
        var remove = false
        var isEmpty: Bool { [year, node, kind, label, amount, percent, reference].allSatisfy(\.isEmpty) }
    }

    /// Empty lines the form offers for new rows.
    static let newTaxLines = 3
    static let newFrameLines = 6

    var taxes: [TaxLine]
    var frames: [FrameLine]

    /// The form of a version's stored rows, with empty lines after them.
    init(taxes: [TaxAssumption], frames: [FrameRow]) {
        self.taxes =
            taxes.map { t in
                TaxLine(
                    year: String(t.year), item: t.item.rawValue, name: t.name, value: Self.decimal(t.value),
                    population: t.population.map(String.init) ?? "", reference: t.reference)
            } + Array(repeating: TaxLine(), count: Self.newTaxLines)
        self.frames =
            frames.map { f in
                FrameLine(
                    year: String(f.year), node: f.node.rawValue, kind: f.kind.rawValue, label: f.label,
                    amount: f.amount.map(HTML.kronor) ?? "", percent: f.percent.map(Self.decimal) ?? "",
                    reference: f.reference)
            } + Array(repeating: FrameLine(), count: Self.newFrameLines)
    }

    /// The form as posted (at most 2 000 lines of each kind are read).
    init(_ form: [String: String]) {
        func field(_ key: String) -> String { (form[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func count(_ key: String) -> Int { min(max(Int(field(key)) ?? 0, 0), 2_000) }
        taxes = (0..<count("t-count")).map { i in
            let p = "t-\(i)-"
            return TaxLine(
                year: field(p + "year"), item: field(p + "item"), name: field(p + "name"), value: field(p + "value"),
                population: field(p + "population"), reference: field(p + "reference"),
                remove: form[p + "remove"] != nil
            )
        }
        frames = (0..<count("f-count")).map { i in
            let p = "f-\(i)-"
            return FrameLine(
                year: field(p + "year"), node: field(p + "node"), kind: field(p + "kind"), label: field(p + "label"),
                amount: field(p + "amount"), percent: field(p + "percent"), reference: field(p + "reference"),
                remove: form[p + "remove"] != nil)
        }
    }

    /// An exact decimal with a decimal comma, as typed back.
    static func decimal(_ d: Decimal) -> String { "\(d)".replacingOccurrences(of: ".", with: ",") }

    /// The rows of `version` the form gives, or what is wrong, line by line ("Ramar rad 4: …").
    func rows(version: String, data: FollowUpData) -> (taxes: [TaxAssumption], frames: [FrameRow], problems: [String]) {
        var problems: [String] = []
        var taxRows: [TaxAssumption] = []
        var seen = Set<String>()
        for (i, t) in taxes.enumerated() where !t.remove && !t.isEmpty {
            let place = "Antaganden rad \(i + 1):"
            guard let year = Self.year(t.year) else {
                problems.append("\(place) året \"\(t.year)\" är inget år (ÅÅÅÅ).")
                continue
            }
            guard let item = TaxAssumption.Item(rawValue: t.item) else {
                problems.append("\(place) välj vad raden anger.")
                continue
            }
            guard let value = PlanWhatIf.number(t.value.replacingOccurrences(of: " ", with: "")) else {
                problems.append("\(place) värdet \"\(t.value)\" är inget tal.")
                continue
            }
            let population = t.population.isEmpty ? nil : Int(t.population.replacingOccurrences(of: " ", with: ""))
            if !t.population.isEmpty && population == nil {
                problems.append("\(place) invånarantalet \"\(t.population)\" är inget heltal.")
                continue
            }
            if let problem = TaxAssumption.problem(item, value: value, name: t.name, population: population) {
                problems.append("\(place) \(Self.words(problem))")
                continue
            }
            guard seen.insert("\(year);\(item.rawValue);\(t.name)").inserted else {
                problems.append("\(place) \(item.rawValue) \(t.name) för \(year) finns redan på en rad ovanför.")
                continue
            }
            taxRows.append(
                TaxAssumption(
                    version: version, year: year, item: item, name: t.name, value: value,
                    population: item == .finalSettlement || item == .settlementCorrection ? population : nil,
                    reference: t.reference))
        }
        var frameRows: [FrameRow] = []
        for (i, f) in frames.enumerated() where !f.remove && !f.isEmpty {
            let place = "Ramar rad \(i + 1):"
            guard let year = Self.year(f.year) else {
                problems.append("\(place) året \"\(f.year)\" är inget år (ÅÅÅÅ).")
                continue
            }
            guard let kind = FrameRow.Kind(rawValue: f.kind) else {
                problems.append("\(place) välj slag av rad.")
                continue
            }
            guard data.tree(for: year).node(NodeCode(f.node)) != nil else {
                problems.append("\(place) \"\(f.node)\" är ingen nämnd eller rad \(year).")
                continue
            }
            var amount: Money?
            if !f.amount.isEmpty {
                guard case .success(let a) = Money.parsing(f.amount) else {
                    problems.append("\(place) beloppet \"\(f.amount)\" är inget belopp i kronor.")
                    continue
                }
                amount = a
            }
            let percent = f.percent.isEmpty ? nil : PlanWhatIf.number(f.percent)
            if !f.percent.isEmpty && percent == nil {
                problems.append("\(place) procentsatsen \"\(f.percent)\" är inget tal.")
                continue
            }
            if let problem = FrameRow.problem(kind, amount: amount, percent: percent) {
                problems.append("\(place) \(Self.words(problem, kind))")
                continue
            }
            frameRows.append(
                FrameRow(
                    version: version, year: year, node: NodeCode(f.node), kind: kind, label: f.label, amount: amount,
                    percent: percent, reference: f.reference))
        }
        for problem in [taxRows.map(\.reference), frameRows.map(\.reference), frameRows.map(\.label)].joined()
            .compactMap({ InputText.problem(in: $0, multiline: false) }).prefix(1)
        {
            problems.append("En text \(problem).")
        }
        return (taxRows, frameRows, problems)
    }

    static func year(_ text: String) -> Int? { Int(text).flatMap { (1900...9999).contains($0) ? $0 : nil } }

    static func words(_ p: TaxAssumption.Problem) -> String {
        switch p {
        case .upliftNotFactor: "en uppräkningsfaktor skrivs som 1,039 för 3,9 %."
        case .rateNotPer100: "skattesatsen skrivs i kronor per 100 kronor, t.ex. 11,40."
        case .grantUnnamed: "ett statsbidrag behöver komponentens namn."
        case .populationMissing: "slutavräkning och korrigering behöver invånarantalet 1 november."
        }
    }

    static func words(_ p: FrameRow.Problem, _ kind: FrameRow.Kind) -> String {
        switch p {
        case .computed: "kapitalkostnader räknas fram ur investeringsplanen och skrivs inte in."
        case .amountOrPercent: "\(kind.rawValue) anges med antingen belopp eller procent."
        case .percentNotIndex: "procent anges bara för löneindex och prisindex."
        case .amountMissing: "\(kind.rawValue) behöver ett belopp."
        case .negativePriority: "en satsning ökar ramen: beloppet får inte vara negativt."
        case .positiveSaving: "en effektivisering minskar ramen: skriv beloppet negativt."
        }
    }
}
