import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansCore
@testable import BalansStore

/// Sammanställda räkenskaper (issue 16, part 3) on both backends: an invented region and two companies — A wholly
/// owned with a calendar year, B half owned with the fiscal year 2022-07-01–2023-06-30 — whose internal sales, loan
/// and interest cancel exactly. The expected figures are computed by hand in the comments, not by the code.
@Suite struct KoncernStoreTests {
    static let companies = """
        code;name;organisation_number;share;method;counterparty;dimension
        R;Regionen;232100-0000;100;region;R;21
        A;Bolaget A;556000-0001;100;proportional;A;
        B;Bolaget B;556000-0002;50,0;proportional;B;
        C;Bolaget C;556000-0003;10;excluded;C;
        """

    static func sie(_ rar: String, ib: [String], _ vouchers: [[String]]) -> String {
        var lines = ["#FLAGGA 0", "#SIETYP 4", "#RAR 0 \(rar)", "#DIM 21 \"Motpart\""]
        lines += ib.map { "#IB 0 \($0)" }
        for (i, rows) in vouchers.enumerated() {
            lines.append("#VER A \(i + 1) \(rows[0]) \"v\"")
            lines.append("{")
            lines += rows.dropFirst().map { "#TRANS \($0)" }
            lines.append("}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Region 2023: tax 5 000; sales 300 to A (unpaid) and 200 outside; a loan of 2 000 to A and its interest 80;
    /// purchases 400 from B (100 unpaid) and 3 000 outside.
    static let region = sie(
        "20230101 20231231", ib: ["1930 1000.00", "2010 -1000.00"],
        [
            ["20230301", "1930 {} 5000.00", "8010 {} -5000.00"],
            ["20230302", "1510 {21 \"A\"} 300.00", "3510 {21 \"A\"} -300.00"],
            ["20230303", "1930 {} 200.00", "3510 {} -200.00"],
            ["20230304", "1380 {21 \"A\"} 2000.00", "1930 {} -2000.00"],
            ["20230305", "1930 {} 80.00", "8410 {21 \"A\"} -80.00"],
            ["20230306", "6410 {21 \"B\"} 400.00", "2440 {21 \"B\"} -100.00", "1930 {} -300.00"],
            ["20230307", "6410 {} 3000.00", "1930 {} -3000.00"],
        ])

    /// A 2023 (100 %): the loan from the region, the purchase from it, the interest (`interest` kr), sales 1 000
    /// outside and 60 to B, depreciation 100.
    static func companyA(interest: String = "80.00") -> String {
        sie(
            "20230101 20231231", ib: ["1110 5000.00", "2010 -5000.00"],
            [
                ["20230104", "1930 {} 2000.00", "2310 {21 \"R\"} -2000.00"],
                ["20230302", "6410 {21 \"R\"} 300.00", "2440 {21 \"R\"} -300.00"],
                ["20230305", "8510 {21 \"R\"} \(interest)", "1930 {} -\(interest)"],
                ["20230601", "1930 {} 1000.00", "3510 {} -1000.00"],
                ["20230602", "1930 {} 60.00", "3510 {21 \"B\"} -60.00"],
                ["20231231", "7810 {} 100.00", "1110 {} -100.00"],
            ])
    }

    /// B 2022-07-01–2023-06-30 (50 %): sales 400 to the region (100 unpaid), rent 60 to A, wages 150,50.
    static let companyB = sie(
        "20220701 20230630", ib: ["1210 800.00", "1930 200.00", "2010 -1000.00"],
        [
            ["20220930", "1510 {21 \"R\"} 100.00", "1930 {} 300.00", "3510 {21 \"R\"} -400.00"],
            ["20230228", "6410 {21 \"A\"} 60.00", "1930 {} -60.00"],
            ["20230531", "5010 {} 150.50", "1930 {} -150.50"],
        ])

    func load(_ b: TestBackend, interest: String = "80.00") async throws -> Store {
        let store = try await b.store()
        _ = try await store.importLedger(SIELedger.read(Array(Self.region.utf8), file: "r.se").ledger)
        try await importCompanies(store)
        try await importCompany(store, "A", Self.companyA(interest: interest))
        try await importCompany(store, "B", Self.companyB)
        return store
    }

    func importCompanies(_ store: Store) async throws {
        let koncern = try CSVKinds.companies(Array(Self.companies.utf8), file: "companies.csv")
        _ = try await store.importCompanies(koncern, file: "companies.csv", hash: "")
    }

    @discardableResult
    func importCompany(_ store: Store, _ code: String, _ text: String) async throws -> Store.ImportSummary {
        let ledger = try SIELedger.read(Array(text.utf8), file: "\(code).se", company: true).ledger
        return try await store.importCompanyLedger(company: code, contentHash: ledger.contentHash, file: "\(code).se") {
            emit in
            try emit(ledger.vouchers)
            return ledger
        }
    }

    @Test(arguments: TestBackend.all) func theKoncernEqualsTheHandCalculation(_ b: TestBackend) async throws {
        let store = try await load(b)
        let data = try await store.followUpData()
        // The region's own statements are the region's ledger alone.
        #expect(IncomeStatement.outcome(data, year: 2023)?.result == Money(ore: 218_000))
        #expect(try await store.companyLedgerYears("B") == [2023])
        let k = try #require(Consolidation.compute(data, year: 2023))
        #expect(k.parts.map(\.company.code) == ["A", "B"])
        // Revenue 500 + 1 060 + 50 % of 400, less 300 (R→A), 2 × 100 (R–B at 50 %), 30 (A→B at 50 %) = 1 230.
        #expect(k.income[.revenue] == Money(ore: 123_000))
        // Costs −3 400 − 300 − 50 % of 210,50, less −300, −200, −30 = −3 275,25.
        #expect(k.income[.costs] == Money(ore: -327_525))
        #expect(k.income[.depreciation] == Money(ore: -10_000))
        #expect(k.income[.tax] == Money(ore: 500_000))
        #expect(k.income[.financialIncome] == .zero && k.income[.financialCosts] == .zero)
        #expect(k.income.result == Money(ore: 285_475))
        // Fixed assets 2 000 + 4 900 + 400 − the loan 2 000; current 1 280 + 2 980 + 194,75 − 300 − 50.
        #expect(k.balance[.fixedAssets] == Money(ore: 530_000))
        #expect(k.balance[.currentAssets] == Money(ore: 410_475))
        #expect(k.balance[.equity] == Money(ore: 650_000))
        #expect(k.balance.yearResult == Money(ore: 285_475))
        #expect(k.balance[.longTermLiabilities] == .zero)
        #expect(k.balance[.shortTermLiabilities] == Money(ore: 5_000))
        #expect(k.difference == .zero)
        #expect(k.pairs.map { "\($0.first)-\($0.second)" } == ["R-A", "R-B", "A-B"])
        #expect(k.pairs.allSatisfy { $0.resultDifference.isZero && $0.balanceDifference.isZero })
        #expect(k.pairs[0].incomeEliminated == Money(ore: 38_000) && k.pairs[0].assetsEliminated == Money(ore: 230_000))
    }

    /// The koncern's kassaflödesanalys: the parties' flows at their shares, the loan (financial assets and long-term
    /// liabilities) and the unpaid invoices (receivables, short-term liabilities) taken out on both sides.
    @Test(arguments: TestBackend.all) func theKoncernsCashFlow(_ b: TestBackend) async throws {
        let data = try await load(b).followUpData()
        let f = try #require(Consolidation.cashFlow(data, year: 2023))
        // Likvida medel: 1 000 + 0 + 50 % of 200 at the start; 980 + 2 980 + 50 % of 289,50 at the end.
        #expect(f.openingCash == Money(ore: 110_000) && f.closingCash == Money(ore: 410_475))
        #expect(f.difference == .zero && f.unexplained.isEmpty)
        #expect(f[.result] == Money(ore: 285_475))
        #expect(f[.financialAssets] == .zero && f[.longTermLiabilities] == .zero)
        // Receivables: the region's −300 and B's −50 are internal; short-term: 100 + 300 less 50 and 300.
        #expect(f[.receivables] == .zero && f[.shortTermLiabilities] == Money(ore: 5_000))
    }

    @Test(arguments: TestBackend.all) func aMismatchIsReported(_ b: TestBackend) async throws {
        // A books 70 of the region's 80 in interest: 10 kr is left between R and A, and in the balance sheet.
        let store = try await load(b, interest: "70.00")
        let k = try #require(Consolidation.compute(try await store.followUpData(), year: 2023))
        #expect(k.pairs[0].resultDifference == Money(ore: 1_000))
        #expect(k.pairs.dropFirst().allSatisfy { $0.resultDifference.isZero })
        #expect(k.difference == Money(ore: 1_000))
    }

    @Test(arguments: TestBackend.all) func importTwiceChangesNothing(_ b: TestBackend) async throws {
        let store = try await load(b)
        let before = try await store.contentFingerprint()
        try await importCompanies(store)
        let again = try await importCompany(store, "B", Self.companyB)
        #expect(!again.changed)
        #expect(try await store.contentFingerprint() == before)
        // The company's ledger is not the region's: the region has 2023 only, its organisation list one code.
        #expect(try await store.ledgerYears() == [2023])
        #expect(try await store.organisations() == [Store.defaultOrganisation])
    }

    @Test(arguments: TestBackend.all) func anUnknownCompanyWritesNothing(_ b: TestBackend) async throws {
        let store = try await b.store()
        try await importCompanies(store)
        let before = try await store.contentFingerprint()
        await #expect {
            try await importCompany(store, "X", Self.companyA())
        } throws: { error in
            "\(error)".contains("unknown company \"X\"")
        }
        #expect(try await store.contentFingerprint() == before)
        #expect(try await store.companyLedgerYears("X").isEmpty)
    }

    @Test func theRegionsOwnYearStaysCalendar() {
        #expect(throws: InputFailure.self) { try SIELedger.read(Array(Self.companyB.utf8), file: "b.se") }
    }
}
