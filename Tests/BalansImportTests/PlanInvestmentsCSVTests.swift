import BalansCore
import BalansImport
import Foundation
import Testing

/// `planinvestments` and `planfinance`: the rows as written, exact decimals; every problem with its line.
@Suite struct PlanInvestmentsCSVTests {
    @Test func readsInvestmentsAndFinance() throws {
        let investments = """
            version;year;node;project;category;amount;reference
            v;2025;HS;Röntgen;equipment;12 500 000,50;RF 1
            v;2026;FF;Ny vårdbyggnad;Property;150000000;
            """
        let rows = try CSVKinds.planInvestments(Array(investments.utf8), file: "i.csv")
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows[0].value.amount == Money(ore: 1_250_000_050) && rows[0].value.category == .equipment)
        #expect(rows[1].value.category == .property && rows[1].value.node == "FF" && rows[1].value.reference == "")
        let finance = """
            version;year;item;category;value;reference
            v;;avskrivningstid;property;33;RKR R3
            v;2025;ranta;;2,75;SKR
            v;2025;upplåning;;300000000.00;RF
            v;2025;amortering;;13000000;RF
            v;2025;avskrivningar;;474950000;Budget
            """
        let f = try CSVKinds.planFinance(Array(finance.utf8), file: "f.csv").map(\.value)
        #expect(f.map(\.item) == [.usefulLife, .interestRate, .borrowing, .amortisation, .depreciation])
        #expect(f[0].year == nil && f[0].category == .property && f.usefulLife(.property) == 33)
        #expect(
            f.value(.interestRate, year: 2025) == Decimal(string: "2.75", locale: Locale(identifier: "en_US_POSIX")))
        #expect(f.kronor(.borrowing, year: 2025) == Money(kronor: 300_000_000))
        #expect(f.kronor(.borrowing, year: 2026) == .zero)
    }

    @Test func everyProblemWithItsLine() {
        let text = """
            version;year;item;category;value
            v;2025;avskrivningstid;equipment;5
            v;;ränta;;2
            v;2025;ränta;property;2
            v;;avskrivningstid;;5
            v;2025;ränta;;30
            v;2025;lån;;1
            v;2025;amortering;;1,005
            v;;avskrivningstid;equipment;5
            v;;avskrivningstid;equipment;7
            """
        do {
            _ = try CSVKinds.planFinance(Array(text.utf8), file: "f.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "f.csv:2: avskrivningstid is for every year: leave year empty",
                    "f.csv:3: ränta needs year",
                    "f.csv:4: category is for avskrivningstid only",
                    "f.csv:5: avskrivningstid needs category",
                    "f.csv:6: ränta 30 is not a percent (e.g. 2.5)",
                    "f.csv:7: item \"lån\" is not one of avskrivningstid, ränta, upplåning, amortering, "
                        + "avskrivningar",
                    "f.csv:8: amortering 1,005 has more than öre",
                    "f.csv:10: avskrivningstid equipment in v is given twice (first on line 9)",
                ])
        }
    }
}
