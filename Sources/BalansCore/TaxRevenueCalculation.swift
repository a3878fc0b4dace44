import Foundation

/// Skatteintäkter and generella statsbidrag och utjämning of one year, computed step by step from a plan
/// version's assumptions the way regions do from SKR's circulars (issue 18, item 2):
///
///     skatteintäkter = skatteunderlag(basår) × Π uppräkningsfaktor(basår+1 … år) × skattesats(år) / 100
///                      + slutavräkning(år) × invånare + korrigering(år − 1) × invånare
///     generella statsbidrag och utjämning = Σ komponenter(år)
///
/// Each product is rounded to the öre only where it becomes kronor (the preliminary tax and each settlement), half
/// away from zero; the factors are multiplied exactly.
public struct TaxRevenueCalculation: Sendable, Equatable {
    /// One uppräkningsfaktor on the way from the base year.
    public struct Uplift: Sendable, Equatable {
        /// The year the skatteunderlag grows into.
        public var year: Int
        /// The factor, e.g. 1.0390.
        public var factor: Decimal
    }

    /// A settlement booked in the year: slutavräkning of the year or the correction of the previous one.
    public struct Settlement: Sendable, Equatable {
        /// Which of the two it is.
        public var item: TaxAssumption.Item
        /// Kronor per invånare.
        public var perCapita: Decimal
        /// Invånare 1 November.
        public var population: Int
        /// perCapita × population, rounded to the öre.
        public var amount: Money
    }

    /// One component of generella statsbidrag och utjämning.
    public struct Grant: Sendable, Equatable {
        /// Its name (inkomstutjämning, kostnadsutjämning, …).
        public var name: String
        /// Kronor.
        public var amount: Money
    }

    /// The year computed.
    public var year: Int
    /// The base year whose skatteunderlag the computation starts from.
    public var baseYear: Int
    /// The base year's skatteunderlag, kronor.
    public var taxBase: Money
    /// The factors from the base year to `year`, in order.
    public var uplifts: [Uplift]
    /// The skatteunderlag of `year`: taxBase × Π factors, rounded to the öre.
    public var taxBaseOfYear: Money
    /// Skattesats, kronor per 100 kronor.
    public var taxRate: Decimal
    /// Preliminary skatteintäkter: taxBase × Π factors × rate / 100, rounded to the öre.
    public var preliminary: Money
    /// The settlements booked in the year.
    public var settlements: [Settlement]
    /// Skatteintäkter: preliminary + settlements.
    public var taxRevenue: Money
    /// The grant components of the year, in the file's order.
    public var grants: [Grant]
    /// Generella statsbidrag och utjämning: the sum of `grants`.
    public var grantsTotal: Money { grants.map(\.amount).sum() }
    /// Skatteintäkter plus generella statsbidrag och utjämning: what the financial goal's 2 % is of.
    public var total: Money { taxRevenue + grantsTotal }

    /// What is missing for a year: each as a sentence (Swedish, shown to the user as it is).
    public struct Missing: Error, Sendable, Equatable, CustomStringConvertible {
        /// The sentences.
        public var problems: [String]
        /// The sentences joined.
        public var description: String { problems.joined(separator: "; ") }
    }

    /// The computation of `year` from the assumptions of one version (rows of other versions must be filtered out
    /// by the caller). The base is the latest skatteunderlag before `year`; every year after it needs its factor, the
    /// year its tax rate.
    public static func compute(_ rows: [TaxAssumption], year: Int) -> Result<Self, Missing> {
        var problems: [String] = []
        guard let base = rows.filter({ $0.item == .taxBase && $0.year < year }).max(by: { $0.year < $1.year }) else {
            return .failure(Missing(problems: ["skatteunderlag för ett basår före \(year) saknas"]))
        }
        var uplifts: [Uplift] = []
        var product: Decimal = 1
        for y in (base.year + 1)...year {
            if let f = rows.first(where: { $0.item == .uplift && $0.year == y }) {
                uplifts.append(Uplift(year: y, factor: f.value))
                product *= f.value
            } else {
                problems.append("uppräkningsfaktor för \(y) saknas")
            }
        }
        let rate = rows.first { $0.item == .taxRate && $0.year == year }
        if rate == nil { problems.append("skattesats för \(year) saknas") }
        guard problems.isEmpty, let rate else { return .failure(Missing(problems: problems)) }
        let settlements = rows.filter {
            ($0.item == .finalSettlement || $0.item == .settlementCorrection) && $0.year == year
        }.map { r in
            let population = r.population ?? 0
            return Settlement(
                item: r.item, perCapita: r.value, population: population,
                amount: .rounding(kronor: r.value * Decimal(population)))
        }
        let preliminary = Money.rounding(kronor: base.value * product * rate.value / 100)
        let grants = rows.filter { $0.item == .grant && $0.year == year }.map {
            Grant(name: $0.name, amount: .rounding(kronor: $0.value))
        }
        return .success(
            TaxRevenueCalculation(
                year: year, baseYear: base.year, taxBase: .rounding(kronor: base.value), uplifts: uplifts,
                taxBaseOfYear: .rounding(kronor: base.value * product), taxRate: rate.value, preliminary: preliminary,
                settlements: settlements, taxRevenue: preliminary + settlements.map(\.amount).sum(), grants: grants))
    }
}
