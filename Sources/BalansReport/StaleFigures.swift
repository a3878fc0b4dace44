import BalansCore
import Foundation

/// Figures a written text quotes that the report no longer gives (issue 17, item 5): a text approved when the
/// deficit was 175 mnkr still says "175 mnkr" after the data moved to −205. Every amount a text quotes in mnkr or
/// tkr ("175 mnkr", "−1 199 035 tkr", "85,1 miljoner kronor") is looked for among the report's amounts — its
/// tables' cells and its charts' bars — rounded as quoted (whole, or with the decimals the text has), sign aside
/// (a text says "ett underskott på 175 mnkr" of −175). A quoted figure no amount rounds to is reported, with its
/// text, for the central controller to check before the report is fastställd.
public enum StaleFigures {
    /// One quoted figure the report does not give.
    public struct Finding: Sendable, Equatable {
        /// Where the text is: its section's key and node, e.g. "summary HS".
        public var place: String
        /// The figure as the text quotes it, e.g. "175 mnkr".
        public var quoted: String
    }

    /// The quoted figures of `texts` that no amount of `report` rounds to.
    public static func check(_ report: Report, texts: [(place: String, text: String)]) -> [Finding] {
        var amounts: Set<UInt64> = []
        for block in report.allBlocks {
            switch block {
            case .table(let t):
                for row in t.rows { for case .amount(let ore) in row.cells { amounts.insert(ore.magnitude) } }
            case .chart(let c) where c.figures == nil:
                for bar in c.bars { amounts.insert(bar.value.magnitude) }
            default: continue
            }
        }
        var findings: [Finding] = []
        for (place, text) in texts {
            for quote in quotes(in: text) {
                let given = amounts.contains {
                    Money.divideRoundingHalfAwayFromZero(Int64(clamping: $0), quote.orePerDigit) == quote.digits
                }
                if !given { findings.append(Finding(place: place, quoted: quote.text)) }
            }
        }
        return findings
    }

    /// A figure a text quotes: its digits as a whole number of its last decimal place, and öre per such digit.
    public struct Quote: Sendable, Equatable {
        /// The figure and unit as written, "175 mnkr".
        public var text: String
        /// Its digits without separators or comma: 175 for "175", 851 for "85,1".
        public var digits: Int64
        /// Öre per unit of the last digit: 100 000 000 for "175 mnkr", 10 000 000 for "85,1 mnkr".
        public var orePerDigit: Int64
    }

    /// The amounts in mnkr or tkr a text quotes: "175 mnkr", "−1 199 035 tkr", "85,1 miljoner kronor".
    public static func quotes(in text: String) -> [Quote] {
        // Not inside a longer number ("12,5" is not "5"); thousands grouped by a space or a non-breaking one.
        let pattern =
            /(?:^|[^\d,.])(\d+(?:[ \u{A0}]\d{3})*(?:,(\d{1,2}))?)[ \u{A0}](mnkr|tkr|miljoner kronor|miljarder kronor)/
        return text.matches(of: pattern).compactMap { m in
            let number = String(m.1).filter { $0.isNumber }
            guard number.count <= 15, let digits = Int64(number) else { return nil }
            let decimals = m.2.map { $0.count } ?? 0
            var unit: Int64
            switch m.3 {
            case "tkr": unit = 100_000
            case "miljarder kronor": unit = 100_000_000_000
            default: unit = 100_000_000
            }
            for _ in 0..<decimals { unit /= 10 }
            return Quote(text: "\(m.1) \(m.3)", digits: digits, orePerDigit: unit)
        }
    }
}
