import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// Snapshot tests of every file `balans demo` writes into reports/ (issues 6 and 14): each report
/// in HTML, Markdown and JSON as it is, its xlsx as its parts' XML, its CSV zip as its tables'
/// text and its PDF as pdftotext's text per page (`SnapshotView`), the key ratios' JSON and the
/// index. They must equal the files in Tests/Snapshots/reports on either backend: the reports are
/// byte-identical between them, so one set of files serves both. A change to a report shows up as
/// a diff in review; after checking it, `BALANS_UPDATE_SNAPSHOTS=1 swift test --filter
/// SnapshotTests` writes the new files and removes those of files the demo no longer writes.
@Suite struct SnapshotTests {
    static let directory = CLI.repoRoot.appendingPathComponent("Tests/Snapshots/reports")
    static var updating: Bool { ProcessInfo.processInfo.environment["BALANS_UPDATE_SNAPSHOTS"] == "1" }

    /// The demo's reports (the file stems of its Demo.reports), each written in every format.
    static let reports = [
        "ur1-2024-04", "manad-2024-04", "ur2-2024-04", "arsredovisning-2023", "ur1-RS17-2017-03",
        "manad-RS17-2017-07",
        "namnd-HS-2024-04", "arsredovisning-RK-2019-12", "manad-2018-03", "malbudget-2024", "malbudget-2025",
    ]
    /// What the demo writes of each report in the tests (`--no-pdf`: PDFs are printed by
    /// `everyPDFMatchesItsSnapshot`).
    static let formats = ["html", "md", "json", "xlsx", "csv.zip"]

    /// The snapshot of a file the demo wrote: its name in Tests/Snapshots/reports and contents.
    static func snapshot(of file: URL) throws -> (name: String, data: Data) {
        let name = file.lastPathComponent
        let data = try Data(contentsOf: file)
        if name.hasSuffix(".xlsx") { return (name + ".txt", Data(try SnapshotView.xlsx(data).utf8)) }
        if name.hasSuffix(".csv.zip") {
            return (String(name.dropLast(".zip".count)) + ".txt", Data(try SnapshotView.csvZip(data).utf8))
        }
        return (name, data)
    }

    @Test(arguments: TestBackend.all) func everyReportFileMatchesItsSnapshot(_ backend: TestBackend) async throws {
        let dir = try await CLI.demo(backend).get().appendingPathComponent("reports")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        // Every report in every format, the key ratios and the index: a report or format added to
        // the demo is added here, and so to the PDFs' list.
        let expected =
            Self.reports.flatMap { stem in Self.formats.map { "\(stem).\($0)" } } + [
                "index.html", "ratios-2024-04.json",
            ]
        #expect(files == expected.sorted(), "\(backend): the demo wrote \(files)")
        var names = Set(Self.reports.map { "\($0).pdf.txt" } + ["pdf-chromium.txt"])
        for file in files {
            let (name, data) = try Self.snapshot(of: dir.appendingPathComponent(file))
            names.insert(name)
            try Self.check(name, data, "\(backend): reports/\(file)")
        }
        // A snapshot of a file the demo no longer writes would keep a report nobody checks.
        let stale = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter {
            !names.contains($0)
        }
        for name in stale.sorted() {
            if Self.updating {
                try? FileManager.default.removeItem(at: Self.directory.appendingPathComponent(name))
            } else {
                Issue.record(
                    "Tests/Snapshots/reports/\(name) is no file of the demo's: BALANS_UPDATE_SNAPSHOTS=1 removes it")
            }
        }
    }

