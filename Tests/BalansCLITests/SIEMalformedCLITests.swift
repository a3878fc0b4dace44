import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Every malformed ledger of Tests/Fixtures/sie-malformed (made by make-fixtures.py there) is
/// rejected as a user meets it: exit status 65, the fault as `FILE:LINE: message` on the line
/// a person would look at (FILE as given on the command line), exactly those lines and in
/// order, and the database exactly as it was.
@Suite struct SIEMalformedCLITests {
    struct Case: CustomTestStringConvertible, Sendable {
        /// One reported problem: its line (nil: a whole-file problem, `FILE: message`) and
        /// short pieces of its message that must all appear (case-insensitive). The pieces
        /// are kept to the essentials so the wording can change; the line must not.
        struct Problem: Sendable {
            var line: Int?
            var fragments: [String]
        }
        var file: String
        var problems: [Problem]
        /// Why this case fails for now; nil when the fault is detected as specified.
        var knownIssue: String?
        var testDescription: String { file }

        init(_ file: String, _ line: Int?, _ fragments: String..., knownIssue: String? = nil) {
            self.init(file, [Problem(line: line, fragments: fragments)], knownIssue: knownIssue)
        }
        init(_ file: String, _ problems: [Problem], knownIssue: String? = nil) {
            self.file = file
            self.problems = problems
            self.knownIssue = knownIssue
        }
    }

    static func at(_ line: Int?, _ fragments: String...) -> Case.Problem {
        Case.Problem(line: line, fragments: fragments)
    }

    static let cases: [Case] = [
        Case("01-unbalanced-voucher.se", 25, "does not balance"),
        Case("02-bad-voucher-date.se", 25, "voucher date", "20240231"),
        Case("03-non-numeric-amount.se", 27, "amount", "8OO.00"),
        Case("04-three-decimals.se", 27, "800.005", "decimals"),
        Case("05-decimal-comma.se", 27, "amount", "800,00"),
        Case("08-missing-open-brace.se", 25, "missing {"),
        // The unclosed voucher's #VER line, not the #VER that follows.
        Case("09-missing-close-brace.se", 25, "voucher A 1", "}"),
        Case("10-truncated-inside-voucher.se", 30, "voucher A 2", "}"),
        Case("11-truncated-mid-line.se", [at(30, "voucher A 2", "}"), at(32, "quote")]),
        Case("12-wrong-ksumma.se", 36, "#KSUMMA"),
        Case("13-voucher-outside-year.se", 30, "outside fiscal year"),
        Case("14-row-outside-year.se", 32, "outside fiscal year"),
        Case("15-duplicate-voucher.se", 30, "duplicate voucher A 1"),
        Case("16-trans-outside-voucher.se", 25, "#TRANS", "outside a voucher"),
        Case("17-unterminated-quote.se", 30, "unterminated quote"),
        Case("18-object-list-without-object.se", 28, "object list"),
        Case("19-object-list-non-numeric-dimension.se", 28, "object list", "\"x\""),
        Case("20-rar-end-before-start.se", 8, "#RAR -1", "after"),
        Case("21-duplicate-rar.se", 8, "duplicate"),
        Case("22-no-rar-0.se", nil, "#RAR 0"),
        Case("23-empty-file.se", nil, "empty"),
        Case("24-not-sie.se", nil, "not an SIE file"),
        Case("25-psaldo-bad-period.se", 23, "202413"),
        Case("26-pbudget-non-numeric.se", 24, "amount", "sjuhundra"),
        Case("27-ib-missing-amount.se", 17, "#IB", "missing amount"),
        Case("28-ver-missing-date.se", 25, "#VER", "missing", "date"),
        Case("29-stray-close-brace.se", 25, "unexpected }"),
        Case("30-stray-open-brace.se", 25, "unexpected {"),
        // A bare `#TRANS` is reported three times on its line (account, object list, amount).
        Case("31-trans-missing-account.se", 27, "missing account"),
        Case("32-amount-overflow.se", 27, "too large"),
        Case("33-sum-overflow.se", 25, "too large"),
        Case("34-non-calendar-year.se", nil, "calendar year"),
        Case("35-account-not-numeric.se", 14, "\"ABC\"", "account"),
        Case("36-several-faults.se", [at(17, "tusen"), at(27, "20241301"), at(32, "amount", "3OO.00")]),
        Case("37-error-late-in-file.se", 435, "voucher B 83", "does not balance"),
        Case("38-crlf-with-error.se", 25, "does not balance"),
        Case("39-utf8-bom-with-error.se", 32, "transaction date", "20240230"),
        Case("40-nested-object-list.se", 28, "object list"),
        Case("41-account-month-too-large.se", [at(42, "too large"), at(43, "too large")]),
        Case("42-trans-account-not-numeric.se", 27, "account", "ABC"),
        Case("44-text-after-close-brace.se", 29, "unexpected text after }"),
        Case("45-cr-only-line-ends.se", nil, "CR only"),
    ]

