import BalansCore
import BalansImport
import Foundation
import Testing

/// `companies`: the koncern's parties; every problem with its line.
@Suite struct CompaniesCSVTests {
    @Test func readsTheRegionAndTheCompanies() throws {
        let text = """
            code;name;organisation_number;share;method;counterparty;dimension
            RH;Region Halland;232100-0207;100;region;RH;22
            HFAB;Fastigheter AB;556000-0001;100;;HFAB;
            KV;Logistik AB;556000-0002;50,5;proportional;K1;
            T;Turism AB;556000-0003;33.33;excluded;T;
            """
        let k = try CSVKinds.companies(Array(text.utf8), file: "companies.csv")
        #expect(k.region.code == "RH" && k.region.counterparty == "RH" && k.dimension == 22)
        #expect(k.companies.map(\.code) == ["HFAB", "KV", "T"])
        #expect(k.companies.map(\.share) == [10_000, 5_050, 3_333])
        #expect(k.companies.map(\.method) == [.proportional, .proportional, .excluded])
        #expect(k.companies[1].counterparty == "K1" && k.companies[1].organisationNumber == "556000-0002")
    }

    @Test func everyProblemWithItsLine() {
        let text = """
            code;name;organisation_number;share;method;counterparty;dimension
            RH;Region;1;100;region;RH;x
            A;A AB;2;101;proportional;A;
            B;B AB;3;50,123;proportional;B;
            C;C AB;4;50;owned;C;
            D;D AB;5;50;proportional;RH;
            E E;E AB;6;50;proportional;E;
            F;F AB;7;50;proportional;F;21
            G;G AB;8;50;proportional;G;
            G;G2 AB;9;50;proportional;G2;
            """
        do {
            _ = try CSVKinds.companies(Array(text.utf8), file: "companies.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map { "\($0)" } == [
                    "companies.csv:2: dimension \"x\" is not a SIE dimension number",
                    "companies.csv:3: share \"101\" is not a percentage from 0 to 100 with at most two decimals",
                    "companies.csv:4: share \"50,123\" is not a percentage from 0 to 100 with at most two decimals",
                    "companies.csv:5: method \"owned\" is not one of proportional, excluded, region",
                    "companies.csv:6: counterparty \"RH\" is used twice (first on line 2)",
                    "companies.csv:7: code \"E E\" is not letters, digits, - and _",
                    "companies.csv:8: dimension is given on the region's row only (the koncern's motpart dimension)",
                    "companies.csv:10: company \"G\" is listed twice (first on line 9)",
                    "companies.csv: no row of method region"
                        + " (the region itself: the motpart code the companies name it by)",
                ])
        }
    }
}
