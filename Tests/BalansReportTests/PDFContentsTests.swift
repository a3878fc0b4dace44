import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansReport

/// The printed report's contents with page numbers (issue 15, item 7): the numbers are read
/// from the PDF's own structure (`PDFDestinations`), then printed into the contents.
@Suite struct PDFContentsTests {
    /// A PDF in Chromium's shape written by hand: a nested page tree and escaped names. The
    /// offsets of the cross-reference table are counted here, independently of the reader.
    @Test func destinationsAreReadFromThePageTree() {
        let objects = [
            "<</Type /Catalog /Pages 2 0 R /Dests 6 0 R>>",
            "<</Type /Pages /Count 3 /Kids [3 0 R 7 0 R]>>",
            "<</Type /Page /Parent 2 0 R>>",
            "<</Type /Page /Parent 7 0 R>>",
            "<</Type /Page /Parent 7 0 R /Contents 8 0 R>>",
            "<</kap#2D1 [4 0 R /XYZ 6 758 0]\n/sista [5 0 R /XYZ 6 681 0]\n/borta [9 0 R /XYZ 0 0 0]>>",
            "<</Type /Pages /Parent 2 0 R /Count 2 /Kids [4 0 R 5 0 R]>>",
            "<</Length 12>> stream\n/kap-1 [3 0 R]\nendstream",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { pdf += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        pdf += "trailer\n<</Size \(objects.count + 1) /Root 1 0 R>>\nstartxref\n\(xref)\n%%EOF\n"
        // Page order follows the tree: 3, then 7's kids 4 and 5. A destination on no page is left out.
        #expect(PDFDestinations.pages(Data(pdf.utf8)) == ["kap-1": 2, "sista": 3])
        #expect(PDFDestinations.pages(Data("not a pdf".utf8)).isEmpty)
    }

    /// Printed by Chromium: the contents page names the page on which each chapter's heading
    /// stands in `pdftotext`'s reading of the same file.
    @Test(
        .enabled(
            if: PDFRenderer.browser() != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
            "needs headless Chromium and pdftotext"))
    func contentsNameTheChaptersPages() async throws {
        let long = (1...90).map { Block.paragraph("Rad \($0) av den långa texten.", missing: false) }
        let report = Report(
            kind: .manad, title: "Provrapport", subtitle: "Region Prov, januari 2024", organisation: "Region Prov",
            period: Period(year: 2024, month: 1)!,
            chapters: [
                Chapter(id: "forsta", title: "Första kapitlet", blocks: long),
                Chapter(id: "andra", title: "Andra kapitlet", blocks: [.paragraph("Slut.", missing: false)]),
            ])
        // A loaded build machine may take longer than the server's minute.
        let pdf = try await PDFRenderer.print(report: report, timeout: .seconds(300))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-toc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("r.pdf")
        try pdf.write(to: file)
        let out = try await runProcess("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", file.path, "-"], in: dir)
        let text = String(decoding: out.stdout, as: UTF8.self)
        let pages = text.components(separatedBy: "\u{0C}")
        // Page 1 is the cover, page 2 the contents.
        #expect(pages[0].contains("Provrapport") && !pages[0].contains("Innehåll"))
        let contents = pages[1].split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        func listed(_ title: String) -> Int? {
            contents.first { $0.joined(separator: " ").hasPrefix(title) }.flatMap { $0.last }.flatMap { Int($0) }
        }
        func printed(_ title: String) -> Int? {
            pages.indices.first { i in i > 1 && pages[i].contains(title) }.map { $0 + 1 }
        }
        let first = try #require(listed("Första kapitlet"))
        let second = try #require(listed("Andra kapitlet"))
        #expect(first == 3)
        #expect(second > first)
        #expect(printed("Andra kapitlet") == second)
    }
}
