import Foundation

/// How a figure is to be displayed. The value itself is exact; rounding happens in the
/// renderer, each figure on its own, half away from zero (SPEC §4).
public enum CellValue: Sendable, Equatable {
    /// An amount in öre, shown in the table's `unit`.
    case amount(Int64)
    /// A percentage in percent (103.19… for 103,2 %), exact to Decimal's 38 digits, shown
    /// with `decimals` decimals.
    case percent(Decimal, decimals: Int)
    /// A difference of two percentages in procentenheter (percentage points): a number
    /// without "%" under a caption that names the unit (seed 003: "2,0 procentenheter").
    case points(Decimal, decimals: Int)
    case text(String)
    /// No value: shown as "–".
    case empty
}

/// A cell is stored (frozen reports) with its percentage as a decimal string: a JSON number
/// could come back through Double and lose the exact value the renderers round.
extension CellValue: Codable {
    private enum CodingKeys: String, CodingKey { case amount, percent, points, decimals, text }

    /// Decodes a stored cell: `amount` in öre, `percent` as decimal text with `decimals`, `text`,
    /// or no key for an empty cell.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let ore = try c.decodeIfPresent(Int64.self, forKey: .amount) {
            self = .amount(ore)
        } else if let text = try c.decodeIfPresent(String.self, forKey: .percent) {
            guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .percent, in: c, debugDescription: "not a decimal: \(text)")
            }
            self = .percent(d, decimals: try c.decode(Int.self, forKey: .decimals))
        } else if let text = try c.decodeIfPresent(String.self, forKey: .points) {
            guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .points, in: c, debugDescription: "not a decimal: \(text)")
            }
            self = .points(d, decimals: try c.decode(Int.self, forKey: .decimals))
        } else if let text = try c.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
        } else {
            self = .empty
        }
    }

    /// Encodes the cell under its one key (`amount`, `percent` with `decimals`, or `text`); an empty
    /// cell as no key at all.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .amount(let ore): try c.encode(ore, forKey: .amount)
        case .percent(let d, let decimals):
            try c.encode("\(d)", forKey: .percent)
            try c.encode(decimals, forKey: .decimals)
        case .points(let d, let decimals):
            try c.encode("\(d)", forKey: .points)
            try c.encode(decimals, forKey: .decimals)
        case .text(let s): try c.encode(s, forKey: .text)
        case .empty: break
        }
    }
}
