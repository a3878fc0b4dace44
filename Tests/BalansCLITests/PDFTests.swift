import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// `--format pdf` prints the HTML with headless Chromium, or says clearly that it cannot.
@Suite struct PDFTests {
    func ur1(_ out: URL, environment: [String: String] = [:]) throws -> CLI.Outcome {
        let db = try CLI.demoDatabase(.sqlite)   // PDF printing is the same on either backend
        return try CLI.run(["report", "ur1", "--period", "2024-04", "--format", "pdf", "--out", out.path, "--db", db], environment: environment)
    }

    @Test func withoutChromiumTheMessageSaysWhatToInstall() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.pdf")
        let r = try ur1(out, environment: ["BALANS_CHROMIUM": "/nonexistent/chromium"])
        #expect(r.status == 65)
        #expect(r.stderr == "\(out.path): PDF needs headless Chromium, which is not installed: apt-get install chromium (or set BALANS_CHROMIUM to the browser). The HTML format prints the same report from any browser.\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(.enabled(if: PDFRenderer.browser() != nil, "headless Chromium is not installed"))
    func printsAPDFWithChromium() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.pdf")
        let r = try ur1(out)
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = try Data(contentsOf: out)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        // A4 pages (595 × 842 points), more than a handful of them: the chapters break pages.
        let text = String(decoding: pdf, as: UTF8.self)
        let boxes = text.components(separatedBy: "/MediaBox [0 0 ").dropFirst().compactMap { part -> (Double, Double)? in
            let numbers = part.prefix(while: { $0 != "]" }).split(separator: " ").compactMap { Double($0) }
            return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
        }
        #expect(boxes.count > 8)
        #expect(boxes.allSatisfy { abs($0.0 - 595) < 1 && abs($0.1 - 842) < 1 })
    }
}
