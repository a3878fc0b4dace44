import BalansCore
import Foundation

extension CSVKinds {
    /// `taxes`: a plan version's tax and grant assumptions (docs/formats.md): the base year's skatteunderlag, the
    /// uppräkningsfaktorer, the tax rate, slutavräkning and korrigering per invånare, the grant components.
    public static func taxAssumptions(_ bytes: [UInt8], file: String) throws(InputFailure)
        -> [Located<TaxAssumption>]
    {
        var rd = try open(
            bytes, file: file, known: ["version", "year", "item", "name", "value", "population", "reference"],
            required: ["version", "year", "item", "value"])
        var rows: [Located<TaxAssumption>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let version = rd.required(r, "version"), let y = rd.year(r, "year"), let year = y,
                let item = folded(rd.table.value(r, "item"), TaxAssumption.Item.self, &rd, r, "item"),
                let text = rd.required(r, "value")
            else { continue }
            guard let value = decimal(text) else {
                rd.fail(r, "value \"\(text)\" is not a number")
                continue
            }
            let name = rd.table.value(r, "name")
            let people = rd.table.value(r, "population")
            let counted = item == .finalSettlement || item == .settlementCorrection
            let population = counted ? Int(people) : nil
            if let problem = TaxAssumption.problem(item, value: value, name: name, population: population) {
                rd.fail(r, taxProblem(problem, item: item, text: text))
                continue
            }
            let key = "\(version);\(year);\(item.rawValue);\(name)"
            if let first = seen[key] {
                rd.fail(r, "\(item.rawValue) \(name) of \(year) in \(version) is given twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            let row = TaxAssumption(
                version: version, year: year, item: item, name: name, value: value, population: population,
                reference: rd.table.value(r, "reference"))
            rows.append(Located(line: r.line, value: row))
        }
        return try rd.finish(rows)
    }

    /// `frames`: a plan version's frames per committee and year: last year's frame, indexation, volume, priorities
    /// and savings, and the region's own lines (docs/formats.md).
    public static func frames(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<FrameRow>] {
        var rd = try open(
            bytes, file: file,
            known: ["version", "year", "node", "kind", "label", "amount", "percent", "reference"],
            required: ["version", "year", "node", "kind"])
        var rows: [Located<FrameRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let version = rd.required(r, "version"), let y = rd.year(r, "year"), let year = y,
                let node = rd.required(r, "node"),
                let kind = folded(rd.table.value(r, "kind"), FrameRow.Kind.self, &rd, r, "kind"),
                let a = rd.money(r, "amount", optional: true)
            else { continue }
            let percentText = rd.table.value(r, "percent")
            let percent = percentText.isEmpty ? nil : decimal(percentText)
            if !percentText.isEmpty && percent == nil {
                rd.fail(r, "percent \"\(percentText)\" is not a number")
                continue
            }
            if let problem = frameProblem(kind, amount: a, percent: percent) {
                rd.fail(r, problem)
                continue
            }
            let label = rd.table.value(r, "label")
            let key = "\(version);\(year);\(node);\(kind.rawValue);\(label)"
            if let first = seen[key] {
                rd.fail(r, "\(kind.rawValue) \"\(label)\" of \(node) \(year) is given twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            let row = FrameRow(
                version: version, year: year, node: NodeCode(node), kind: kind, label: label, amount: a,
                percent: percent, reference: rd.table.value(r, "reference"))
            rows.append(Located(line: r.line, value: row))
        }
        return try rd.finish(rows)
    }

    /// A frame row's problem in the reader's words.
    static func frameProblem(_ kind: FrameRow.Kind, amount: Money?, percent: Decimal?) -> String? {
        switch FrameRow.problem(kind, amount: amount, percent: percent) {
        case nil: nil
        case .computed?: "kapitalkostnad is computed from planinvestments and planfinance"
        case .amountOrPercent?: "\(kind.rawValue) needs either amount or percent"
        case .percentNotIndex?: "percent is for löneindex and prisindex only"
        case .amountMissing?: "\(kind.rawValue) needs amount"
        case .negativePriority?: "a satsning adds to the frame: amount must not be negative"
        case .positiveSaving?: "an effektivisering takes from the frame: write the amount negative"
        }
    }

    /// A tax assumption's problem in the reader's words.
    static func taxProblem(_ problem: TaxAssumption.Problem, item: TaxAssumption.Item, text: String) -> String {
        switch problem {
        case .upliftNotFactor: "uppräkning \(text) is not a factor (e.g. 1.039 for 3,9 %)"
        case .rateNotPer100: "skattesats \(text) is not kronor per 100 kronor (e.g. 11.40)"
        case .grantUnnamed: "statsbidrag needs the component's name (name)"
        case .populationMissing:
            "\(item.rawValue) needs population (invånare 1 november) as a whole number"
        }
    }

    /// One of an enum's raw values, compared without case and with å, ä and ö as a, a and o ("uppräkning" or
    /// "upprakning"): Swedish words typed on a keyboard without them mean the same.
    static func folded<E: RawRepresentable & CaseIterable>(
        _ text: String, _ type: E.Type, _ rd: inout Reader, _ r: CSVTable.Record, _ column: String
    ) -> E? where E.RawValue == String {
        func fold(_ s: String) -> String {
            String(
                s.lowercased().map { c -> Character in
                    switch c {
                    case "å", "ä": "a"
                    case "ö": "o"
                    default: c
                    }
                })
        }
        if let value = E.allCases.first(where: { fold($0.rawValue) == fold(text) }) { return value }
        rd.fail(r, "\(column) \"\(text)\" is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }
}
