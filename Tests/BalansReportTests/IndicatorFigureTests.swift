import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Seed 002's indicators (Regionkontoret 2019, 4.1.2–4.1.5) from the example's indicators.csv.
@Suite struct IndicatorFigureTests {
    @Test func seed002StatusesAgainstTargets() async throws {
        let data = try await ExampleFixture.data()
        let results = IndicatorResult.compute(data, node: "RK", period: Period(year: 2019, month: 12)!)
        func result(_ code: String) throws -> IndicatorResult { try #require(results.first { $0.row.code == code }) }
        // Digital courses: target 15, outcome 66, last year 5 → met, +61.
        let dig = try result("RK-DIG")
        #expect(dig.row.target == 15 && dig.row.outcome == 66 && dig.previousOutcome == 5)
        #expect(dig.status == .met && dig.change == 61)
        // Chefskompetenser: Ja/Ja met; Ja/Nej not met (SPEC §4.6).
        #expect(try result("RK-CHEF1").status == .met)
        #expect(try result("RK-CHEF2").status == .notMet)
        // Lower is better: turnover 10,93 % vs 13 %, sick leave 2,22 % vs 4 % → met.
        #expect(try result("RK-OMS").row.outcome == Decimal(string: "10.93"))
        #expect(try result("RK-OMS").status == .met)
        #expect(try result("RK-SJUK").row.outcome == Decimal(string: "2.22"))
        #expect(try result("RK-SJUK").status == .met)
        #expect(results.count == 5)
    }

    @Test func theDemoReportShowsThem() async throws {
        let md = try await ExampleFixture.markdown("arsredovisning-RK-2019-12")
        #expect(md.contains("4 av 5 indikatorer når sitt målvärde, 1 gör det inte."))
        #expect(
            md.contains(
                "| Antal digitala kompetensutvecklingsinsatser som finns i Kompetensportalen | 15 | 66 | 5 | Uppnått "
                    + "|")
        )
        #expect(
            md.contains(
                "| Chefskompetenserna används både i rekrytering och planering av kompetensutvecklingsinsatser | Ja "
                    + "| "
                    + "Nej | – | Ej uppnått |"
            ))
        #expect(md.contains("| Personalomsättning (R12 medel) | 13 % | 10,93 % | – | Uppnått |"))
        // Seed 002 5.2.1: "Det ekonomiska resultatet för år 2019 uppgår till +55,1 mnkr" (the example's
        // 2019 ledger and budget).
        #expect(md.contains("Det ekonomiska resultatet för 2019 uppgår till 55,1\u{00A0}mnkr"))
        // Seed 002 5.2.1: "ePlan drift redovisar ett underskott med -12,4 mnkr vilket är en förbättring med +8 mnkr
        // jämfört med prognosen i Uppföljningsrapport ett"; 5.2.4.1 "kostnadsutveckling uppgår till 16 procent".
        #expect(
            md.contains(
                "E-plan drift: underskott 12,4\u{00A0}mnkr mot budget, en förbättring med 8,0\u{00A0}mnkr "
                    + "jämfört med prognosen efter fyra månader"))
        #expect(md.contains("kostnadsutveckling uppgår till 16,0 procent"))
        // Seed 002 6: the signatures.
        #expect(md.contains("## Underskrifter\n\nRegionstyrelsen\n\nMikaela Waltersson, Regionstyrelsens ordförande"))
        // Seed 002 5.2 in tkr, and 5.2.4.1's "Utfall −7,2 %" (16 % against a budgeted 8,9 %) in the report's sign.
        #expect(md.contains("| Resultat jämfört med budget, ackumulerat | 55 100 | 0 | 55 100 |"))
        #expect(md.contains("| Regionstyrelsens verksamheter | 16,0 % | 8,9 % | −7,2 |"))
        // Seed 002 4.1.2/4.1.3: the indicators under their focus areas and commitments.
        #expect(
            md.contains(
                "### Fokusområde: Följa en tydlig och transparent process för rekrytering och tillsättning av "
                    + "chefer "
                    + "på alla nivåer"
            ))
        #expect(md.contains("**Tillämpa dessa i rekrytering och kompetensutveckling**"))
        // Seed 002 4.1.5: the staff indicators (no focus area) under a heading of their own, not
        // under the focus area printed before them.
        let lines = md.split(separator: "\n").map(String.init)
        let staff = try #require(lines.firstIndex { $0.hasPrefix("| Personalomsättning (R12 medel)") })
        let heading = try #require(lines[..<staff].lastIndex { $0.hasPrefix("### ") })
        #expect(lines[heading] == "### Medarbetarindikatorer")
    }

    /// The model's focus area, R12 flag and split by gender survive the import.
    @Test func focusAreaRollingAndGenderAreStored() async throws {
        let data = try await ExampleFixture.data()
        let oms = try #require(data.indicators.first { $0.code == "RK-OMS" })
        #expect(oms.rolling12 && oms.focusArea.isEmpty && oms.goal == "Medarbetarindikatorer")
        let dig = try #require(data.indicators.first { $0.code == "RK-DIG" })
        #expect(!dig.rolling12 && dig.focusArea == "Utveckla nya former för regionens kompetensutveckling")
    }
}

