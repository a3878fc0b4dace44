import BalansTestSupport
import Foundation
import Testing

/// Seed 003 2.5.1–2.5.4 as the region's first follow-up prints them: each table over the
/// comparison columns 4 mån 2022, 2022, 4 mån 2023, 2023, 4 mån 2024 and Prognos 2024, the rows
/// as the seed prints them (the market-valuation row, indented by two no-break spaces, is the
/// booked gain, not its reversal).
@Suite struct ComparisonTableTests {
    static let columns =
        "| Utfall jan–apr 2022 | Utfall 2022 | Utfall jan–apr 2023 | Utfall 2023 | Utfall jan–apr 2024 |"

    @Test func seed003KeyRatioTablesOverTheComparisonColumns() async throws {
        let md = try await ExampleFixture.markdown("ur1-2024-04")
        let rows = [
            Self.columns + " Prognos 2024 |",
            "| Resultat | 291 | 876 | −434 | 260 | −656 | −377 |",
            "| \u{A0}\u{A0}Marknadsvärdering orealiserade vinster/förluster | −287 | −365 | 97 | 247 | 68 | 68 |",
            "| **Resultat exkl. jämförelsestörande poster** | 578 | 1 241 | −532 | 13 | −724 | −445 |",
            "| Skatt och statsbidrag | 5,6 % | 6,5 % | 4,8 % | 5,3 % | 5,0 % | 5,8 % |",
            "| Nettokostnader | −5,8 % | 5,6 % | 28,7 % | 14,9 % | 7,9 % | 8,5 % |",
            "| Verksamhetens andel | 82,1 % | 86,6 % | 100,9 % | 94,4 % | 103,4 % | 96,8 % |",
            "| Avskrivningar | 3,0 % | 3,2 % | 3,7 % | 3,6 % | 4,1 % | 3,6 % |",
            "| Finansnetto | 0,7 % | 0,1 % | 7,9 % | 1,9 % | 8,7 % | 2,8 % |",
            "| **Nettokostnadsandel** | 85,8 % | 89,9 % | 112,5 % | 99,9 % | 116,2 % | 103,2 % |",
            "|  " + Self.columns,
            "| Inklusive pensionsförpliktelser | 20,3 % | 24,7 % | 18,6 % | 21,9 % | 15,2 % |",
        ]
        for row in rows { #expect(md.contains(row), "\(row)") }
    }
}
