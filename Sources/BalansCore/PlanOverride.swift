import Foundation

/// A what-if on a plan version (issue 18, item 3): one assumption changed — an uppräkningsfaktor, a tax rate, or the
/// percent of every wage or price index row of a year — to see the region's result for all three years at once.
/// Written `ITEM:YEAR=VALUE`: `uppräkning:2025=1.031`, `skattesats:2026=11.60`, `löneindex:2025=3.5`.
public struct PlanOverride: Sendable, Equatable, CustomStringConvertible {
    /// What is changed.
    public enum Item: String, Sendable, CaseIterable {
        /// An uppräkningsfaktor.
        case uplift = "uppräkning"
        /// A tax rate.
        case taxRate = "skattesats"
        /// The percent of the year's wage index rows.
        case wageIndex = "löneindex"
        /// The percent of the year's price index rows.
        case priceIndex = "prisindex"
    }

    /// What is changed.
    public var item: Item
    /// The year.
    public var year: Int
    /// The new value.
    public var value: Decimal

    /// `ITEM:YEAR=VALUE` as written.
    public var description: String { "\(item.rawValue):\(year)=\(value)" }

    /// An override from its text; nil when it is not `ITEM:YEAR=VALUE` with a known item and a number (a decimal
    /// point or comma).
    public init?(_ text: String) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let left = parts[0].split(separator: ":").map(String.init)
        let number = parts[1].replacingOccurrences(of: ",", with: ".")
        guard left.count == 2, let year = Int(left[1]), (1900...9999).contains(year),
            let item = Item.allCases.first(where: { $0.rawValue == left[0].lowercased() }),
            number.allSatisfy({ "0123456789.-".contains($0) }),
            let value = Decimal(string: number, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        (self.item, self.year, self.value) = (item, year, value)
    }

    /// The tax assumptions with the override applied (a factor or rate the version lacks is added).
    public func applied(to rows: [TaxAssumption]) -> [TaxAssumption] {
        let target: TaxAssumption.Item
        switch item {
        case .uplift: target = .uplift
        case .taxRate: target = .taxRate
        case .wageIndex, .priceIndex: return rows
        }
        var out = rows.filter { !($0.item == target && $0.year == year) }
        out.append(
            TaxAssumption(
                version: rows.first?.version ?? "", year: year, item: target, value: value, reference: "antagande"))
        return out
    }

    /// The frame rows with the override applied: every index row of the kind and year takes the percent.
    public func applied(to rows: [FrameRow]) -> [FrameRow] {
        let kind: FrameRow.Kind
        switch item {
        case .wageIndex: kind = .wageIndex
        case .priceIndex: kind = .priceIndex
        case .uplift, .taxRate: return rows
        }
        return rows.map { r in
            guard r.kind == kind, r.year == year else { return r }
            var changed = r
            (changed.amount, changed.percent) = (nil, value)
            return changed
        }
    }
}
