import BalansCore
import BalansTestSupport
import Foundation
import Testing
import ZIPFoundation

@testable import BalansReport

/// The xlsx and CSV renderers (issue 6): reopened and read back, cell by cell.
@Suite struct XLSXWriterTests {
    static let report = Report(
        kind: .ur1, title: "Uppföljningsrapport 1 2024", subtitle: "Region Halland, januari–april 2024",
        organisation: "Region Halland", period: Period(year: 2024, month: 4)!,
        chapters: [
            Chapter(
                id: "resultat", title: "Resultaträkning",
                blocks: [
                    .paragraph("Text", missing: false),
                    .table(
                        Table(
                            id: "rr", caption: "Resultaträkning", unit: .mnkr, columns: ["", "Utfall", "Andel"],
                            rows: [
                                Table.Row(
                                    label: "Verksamhetens nettokostnader",
                                    cells: [
                                        .amount(-1_357_545_678_912), .percent(Decimal(string: "103.25")!, decimals: 1),
                                    ]),
                                Table.Row(
                                    label: "därav avskrivningar", cells: [.amount(-150_000_000), .empty], level: 1),
                                Table.Row(
                                    label: "Resultat; totalt",
                                    cells: [.amount(2_500_000_000), .percent(Decimal(string: "2.125")!, decimals: 2)],
                                    isTotal: true),
                            ], footnotes: ["Belopp avrundas var för sig."])),
                    .table(
                        Table(
                            id: "rr2", caption: "Resultaträkning", unit: .tkr, columns: ["", "Text"],
                            rows: [Table.Row(label: "A", cells: [.text("Följer \"delvis\"")])])),
                ])
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
        #expect(try XLSXWriter.render(Self.report) == data)  // byte-identical
        let files = try entries(data)
        let workbook = try #require(files["xl/workbook.xml"])
        // The contents sheet, then one per table; two tables with the same caption get distinct names.
        #expect(
            workbook.contains(#"<sheet name="Innehåll" sheetId="1""#)
                && workbook.contains(#"<sheet name="Resultaträkning" sheetId="2""#)
                && workbook.contains(#"<sheet name="Resultaträkning (2)" sheetId="3""#))
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
        let xfs = cellXfs.matches(
            of: /<xf numFmtId="(\d+)" fontId="(\d)"[^>]*?(?:\/>|><alignment indent="(\d)"\/><\/xf>)/
        ).map {
            ($0.output.1, $0.output.2, $0.output.3)
        }
        func style(_ cell: String) throws -> (Substring, Substring, Substring?) {
            let s = try #require(sheet.firstMatch(of: try Regex(#"<c r="\#(cell)"[^>]*? s="(\d+)""#)))
            return xfs[Int(s.output[1].substring!)!]
        }
        #expect(try style("B5").1 == "1" && style("B3").1 == "0")
        #expect(try style("A4").2 == "1")
        #expect(
            styles.contains(##"formatCode="#,##0""##) && styles.contains(#"formatCode="0.0%""#)
                && styles.contains(#"formatCode="0.00%""#))
        // Text with quotes and a semicolon stays text.
        #expect(try #require(files["xl/worksheets/sheet3.xml"]).contains("Följer &quot;delvis&quot;"))
    }

    @Test func csvFilesPerTable() throws {
        let files = CSVTables.files(Self.report)
        #expect(files.map(\.name) == ["01-rr.csv", "02-rr2.csv"])
        let rr = files[0].text
        #expect(rr.hasPrefix("\u{FEFF};Utfall;Andel\r\n"))
        #expect(rr.contains("Verksamhetens nettokostnader;-13575;103,3\r\n"))  // 103,25 → 103,3 (half away from zero)
        #expect(rr.contains("  därav avskrivningar;-2;\r\n"))
        #expect(rr.contains("\"Resultat; totalt\";25;2,13\r\n"))
        #expect(files[1].text.contains("A;\"Följer \"\"delvis\"\"\"\r\n"))
        let zip = try CSVTables.zip(Self.report)
        #expect(try CSVTables.zip(Self.report) == zip)
        #expect(try entries(zip)["01-rr.csv"] == rr)
    }

    /// LibreOffice, where installed, opens the workbook and reads the numbers as numbers.
    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "LibreOffice is not installed"))
    func libreOfficeReadsIt() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("balans-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("r.xlsx")
        try XLSXWriter.render(Self.report).write(to: file)
        // Sheet 2 as CSV: numbers unformatted ("false" for "as shown").
        _ = try await runProcess(
            "/usr/bin/soffice",
            [
                "--headless", "-env:UserInstallation=file://\(dir.path)/profile", "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,2", "--outdir", dir.path,
                file.path,
            ])
        let csv = try String(contentsOf: dir.appendingPathComponent("r-Resultaträkning.csv"), encoding: .utf8)
        // the amount unrounded: a number, not text
        #expect(csv.contains("Verksamhetens nettokostnader;-13575.45678912;103.25%"))
        #expect(csv.contains("\"Resultat; totalt\";25;2.125%"))
    }

    /// A one-decimal mnkr table counts in mnkr, like the others (issue 13, item 12): 21,2 mnkr
    /// is 21.2 shown as "21,2", not 212.
    @Test func oneDecimalMnkrIsCountedInMnkr() throws {
        let report = Report(
            kind: .namnd, title: "T", subtitle: "", organisation: "", period: Period(year: 2017, month: 3)!,
            chapters: [
                Chapter(
                    id: "c", title: "C",
                    blocks: [
                        .table(
                            Table(
                                id: "t", caption: "Regionkontoret", unit: .mnkr1, columns: ["", "Budget"],
                                rows: [Table.Row(label: "Regionkontoret bas", cells: [.amount(2_120_000_000)])]))
                    ])
            ])
        let sheet = try #require(try entries(XLSXWriter.render(report))["xl/worksheets/sheet2.xml"])
        #expect(try #require(sheet.firstMatch(of: /<c r="B3" s="\d+"><v>([^<]*)<\/v>/)).output.1 == "21.2")
        #expect(CSVTables.files(report)[0].text.contains("Regionkontoret bas;21,2\r\n"))
    }

    static let injected = Report(
        kind: .namnd, title: "T", subtitle: "", organisation: "", period: Period(year: 2024, month: 4)!,
        chapters: [
            Chapter(
                id: "c", title: "C",
                blocks: [
                    .table(
                        Table(
                            id: "t", caption: "Aktiviteter", unit: .mnkr,
                            columns: ["Åtagande", "+Kommentar", "Siffra", "Belopp"],
                            rows: [
                                Table.Row(
                                    label: #"=HYPERLINK("http://x.example","klicka")"#,
                                    cells: [.text("@SUM(A1:A9)"), .text("-5"), .amount(-100_000_000)]),
                                Table.Row(label: "-2+3", cells: [.text("\tTAB"), .text("+3,5"), .empty], level: 1),
                            ])),
                    .chart(
                        BarChart(
                            id: "b", title: "Staplar", unit: .mnkr, bars: [.init(label: "=1+1", value: 100_000_000)])),
                ])
        ])

    /// Texts a spreadsheet would run as formulas get a `'` in CSV (OWASP) and Excel's quote
    /// prefix in xlsx (shown as written, kept text when edited); numbers stay numbers, and a
    /// text that is a plain number is left as it is (issue 13, item 10).
    @Test func formulaLikeTextsAreNeutralised() throws {
        let files = CSVTables.files(Self.injected)
        let table = files[0].text
        let chart = files[1].text
        #expect(
            table
                == "\u{FEFF}Åtagande;'+Kommentar;Siffra;Belopp\r\n"
                + "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klicka\"\")\";'@SUM(A1:A9);-5;-1\r\n  "
                + "'-2+3;'\tTAB;+3,5;\r\n"
        )
        #expect(chart.contains("'=1+1;1\r\n"))
        let workbook = try entries(XLSXWriter.render(Self.injected))
        let sheet = try #require(workbook["xl/worksheets/sheet2.xml"])
        let styles = try #require(workbook["xl/styles.xml"])
        let xfs = try #require(styles.components(separatedBy: "<cellXfs").last).matches(of: /<xf [^>]*>/).map {
            $0.output.contains("quotePrefix=\"1\"")
        }
        func quoted(_ ref: String) throws -> Bool {
            let m = try #require(sheet.firstMatch(of: try Regex(#"<c r="\#(ref)"( t="inlineStr")?(?: s="(\d+)")?>"#)))
            return xfs[m.output[2].substring.map { Int($0)! } ?? 0]
        }
        // The text itself is unchanged: the prefix is the cell's style.
        #expect(
            sheet.contains(#"<t xml:space="preserve">=HYPERLINK(&quot;http://x.example&quot;,&quot;klicka&quot;)</t>"#))
        #expect(try quoted("A3") && quoted("B3") && quoted("B2") && quoted("A4") && quoted("B4"))
        #expect(try !quoted("C3") && !quoted("C4") && !quoted("A2") && !quoted("D3"))
        #expect(sheet.contains(#"<c r="D3" s="#) && sheet.contains("<v>-1</v>"))  // the amount a number
        let bars = try #require(workbook["xl/worksheets/sheet3.xml"])
        #expect(bars.contains(#"<t xml:space="preserve">=1+1</t>"#))
    }

    /// Sheet names within Excel's 31 characters, cut between words and never with a trailing
    /// space, dash or small word, unique without regard to case (issue 13, item 13).
    @Test func sheetNamesAreReadableAndUnique() {
        var used: Set<String> = ["innehåll"]
        let names = [
            "Investeringar per nämnd/styrelse", "Resultat och prognos månad för månad",
            "Nettokostnadsandel och soliditet över åren",
            "Nettokostnadsandel och soliditet över åren", "NETTOKOSTNADSANDEL OCH SOLIDITET ÖVER ÅREN", "Innehåll",
            "Fastigheter – större enskilda investeringar",
            "Ett_ord_som_är_mycket_längre_än_trettioen_tecken", "Vad? [utkast]: a*b",
        ].map { XLSXWriter.sheetName($0, used: &used) }
        // "Nettokostnadsandel och soliditet" is 32: cut before "soliditet", and not after "och".
        #expect(
            names == [
                "Investeringar per nämnd", "Resultat och prognos månad", "Nettokostnadsandel",
                "Nettokostnadsandel (2)", "NETTOKOSTNADSANDEL (3)", "Innehåll (2)", "Fastigheter – större enskilda",
                "Ett_ord_som_är_mycket_längre_än", "Vad utkast a b",
            ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.hasSuffix(" ") })
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
    }

    /// Each sheet prints on A4 landscape fitted to the width with its caption and header rows
    /// on every page and has an autofilter on the table; years are numbers (issue 13, item 13).
    @Test func sheetsPrintAndFilterAsAControllerWants() throws {
        let report = Report(
            kind: .ur1, title: "Rapport & prognos", subtitle: "", organisation: "",
            period: Period(year: 2024, month: 4)!,
            chapters: [
                Chapter(
                    id: "c", title: "C",
                    blocks: [
                        .table(
                            Table(
                                id: "p", caption: "Fastigheter", unit: .mnkr,
                                columns: ["Objekt", "Budget", "Färdigt år"],
                                rows: [
                                    Table.Row(label: "Vårdbyggnad", cells: [.amount(4_500_000_000), .text("2024")]),
                                    Table.Row(label: "Summa", cells: [.amount(4_500_000_000), .empty], isTotal: true),
                                ], footnotes: ["Not."])),
                        .lineChart(
                            LineChart(
                                id: "l", title: "Över åren", unit: .mnkr, categories: ["2023", "2024"],
                                series: [
                                    .init(
                                        name: "Andel", values: [.percent(101, decimals: 1), .percent(99, decimals: 1)])
                                ])),
                    ])
            ])
        let files = try entries(XLSXWriter.render(report))
        let workbook = try #require(files["xl/workbook.xml"])
        #expect(
            workbook.contains(
                #"<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">"#
                    + #"'Fastigheter'!$A$2:$C$4</definedName>"#
                    + #"<definedName name="_xlnm.Print_Titles" localSheetId="1">'Fastigheter'!$1:$2</definedName>"#
            ))
        let sheet = try #require(files["xl/worksheets/sheet2.xml"])
        #expect(sheet.contains(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#))
        #expect(sheet.contains(#"<autoFilter ref="A2:C4"/>"#))  // the header and the table's rows, not the footnote
        #expect(sheet.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
        #expect(
            sheet.contains(
                "<oddFooter>&amp;LRapport &amp;&amp; prognos&amp;CSida &amp;P av &amp;N&amp;R&amp;A</oddFooter>"))
        // The year a number shown as itself, not text.
        #expect(try #require(sheet.firstMatch(of: /<c r="C3" s="\d+"><v>([^<]*)<\/v><\/c>/)).output.1 == "2024")
        let chart = try #require(files["xl/worksheets/sheet3.xml"])
        #expect(chart.contains(#"<v>2023</v>"#) && chart.contains(#"<v>2024</v>"#) && !chart.contains(">2023</t>"))
        // The contents sheet links to the sheets.
        let contents = try #require(files["xl/worksheets/sheet1.xml"])
        #expect(contents.contains(#"<hyperlink ref="A6" location="'Fastigheter'!A1" display="Fastigheter"/>"#))
    }
}
