/// A problem in an input file, with its place: `budget.csv:14: unknown committee code "HS9"`.
/// Errors are values (ENGINEERING.md): an import collects every problem of a file before it
/// writes anything, and reports them all.
public struct InputIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// 1-based line; nil when the problem is the whole file.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message` (SPEC §6.2), or `FILE: message` for the whole file.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Thrown when an input has one or more problems; nothing has been written.
public struct InputFailure: Error, Sendable, CustomStringConvertible {
    public var issues: [InputIssue]
    public init(_ issues: [InputIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// A value read from line `line` of an input file.
public struct Located<Value: Sendable>: Sendable {
    public var line: Int
    public var value: Value
    public init(line: Int, value: Value) {
        self.line = line
        self.value = value
    }
}
