import BalansStore
import Foundation
import Testing

/// Every malformed ledger of Tests/Fixtures/sie-malformed (made by make-fixtures.py there) is
/// rejected as a user meets it: exit status 65, the fault as `FILE:LINE: message` on the line
/// a person would look at, and the database exactly as it was.
@Suite struct SIEMalformedCLITests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        /// The lines that must be reported (nil: a whole-file problem, `FILE: message`).
        var lines: [Int?]
        var fragment: String
        var testDescription: String { file }
        init(_ file: String, _ line: Int?, _ fragment: String) { self.init(file, [line], fragment) }
        init(_ file: String, _ lines: [Int?], _ fragment: String) {
            self.file = file
            self.lines = lines
            self.fragment = fragment
        }
    }

    static let cases: [Case] = [
        Case("01-unbalanced-voucher.se", 25, "voucher A 1 does not balance: sum 1.00"),
        Case("02-bad-voucher-date.se", 25, "invalid voucher date \"20240231\""),
        Case("03-non-numeric-amount.se", 27, "invalid amount \"8OO.00\""),
        Case("04-three-decimals.se", 27, "has more than 2 decimals"),
        Case("05-decimal-comma.se", 27, "invalid amount \"800,00\""),
        Case("06-unknown-account.se", 32, "unknown account 5090"),
        Case("07-unknown-object.se", 32, "unknown object \"999\" in dimension 1"),
        Case("08-missing-open-brace.se", 25, "missing { after #VER"),
        Case("09-missing-close-brace.se", 25, "voucher A 1 is not closed by } before line 29"),
        Case("10-truncated-inside-voucher.se", 30, "unterminated voucher A 2: missing } before end of file"),
        Case("11-truncated-mid-line.se", [30, 32], "unterminated"),
        Case("12-wrong-ksumma.se", 36, "#KSUMMA 123456789 does not match the file's content"),
        Case("13-voucher-outside-year.se", 30, "date 2025-01-31 is outside fiscal year 0"),
        Case("14-row-outside-year.se", 32, "transaction date 2025-01-05 is outside fiscal year 0"),
        Case("15-duplicate-voucher.se", 30, "duplicate voucher A 1 (first at line 25)"),
        Case("16-trans-outside-voucher.se", 25, "#TRANS outside a voucher"),
        Case("17-unterminated-quote.se", 30, "unterminated quote"),
        Case("18-object-list-without-object.se", 28, "malformed object list: dimension without object"),
        Case("19-object-list-non-numeric-dimension.se", 28, "dimension \"x\" is not a number"),
        Case("20-rar-end-before-start.se", 8, "start date 2023-12-31 is after end date 2023-01-01"),
        Case("21-duplicate-rar.se", 8, "duplicate year index (first at line 7)"),
        Case("22-no-rar-0.se", nil, "no #RAR 0"),
        Case("23-empty-file.se", nil, "file is empty"),
        Case("24-not-sie.se", nil, "not an SIE file"),
        Case("25-psaldo-bad-period.se", 23, "period \"202413\" is not YYYYMM"),
        Case("26-pbudget-non-numeric.se", 24, "invalid amount \"sjuhundra\""),
        Case("27-ib-missing-amount.se", 17, "#IB: missing amount"),
        Case("28-ver-missing-date.se", 25, "#VER: missing voucher date"),
        Case("29-stray-close-brace.se", 25, "unexpected } outside a voucher"),
        Case("30-stray-open-brace.se", 25, "unexpected { outside a voucher"),
        Case("31-trans-missing-account.se", 27, "missing account number"),
        Case("32-amount-overflow.se", 27, "is too large"),
        Case("33-sum-overflow.se", 25, "sum of amounts is too large"),
        Case("34-non-calendar-year.se", nil, "is not a calendar year"),
        Case("35-account-not-numeric.se", 14, "account \"ABC\" is not a Kommun-Bas account number"),
        Case("36-several-faults.se", [17, 27, 32], ""),
        Case("37-error-late-in-file.se", 435, "voucher B 83 does not balance: sum -0.10"),
        Case("38-crlf-with-error.se", 25, "voucher A 1 does not balance"),
        Case("39-utf8-bom-with-error.se", 32, "invalid transaction date \"20240230\""),
        Case("40-nested-object-list.se", 28, "{ inside an object list"),
        Case("41-account-month-too-large.se", 42, "amounts too large"),
    ]

    static let directory = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/sie-malformed")

    @Test func everyFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".se") && $0 != "valid-base.se" }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(files.count >= 30)
    }

    @Test(arguments: cases)
    func rejectedWithItsPlaceAndNothingWritten(_ c: Case) throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try CLI.run(["init", "--db", db]).status == 0)
        let base = try CLI.run(["import", "sie", Self.directory.appendingPathComponent("valid-base.se").path, "--db", db])
        #expect(base.status == 0, "\(base.stderr)")
        let before = try Store(path: db, create: false).contentFingerprint()

        let path = Self.directory.appendingPathComponent(c.file).path
        let r = try CLI.run(["import", "sie", path, "--db", db])
        #expect(r.status == 65, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init).filter { !$0.contains(": warning: ") }
        for line in c.lines {
            let place = line.map { "\(path):\($0): " } ?? "\(path): "
            #expect(lines.contains { $0.hasPrefix(place) && (c.fragment.isEmpty || $0.contains(c.fragment)) }, "expected \(place)…\(c.fragment); got \(r.stderr)")
        }
        #expect(lines.allSatisfy { $0.hasPrefix(path + ":") }, "every message names the file: \(r.stderr)")
        #expect(try Store(path: db, create: false).contentFingerprint() == before)
    }

    @Test func theBaseIsValidAndTwiceChangesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("t.sqlite").path
        let base = Self.directory.appendingPathComponent("valid-base.se").path
        #expect(try CLI.run(["init", "--db", db]).status == 0)
        let first = try CLI.run(["import", "sie", base, "--db", db])
        #expect(first.status == 0 && first.stderr.contains("ledger 2024 imported: 2 vouchers, 4 rows, 5 accounts"))
        let fingerprint = try Store(path: db, create: false).contentFingerprint()
        let second = try CLI.run(["import", "sie", base, "--db", db])
        #expect(second.status == 0 && second.stderr.contains("unchanged"))
        #expect(try Store(path: db, create: false).contentFingerprint() == fingerprint)
    }
}
