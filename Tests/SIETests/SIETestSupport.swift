import Testing

@testable import SIE

/// Reads an SIE text given as a Swift string (UTF-8 bytes; keep it ASCII unless testing encodings).
func readSIE(_ text: String) throws(SIEReadFailure) -> SIEDocument {
    try SIEReader.read(Array(text.utf8))
}

/// The issues a malformed input fails with; records a test failure if it reads without error.
func failureIssues(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [SIEIssue] {
    do {
        _ = try readSIE(text)
        Issue.record("expected the read to fail", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.issues
    }
}

/// Asserts that reading `text` fails with an issue on `line` whose message contains `fragment`.
func expectIssue(
    _ text: String, line: Int?, contains fragment: String, only: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let issues = failureIssues(text, sourceLocation: sourceLocation)
    let hit = issues.contains { $0.line == line && $0.message.contains(fragment) }
    #expect(
        hit, "no issue at line \(String(describing: line)) containing \"\(fragment)\"; got \(issues)",
        sourceLocation: sourceLocation)
    if only {
        #expect(issues.count == 1, "expected exactly one issue, got \(issues)", sourceLocation: sourceLocation)
    }
}

/// Five lines of valid header; test records therefore start at line 6.
let header = """
    #FLAGGA 0
    #SIETYP 4
    #RAR 0 20240101 20241231
    #KONTO 1910 "Kassa"
    #KONTO 3010 "Forsaljning"

    """