/// Seed 003 2.4.1.1, April 2024: the care guarantee (90 days) split by gender — first contact
/// 90 % (women 91, men 89), operation 74 % (women 75, men 73) — and patients waiting longer
/// than 90 days for a first contact, 984 against 1 142 a year earlier.
@Suite struct GenderSplitIndicatorTests {
    @Test func seed003CareGuaranteeByGender() async throws {
        let data = try await ExampleFixture.data()
        let results = IndicatorResult.compute(data, node: "RH", period: Period(year: 2024, month: 4)!)
        let first = try #require(results.first { $0.row.code == "RH-VG90-FK" })
        #expect([first.row.outcome, first.row.outcomeWomen, first.row.outcomeMen] == [90, 91, 89])
        let operation = try #require(results.first { $0.row.code == "RH-VG90-OP" })
        #expect([operation.row.outcome, operation.row.outcomeWomen, operation.row.outcomeMen] == [74, 75, 73])
        // No target is printed, so there is no status: never "met" by default.
        #expect(first.status == .noValue)
        let waiting = try #require(results.first { $0.row.code == "RH-VG90-ANT" })
        #expect(waiting.row.outcome == 984 && waiting.previousOutcome == 1_142 && waiting.change == -158)

        let md = try await ExampleFixture.markdown("ur1-2024-04")
        #expect(md.contains("| Indikator | Målvärde 2024 | Utfall 2024 | Kvinnor | Män | Utfall 2023 | Bedömning |"))
        #expect(
            md.contains(
                "| Andel väntande som väntat kortare än 90 dagar på första kontakt | – | 90 % | 91 % | 89 % | "
                    + "– | Ej "
                    + "bedömd |"
            ))
        #expect(
            md.contains(
                "| Antal patienter som väntat mer än 90 dagar på första kontakt | – | 984 | – | – | "
                    + "1\u{A0}142 | Ej "
                    + "bedömd |"
            ))
    }
}

/// Seed 004: availability (new visits within 60 days) March 2017 – March 2018 against the
/// national figure and the 80 % target.
@Suite struct AvailabilitySeriesTests {
    @Test func seed004AgainstRiket() async throws {
        let data = try await ExampleFixture.data()
        let series = IndicatorResult.series(data, code: "RH-NYB60", through: Period(year: 2018, month: 3)!)
        #expect(series.map(\.outcome) == [84, 84, 82, 81, 83, 67, 71, 76, 80, 81, 76, 76, 80].map { Decimal($0) })
        #expect(series.map(\.national) == [77, 77, 74, 74, 76, 63, 64, 72, 73, 75, 72, 72, 77].map { Decimal($0) })
        #expect(series.first?.year == 2017 && series.first?.month == 3)
        // Halland above the national figure every month; the target met in 8 of 13 months.
        #expect(series.allSatisfy { $0.outcome! > $0.national! })
        #expect(series.filter { IndicatorResult.status($0) == .met }.count == 8)
        let md = try await ExampleFixture.markdown("manad-2018-03")
        #expect(
            md.contains(
                "| Riket | 77 % | 77 % | 74 % | 74 % | 76 % | 63 % | 64 % | 72 % | 73 % | 75 % | 72 % | 72 % | 77 % |"))
        // The region report of the same period carries the region's indicators too (seed 003's
        // chapter 4), with the series against riket that no written goal shows.
        let ur1 = try await ExampleFixture.markdown("ur1-2018-03")
        #expect(
            ur1.contains("## Indikatorer och målvärden 2018")
                && ur1.contains("| Region Halland | 84 % | 84 % | 82 % |")
        )
    }
}
