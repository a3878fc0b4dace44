import Foundation

/// One assumption of a plan version's tax and grant model (skatter och bidrag), as a region takes them from SKR's
/// circulars (skatteunderlagsprognos, the model "Skatter & bidrag"): the base year's skatteunderlag, the
/// uppräkningsfaktor of each following year, the tax rate, the slutavräkning and its correction in kronor per
/// invånare, and the components of generella statsbidrag och utjämning (issue 18, item 2; docs/formats.md `taxes`).
public struct TaxAssumption: Hashable, Sendable {
    /// What the row gives.
    public enum Item: String, Sendable, CaseIterable {
        /// Skatteunderlag: the region's taxable income of the row's year, kronor (`value`); the base year.
        case taxBase = "skatteunderlag"
        /// Uppräkningsfaktor: the skatteunderlag's growth into the row's year, a factor (`value`, e.g. 1.0390).
        case uplift = "uppräkning"
        /// Skattesats: the tax rate of the row's year in kronor per 100 kronor (`value`, e.g. 11.40).
        case taxRate = "skattesats"
        /// Slutavräkning of the row's year: kronor per invånare (`value`) × invånare 1 November the year before
        /// (`population`), booked in the row's year.
        case finalSettlement = "slutavräkning"
        /// Korrigering: the correction of the previous year's slutavräkning, kronor per invånare (`value`) ×
        /// `population`, booked in the row's year.
        case settlementCorrection = "korrigering"
        /// A component of generella statsbidrag och utjämning (inkomstutjämning, kostnadsutjämning,
        /// strukturbidrag, regleringspost, …) named by `name`: kronor of the row's year (`value`), typed in.
        case grant = "statsbidrag"
    }

    /// The plan version the row belongs to (e.g. `forslag-2025`).
    public var version: String
    /// The year the row is for.
    public var year: Int
    /// What the row gives.
    public var item: Item
    /// A grant component's name; empty for the other items.
    public var name: String
    /// The figure, exact: kronor, a factor, kronor per 100 kronor or kronor per invånare (see `Item`).
    public var value: Decimal
    /// Invånare 1 November, for a slutavräkning or its correction.
    public var population: Int?
    /// Where the figure comes from (e.g. "SKR cirkulär 24:21").
    public var reference: String

    /// A row of the model.
    public init(
        version: String, year: Int, item: Item, name: String = "", value: Decimal, population: Int? = nil,
        reference: String = ""
    ) {
        self.version = version
        self.year = year
        self.item = item
        self.name = name
        self.value = value
        self.population = population
        self.reference = reference
    }
}

extension Money {
    /// `amount` (kronor, exact) as money rounded half away from zero to the öre; `overflow` beyond
    /// `largestInput` × 100, so no assumption can trap the process.
    public static func rounding(kronor amount: Decimal) -> Money {
        let ore = (amount * 100).roundedHalfAwayFromZero(scale: 0)
        guard ore.magnitude <= Decimal(Money.largestInput.ore) * 100 else { return .overflow }
        return Money(ore: NSDecimalNumber(decimal: ore).int64Value)
    }
}
