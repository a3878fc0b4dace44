import ArgumentParser
import BalansCore
import BalansImport
import BalansReport
import BalansStore
import BalansWeb
import Foundation

/// `balans demo`: builds the Region Halland example (Examples/region-halland) into
/// DIR/balans.sqlite (or the database of `--db`, as `--organisation`) and writes its reports
/// to DIR/reports/.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the Region Halland example and write its reports.")
    @Option(help: "Output directory.") var out: String = "balans-demo"
    @Option(help: "The example's directory (default: Examples/region-halland found from here or from the executable).")
    var example: String?
    @Option(help: "The database to build it in (default: DIR/balans.sqlite; or a postgres:// URL).") var db: String?
    @Option(help: "The organisation to build it as.") var organisation: OrganisationCode = Store.defaultOrganisation
    @Flag(help: "Do not print PDFs (they need headless Chromium and take a second each).") var noPdf = false

    static let password = "balans-demo"
    static let users: [(String, Role, NodeCode)] = [
        ("admin", .admin, ""), ("central", .central, ""), ("hs", .committee, "HS"), ("lasare", .reader, ""),
    ]

    /// The reports the demo writes: (kind, period, node, file stem, title for the index).
    static let reports: [(ReportKind, String, NodeCode?, String, String)] = [
        (.ur1, "2024-04", nil, "ur1-2024-04", "Uppföljningsrapport 1 2024, Region Halland (seed 003)"),
        (.manad, "2024-04", nil, "manad-2024-04", "Månadsrapport april 2024, Region Halland"),
        (.ur2, "2024-04", nil, "ur2-2024-04", "Uppföljningsrapport 2 – mallen, med data till och med april 2024"),
        (
            .arsredovisning, "2023-12", nil, "arsredovisning-2023",
            "Årsredovisning 2023 – mallen, med exemplets data för 2023"
        ),
        (
            .ur1, "2017-03", "RS17", "ur1-RS17-2017-03",
            "Uppföljningsrapport 1 2017, Regionstyrelsens ansvarsområde januari–mars 2017 (seed 000)"
        ),
        (
            .manad, "2017-07", "RS17", "manad-RS17-2017-07",
            "Månadsrapport juli 2017, Regionstyrelsens ansvarsområde (seed 001)"
        ),
        (.namnd, "2024-04", "HS", "namnd-HS-2024-04", "Driftnämnden Hallands sjukhus januari–april 2024"),
        (
            .arsredovisning, "2019-12", "RK", "arsredovisning-RK-2019-12",
            "Årsredovisning 2019, Regionkontoret (seed 002)"
        ),
        (
            .manad, "2018-03", nil, "manad-2018-03",
            "Uppföljning av drift efter tre månader 2018, Region Halland (seed 004)"
        ),
        // Mål och budget from the plan version that begins in the year: budget-2024 (seed 003's budget) and
        // forslag-2025.
        (.malbudget, "2024-12", nil, "malbudget-2024", "Mål och budget 2024 med plan för 2025–2026 (budget-2024)"),
        (.malbudget, "2025-12", nil, "malbudget-2025", "Mål och budget 2025 med plan för 2026–2027 (forslag-2025)"),
    ]

    func run() async throws {
        try await Balans.checkedAwaiting {
            let exampleDir = try locateExample()
            let outDir = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
            let dbPath = db ?? outDir.appendingPathComponent("balans.sqlite").path
            // The demo is rebuilt from scratch each time, so it always shows the example as
            // committed: its own file is made anew; in a database named with --db only the
            // organisation's data is replaced, and other organisations stay.
            if db == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
            }
            let store = try await Store(path: dbPath, organisation: organisation, create: true)
            try await store.removeAllData()
            // The ledgers are imported expanded into an ERP's vouchers, written to DIR/ledgers/.
            let ledgers = outDir.appendingPathComponent("ledgers")
            for step in ExampleData.steps {
                let path = try ExampleData.prepare(step, from: exampleDir, ledgers: ledgers)
                await Balans.note(try Importer.importFile(kind: step.kind, path: path, into: store))
            }
            for (company, file) in ExampleData.companyLedgers {
                let path = exampleDir.appendingPathComponent(file).path
                await Balans.note(try Importer.importFile(kind: .sie, path: path, into: store, company: company))
            }
            // The demo's users (README): one per role, all with the password "balans-demo".
            for (name, role, node) in Demo.users {
                try await store.addUser(
                    name: name, passwordHash: Auth.hashPassword(Demo.password, cost: 10), role: role, node: node)
            }
            let data = try await store.followUpData()
            let pdfAvailable = PDFRenderer.browser() != nil
            if !pdfAvailable && !noPdf {
                Balans.note("PDF skipped: headless Chromium is not installed (apt-get install chromium)")
            }
            let reportDir = outDir.appendingPathComponent("reports")
            var links: [(String, String, [String])] = []
            for (kind, periodText, node, stem, title) in Demo.reports {
                guard let period = Period(periodText) else { continue }
                let report = try ReportBuilder.build(kind, data: data, period: period, node: node)
                var files: [String] = []
                for format in OutputFormat.allCases {
                    if format == .pdf && (noPdf || !pdfAvailable) { continue }
                    let name = "\(stem).\(format.fileExtension)"
                    try await Output.write(report, format: format, to: reportDir.appendingPathComponent(name).path)
                    files.append(name)
                }
                links.append((title, stem, files))
            }
            // safe: a valid constant period
            let ratios = KeyRatioReport.compute(data, period: Period(year: 2024, month: 4)!)
            try Data((KeyRatioJSON.value(ratios, organisation: data.organisationName).rendered() + "\n").utf8).write(
                to: reportDir.appendingPathComponent("ratios-2024-04.json"))
            try Data(DemoIndex.html(links).utf8).write(to: reportDir.appendingPathComponent("index.html"))
            Balans.note("\(dbPath): the example database")
            Balans.note("\(reportDir.appendingPathComponent("index.html").path): the reports")
        }
    }

    func locateExample() throws -> URL {
        if let example { return URL(fileURLWithPath: example) }
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        starts.append(
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent())
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Examples/region-halland")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("org.csv").path) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw InputFailure([
            InputIssue(
                file: "Examples/region-halland", line: nil,
                message: "example not found; run from the repository or pass --example DIR")
        ])
    }
}

/// The demo's index page linking every report it wrote.
enum DemoIndex {
    static func html(_ links: [(String, String, [String])]) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let items = links.map { title, stem, files in
            "<li><a href=\"\(stem).html\">\(esc(title))</a> – "
                + files.map { "<a href=\"\($0)\">\($0.dropFirst(stem.count + 1))</a>" }.joined(separator: " · ")
                + "</li>"
        }.joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="sv"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Balans – exempel Region Halland</title>
            <style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;\
            color:#1a1a1a;line-height:1.5}a{color:#0b4f8a}</style>
            </head><body><h1>Balans – exempel Region Halland</h1>
            <p>Rapporterna är beräknade ur exemplets huvudböcker och CSV-filer (Examples/region-halland).</p>
            <ul>
            \(items)
            <li><a href="ratios-2024-04.json">Nyckeltal 2024-04 (JSON)</a></li>
            </ul></body></html>

            """
    }
}
