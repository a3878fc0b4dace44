@testable import BalansReport
import BalansCore
import Foundation
import Testing
import ZIPFoundation

/// The xlsx and CSV renderers (issue 6): reopened and read back, cell by cell.
@Suite struct XLSXWriterTests {
    static let report = Report(kind: "ur1", title: "Uppföljningsrapport 1 2024", subtitle: "Region Halland, januari–april 2024", organisation: "Region Halland", period: "2024-04", chapters: [
        Chapter(id: "resultat", title: "Resultaträkning", blocks: [
            .paragraph("Text", missing: false),
            .table(Table(id: "rr", caption: "Resultaträkning", unit: .mnkr, columns: ["", "Utfall", "Andel"], rows: [
                Table.Row(label: "Verksamhetens nettokostnader", cells: [.amount(-1_357_545_678_912), .percent(Decimal(string: "103.25")!, decimals: 1)]),
                Table.Row(label: "därav avskrivningar", cells: [.amount(-150_000_000), .empty], level: 1),
                Table.Row(label: "Resultat; totalt", cells: [.amount(2_500_000_000), .percent(Decimal(string: "2.125")!, decimals: 2)], isTotal: true),
            ], footnotes: ["Belopp avrundas var för sig."])),
            .table(Table(id: "rr2", caption: "Resultaträkning", unit: .tkr, columns: ["", "Text"], rows: [Table.Row(label: "A", cells: [.text("Följer \"delvis\"")])])),
        ]),
    ])

    func entries(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    @Test func cellsAreNumbersWithFormatsAndTheHeaderIsFrozen() throws {
        let data = try XLSXWriter.render(Self.report)
        #expect(try XLSXWriter.render(Self.report) == data)   // byte-identical
        let files = try entries(data)
        let workbook = try #require(files["xl/workbook.xml"])
        // The contents sheet, then one per table; two tables with the same caption get distinct names.
        #expect(workbook.contains(#"<sheet name="Innehåll" sheetId="1""#) && workbook.contains(#"<sheet name="Resultaträkning" sheetId="2""#) && workbook.contains(#"<sheet name="Resultaträkning (2)" sheetId="3""#))
        let sheet = try #require(files["xl/worksheets/sheet2.xml"])
        #expect(sheet.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        // −13 575,45678912 mnkr exactly, a number (no t attribute); 103,25 % as 1.0325.
        let amount = try #require(sheet.firstMatch(of: /<c r="B3" s="(\d+)"><v>([^<]*)<\/v><\/c>/))
        #expect(amount.output.2 == "-13575.45678912")
        #expect(try #require(sheet.firstMatch(of: /<c r="C3" s="\d+"><v>([^<]*)<\/v>/)).output.1 == "1.0325")
        #expect(sheet.contains(#"<c r="A1" t="inlineStr""#) && sheet.contains("Resultaträkning (mnkr)"))
        // The empty cell is absent; the total row's cells are bold; the level-1 label is indented.
        #expect(!sheet.contains(#"r="C4""#))
        let styles = try #require(files["xl/styles.xml"])
        let cellXfs = try #require(styles.components(separatedBy: "<cellXfs").last)
        let xfs = cellXfs.matches(of: /<xf numFmtId="(\d+)" fontId="(\d)"[^>]*?(?:\/>|><alignment indent="(\d)"\/><\/xf>)/).map { ($0.output.1, $0.output.2, $0.output.3) }
        func style(_ cell: String) throws -> (Substring, Substring, Substring?) {
            let s = try #require(sheet.firstMatch(of: try Regex(#"<c r="\#(cell)"[^>]*? s="(\d+)""#)))
            return xfs[Int(s.output[1].substring!)!]
        }
        #expect(try style("B5").1 == "1" && style("B3").1 == "0")
        #expect(try style("A4").2 == "1")
        #expect(styles.contains(##"formatCode="#,##0""##) && styles.contains(#"formatCode="0.0%""#) && styles.contains(#"formatCode="0.00%""#))
        // Text with quotes and a semicolon stays text.
        #expect(try #require(files["xl/worksheets/sheet3.xml"]).contains("Följer &quot;delvis&quot;"))
    }

    @Test func csvFilesPerTable() throws {
        let files = CSVTables.files(Self.report)
        #expect(files.map(\.name) == ["01-rr.csv", "02-rr2.csv"])
        let rr = files[0].text
        #expect(rr.hasPrefix("\u{FEFF};Utfall;Andel\r\n"))
        #expect(rr.contains("Verksamhetens nettokostnader;-13575;103,3\r\n"))   // 103,25 → 103,3 (half away from zero)
        #expect(rr.contains("  därav avskrivningar;-2;\r\n"))
        #expect(rr.contains("\"Resultat; totalt\";25;2,13\r\n"))
        #expect(files[1].text.contains("A;\"Följer \"\"delvis\"\"\"\r\n"))
        let zip = try CSVTables.zip(Self.report)
        #expect(try CSVTables.zip(Self.report) == zip)
        #expect(try entries(zip)["01-rr.csv"] == rr)
    }

    /// LibreOffice, where installed, opens the workbook and reads the numbers as numbers.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "LibreOffice is not installed"))
    func libreOfficeReadsIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("r.xlsx")
        try XLSXWriter.render(Self.report).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        // Sheet 2 as CSV: numbers unformatted ("false" for "as shown").
        p.arguments = ["--headless", "-env:UserInstallation=file://\(dir.path)/profile", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,2", "--outdir", dir.path, file.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let csv = try String(contentsOf: dir.appendingPathComponent("r-Resultaträkning.csv"), encoding: .utf8)
        #expect(csv.contains("Verksamhetens nettokostnader;-13575.45678912;103.25%"))   // the amount unrounded: a number, not text
        #expect(csv.contains("\"Resultat; totalt\";25;2.125%"))
    }
}
