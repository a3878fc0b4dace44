import Foundation

/// PDF from the HTML rendering, printed by headless Chromium (its print stylesheet gives A4,
/// landscape pages for the widest tables, table headers repeated on every page, the title
/// and page numbers in the footer; Chromium's own header and footer are off). Balans does
/// not draw PDF itself: the browser's layout is the one readers already see.
public enum PDFRenderer {
    /// Chromium was not found.
    public struct Unavailable: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The browser to print with: `BALANS_CHROMIUM`, else the first of chromium,
    /// chromium-browser, google-chrome on PATH.
    public static func browser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let given = environment["BALANS_CHROMIUM"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in path {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    public static func render(html: String) throws -> Data {
        guard let chromium = browser() else {
            throw Unavailable(
                description:
                    "PDF needs headless Chromium, which is not installed: apt-get install chromium (or set BALANS_CHROMIUM to the browser). The HTML format prints the same report from any browser."
            )
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("report.html")
        let output = dir.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", input.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let pdf = try? Data(contentsOf: output),
            pdf.starts(with: Array("%PDF".utf8))
        else {
            throw Unavailable(
                description: "\(chromium) could not print the report to PDF (exit \(process.terminationStatus))")
        }
        return pdf
    }
}