    /// The fixtures as the user names them: relative to the working directory (the repository).
    static let directory = "Tests/Fixtures/sie-malformed"
    static let validBase = directory + "/valid-base.se"

    @Test func everyFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: CLI.repoRoot.appendingPathComponent(Self.directory).path
        )
        .filter { $0.hasSuffix(".se") && $0 != "valid-base.se" }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(Set(Self.cases.map(\.file)).count == Self.cases.count)
        #expect(files.count >= 34)
    }

    @Test(arguments: cases, TestBackend.all)
    func rejectedWithItsPlaceAndNothingWritten(_ c: Case, _ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        // A ledger of the same year is in the database first: a wrongly accepted file would replace it.
        let base = try await CLI.run(["import", "sie", Self.validBase, "--db", db])
        try #require(base.status == 0, "\(base.stderr)")
        let before = try await Store(path: db, create: false).contentFingerprint()

        let path = Self.directory + "/" + c.file
        let r = try await CLI.run(["import", "sie", path, "--db", db])
        let after = try await Store(path: db, create: false).contentFingerprint()
        if let reason = c.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) {
                Self.check(c, path: path, outcome: r, unchanged: after == before)
            }
        } else {
            Self.check(c, path: path, outcome: r, unchanged: after == before)
        }
    }

    static func check(_ c: Case, path: String, outcome r: CLI.Outcome, unchanged: Bool) {
        #expect(r.status == 65, "\(r.stderr)")
        #expect(unchanged, "the database changed")
        let reported = r.stderr.split(separator: "\n").map(String.init).filter { !$0.contains(": warning: ") }
        #expect(reported.allSatisfy { $0.hasPrefix(path + ":") }, "every message names the file as given: \(r.stderr)")

        // Exactly the expected lines, in order (a line may carry several messages).
        let lines = reported.map { line(of: $0, path: path) }
        var distinct: [Int?] = []
        for l in lines where distinct.last.map({ $0 != l }) ?? true { distinct.append(l) }
        #expect(distinct == c.problems.map(\.line), "lines reported: \(r.stderr)")

        for p in c.problems {
            let place = p.line.map { "\(path):\($0): " } ?? "\(path): "
            let found = reported.contains { message in
                message.hasPrefix(place)
                    && p.fragments.allSatisfy { message.range(of: $0, options: .caseInsensitive) != nil }
            }
            #expect(found, "expected \(place)… containing \(p.fragments); got:\n\(r.stderr)")
        }
    }

    /// The line number of `FILE:LINE: message`, nil for `FILE: message`.
    static func line(of message: String, path: String) -> Int? {
        let rest = message.dropFirst(path.count + 1)
        return rest.firstIndex(of: ":").flatMap { Int(rest[..<$0]) }
    }

    @Test(arguments: TestBackend.all) func theBaseIsValidAndTwiceChangesNothing(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let empty = try await Store(path: db, create: false).contentFingerprint()
        let first = try await CLI.run(["import", "sie", Self.validBase, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stderr.contains(": warning: "), "\(first.stderr)")
        let fingerprint = try await Store(path: db, create: false).contentFingerprint()
        #expect(fingerprint != empty)
        let second = try await CLI.run(["import", "sie", Self.validBase, "--db", db])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.range(of: "unchanged", options: .caseInsensitive) != nil, "\(second.stderr)")
        #expect(try await Store(path: db, create: false).contentFingerprint() == fingerprint)
    }
}
