import Foundation
import Subprocess

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

/// PDF from the HTML rendering, printed by headless Chromium (its print stylesheet gives A4,
/// landscape pages for the widest tables, table headers repeated on every page, the title
/// and page numbers in the footer; Chromium's own header and footer are off). Balans does
/// not draw PDF itself: the browser's layout is the one readers already see.
///
/// The browser runs through swift-subprocess, in a session of its own, with a time limit:
/// a browser that hangs is stopped (SIGTERM to its process group, then SIGKILL) and the
/// caller is told, instead of holding a request or a command for ever. The web application
/// prints through ``PDFPrinter``, which also bounds how many print at once.
public enum PDFRenderer {
    /// Chromium was not found, failed, took too long or was too busy to take the job.
    public struct Unavailable: Error, CustomStringConvertible, Sendable {
        /// What went wrong, for the log and for the person who asked for the PDF.
        public var description: String
    }

    /// How long one report may take to print: the largest demo report prints in about a
    /// second, so a minute means the browser is stuck.
    public static let defaultTimeout: Duration = .seconds(60)

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

    /// Prints `report` with a cover page and contents with page numbers: printed once to learn
    /// on which page each chapter begins (``PDFDestinations``), then again with the numbers in
    /// the contents — the same layout both times, as only the numbers' text differs.
    public static func print(
        report: Report, browser chosen: String? = nil, timeout: Duration = defaultTimeout
    ) async throws -> Data {
        let first = try await print(html: HTMLRenderer.render(report, pages: [:]), browser: chosen, timeout: timeout)
        let pages = PDFDestinations.pages(first)
        guard !pages.isEmpty else { return first }
        return try await print(html: HTMLRenderer.render(report, pages: pages), browser: chosen, timeout: timeout)
    }

    /// Prints `html` with `browser` (default: ``browser(environment:)``), stopping the browser
    /// after `timeout`.
    public static func print(
        html: String, browser chosen: String? = nil, timeout: Duration = defaultTimeout
    ) async throws -> Data {
        guard let chromium = chosen ?? browser() else {
            throw Unavailable(
                description: "PDF needs headless Chromium, which is not installed: apt-get install chromium "
                    + "(or set BALANS_CHROMIUM to the browser). The HTML format prints the same report from any "
                    + "browser.")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("report.html")
        let output = dir.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: input)
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", input.absoluteString,
        ]
        let status = try await withThrowingTaskGroup(of: TerminationStatus?.self) { group in
            group.addTask {
                // Chromium starts helper processes: its own session lets the teardown reach them all.
                var options = PlatformOptions()
                options.createSession = true
                options.teardownSequence = [
                    .gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: .seconds(2))
                ]
                return try await Subprocess.run(
                    .path(FilePath(chromium)), arguments: Arguments(arguments), platformOptions: options,
                    output: .discarded, error: .discarded
                ).terminationStatus
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let status else {
            throw Unavailable(
                description:
                    "\(chromium) did not print the report within \(timeout.components.seconds) s; it was stopped")
        }
        guard status.isSuccess, let pdf = try? Data(contentsOf: output), pdf.starts(with: Array("%PDF".utf8)) else {
            throw Unavailable(description: "\(chromium) could not print the report to PDF (\(status))")
        }
        return pdf
    }
}

/// Prints reports for the web application: at most `concurrent` browsers at once (each takes
/// a core and a few hundred megabytes) and at most `waiting` requests queued behind them;
/// beyond that a request is told at once that printing is busy, so a burst of PDF requests
/// cannot exhaust the server.
public actor PDFPrinter {
    /// The server's printer: two browsers at once, eight waiting.
    public static let shared = PDFPrinter(concurrent: 2, waiting: 8)

    let concurrent: Int
    let waiting: Int
    let timeout: Duration
    let browser: String?
    private var running = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    /// A printer with its own bounds; `browser` nil means ``PDFRenderer/browser(environment:)``.
    public init(concurrent: Int, waiting: Int, timeout: Duration = PDFRenderer.defaultTimeout, browser: String? = nil) {
        self.concurrent = max(1, concurrent)
        self.waiting = max(0, waiting)
        self.timeout = timeout
        self.browser = browser
    }

    /// Prints `report` as ``PDFRenderer/print(report:browser:timeout:)`` does, in one place of
    /// the queue.
    public func print(report: Report) async throws -> Data {
        try await printing { try await PDFRenderer.print(report: report, browser: browser, timeout: timeout) }
    }

    /// Prints `html`, or throws ``PDFRenderer/Unavailable`` when the queue is full, the
    /// browser is missing, fails or takes longer than the time limit.
    public func print(html: String) async throws -> Data {
        try await printing { try await PDFRenderer.print(html: html, browser: browser, timeout: timeout) }
    }

    /// Runs `job` when a place is free, or throws when the queue is full.
    private func printing(_ job: () async throws -> Data) async throws -> Data {
        if running >= concurrent {
            guard queue.count < waiting else {
                throw PDFRenderer.Unavailable(
                    description:
                        "PDF printing is busy: \(concurrent) reports are printing and \(waiting) waiting; "
                        + "try again shortly.")
            }
            await withCheckedContinuation { queue.append($0) }
        } else {
            running += 1
        }
        defer { next() }
        return try await job()
    }

    /// Hands the finished job's place to the first in the queue, or frees it.
    private func next() {
        if queue.isEmpty { running -= 1 } else { queue.removeFirst().resume() }
    }
}
