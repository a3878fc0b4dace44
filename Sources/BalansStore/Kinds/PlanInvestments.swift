import BalansCore
import Foundation

/// A row of `plan_investment`: one investment of a plan version's investment plan.
enum PlanInvestmentRecord: Record {
    static let table = "plan_investment"
    static let columns = ["version", "year", "node", "project", "category", "position", "amount", "reference"]

    static func decode(_ r: SQLRow) -> PlanInvestment? {
        guard let category = InvestmentCategory(rawValue: r["category"]) else { return nil }
        return PlanInvestment(
            version: r["version"], year: r["year"], node: r["node"], project: r["project"], category: category,
            amount: Money(ore: r["amount"]), reference: r["reference"])
    }

    static func encode(_ i: PlanInvestment) -> SQLArguments { encode(i, position: 0) }

    static func encode(_ i: PlanInvestment, position: Int) -> SQLArguments {
        [i.version, i.year, i.node, i.project, i.category.rawValue, position, i.amount.ore, i.reference]
    }
}

/// A row of `plan_finance`: one finance assumption of a plan version (`year` 0 and `category` "" when it has none).
enum PlanFinanceRecord: Record {
    static let table = "plan_finance"
    static let columns = ["version", "year", "item", "category", "position", "value", "reference"]

    static func decode(_ r: SQLRow) -> PlanFinance? {
        let category = r["category"] as String
        guard let item = PlanFinance.Item(rawValue: r["item"]),
            let value = Decimal(string: r["value"] as String, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        let year = r["year"] as Int
        return PlanFinance(
            version: r["version"], year: year == 0 ? nil : year, item: item,
            category: category.isEmpty ? nil : InvestmentCategory(rawValue: category), value: value,
            reference: r["reference"])
    }

    static func encode(_ f: PlanFinance) -> SQLArguments { encode(f, position: 0) }

    static func encode(_ f: PlanFinance, position: Int) -> SQLArguments {
        [
            f.version, f.year ?? 0, f.item.rawValue, f.category?.rawValue ?? "", position, f.value.description,
            f.reference,
        ]
    }
}

extension Store {
    /// Replaces every investment of the plan versions the file names (`balans import planinvestments`); each
    /// committee must exist in its year.
    public func importPlanInvestments(_ rows: [Located<PlanInvestment>], file: String, hash: String) async throws
        -> ImportSummary
    {
        let versions = Set(rows.map(\.value.version))
        try await writing { s in
            try checkNodes(s.db, rows.map { ($0.line, $0.value.node, $0.value.year) }, file: file)
            for v in versions { try s.delete(from: PlanInvestmentRecord.table, where: "version = ?", [v]) }
            for (i, r) in rows.enumerated() {
                try s.insert(
                    into: PlanInvestmentRecord.table, PlanInvestmentRecord.columns,
                    PlanInvestmentRecord.encode(r.value, position: i))
            }
            try log(s.db, kind: "planinvestments", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) planned investments (\(versions.sorted().joined(separator: ", ")))",
            changed: true)
    }

    /// Replaces every finance assumption of the plan versions the file names (`balans import planfinance`).
    public func importPlanFinance(_ rows: [Located<PlanFinance>], file: String, hash: String) async throws
        -> ImportSummary
    {
        let versions = Set(rows.map(\.value.version))
        try await writing { s in
            for v in versions { try s.delete(from: PlanFinanceRecord.table, where: "version = ?", [v]) }
            for (i, r) in rows.enumerated() {
                try s.insert(
                    into: PlanFinanceRecord.table, PlanFinanceRecord.columns,
                    PlanFinanceRecord.encode(r.value, position: i))
            }
            try log(s.db, kind: "planfinance", file: file, hash: hash, summary: "\(rows.count) rows")
        }
        return ImportSummary(
            message: "\(file): \(rows.count) finance assumptions (\(versions.sorted().joined(separator: ", ")))",
            changed: true)
    }

    /// Every planned investment, in the order imported.
    func planInvestments(_ s: Scoped) throws -> [PlanInvestment] {
        try s.all(PlanInvestmentRecord.self, then: "ORDER BY version, position")
    }

    /// Every finance assumption, in the order imported.
    func planFinance(_ s: Scoped) throws -> [PlanFinance] {
        try s.all(PlanFinanceRecord.self, then: "ORDER BY version, position")
    }
}
