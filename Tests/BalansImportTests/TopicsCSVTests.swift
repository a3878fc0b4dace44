import BalansCore
import BalansImport
import Foundation
import Testing

/// `topics`: the rows in their order, paragraphs and indicator codes; every problem with its line.
@Suite struct TopicsCSVTests {
    @Test func readsRowsInOrder() throws {
        let text = """
            period;node;chapter;heading;topic;text;indicators
            2024-04;RH;goals;;;Inledning.;
            2024-04;RH;goals;Nära och sammanhållen vård;Säkerställa god tillgänglighet till vård;"Ett.

            Två.";RH-VG90-FK  RH-VG90-OP
            2024-04;RH;operations;Hälso- och sjukvård;Tillgänglighet;;
            """
        let rows = try CSVKinds.topics(Array(text.utf8), file: "mal.csv").map(\.value)
        #expect(rows.map(\.chapter) == [.goals, .goals, .operations])
        #expect(rows[0].heading.isEmpty && rows[0].paragraphs == ["Inledning."])
        #expect(rows[1].topic == "Säkerställa god tillgänglighet till vård")
        #expect(rows[1].paragraphs == ["Ett.", "Två."])
        #expect(rows[1].indicators == ["RH-VG90-FK", "RH-VG90-OP"])
        // Not written yet: an empty text is kept (the preview shows "Text saknas").
        #expect(rows[2].text.isEmpty && rows[2].indicators.isEmpty)
    }

    @Test func everyProblemWithItsLine() {
        let text = """
            period;node;chapter;heading;topic;text
            2024-04;RH;goals;A;M1;x
            2024-4;RH;goals;A;M2;x
            2024-04;RH;plan;A;M3;x
            2024-04;RH;;A;M4;x
            2024-04;RH;goals;;M5;x
            2024-04;RH;goals;A;M1;y
            2024-04;RH;operations;A;M1;y
            """
        do {
            _ = try CSVKinds.topics(Array(text.utf8), file: "mal.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "mal.csv:3: period \"2024-4\" is not a period (YYYY-MM)",
                    "mal.csv:4: chapter \"plan\" is not one of goals, operations",
                    "mal.csv:5: chapter is empty (one of goals, operations)",
                    "mal.csv:6: topic \"M5\" has no heading (an empty heading is the chapter's introduction)",
                    "mal.csv:7: \"M1\" of goals for RH 2024-04 is given twice (first on line 2)",
                ])
        }
    }

    @Test func headerNeedsItsColumns() {
        do {
            _ = try CSVKinds.topics(Array("period;node;chapter;topic;text\n".utf8), file: "mal.csv")
            Issue.record("must fail")
        } catch {
            #expect(error.issues.map(\.description).contains { $0.contains("heading") })
        }
    }
}
