import Foundation

/// A row of a plan version's frames (ramar; the committees' regionbidrag) for a year: a committee's frame of the
/// year before, an indexation, a volume change, a priority (satsning) or a saving (effektivisering), each named and
/// with its decision reference; or a line of the region's own (financial items, pensions), which is no frame
/// (issue 18, item 3; docs/formats.md `frames`).
public struct FrameRow: Hashable, Sendable {
    /// What the row changes.
    public enum Kind: String, Sendable, CaseIterable {
        /// The committee's frame of the year before (`amount`), where no decided budget of that year gives it.
        case base = "ram"
        /// Löneindex: `percent` of the committee's personnel costs (or a computed `amount`).
        case wageIndex = "löneindex"
        /// Prisindex: `percent` of the committee's other costs (or a computed `amount`).
        case priceIndex = "prisindex"
        /// Volymförändring: `amount`, either sign.
        case volume = "volym"
        /// Satsning (priority): `amount`, positive.
        case priority = "satsning"
        /// Effektivisering (saving): `amount`, negative.
        case saving = "effektivisering"
        /// Regiongemensamt: a line of the region's own in report sign (a revenue positive, a cost negative) — no
        /// committee's frame; `node` is the line.
        case common = "gemensamt"
        /// Kapitalkostnader: the change of a committee's capital costs of the plan's investments (depreciation and
        /// interest, `CapitalCosts`), computed — never a row of `frames`.
        case capitalCost = "kapitalkostnad"

        /// Whether the row's figure is a percent of a cost base.
        public var isIndex: Bool { self == .wageIndex || self == .priceIndex }
    }

    /// The plan version.
    public var version: String
    /// The year the row is for.
    public var year: Int
    /// The committee (a line for `common`).
    public var node: NodeCode
    /// What the row changes.
    public var kind: Kind
    /// Its name as the plan document prints it ("Löneökning 3,0 %", "Ny vårdcentral i Kungsbacka").
    public var label: String
    /// Kronor: the change of the frame (a saving negative), the frame for `base`, the line's amount for `common`.
    public var amount: Money?
    /// Percent of the cost base, for an index row without an amount.
    public var percent: Decimal?
    /// The decision it rests on ("RF §45 2024").
    public var reference: String

    /// A row.
    public init(
        version: String, year: Int, node: NodeCode, kind: Kind, label: String = "", amount: Money? = nil,
        percent: Decimal? = nil, reference: String = ""
    ) {
        self.version = version
        self.year = year
        self.node = node
        self.kind = kind
        self.label = label
        self.amount = amount
        self.percent = percent
        self.reference = reference
    }
}
