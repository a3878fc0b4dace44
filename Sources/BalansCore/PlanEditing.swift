import Foundation

/// Making a plan version by hand (issue 18, item 1): a central controller copies a version under a new name (with
/// what-ifs kept as its own assumptions), then adds, changes and removes its rows in the web app, and decides it. A
/// version's rows are saved whole, against the stamp of the rows the controller saw, so no change is lost.
extension PlanVersions {
    /// The rows of `version`, in the stored order.
    public static func rows(of version: String, in data: FollowUpData) -> (taxes: [TaxAssumption], frames: [FrameRow]) {
        (data.taxAssumptions.filter { $0.version == version }, data.frameRows.filter { $0.version == version })
    }

    /// A fingerprint of a version's rows (FNV-1a, 64 bits, over every field in order): equal rows give equal
    /// stamps, and a save made on rows someone has changed since is refused.
    public static func stamp(taxes: [TaxAssumption], frames: [FrameRow]) -> String {
        var text = ""
        for t in taxes {
            text += "t|\(t.year)|\(t.item.rawValue)|\(t.name)|\(t.value)|\(t.population.map(String.init) ?? "")"
            text += "|\(t.reference)\n"
        }
        for f in frames {
            text += "f|\(f.year)|\(f.node)|\(f.kind.rawValue)|\(f.label)|\(f.amount.map { String($0.ore) } ?? "")"
            text += "|\(f.percent.map { "\($0)" } ?? "")|\(f.reference)\n"
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// The stamp of `version` in `data`.
    public static func stamp(_ version: String, in data: FollowUpData) -> String {
        let (taxes, frames) = rows(of: version, in: data)
        return stamp(taxes: taxes, frames: frames)
    }

    /// The rows of `source` under the name `target`, each what-if applied as the new version's own assumption.
    public static func copy(_ source: String, as target: String, overrides: [PlanOverride] = [], in data: FollowUpData)
        -> (taxes: [TaxAssumption], frames: [FrameRow])
    {
        var (taxes, frames) = rows(of: source, in: data)
        for o in overrides { (taxes, frames) = (o.applied(to: taxes), o.applied(to: frames)) }
        for i in taxes.indices { taxes[i].version = target }
        for i in frames.indices { frames[i].version = target }
        return (taxes, frames)
    }

    /// Whether `name` can name a version: 1–40 letters, digits, `-`, `_` or `.` (a name goes into file columns and
    /// addresses).
    public static func isValidName(_ name: String) -> Bool {
        (1...40).contains(name.count) && name.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
    }
}

extension FrameRow {
    /// What is wrong with a row's figures; the CSV reader and the web form each say it in their own words.
    public enum Problem: Sendable, Equatable {
        /// A row of a kind the plan computes (kapitalkostnad, from the investment plan).
        case computed
        /// An index row gives either an amount or a percent, not both or neither.
        case amountOrPercent
        /// A percent on a row that is no index.
        case percentNotIndex
        /// A row that is no index without an amount.
        case amountMissing
        /// A satsning that takes from the frame.
        case negativePriority
        /// An effektivisering that adds to it.
        case positiveSaving
    }

    /// The problem with a row of `kind` with these figures, if any.
    public static func problem(_ kind: Kind, amount: Money?, percent: Decimal?) -> Problem? {
        if kind == .capitalCost { return .computed }
        if kind.isIndex { return (amount == nil) == (percent == nil) ? .amountOrPercent : nil }
        if percent != nil { return .percentNotIndex }
        guard let amount else { return .amountMissing }
        if kind == .priority && amount < .zero { return .negativePriority }
        if kind == .saving && amount > .zero { return .positiveSaving }
        return nil
    }
}

extension TaxAssumption {
    /// What is wrong with an assumption's figures; the CSV reader and the web form each say it in their own words.
    public enum Problem: Sendable, Equatable {
        /// An uppräkning outside 0,5–1,5: no factor.
        case upliftNotFactor
        /// A tax rate outside 0–50 kronor per 100 kronor.
        case rateNotPer100
        /// A grant component without its name.
        case grantUnnamed
        /// A slutavräkning or korrigering without invånare.
        case populationMissing
    }

    /// The problem with an assumption of `item` with these figures, if any.
    public static func problem(_ item: Item, value: Decimal, name: String, population: Int?) -> Problem? {
        switch item {
        case .uplift where value < Decimal(5) / 10 || value > Decimal(15) / 10: .upliftNotFactor
        case .taxRate where value <= 0 || value >= 50: .rateNotPer100
        case .grant where name.isEmpty: .grantUnnamed
        case .finalSettlement, .settlementCorrection: (population ?? 0) > 0 ? nil : .populationMissing
        default: nil
        }
    }
}
