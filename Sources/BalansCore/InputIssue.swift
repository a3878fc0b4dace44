/// A problem in an input file, with its place: `budget.csv:14: unknown committee code "HS9"`.
/// Errors are values (ENGINEERING.md): an import collects every problem of a file before it
/// writes anything, and reports them all.
public struct InputIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// 1-based line; nil when the problem is the whole file.
    public var line: Int?
    /// What is wrong, in words the user can act on, e.g. `unknown committee code "HS9"`.
    public var message: String

    /// A problem at `line` of `file` (nil: the whole file).
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
    /// Every problem found, in the order found.
    public var issues: [InputIssue]
    /// A failure with these problems.
    public init(_ issues: [InputIssue]) { self.issues = issues }
    /// One `FILE:LINE: message` line per problem.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// A value read from line `line` of an input file.
public struct Located<Value: Sendable>: Sendable {
    /// The 1-based line of the input file the value comes from.
    public var line: Int
    /// The value read.
    public var value: Value
    /// `value`, read from line `line`.
    public init(line: Int, value: Value) {
        self.line = line
        self.value = value
    }
}
