import BalansCore
import Foundation

extension CSVKinds {
    /// `planinvestments`: a plan version's investments per year, committee, project and asset category
    /// (docs/formats.md).
    public static func planInvestments(_ bytes: [UInt8], file: String) throws(InputFailure)
        -> [Located<PlanInvestment>]
    {
        var rd = try open(
            bytes, file: file, known: ["version", "year", "node", "project", "category", "amount", "reference"],
            required: ["version", "year", "node", "project", "category", "amount"])
        var rows: [Located<PlanInvestment>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let version = rd.required(r, "version"), let y = rd.year(r, "year"), let year = y,
                let node = rd.required(r, "node"), let project = rd.required(r, "project"),
                let c = rd.choice(r, "category", InvestmentCategory.self), let a = rd.money(r, "amount"),
                let amount = a
            else { continue }
            guard let category = c else {
                rd.fail(r, "category is empty")
                continue
            }
            guard amount > .zero else {
                rd.fail(r, "amount must be positive (kronor invested)")
                continue
            }
            let key = "\(version);\(year);\(node);\(project);\(category.rawValue)"
            if let first = seen[key] {
                rd.fail(
                    r, "\(project) (\(category.rawValue)) of \(node) \(year) is given twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            let row = PlanInvestment(
                version: version, year: year, node: NodeCode(node), project: project, category: category,
                amount: amount, reference: rd.table.value(r, "reference"))
            rows.append(Located(line: r.line, value: row))
        }
        return try rd.finish(rows)
    }

    /// `planfinance`: a plan version's finance assumptions — useful life per asset category, interest rate,
    /// borrowing, amortisation and the existing assets' depreciation per year (docs/formats.md).
    public static func planFinance(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<PlanFinance>] {
        var rd = try open(
            bytes, file: file, known: ["version", "year", "item", "category", "value", "reference"],
            required: ["version", "year", "item", "value"])
        var rows: [Located<PlanFinance>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let version = rd.required(r, "version"), let year = rd.year(r, "year", optional: true),
                let item = folded(rd.table.value(r, "item"), PlanFinance.Item.self, &rd, r, "item"),
                let category = rd.choice(r, "category", InvestmentCategory.self), let text = rd.required(r, "value")
            else { continue }
            guard let value = decimal(text) else {
                rd.fail(r, "value \"\(text)\" is not a number")
                continue
            }
            if let problem = financeProblem(item, year: year, category: category, value: value, text: text) {
                rd.fail(r, problem)
                continue
            }
            let key = "\(version);\(year ?? 0);\(item.rawValue);\(category?.rawValue ?? "")"
            if let first = seen[key] {
                let what = [item.rawValue, category?.rawValue, year.map(String.init)].compactMap { $0 }
                rd.fail(r, "\(what.joined(separator: " ")) in \(version) is given twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            let row = PlanFinance(
                version: version, year: year, item: item, category: category, value: value,
                reference: rd.table.value(r, "reference"))
            rows.append(Located(line: r.line, value: row))
        }
        return try rd.finish(rows)
    }

    /// What is wrong with a finance row, if anything.
    static func financeProblem(
        _ item: PlanFinance.Item, year: Int?, category: InvestmentCategory?, value: Decimal, text: String
    ) -> String? {
        if item.hasYear && year == nil { return "\(item.rawValue) needs year" }
        if !item.hasYear && year != nil { return "avskrivningstid is for every year: leave year empty" }
        if item == .usefulLife && category == nil { return "avskrivningstid needs category" }
        if item != .usefulLife && category != nil { return "category is for avskrivningstid only" }
        switch item {
        case .usefulLife where value < 1 || value > 100 || value != value.roundedHalfAwayFromZero(scale: 0):
            return "avskrivningstid \(text) is not a whole number of years (1–100)"
        case .interestRate where value < 0 || value >= 25:
            return "ränta \(text) is not a percent (e.g. 2.5)"
        case .borrowing, .amortisation, .depreciation:
            if value < 0 { return "\(item.rawValue) is kronor, not negative" }
            if value.roundedHalfAwayFromZero(scale: 2) != value { return "\(item.rawValue) \(text) has more than öre" }
            return nil
        default: return nil
        }
    }
}
