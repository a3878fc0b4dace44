import BalansCore
import BalansReport
import Foundation

/// The what-if form of the plan page (issue 18, item 3): one field per assumption `PlanOverride` changes and per year
/// of the plan, named `ITEM-YEAR` (`upprakning-2025`, `skattesats-2026`, `loneindex-2025`, `prisindex-2027`). An empty
/// field keeps the version's value; a filled one is checked here — a number with a decimal comma or point, in a
/// plausible range — and becomes an override, or a message for its field (everything typed is kept).
struct PlanWhatIf {
    /// One assumption the form offers.
    struct Item {
        var item: PlanOverride.Item
        /// The field name's first part.
        var key: String
        /// The label (Swedish).
        var label: String
        /// The unit the value is in.
        var unit: String
        /// The plausible range, and the example the message gives.
        var range: ClosedRange<Decimal>
        var example: String
    }

    static let items: [Item] = [
        Item(
            item: .uplift, key: "upprakning", label: "Uppräkningsfaktor", unit: "faktor", range: 0.5...2,
            example: "1,035"),
        Item(
            item: .taxRate, key: "skattesats", label: "Skattesats", unit: "kr per 100 kr", range: 0...100,
            example: "11,40"),
        Item(item: .wageIndex, key: "loneindex", label: "Löneindex", unit: "%", range: -50...50, example: "3,0"),
        Item(item: .priceIndex, key: "prisindex", label: "Prisindex", unit: "%", range: -50...50, example: "2,0"),
    ]

    /// The field of an assumption and year.
    static func field(_ item: Item, year: Int) -> String { "\(item.key)-\(year)" }

    /// Whether a query key is one of the form's fields (of any year).
    static func isField(_ key: String) -> Bool {
        let parts = key.split(separator: "-")
        return parts.count == 2 && items.contains { $0.key == parts[0] } && parts[1].count == 4
            && Int(parts[1]) != nil
    }

    /// What was typed, by field.
    var typed: [String: String]
    /// The overrides of the valid, filled fields, in the form's order.
    var overrides: [PlanOverride] = []
    /// A message per wrong field.
    var problems: [String: String] = [:]

    /// The form's fields for `years` from `query` (other keys are ignored).
    init(_ query: [String: String], years: [Int]) {
        typed = query.filter { Self.isField($0.key) }
        for item in Self.items {
            for y in years {
                let name = Self.field(item, year: y)
                let text = (typed[name] ?? "").trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { continue }
                guard let value = Self.number(text), item.range.contains(value),
                    let o = PlanOverride("\(item.item.rawValue):\(y)=\(value)")
                else {
                    let (low, high) = (
                        PlanFormat.number(item.range.lowerBound), PlanFormat.number(item.range.upperBound)
                    )
                    problems[name] =
                        "\(item.label) \(y): ”\(text)” är inget tal från \(low) till \(high) "
                        + "(t.ex. \(item.example))."
                    continue
                }
                overrides.append(o)
            }
        }
    }

    /// A number with a decimal comma or point and an optional sign ("1,035", "-0.5", "−1"); nil otherwise.
    static func number(_ text: String) -> Decimal? {
        var t = text.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: ".")
        let negative = t.hasPrefix("-")
        if negative || t.hasPrefix("+") { t.removeFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), t.count <= 20,
            let value = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        return negative ? -value : value
    }

    /// The overrides in words: "Skattesats 2026: 11,5 kr per 100 kr".
    var described: [String] {
        overrides.map { o in
            let item = Self.items.first { $0.item == o.item }
            let value = SwedishNumberFormat.number(o.value, decimals: PlanFormat.decimals(o.value), minus: "−")
            return "\(item?.label ?? o.item.rawValue) \(o.year): \(value) \(item?.unit ?? "")"
        }
    }
}

/// Numbers of the plan as the pages show them.
enum PlanFormat {
    /// The decimals a factor or percent needs to show exactly (at most 6).
    static func decimals(_ d: Decimal) -> Int { (0...6).first { d == d.roundedHalfAwayFromZero(scale: $0) } ?? 6 }
    /// A factor, rate or percent as given: "1,036", "11,4".
    static func number(_ d: Decimal) -> String { SwedishNumberFormat.number(d, decimals: decimals(d)) }
}
