import BalansCore
import BalansReport
import Foundation
import Testing

@Suite struct RenderTests {
    @Test func swedishAmounts() {
        let mnkr: Int64 = 100_000_000
        #expect(
            SwedishNumberFormat.amount(-13_575 * mnkr - 40_000_000, unit: .mnkr, thousandsSeparator: " ", minus: "-")
                == "-13 575")
        #expect(SwedishNumberFormat.amount(190_980_000_000, unit: .mnkr1, thousandsSeparator: " ") == "1 909,8")
        #expect(SwedishNumberFormat.amount(-4_000_000, unit: .mnkr1) == "0,0")  // −0,04 mnkr: no minus on zero
        #expect(SwedishNumberFormat.amount(50_000_000, unit: .mnkr) == "1")  // 0,5 → 1, half away from zero
        #expect(SwedishNumberFormat.amount(-50_000_000, unit: .mnkr) == "\u{2212}1")
        #expect(
            SwedishNumberFormat.amount(-119_903_500_000, unit: .tkr, thousandsSeparator: " ", minus: "-")
                == "-1 199 035")
    }

    @Test func swedishPercent() {
        #expect(SwedishNumberFormat.percent(Decimal(string: "103.19")!, decimals: 1, space: " ") == "103,2 %")
        #expect(SwedishNumberFormat.percent(Decimal(string: "-3.24")!, decimals: 1, minus: "-", space: " ") == "-3,2 %")
        #expect(SwedishNumberFormat.percent(Decimal(string: "5.45")!, decimals: 0, space: " ") == "5 %")
        #expect(SwedishNumberFormat.percent(Decimal(string: "0.05")!, decimals: 1, space: " ") == "0,1 %")
    }

    static let report = Report(
        kind: .ur1, title: "Rapport <&>", subtitle: "Region, januari–april 2024", organisation: "Region",
        period: Period(year: 2024, month: 4)!,
        chapters: [
            Chapter(
                id: "rr", title: "Resultaträkning",
                blocks: [
                    .paragraph("Text", missing: false),
                    .paragraph("Analys", missing: true),
                    .table(
                        Table(
                            id: "rr", caption: "Resultaträkning", unit: .mnkr, columns: ["", "Utfall", "Andel"],
                            rows: [
                                Table.Row(label: "Plusposter", cells: [.empty, .empty]),
                                Table.Row(
                                    label: "Intäkter | netto",
                                    cells: [
                                        .amount(97_049_999_999), .percent(Decimal(string: "103.19")!, decimals: 1),
                                    ]),
                                Table.Row(label: "Summa", cells: [.amount(-65_600_000_000), .empty], isTotal: true),
                            ])),
                    .chart(
                        BarChart(
                            id: "dev", title: "Avvikelse", unit: .mnkr,
                            bars: [
                                .init(label: "HS", value: -17_500_000_000), .init(label: "RGKF", value: 59_700_000_000),
                            ])),
                ])
        ])

    @Test func htmlIsAccessibleAndEscaped() {
        let html = HTMLRenderer.render(Self.report)
        #expect(html.contains("<html lang=\"sv\">"))
        #expect(html.contains("<title>Rapport &lt;&amp;&gt; – Region, januari–april 2024</title>"))
        #expect(html.contains("<caption>Resultaträkning <span class=\"unit\">(mnkr)</span></caption>"))
        #expect(html.contains("<th scope=\"col\" class=\"colnum\">Utfall</th>"))
        // A group heading has blank cells; a missing value in a figure row shows the dash.
        #expect(
            html.contains(
                "<th scope=\"row\" style=\"padding-left:0.5rem\">Plusposter</th><td class=\"num\"></td><td "
                    + "class=\"num\"></td></tr>"
            ))
        #expect(
            html.contains(
                "<th scope=\"row\" style=\"padding-left:0.5rem\">Intäkter | netto</th><td class=\"num\">970</td><td "
                    + "class=\"num\">103,2\u{00A0}%</td>"
            ))
        #expect(html.contains("<tr class=\"total\">"))
        #expect(html.contains("<td class=\"num\">\u{2212}656</td><td class=\"num\">–</td>"))
        #expect(html.contains("<p class=\"missing\" role=\"note\"><strong>Text saknas:</strong> Analys</p>"))
        #expect(html.contains("<desc id=\"c-dev-d\">HS: −175 mnkr; RGKF: 597 mnkr</desc>"))
        #expect(html.contains("@page{size:A4"))
    }

    @Test func markdownTable() {
        let md = MarkdownRenderer.render(Self.report)
        #expect(
            md.contains(
                """
                **Resultaträkning** (mnkr)

                |  | Utfall | Andel |
                | --- | ---: | ---: |
                | Plusposter |  |  |
                | Intäkter \\| netto | 970 | 103,2 % |
                | **Summa** | −656 | – |

                """))
        #expect(md.contains("> **Text saknas:** Analys"))
    }

    /// A difference of percentages in procentenheter prints without "%" (issue 15: the column says
    /// its unit), rounds half away from zero, and survives storing.
    @Test func percentagePointsAreANumberWithoutPercent() throws {
        let rows = [
            Table.Row(label: "A", cells: [.points(Decimal(string: "1.65")!, decimals: 1)]),
            Table.Row(label: "B", cells: [.points(Decimal(string: "-16.2")!, decimals: 1)]),
        ]
        let table = Table(id: "t", caption: "T", unit: .mnkr, columns: ["", "Skillnad"], rows: rows, showsUnit: false)
        let report = Report(
            kind: .ur1, title: "R", subtitle: "S", organisation: "O", period: Period(year: 2024, month: 4)!,
            chapters: [Chapter(id: "c", title: "C", blocks: [.table(table)])])
        let md = MarkdownRenderer.render(report)
        #expect(md.contains("| A | 1,7 |") && md.contains("| B | −16,2 |"))
        #expect(HTMLRenderer.render(report).contains(">1,7<"))
        #expect(try Report.decoded(report.encoded()) == report)
    }

    @Test func jsonIsStableAndExact() throws {
        let json = JSONReportRenderer.render(Self.report)
        #expect(json == JSONReportRenderer.render(Self.report))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["period"] as? String == "2024-04")
        #expect(json.contains("\"cells\": [\n                970499999.99,\n                103.19\n"))
        #expect(json.contains("\"value\": -175000000"))
    }

    /// User texts reach Markdown as text: HTML and Markdown in them escaped, nothing they hold
    /// starts a heading, list or code block or ends a table row (issue 13, item 10).
    @Test func markdownEscapesUserTexts() {
        let report = Report(
            kind: .namnd, title: "Nämnd <b>", subtitle: "", organisation: "", period: Period(year: 2024, month: 4)!,
            chapters: [
                Chapter(
                    id: "c", title: "# Kapitel",
                    blocks: [
                        .paragraph(
                            "<script>alert(1)</script> & *fet* [länk](javascript:x) `kod` a_b ~x~ $y$ \\",
                            missing: false),
                        .paragraph("2024. Året\n\n# Rubrik", missing: false),
                        .paragraph("    kod", missing: true),
                        .list(["- punkt", "+ plus", "<img src=x onerror=alert(1)>"]),
                        .table(
                            Table(
                                id: "t", caption: "Tabell <i>", unit: .mnkr, columns: ["", "Kommentar"],
                                rows: [
                                    Table.Row(label: "<b>A</b>", cells: [.text("rad 1\nrad 2 | x")])
                                ], footnotes: ["*not*"])),
                    ])
            ])
        let md = MarkdownRenderer.render(report)
        #expect(
            md == """
                # Nämnd &lt;b&gt;



                ## \\# Kapitel

                &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*fet\\* \\[länk\\](javascript:x) \\`kod\\` \
                a\\_b \\~x\\~ \\$y\\$ \\\\

                2024\\. Året # Rubrik

                > **Text saknas:**     kod

                - \\- punkt
                - \\+ plus
                - &lt;img src=x onerror=alert(1)&gt;

                **Tabell &lt;i&gt;** (mnkr)

                |  | Kommentar |
                | --- | --- |
                | &lt;b&gt;A&lt;/b&gt; | rad 1 rad 2 \\| x |

                *\\*not\\**

                """)
    }
}
