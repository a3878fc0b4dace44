// libFuzzer entry point for the SIE reader (see Fuzz/README.md). Built outside SwiftPM by
// Fuzz/build.sh together with Sources/SIE/*.swift.
#if canImport(Glibc)
import Glibc
#endif

/// Reports a broken invariant on standard error and stops, so libFuzzer saves the input.
func fail(_ message: String) -> Never {
    fputs("SIE fuzz invariant broken: \(message)\n", stderr)
    abort()
}

/// Feeds the bytes to the reader and checks what must hold for any input: no crash; on
/// failure every issue has a message and a line inside the input; on success every voucher
/// balances and the writer's output reads back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    do {
        let doc = try SIEReader.read(bytes)
        for voucher in doc.vouchers where voucher.transactions.reduce(Int64(0), { $0 &+ $1.amount.hundredths }) != 0 {
            fail("unbalanced voucher accepted at line \(voucher.line)")
        }
        do {
            _ = try SIEReader.read(SIEWriter.write(doc))
        } catch {
            fail("the writer's output of an accepted file does not read back: \(error.issues.prefix(3))")
        }
    } catch {
        for issue in error.issues {
            if issue.message.isEmpty { fail("empty message") }
            if let line = issue.line, line < 1 || line > lineCount { fail("line \(line) outside 1...\(lineCount): \(issue.message)") }
        }
    }
    return 0
}
