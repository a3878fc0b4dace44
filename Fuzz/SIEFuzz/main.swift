// libFuzzer entry point for the SIE reader (see Fuzz/README.md). Built outside SwiftPM by
// Fuzz/build.sh together with Sources/SIE/*.swift, so SIE's internals are in this module.
// Tests/SIETests/SIEFuzzSmokeTests.swift checks the same invariants; keep the two in step.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reports a broken invariant on standard error and stops, so libFuzzer saves the input.
/// (Aborting is right here and only here: it is how libFuzzer learns of a bug.)
func fail(_ message: String) -> Never {
    fputs("SIE fuzz invariant broken: \(message)\n", stderr)
    abort()
}

/// The number of lines in `bytes` as an editor counts them: line feeds, plus one for a last
/// line without a line feed. An issue may name the line after the last (end of file).
func lineCount(_ bytes: [UInt8]) -> Int {
    let feeds = bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    return feeds + (bytes.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
}

/// Whether the amounts add up to exactly zero, without the wrap-around of `&+` hiding a sum
/// that is a multiple of 2^64 (the carries are counted).
func sumsToZero(_ amounts: [Int64]) -> Bool {
    var sum: Int64 = 0
    var carries = 0
    for amount in amounts {
        let (partial, overflow) = sum.addingReportingOverflow(amount)
        if overflow { carries += amount > 0 ? 1 : -1 }
        sum = partial
    }
    return sum == 0 && carries == 0
}

/// Checks one issue: a non-empty message, and a line (if any) in 1...lines + 1.
func checkIssue(_ issue: SIEIssue, kind: String, lines: Int) {
    if issue.message.isEmpty { fail("\(kind) with an empty message at line \(issue.line.map(String.init) ?? "-")") }
    if let line = issue.line, line < 1 || line > lines + 1 {
        fail("\(kind) at line \(line), outside 1...\(lines + 1) (the input has \(lines) lines): \(issue.message)")
    }
}

/// Feeds the bytes to the reader and checks what must hold for any input: no crash (and,
/// with AddressSanitizer, no bad memory access); a failure carries at least one issue, each
/// with a message and a line inside the input; an accepted input has only balanced vouchers,
/// warnings with lines inside the input, and what `SIEWriter` writes from it reads back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lines = lineCount(bytes)
    do {
        let document = try SIEReader.read(bytes)
        for voucher in document.vouchers where !sumsToZero(voucher.transactions.map(\.amount.hundredths)) {
            fail("unbalanced voucher accepted at line \(voucher.line)")
        }
        for warning in document.warnings { checkIssue(warning, kind: "warning", lines: lines) }
        do {
            _ = try SIEReader.read(SIEWriter.write(document))
        } catch {
            fail("the writer's output of an accepted file does not read back: \(error.issues.prefix(3))")
        }
    } catch {
        if error.issues.isEmpty { fail("read failed without an issue") }
        for issue in error.issues { checkIssue(issue, kind: "issue", lines: lines) }
    }
    return 0
}
