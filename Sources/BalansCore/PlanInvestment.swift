import Foundation

/// One investment of a plan version's investment plan (issue 18, item 5; docs/formats.md `planinvestments`): a
/// committee's project in an asset category and a year, with the decision it rests on. Its operating consequences
/// (depreciation and interest, `CapitalCosts`) begin the year after.
public struct PlanInvestment: Hashable, Sendable {
    /// The plan version.
    public var version: String
    /// The year the money is spent (the asset is taken into use by the year's end).
    public var year: Int
    /// The committee that invests.
    public var node: NodeCode
    /// The project ("Ventilationssystem Varberg"); several rows of one project and year are summed.
    public var project: String
    /// The asset category: its useful life comes from the version's `planfinance`.
    public var category: InvestmentCategory
    /// Kronor, positive.
    public var amount: Money
    /// The decision it rests on ("RF §55 2023").
    public var reference: String

    /// An investment.
    public init(
        version: String, year: Int, node: NodeCode, project: String, category: InvestmentCategory, amount: Money,
        reference: String = ""
    ) {
        self.version = version
        self.year = year
        self.node = node
        self.project = project
        self.category = category
        self.amount = amount
        self.reference = reference
    }
}

/// One finance assumption of a plan version (issue 18, items 5 and 6; docs/formats.md `planfinance`): the useful
/// life of an asset category, the interest rate of a year, the planned borrowing and amortisation of a year, the
/// existing assets' depreciation of a year.
public struct PlanFinance: Hashable, Sendable {
    /// What the row gives.
    public enum Item: String, Sendable, CaseIterable {
        /// Avskrivningstid: the useful life in whole years of `category` (`value`); no year (every investment).
        case usefulLife = "avskrivningstid"
        /// Ränta: the interest rate of the year in percent (`value`, e.g. 2.5), on the investments' book value.
        case interestRate = "ränta"
        /// Upplåning: new long-term loans of the year, kronor (`value`).
        case borrowing = "upplåning"
        /// Amortering: long-term debt repaid in the year, kronor (`value`).
        case amortisation = "amortering"
        /// Avskrivningar: the existing assets' depreciation of the year, kronor (`value`), where the decided budget
        /// of the year before the plan does not give it.
        case depreciation = "avskrivningar"

        /// Whether the row is of a year (every item but the useful life).
        public var hasYear: Bool { self != .usefulLife }
    }

    /// The plan version.
    public var version: String
    /// The year; nil for `usefulLife`.
    public var year: Int?
    /// What the row gives.
    public var item: Item
    /// The asset category of `usefulLife`; nil otherwise.
    public var category: InvestmentCategory?
    /// The figure, exact: years, percent or kronor (see `Item`).
    public var value: Decimal
    /// Where it comes from ("RF §55 2023", "Finanspolicy").
    public var reference: String

    /// A row.
    public init(
        version: String, year: Int?, item: Item, category: InvestmentCategory? = nil, value: Decimal,
        reference: String = ""
    ) {
        self.version = version
        self.year = year
        self.item = item
        self.category = category
        self.value = value
        self.reference = reference
    }
}

extension [PlanFinance] {
    /// The value of `item` in `year` (the first such row), nil when there is none.
    public func value(_ item: PlanFinance.Item, year: Int) -> Decimal? {
        first { $0.item == item && $0.year == year }?.value
    }

    /// Kronor of `item` in `year`, zero when there is no row (no borrowing planned is none).
    public func kronor(_ item: PlanFinance.Item, year: Int) -> Money {
        value(item, year: year).map(Money.rounding(kronor:)) ?? .zero
    }

    /// The useful life of `category` in years; nil when the version does not give it.
    public func usefulLife(_ category: InvestmentCategory) -> Int? {
        guard let v = first(where: { $0.item == .usefulLife && $0.category == category })?.value else { return nil }
        return NSDecimalNumber(decimal: v).intValue
    }
}
