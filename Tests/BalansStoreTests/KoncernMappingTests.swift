import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansCore
@testable import BalansStore

/// A company keeps its own chart of accounts (issue 16 part 3: "with the company's own account mapping to the
/// koncern's lines"): company A of `KoncernStoreTests` earns 50 kr of interest on BAS's 8310 (ränteintäkter), which
/// the region's Kommun-Bas mapping reads as generella statsbidrag (8200–8399). With A's own mapping imported
/// (`balans import mapping FILE --company A`) it is a financial income; the region's lines are untouched.
@Suite struct KoncernMappingTests {
    static let interest = "#VER A 7 20230610 \"v\"\n{\n#TRANS 1930 {} 50.00\n#TRANS 8310 {} -50.00\n}\n"

    @Test(arguments: TestBackend.all) func aCompanyIsReadWithItsOwnChart(_ b: TestBackend) async throws {
        let fixture = KoncernStoreTests()
        let store = try await fixture.load(b)
        try await fixture.importCompany(store, "A", KoncernStoreTests.companyA() + Self.interest)
        let before = try #require(Consolidation.compute(try await store.followUpData(), year: 2023))
        #expect(before.income[.grants] == Money(kronor: 50) && before.income[.financialIncome] == .zero)

        let mapping = try String(
            contentsOf: DataKindsTests.example.appendingPathComponent("mapping.csv"), encoding: .utf8)
        let rules = try CSVKinds.mapping(Array((mapping + "8300;8399;financial_income;\n").utf8), file: "bas.csv")
        let summary = try await store.importCompanyMapping(company: "A", rules, file: "bas.csv", hash: "h")
        #expect(summary.message.hasPrefix("A: "))
        let data = try await store.followUpData()
        let after = try #require(Consolidation.compute(data, year: 2023))
        #expect(after.income[.grants] == .zero && after.income[.financialIncome] == Money(kronor: 50))
        #expect(after.income.result == before.income.result && after.difference == .zero)
        // The region keeps its own mapping: 8310 is still a grant in its own statements.
        #expect(data.mapping.line(for: 8310) == .grants)
        await #expect(throws: InputFailure.self) {
            try await store.importCompanyMapping(company: "X", rules, file: "bas.csv", hash: "h")
        }
    }
}
