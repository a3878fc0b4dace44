import BalansCore
import Testing

@testable import BalansReport

/// The report catalogue (issue 14): every word of the reports by key, sentences filled in one pass.
@Suite struct CatalogueTests {
    let sv = ReportCatalogue.swedishCatalogue

    @Test func aSentenceIsFilledInOnePass() {
        #expect(ReportCatalogue.fill("{1} och {2}", ["A", "B"]) == "A och B")
        // An argument's own braces are text, not a place to fill.
        #expect(ReportCatalogue.fill("{1}: {2}", ["Nämnd {2}", "x"]) == "Nämnd {2}: x")
        // A place without an argument, and braces that are no place, stay as they are.
        #expect(ReportCatalogue.fill("{1} {3} {a} {", ["A"]) == "A {3} {a} {")
        #expect(
            sv(.yearForecastAgainstBudget, "−377 mnkr", "−60 mnkr", "negativ", "317 mnkr")
                == "Årets resultat prognostiseras till −377 mnkr mot budgeterat −60 mnkr, en negativ "
                + "avvikelse mot årsbudgeten med 317 mnkr.")
    }

    @Test func everyKeyHasItsSwedishText() {
        for key in ReportLabel.allCases { #expect(!sv[key].isEmpty, "\(key)") }
        for key in ReportSentence.allCases {
            let template = sv.template(key)
            #expect(template.contains("{1}"), "\(key): a sentence has a figure, else it is a label")
        }
    }

    @Test func calendarWords() {
        #expect(sv.span(1) == "jan" && sv.span(4) == "jan–apr" && sv.span(12) == "jan–dec")
        #expect(sv.longSpan(2024, 1) == "januari 2024" && sv.longSpan(2024, 4) == "januari–april 2024")
        #expect(sv.monthCount(8) == "åtta" && sv.monthShort(5) == "maj" && sv.month(10) == "oktober")
        #expect(sv.chartMonth(Period(year: 2023, month: 11)!) == "nov 23")
        #expect(ReportLabels.reportTitles["ur2"] == "Uppföljningsrapport 2" && ReportLabels.reportTitles.count == 6)
    }
}
