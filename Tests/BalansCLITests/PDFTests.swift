import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// `--format pdf` prints the HTML with headless Chromium, or says clearly that it cannot.
@Suite struct PDFTests {
    func ur1(_ out: URL, environment: [String: String] = [:]) async throws -> CLI.Outcome {
        let db = try await CLI.demoDatabase(.sqlite)  // PDF printing is the same on either backend
        return try await CLI.run(
            ["report", "ur1", "--period", "2024-04", "--format", "pdf", "--out", out.path, "--db", db],
            environment: environment)
    }

    @Test func withoutChromiumTheMessageSaysWhatToInstall() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.pdf")
        let r = try await ur1(out, environment: ["BALANS_CHROMIUM": "/nonexistent/chromium"])
        #expect(r.status == 65)
        #expect(
            r.stderr
                == "\(out.path): PDF needs headless Chromium, which is not installed: apt-get install chromium (or "
                + "set BALANS_CHROMIUM to the browser). The HTML format prints the same report from any browser.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(.enabled(if: PDFRenderer.browser() != nil, "headless Chromium is not installed"))
    func printsAPDFWithChromium() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.pdf")
        let r = try await ur1(out)
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = try Data(contentsOf: out)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        // A4 pages (595 × 842 points), more than a handful of them: the chapters break pages.
        let text = String(decoding: pdf, as: UTF8.self)
        let boxes = text.components(separatedBy: "/MediaBox [0 0 ").dropFirst().compactMap {
            part -> (Double, Double)? in
            let numbers = part.prefix(while: { $0 != "]" }).split(separator: " ").compactMap { Double($0) }
            return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
        }
        #expect(boxes.count > 8)
        #expect(
            boxes.allSatisfy {
                abs($0.0 - 595) < 1 && abs($0.1 - 842) < 1 || abs($0.0 - 842) < 1 && abs($0.1 - 595) < 1
            })
    }

    /// The text of each page of a PDF (poppler's pdftotext in content order, where a table
    /// cell's lines follow one another).
    func pages(_ pdf: URL) async throws -> [String] {
        let data = try await runProcess("/usr/bin/pdftotext", ["-raw", "-enc", "UTF-8", pdf.path, "-"]).stdout
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}").dropLast()
    }

    /// Reports printed by `everyTableHeaderIsOnItsTablesPage`: the region report, the month
    /// reports (a table whose first header is empty; seed 004's with a 13-month series), and the
    /// committee report with the most columns (areas). UR1 with a page per chapter had 21 pages.
    static let printed: [(arguments: [String], tables: Int, maxPages: Int)] = [
        // With the cover and the contents page; UR1's three decision pages open a page each; the Kolada
        // comparison (a table and three charts of 22 bars) one page more; seed 003's texts of its 21 goals
        // (2.2) and of the operations (2.4), about 19 pages of prose as in the seed, and their two indicator tables.
        (["ur1", "--period", "2024-04"], 16, 40),
        (["namnd", "--period", "2024-04", "--org", "HS"], 6, 7),
        (["manad", "--period", "2024-04"], 4, 9),
        (["manad", "--period", "2018-03"], 8, 9),
        // Mål och budget: three years' tax computations and frames, the named changes, the resultaträkning.
        (["malbudget", "--period", "2025-12", "--version", "forslag-2025"], 9, 12),
    ]

    /// Every table of a printed report (issue 13, item 14) shows all its column headers on the
    /// page its caption is on — the driftredovisning had lost "Prognostiserad avvikelse" and
    /// "Utfall jan–apr 2023" past the page's edge, the investment table a column; chapters follow
    /// one another instead of each opening a page; every page has its number and the title.
    @Test(
        .enabled(
            if: PDFRenderer.browser() != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
            "headless Chromium or pdftotext is not installed"))
    func everyTableHeaderIsOnItsTablesPage() async throws {
        for printed in Self.printed {
            try await everyTableHeaderIsOnItsTablesPage(
                printed.arguments, tables: printed.tables, maxPages: printed.maxPages)
        }
    }

    func everyTableHeaderIsOnItsTablesPage(_ arguments: [String], tables count: Int, maxPages: Int) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("r.pdf")
        let json = dir.appendingPathComponent("r.json")
        let db = try await CLI.demoDatabase(.sqlite)  // PDF printing is the same on either backend
        let r = try await CLI.run(["report"] + arguments + ["--format", "pdf", "--out", pdf.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try await CLI.run(["report"] + arguments + ["--format", "json", "--out", json.path, "--db", db]).status == 0
        )
        // The tables in reading order, from the report's JSON (sections hold blocks too).
        func tables(_ blocks: [Any]) -> [(caption: String, columns: [String])] {
            blocks.flatMap { b -> [(caption: String, columns: [String])] in
                guard let o = b as? [String: Any] else { return [] }
                if o["type"] as? String == "section" { return tables(o["blocks"] as? [Any] ?? []) }
                guard o["type"] as? String == "table", let caption = o["caption"] as? String,
                    let columns = o["columns"] as? [String]
                else { return [] }
                return [(caption, columns)]
            }
        }
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let all = tables((report["chapters"] as? [[String: Any]] ?? []).flatMap { $0["blocks"] as? [Any] ?? [] })
        #expect(all.count >= count, "\(arguments)")
        let title = try #require(report["title"] as? String)
        // Compared without white space: a header may wrap inside its cell.
        func squeezed(_ s: String) -> String {
            String(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
        }
        let text = try await pages(pdf)
        let squeezedPages = text.map(squeezed)
        var page = 0
        for table in all {
            // The caption, its unit in brackets if any, then the first header: not a contents entry.
            let caption = squeezed(table.caption)
            let first = squeezed(table.columns.first { !$0.isEmpty } ?? "")  // an empty header prints nothing
            func opens(_ text: String) -> Bool {
                text.ranges(of: caption).contains { r in
                    var rest = text[r.upperBound...]
                    if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                        rest = rest[rest.index(after: close)...]
                    }
                    return rest.hasPrefix(first)
                }
            }
            guard let found = squeezedPages.indices.first(where: { $0 >= page && opens(squeezedPages[$0]) }) else {
                Issue.record("\(arguments): no page from \(page + 1) on has the caption \"\(table.caption)\"")
                continue
            }
            page = found
            for column in table.columns where !column.isEmpty {
                #expect(
                    squeezedPages[page].contains(squeezed(column)),
                    "\(arguments) page \(page + 1): \"\(table.caption)\" without its column \"\(column)\"")
            }
        }
        // The chapters flow: fewer pages than one chapter a page made.
        #expect(text.count <= maxPages, "\(arguments)")
        // The cover has no footer; every other page has its number and the title.
        #expect(!text[0].contains("Sida 1 av"))
        for (i, t) in text.enumerated() where i > 0 {
            #expect(
                t.contains("Sida \(i + 1) av \(text.count)") && t.contains(title),
                "\(arguments) page \(i + 1): \(t.prefix(80))")
        }
    }
}