    /// The views show every character of the files (a view that dropped one would leave its
    /// changes unseen): without the line breaks and indentation they add, each workbook part is
    /// its XML, and each CSV table with its lines ended by CRLF is the file after its BOM.
    @Test func theViewsKeepEveryCharacterOfTheDemosFiles() async throws {
        let dir = try await CLI.demo(.sqlite).get().appendingPathComponent("reports")
        for stem in Self.reports {
            let xlsx = try Data(contentsOf: dir.appendingPathComponent("\(stem).xlsx"))
            for part in try SnapshotView.entries(xlsx) {
                let xml = String(decoding: part.bytes, as: UTF8.self)
                let lines = XMLLines.lines(xml)
                #expect(lines.count > 2, "\(stem).xlsx \(part.path)")
                let unindented = lines.map { String($0.drop { $0 == " " }) }.joined()
                #expect(unindented == xml.replacingOccurrences(of: "\n", with: ""), "\(stem).xlsx \(part.path)")
            }
            let csvZip = try Data(contentsOf: dir.appendingPathComponent("\(stem).csv.zip"))
            let tables = try SnapshotView.entries(csvZip)
            let view = try SnapshotView.csvZip(csvZip).components(separatedBy: "\n")
            let headers = view.indices.filter { view[$0].hasPrefix("=== ") }
            #expect(headers.count == tables.count, "\(stem).csv.zip")
            for (table, start) in zip(tables, headers) {
                let end = headers.first { $0 > start } ?? view.count - 1  // the view ends with a line break
                let text = view[(start + 1)..<end].map { $0 + "\r\n" }.joined()
                #expect(
                    "\u{FEFF}" + text == String(decoding: table.bytes, as: UTF8.self), "\(stem).csv.zip \(table.path)")
            }
        }
    }

    /// The Chromium that printed the PDF snapshots (`--version`, in pdf-chromium.txt beside
    /// them). Another version may break lines or pages elsewhere (fonts and layout): the PDF
    /// snapshots are compared only under the same version, so a browser upgrade on a build
    /// machine does not fail the run; `BALANS_UPDATE_SNAPSHOTS=1` records the new version.
    static let installedChromium: String? = PDFRenderer.browser().flatMap {
        (try? runProcessBlocking($0, ["--version"])).map { String(decoding: $0.stdout, as: UTF8.self) }?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    static let snapshotChromium: String? =
        (try? String(
            contentsOf: CLI.repoRoot.appendingPathComponent("Tests/Snapshots/reports/pdf-chromium.txt"), encoding: .utf8
        ))?
        .trimmingCharacters(in: .whitespacesAndNewlines)
    static let pdfTools =
        installedChromium != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
        && (updating || installedChromium == snapshotChromium)

    /// The demo's PDFs as `pdftotext -layout` text per page. The demo prints a report's PDF with
    /// `PDFRenderer.print(report:)` (cover, contents with page numbers); the same report built in
    /// process from the example (whose HTML equals the demo's snapshot on both backends) prints
    /// the demo's PDF without a second demo run. Only the spaces between words are
    /// normalised (`SnapshotView.wordsOnly`: a column's exact position moved by one character
    /// between two machines with the same Chromium but other fonts installed); the PDF's creation
    /// date and document id differ between runs, but pdftotext prints neither. Lines and pages
    /// follow Chromium's layout, so another Chromium may break them elsewhere: the failure names
    /// the version.
    ///
    /// The reports print one at a time and may take five minutes each: on a build machine of two
    /// cores running the whole suite, nine browsers at once took longer than the server's minute.
    @Test(
        .enabled(
            if: pdfTools, "headless Chromium or pdftotext is not installed, or another Chromium than the snapshots'"),
        .serialized, arguments: reports)
    func everyPDFMatchesItsSnapshot(_ stem: String) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("\(stem).pdf")
        try await PDFRenderer.print(report: ExampleFixture.report(stem), timeout: .seconds(300)).write(to: pdf)
        let text = try await Self.output("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", pdf.path, "-"])
        let chromium = Self.installedChromium
        if Self.updating, let chromium {
            try Data((chromium + "\n").utf8).write(
                to: CLI.repoRoot.appendingPathComponent("Tests/Snapshots/reports/pdf-chromium.txt"))
        }
        try Self.check(
            "\(stem).pdf.txt", Data(SnapshotView.pdfPages(text).utf8),
            "reports/\(stem).pdf printed by \(chromium ?? "Chromium")")
    }

    static func output(_ executable: String, _ arguments: [String]) async throws -> String {
        String(decoding: try await runProcess(executable, arguments).stdout, as: UTF8.self)
    }

    /// Compares `produced` with Tests/Snapshots/`folder`/`name`, or writes it there when updating.
    static func check(_ name: String, _ produced: Data, _ what: String, in folder: String = "reports") throws {
        let path = "Tests/Snapshots/\(folder)/\(name)"
        let snapshot = CLI.repoRoot.appendingPathComponent(path)
        if updating {
            try FileManager.default.createDirectory(
                at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try produced.write(to: snapshot, options: .atomic)  // both backends write the same bytes
            return
        }
        guard let expected = try? Data(contentsOf: snapshot) else {
            Issue.record("\(what): \(path) is missing: BALANS_UPDATE_SNAPSHOTS=1 writes it")
            return
        }
        if let difference = firstDifference(produced, expected) {
            Issue.record("\(what) differs from \(path) \(difference)")
        }
    }

    /// Where two files differ, as "at line N: produced vs expected", or nil when they are equal.
    static func firstDifference(_ produced: Data, _ expected: Data) -> String? {
        guard produced != expected else { return nil }
        let a = String(decoding: produced, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func shown(_ lines: [Substring]) -> String { line < lines.count ? String(lines[line].prefix(200)) : "<end>" }
        return "at line \(line + 1): \(shown(a)) vs \(shown(b))"
    }
}
