/// An identifier written as its plain text — in JSON, CSV, URLs, the database and on the
/// command line — but a type of its own in code, so one kind of code cannot be passed where
/// another is meant. `Codable` as its raw text comes with `RawRepresentable`.
public protocol TextCode: RawRepresentable<String>, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// A code from its text.
    init(rawValue: String)
}

extension TextCode {
    /// A code from its text.
    public init(_ text: String) { self.init(rawValue: text) }

    /// A code written in the source (tests, fixed codes).
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The code's text, as printed.
    public var description: String { rawValue }

    /// Codes in text order.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The code of a node of the organisation tree (nod: the region, a nämnd, a förvaltning or
/// uppdragsområde, a budget line), e.g. "HS" or "RS-HSF-LAK": unique in an organisation.
public struct NodeCode: TextCode {
    /// The code as written in the files.
    public let rawValue: String

    /// A code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// The code of an organisation (organisation: a region or municipality, the tenant): one
/// database holds many, and every row names its own, e.g. "halland" or the `default` of a
/// database used without `--organisation`. Which texts are codes (letters, digits, `-` and `_`)
/// the store checks when it opens one.
public struct OrganisationCode: TextCode {
    /// The code as written.
    public let rawValue: String

    /// A code from its text.
    public init(rawValue: String) { self.rawValue = rawValue }
}
