import BalansTestSupport
import Foundation
import Testing
import ZIPFoundation

/// The demo's xlsx and CSV of UR1 2024 (issue 6) carry seed 003's figures as numbers.
@Suite struct SpreadsheetTests {
    func entries(_ url: URL) throws -> [String: String] {
        let archive = try Archive(url: url, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    @Test(arguments: TestBackend.all) func ur1WorkbookAndCSV(_ backend: TestBackend) async throws {
        let dir = try await CLI.demo(backend).get().appendingPathComponent("reports")
        let xlsx = try entries(dir.appendingPathComponent("ur1-2024-04.xlsx"))
        let workbook = try #require(xlsx["xl/workbook.xml"])
        // The investment table's sheet: "/" is not allowed in a sheet name.
        let sheetNames = workbook.matches(of: /<sheet name="([^"]+)" sheetId="(\d+)"/).map {
            (String($0.output.1), String($0.output.2))
        }
        let investments = try #require(
            sheetNames.first {
                $0.0 == "Investeringar per "
                    + "nämnd"
            })  // within 31 characters, cut between words
        let sheet = try #require(xlsx["xl/worksheets/sheet\(investments.1).xml"])
        // "Summa investeringar": 204 / 1 075 / 919 mnkr (seed 003 3.4) as exact numbers.
        let row = try #require(
            sheet.firstMatch(
                of:
                    #/
                    <row\ r="(\d+)"><c\ r="A\d+"\ t="inlineStr"\ s="\d+">
                    <is><t\ xml:space="preserve">Summa\ investeringar<\/t><\/is><\/c>(.*?)<\/row>
                    /#
            )
        )
        let values = row.output.2.matches(of: /<v>([^<]*)<\/v>/).map { Decimal(string: String($0.output.1))! }
        #expect(values.count == 6)
        #expect(
            values[1].roundedHalfAwayFromZero(scale: 0) == 204 && values[2].roundedHalfAwayFromZero(scale: 0) == 1_075
                && values[3].roundedHalfAwayFromZero(scale: 0) == 919)

        let csv = try entries(dir.appendingPathComponent("ur1-2024-04.csv.zip"))
        let file = try #require(csv.first { $0.key.hasSuffix("-investeringar.csv") }?.value)
        #expect(file.contains("Summa investeringar;141;204;1075;919;157;708\r\n"))
    }

    /// One cell of a sheet as the workbook stores it.
    enum SheetCell: Equatable {
        case number(Decimal, format: String)
        case text(String, quotePrefix: Bool)
    }

    /// The sheets of an xlsx in order, each as its name and cells by (row, column), both from 0,
    /// with every number's format read from styles.xml.
    func sheets(_ url: URL) throws -> [(name: String, cells: [[Int]: SheetCell])] {
        let files = try entries(url)
        let styles = try #require(files["xl/styles.xml"])
        var formats: [Int: String] = [0: "General"]
        for m in styles.matches(of: /<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/) {
            formats[Int(m.output.1)!] = unescaped(String(m.output.2))
        }
        let xfs = try #require(styles.firstMatch(of: /<cellXfs[^>]*>(.*?)<\/cellXfs>/)).output.1
            .matches(of: /<xf numFmtId="(\d+)"([^>]*)>/).map {
                (format: formats[Int($0.output.1)!] ?? "?", quotePrefix: $0.output.2.contains("quotePrefix=\"1\""))
            }
        let workbook = try #require(files["xl/workbook.xml"])
        return try workbook.matches(of: /<sheet name="([^"]+)" sheetId="(\d+)"/).map { m in
            let xml = try #require(files["xl/worksheets/sheet\(m.output.2).xml"])
            var cells: [[Int]: SheetCell] = [:]
            for c in xml.matches(
                of:
                    #/
                    <c\ r="([A-Z]+)(\d+)"(\ t="inlineStr")?(?:\ s="(\d+)")?>
                    (?:<is><t\ xml:space="preserve">(.*?)<\/t><\/is>|<v>([^<]*)<\/v>)<\/c>
                    /#
            ) {
                let column = c.output.1.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
                let style = xfs[c.output.4.map { Int($0)! } ?? 0]
                cells[[Int(c.output.2)! - 1, column]] =
                    c.output.3 != nil
                    ? .text(unescaped(String(c.output.5 ?? "")), quotePrefix: style.quotePrefix)
                    : .number(Decimal(string: String(c.output.6 ?? ""))!, format: style.format)
            }
            return (unescaped(String(m.output.1)), cells)
        }
    }

    func unescaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
            of: "&quot;", with: "\""
        )
        .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A `;`-separated CSV file as rows of fields (quoted fields may hold `;`, quotes, line breaks).
    func fields(_ csv: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = csv.drop(while: { $0 == "\u{FEFF}" }).makeIterator()
        var pending: Character?
        while let ch = pending ?? chars.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    let next = chars.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(ch)
                }
            } else if ch == "\"" {
                quoted = true
            } else if ch == ";" {
                row.append(field)
                field = ""
            } else if ch == "\r\n" || ch == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(ch)
            }
        }
        return rows
    }

    /// What a number format shows for a stored value, as the CSV writes it: rounded half away
    /// from zero to the format's decimals, a percentage times 100 without its sign, decimal
    /// comma, no thousands separator, no minus on a value shown as zero.
    func shown(_ value: Decimal, format: String) -> String {
        let percent = format.hasSuffix("%")
        let decimals = format.split(separator: ".").dropFirst().first.map { $0.filter { $0 == "0" }.count } ?? 0
        var rounded = (percent ? value * 100 : value).roundedHalfAwayFromZero(scale: decimals)
        if rounded == 0 { rounded = 0 }  // no "-0"
        var text = "\(rounded)".replacingOccurrences(of: ".", with: ",")
        if decimals > 0 {
            let have = text.split(separator: ",").dropFirst().first?.count ?? 0
            text += (have == 0 ? "," : "") + String(repeating: "0", count: decimals - have)
        }
        return text
    }

    /// Every xlsx the demo writes shows in every numeric cell the figure of the same report's
    /// CSV (issue 13, item 12: the one-decimal mnkr tables were stored ten times too large,
    /// Regionkontoret bas 21,2 mnkr as 212), every figure of the CSV is a number in the xlsx,
    /// and the sheets are the CSV files in order, a caption row above each.
    @Test(arguments: TestBackend.all) func everyWorkbookCellShowsTheCSVFigure(_ backend: TestBackend) async throws {
        let dir = try await CLI.demo(backend).get().appendingPathComponent("reports")
        let stems = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xlsx") }.map {
            String($0.dropLast(5))
        }.sorted()
        #expect(stems.count == 11)
        var checked = 0
        var oneDecimal: [String: SheetCell] = [:]
        for stem in stems {
            // the contents sheet first
            let workbook = try sheets(dir.appendingPathComponent("\(stem).xlsx")).dropFirst()
            let csv = try entries(dir.appendingPathComponent("\(stem).csv.zip")).sorted { $0.key < $1.key }.map {
                fields($0.value)
            }
            try #require(workbook.count == csv.count, "\(stem): \(workbook.count) sheets, \(csv.count) CSV files")
            for (sheet, lines) in zip(workbook, csv) {
                for (cell, value) in sheet.cells {
                    guard case .number(let number, let format) = value else { continue }
                    let line = cell[0] - 1  // the caption row has no CSV line
                    // A figure written as text in the report ("1 234", "−3") is in the CSV as printed.
                    let field =
                        (line >= 0 && line < lines.count && cell[1] < lines[line].count
                        ? lines[line][cell[1]] : "<none>")
                        .replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "\u{2212}", with: "-")
                    #expect(
                        shown(number, format: format) == field,
                        "\(stem).xlsx \(sheet.name) row \(cell[0] + 1) column \(cell[1] + 1): \(number) as \(format)")
                    checked += 1
                    if stem == "ur1-RS17-2017-03", line >= 0, lines[line].first == "  Regionkontoret bas" {
                        oneDecimal["\(sheet.name) \(cell[1])"] = value
                    }
                }
                for (line, row) in lines.enumerated() {
                    for (column, field) in row.enumerated()
                    where column > 0 && field.wholeMatch(of: /-?\d+(,\d+)?/) != nil {
                        if case .number = sheet.cells[[line + 1, column]] { continue }
                        Issue.record(
                            "\(stem).xlsx \(sheet.name) row \(line + 2) column \(column + 1): \(field) is not a number")
                    }
                }
            }
        }
        #expect(checked > 2_000)
        // Seed 000: Regionkontoret bas, 21,2 mnkr of budget (a number 21.2 shown with one decimal).
        let bas = try #require(
            oneDecimal.values.first {
                if case .number(let v, let f) = $0 {
                    return f == "#,##0.0" && shown(v, format: f) == "21,2"
                } else {
                    return false
                }
            })
        if case .number(let v, _) = bas { #expect(v.roundedHalfAwayFromZero(scale: 1) == Decimal(string: "21.2")!) }
    }
}
