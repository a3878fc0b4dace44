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

    @Test(arguments: TestBackend.all) func ur1WorkbookAndCSV(_ backend: TestBackend) throws {
        let dir = try CLI.demo(backend).get().appendingPathComponent("reports")
        let xlsx = try entries(dir.appendingPathComponent("ur1-2024-04.xlsx"))
        let workbook = try #require(xlsx["xl/workbook.xml"])
        // The investment table's sheet: "/" is not allowed in a sheet name.
        let sheetNames = workbook.matches(of: /<sheet name="([^"]+)" sheetId="(\d+)"/).map { (String($0.output.1), String($0.output.2)) }
        let investments = try #require(sheetNames.first { $0.0 == "Investeringar per nämnd-styrels" })   // 31 characters at most
        let sheet = try #require(xlsx["xl/worksheets/sheet\(investments.1).xml"])
        // "Summa investeringar": 204 / 1 075 / 919 mnkr (seed 003 3.4) as exact numbers.
        let row = try #require(sheet.firstMatch(of: /<row r="(\d+)"><c r="A\d+" t="inlineStr" s="\d+"><is><t xml:space="preserve">Summa investeringar<\/t><\/is><\/c>(.*?)<\/row>/))
        let values = row.output.2.matches(of: /<v>([^<]*)<\/v>/).map { Decimal(string: String($0.output.1))! }
        #expect(values.count == 6)
        #expect(values[1].roundedHalfAwayFromZero(scale: 0) == 204 && values[2].roundedHalfAwayFromZero(scale: 0) == 1_075 && values[3].roundedHalfAwayFromZero(scale: 0) == 919)

        let csv = try entries(dir.appendingPathComponent("ur1-2024-04.csv.zip"))
        let file = try #require(csv.first { $0.key.hasSuffix("-investeringar.csv") }?.value)
        #expect(file.contains("Summa investeringar;141;204;1075;919;157;708\r\n"))
    }
}
