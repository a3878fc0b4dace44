import BalansReport
import Foundation
import Testing

/// The PDF printer's process handling, with stand-in browsers (shell scripts), so it is tested
/// on machines without Chromium: the PDF the browser writes is returned, a browser that hangs
/// is stopped with all its children, and a full queue refuses at once.
@Suite struct PDFPrinterTests {
    /// A script standing in for Chromium, in a directory of its own; `body` sees `$out` (the
    /// `--print-to-pdf=` path) and `$dir`.
    static func browser(_ body: String) throws -> (script: String, dir: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-pdf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("browser").path
        let text = """
            #!/bin/sh
            dir='\(dir.path)'
            for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done
            \(body)

            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: script))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return (script, dir)
    }

    /// Whether a process is gone (or a zombie nobody has reaped yet: it runs no more).
    static func gone(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    static func pid(in file: URL) -> Int32? {
        (try? String(contentsOf: file, encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func returnsWhatTheBrowserPrinted() async throws {
        let (script, dir) = try Self.browser(#"printf '%%PDF-1.4 stand-in' > "$out""#)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A long timeout: the test is what comes back, not how fast (a CI run on a loaded machine took over 60 s).
        let pdf = try await PDFRenderer.print(html: "<p>x</p>", browser: script, timeout: .seconds(300))
        #expect(String(decoding: pdf, as: UTF8.self) == "%PDF-1.4 stand-in")
    }

    @Test func somethingThatIsNoPDFIsRefused() async throws {
        let (script, dir) = try Self.browser(#"printf 'not a pdf' > "$out""#)
        defer { try? FileManager.default.removeItem(at: dir) }
        await #expect(throws: PDFRenderer.Unavailable.self) {
            try await PDFRenderer.print(html: "<p>x</p>", browser: script)
        }
    }

    @Test func aHangingBrowserIsStoppedWithItsChildren() async throws {
        let (script, dir) = try Self.browser(
            #"echo $$ > "$dir/pid"; sleep 600 & echo $! > "$dir/child"; wait"#)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try await PDFRenderer.print(html: "<p>x</p>", browser: script, timeout: .seconds(1))
            Issue.record("a browser that never finishes gave a PDF")
        } catch let error as PDFRenderer.Unavailable {
            #expect(error.description.contains("did not print the report within 1 s; it was stopped"), "\(error)")
        }
        let shell = try #require(Self.pid(in: dir.appendingPathComponent("pid")))
        let child = try #require(Self.pid(in: dir.appendingPathComponent("child")))
        // The teardown has waited for the shell; its child got the signal to the group.
        #expect(Self.gone(shell))
        var tries = 0
        while !Self.gone(child) && tries < 100 {
            try await Task.sleep(for: .milliseconds(50))
            tries += 1
        }
        #expect(Self.gone(child), "the browser's child process \(child) still runs")
    }

    @Test func aFullQueueRefusesAtOnce() async throws {
        let (script, dir) = try Self.browser(#"echo $$ > "$dir/pid"; exec sleep 600"#)
        defer { try? FileManager.default.removeItem(at: dir) }
        let printer = PDFPrinter(concurrent: 1, waiting: 0, timeout: .seconds(600), browser: script)
        let first = Task { try await printer.print(html: "<p>first</p>") }
        // Wait until the first job's browser runs, so the printer is surely busy.
        while Self.pid(in: dir.appendingPathComponent("pid")) == nil { try await Task.sleep(for: .milliseconds(20)) }
        do {
            _ = try await printer.print(html: "<p>second</p>")
            Issue.record("a second job was taken while one printed and none may wait")
        } catch let error as PDFRenderer.Unavailable {
            #expect(error.description.contains("busy"), "\(error)")
        }
        first.cancel()
        await #expect(throws: (any Error).self) { _ = try await first.value }
        let shell = try #require(Self.pid(in: dir.appendingPathComponent("pid")))
        #expect(Self.gone(shell), "cancelling the request stops its browser")
    }
}
