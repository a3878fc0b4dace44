import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans import companies` and `balans import sie FILE --company CODE` through the command line: an unknown company
/// is bad input that writes nothing; a company's non-calendar year is accepted beside the region's, twice changes
/// nothing; `--company` goes with `sie` and `mapping` only.
@Suite struct KoncernCLITests {
    static let companies = """
        code;name;organisation_number;share;method;counterparty
        R;Regionen;232100-0000;100;region;R
        B;Bolaget B;556000-0002;50;proportional;B

        """
    static let ledger = """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20220701 20230630
        #IB 0 1930 100.00
        #IB 0 2010 -100.00
        #VER A 1 20220930 "Försäljning"
        {
        #TRANS 1930 {} 40.00
        #TRANS 3510 {21 "R"} -40.00
        }

        """

    @Test(arguments: TestBackend.all) func aCompanysLedger(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let companies = dir.appendingPathComponent("companies.csv")
        try Data(Self.companies.utf8).write(to: companies)
        let sie = dir.appendingPathComponent("b.se")
        try Data(Self.ledger.utf8).write(to: sie)
        #expect(try await CLI.run(["import", "companies", companies.path, "--db", db]).status == 0)
        let before = try await Store(path: db, create: false).contentFingerprint()

        let unknown = try await CLI.run(["import", "sie", sie.path, "--company", "X", "--db", db])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("\(sie.path): unknown company \"X\""), "\(unknown.stderr)")
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)
        // Without --company the file is the region's, whose year must be the calendar year.
        #expect(try await CLI.run(["import", "sie", sie.path, "--db", db]).status == 65)
        #expect(try await CLI.run(["import", "budget", sie.path, "--company", "B", "--db", db]).status != 0)
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)

        let first = try await CLI.run(["import", "sie", sie.path, "--company", "B", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        let store = try await Store(path: db, create: false)
        #expect(try await store.companyLedgerYears("B") == [2023])
        #expect(try await store.ledgerYears().isEmpty)
        let after = try await store.contentFingerprint()
        #expect(after != before)
        let again = try await CLI.run(["import", "sie", sie.path, "--company", "B", "--db", db])
        #expect(again.status == 0 && (again.stdout + again.stderr).contains("unchanged"), "\(again.stderr)")
        #expect(try await Store(path: db, create: false).contentFingerprint() == after)

        // The company's own chart: `import mapping --company`; an unknown company writes nothing.
        let mapping = dir.appendingPathComponent("bas.csv")
        try Data("from;to;line;internal\n3000;3999;revenue;\n8300;8399;financial_income;\n".utf8).write(to: mapping)
        let unknownMapping = try await CLI.run(["import", "mapping", mapping.path, "--company", "X", "--db", db])
        #expect(unknownMapping.status == 65 && unknownMapping.stderr.contains("unknown company \"X\""))
        #expect(try await Store(path: db, create: false).contentFingerprint() == after)
        let mapped = try await CLI.run(["import", "mapping", mapping.path, "--company", "B", "--db", db])
        #expect(mapped.status == 0 && (mapped.stdout + mapped.stderr).contains("B: "), "\(mapped.stderr)")
        #expect(try await Store(path: db, create: false).contentFingerprint() != after)
    }
}
