/// The code of an organisation (organisation: a region or municipality, the tenant): one
/// database holds many, and every row names its own, e.g. "halland" or the `default` of a
/// database used without `--organisation`.
///
/// A type of its own, so an organisation cannot be passed where a node of its tree
/// (`NodeCode`) is meant. Written as its plain text in the database and on the command line.
/// Which texts are codes (letters, digits, `-` and `_`) the store checks when it opens one.
public struct OrganisationCode: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The code as written.
    public let rawValue: String

    /// A code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A code from its text.
    public init(_ text: String) { rawValue = text }

    /// A code written in the source (the default organisation, tests).
    public init(stringLiteral value: String) { rawValue = value }

    /// The code's text, as printed.
    public var description: String { rawValue }

    /// Codes in text order.
    public static func < (a: OrganisationCode, b: OrganisationCode) -> Bool { a.rawValue < b.rawValue }

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
