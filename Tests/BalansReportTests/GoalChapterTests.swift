import BalansCore
import BalansReport
import BalansTestSupport
import Foundation
import Testing

/// Seed 003's chapters 2.2 (Årets fokusområden och mål), 2.4 (Region Hallands verksamheter) and 4
/// (Indikatorer och målvärden) in the example's UR1 2024-04: the headings read from the seed's own
/// text, the indicators' figures from the example's data.
@Suite struct GoalChapterTests {
    /// The seed's headings numbered `prefix`.N and `prefix`.N.M between the lines that start with
    /// `from` and `to`, a heading the PDF broke over two lines joined again.
    static func seedHeadings(prefix: String, from: String, to: String) throws -> [String] {
        let seeds = TestDemo.repoRoot.appendingPathComponent("docs/spec/seeds")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix("003_") })
        let lines = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            .components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(lines.firstIndex { $0.hasPrefix(from) })
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix(to) })
        let numbered = try Regex("^" + prefix.replacingOccurrences(of: ".", with: "\\.") + "(\\.[0-9]+)+ ")
        var headings: [String] = []
        for i in (start + 1)..<end {
            guard let match = lines[i].prefixMatch(of: numbered) else { continue }
            var heading = String(lines[i][match.range.upperBound...])
            // The rest of a broken heading is the next line with text, when it starts in lower case.
            if let next = lines[(i + 1)..<end].first(where: { !$0.isEmpty }), next.first?.isLowercase == true {
                heading += " " + next
            }
            headings.append(heading)
        }
        return headings
    }

    /// The `###` and `####` headings of the Markdown chapter titled `title`.
    static func headings(_ md: String, chapter title: String) throws -> [String] {
        let lines = md.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "## " + title))
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.count
        return lines[(start + 1)..<end].compactMap { line in
            if line.hasPrefix("#### ") { return String(line.dropFirst(5)) }
            if line.hasPrefix("### ") { return String(line.dropFirst(4)) }
            return nil
        }
    }

    @Test func everyFocusAreaAndGoalOfSeed003InOrder() async throws {
        let seed = try Self.seedHeadings(prefix: "2.2", from: "2.2 Årets fokusområden", to: "2.3 Finansiella mål")
        #expect(seed.count == 28)  // seven focus areas, 21 goals
        #expect(seed.contains("Positionera regionen för att attrahera etableringar, besökare och kompetenser"))
        let md = try await ExampleFixture.markdown("ur1-2024-04")
        let title = "Årets fokusområden och mål enligt Mål och budget 2024"
        #expect(try Self.headings(md, chapter: title) == seed)
        // The focus areas open sections, the goals are the headings below them.
        #expect(md.contains("### Accelerera digital transformation\n\n#### Smartare och enklare digital vardag\n"))
        // The written texts: the introduction and a goal's (its sentence across a page break of the seed).
        #expect(
            md.contains(
                "I uppföljningsrapport 1 sker ingen prognos för måluppfyllelsen per fokusområde och mål. "
                    + "Det sker i stället i uppföljningsrapport 2 (januari - augusti)."))
        #expect(
            md.contains(
                "Under den aktuella perioden har nybesöken ökat med 12,7 procent jämfört med samma period 2023."))
    }

    @Test func theOperationsOfSeed003InOrder() async throws {
        let seed = try Self.seedHeadings(
            prefix: "2.4", from: "2.4 Region Hallands verksamheter", to: "2.5 Utvärdering av resultat")
        #expect(seed.first == "Hälso- och sjukvård" && seed.contains("Kollektivtrafik"))
        let md = try await ExampleFixture.markdown("ur1-2024-04")
        #expect(try Self.headings(md, chapter: "Region Hallands verksamheter") == seed)
        #expect(
            md.contains(
                "Punktligheten nådde 90,8 procent vilket är 0,2 procent högre än samma period 2023 "
                    + "på 90,6 procent."))
        // The chapters in the seed's order: 2.2, 2.3, 2.4, 2.5 …, 3 …, 4.
        let report = try await ExampleFixture.report("ur1-2024-04")
        let ids = report.chapters.map(\.id)
        let order = [
            "fokusomraden-och-mal", "finansiella-mal", "verksamheter", "resultatrakning", "indikatorer-och-malvarden",
        ]
        let positions = try order.map { id in try #require(ids.firstIndex(of: id)) }
        #expect(positions == positions.sorted())
        #expect(ids.last == "indikatorer-och-malvarden")
    }

    @Test func chapterFourListsTheIndicatorsWithTargetAndOutcome() async throws {
        let data = try await ExampleFixture.data()
        let row = try #require(data.indicators.first { $0.code == "RH-VG90-FK" && $0.year == 2024 && $0.month == 4 })
        let report = try await ExampleFixture.report("ur1-2024-04")
        let chapter = try #require(report.chapters.first { $0.id == "indikatorer-och-malvarden" })
        #expect(chapter.title == "Indikatorer och målvärden 2024")
        let table = try #require(
            chapter.allBlocks.compactMap { b -> Table? in if case .table(let t) = b { t } else { nil } }.first)
        #expect(table.columns == ["Indikator", "Målvärde 2024", "Utfall 2024", "Bedömning"])
        let index = try #require(table.rows.firstIndex { $0.label == row.name })
        // The data's target (none printed in the seed) and outcome (seed 003 2.4.1.1: 90 procent).
        #expect(row.target == nil && row.outcome == 90)
        #expect(table.rows[index].cells == [.empty, .percent(90, decimals: 0), .text("Ej bedömd")])
        // Under its goal and focus area (the goal that shows it in 2.2).
        let labels = table.rows[..<index].map(\.label)
        #expect(labels.suffix(2) == ["Nära och sammanhållen vård", "Säkerställa god tillgänglighet till vård"])
        #expect(table.rows.count == 5)  // the focus area, the goal and its three indicators
    }
}
