import BalansCore
import Foundation
import Testing
import ZIPFoundation

@testable import BalansReport

/// A list of records (a drill-down's ledger rows) through the reports' xlsx and CSV writers:
/// amounts exact in kronor with öre, dates as dates, formula-like texts neutralised.
@Suite struct DataSheetTests {
    static let sheet = DataSheet(
        title: "Somatisk vård, konto 6990", name: "Transaktioner", columns: ["Datum", "Konto", "Text", "Belopp (kr)"],
        rows: [
            [.date("2024-01-25"), .integer(6990), .text("=HYPERLINK(\"x\")"), .amount(Money(ore: -415_812_500))],
            [.date("1900-03-01"), .integer(1930), .text("Bank; 2"), .amount(Money(ore: 5))],
            [.date("2024-02-30"), .integer(0), .text(""), .amount(.zero)],
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

    @Test func dateSerialsCountFromTheSpreadsheetsEpoch() throws {
        // Days from 1899-12-30 by Foundation's calendar, not by the formula under test.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let epoch = try #require(calendar.date(from: DateComponents(year: 1899, month: 12, day: 30)))
        for text in ["1900-03-01", "1970-01-01", "2000-02-29", "2024-01-25", "2024-12-31", "2100-03-01"] {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            let day = try #require(calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])))
            #expect(DataSheet.serial(text) == calendar.dateComponents([.day], from: epoch, to: day).day, "\(text)")
        }
        for text in ["2024-02-30", "2023-02-29", "2024-13-01", "24-01-01", "2024-1-1", "", "1900-02-28"] {
            #expect(DataSheet.serial(text) == nil, "\(text)")
        }
    }

    @Test func theWorkbookHoldsExactNumbersAndDates() throws {
        let data = try XLSXWriter.render(Self.sheet)
        #expect(try XLSXWriter.render(Self.sheet) == data)  // byte-identical
        let files = try entries(data)
        #expect(try #require(files["xl/workbook.xml"]).contains(#"<sheet name="Transaktioner" sheetId="1""#))
        let sheet = try #require(files["xl/worksheets/sheet1.xml"])
        // The title, the header frozen with its filter over the three records.
        #expect(sheet.contains("Somatisk vård, konto 6990") && sheet.contains(#"<autoFilter ref="A2:D5"/>"#))
        #expect(sheet.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        func value(_ cell: String) -> String? {
            sheet.firstMatch(of: try! Regex(#"<c r="\#(cell)" s="\d+"><v>([^<]*)</v>"#))?.output[1].substring
                .map(String.init)
        }
        #expect(value("A3") == "45316" && value("A4") == "61")  // 2024-01-25, 1900-03-01
        #expect(value("B3") == "6990" && value("D3") == "-4158125" && value("D4") == "0.05")
        // No date: kept as the text it is. A formula-like text is text with the quote prefix.
        #expect(sheet.contains(#"<c r="A5" t="inlineStr"><is><t xml:space="preserve">2024-02-30</t>"#))
        #expect(sheet.contains("=HYPERLINK(&quot;x&quot;)"))
        let styles = try #require(files["xl/styles.xml"])
        #expect(styles.contains(#"formatCode="yyyy-mm-dd""#) && styles.contains(##"formatCode="#,##0.00""##))
        #expect(styles.contains(#"quotePrefix="1""#))
    }

    @Test func theCSVHasKronorWithOreAndNoTitle() {
        let csv = CSVTables.file(Self.sheet)
        #expect(
            csv == "\u{FEFF}Datum;Konto;Text;Belopp (kr)\r\n"
                + "2024-01-25;6990;\"'=HYPERLINK(\"\"x\"\")\";-4158125,00\r\n"
                + "1900-03-01;1930;\"Bank; 2\";0,05\r\n" + "2024-02-30;0;;0,00\r\n")
        #expect(SwedishNumberFormat.kronor(-89_355_186) == "\u{2212}893\u{00A0}551,86")
        #expect(SwedishNumberFormat.kronor(Money.overflow.ore) == SwedishNumberFormat.overflowMarker)
    }
}
