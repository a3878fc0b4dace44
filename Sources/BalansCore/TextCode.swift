/// The code of a node of the organisation tree (nod: the region, a nämnd, a förvaltning or
/// uppdragsområde, a budget line), e.g. "HS" or "RS-HSF-LAK": unique in an organisation.
///
/// A type of its own, so that a node code cannot be passed where an ansvar code, an account or
/// an organisation (the tenant, `OrganisationCode`) is meant. Written as its plain text in
/// JSON, CSV, URLs and the database, so stored reports and files read as before.
public struct NodeCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The code as written in the files.
    public let rawValue: String

    /// A code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A code from its text.
    public init(_ text: String) { rawValue = text }

    /// A code written in the source (tests, the example's fixed nodes).
    public init(stringLiteral value: String) { rawValue = value }

    /// The code's text, as printed.
    public var description: String { rawValue }

    /// Codes in text order.
    public static func < (a: NodeCode, b: NodeCode) -> Bool { a.rawValue < b.rawValue }

    /// Read from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Written as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
