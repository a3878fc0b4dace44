import BalansCore
import Foundation
/// The Swedish labels of reports, in one place (ENGINEERING.md: "UI and report labels in
/// Swedish, kept in one place so an English locale can be added").
public enum ReportLabels {
    static let activityStatus: [ActivityStatus: String] = [.following: "Följer planeringen", .partly: "Följer delvis planeringen", .notFollowing: "Följer inte planeringen", .finished: "Avslutad", .project: "Projekt"]
    static let indicatorStatus: [IndicatorStatus: String] = [.met: "Uppnått", .notMet: "Ej uppnått", .noValue: "Ej bedömd"]
    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
    static let monthsShort = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    static let monthCountWords = ["en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]

    /// "jan–apr" for a period ending in April.
    /// "20-49" → "20–49 år", "50-" → "50 år och äldre", "-29" → "upp till 29 år".
    static func ageBand(_ band: String) -> String {
        let parts = band.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return band }
        if parts[0].isEmpty { return "upp till \(parts[1]) år" }
        if parts[1].isEmpty { return "\(parts[0]) år och äldre" }
        return "\(parts[0])–\(parts[1]) år"
    }
    static func span(_ month: Int) -> String { month == 1 ? "jan" : "jan–\(monthsShort[month - 1])" }
    /// "januari–april 2024"
    public static func longSpan(_ year: Int, _ month: Int) -> String {
        month == 1 ? "januari \(year)" : "januari–\(months[month - 1]) \(year)"
    }

    static let statementLines: [(key: String, label: String)] = [
        ("revenue", "Verksamhetens intäkter"), ("costs", "Verksamhetens kostnader"), ("depreciation", "Avskrivningar"),
        ("netCosts", "Verksamhetens nettokostnader"), ("tax", "Skatteintäkter"), ("grants", "Generella statsbidrag och utjämning"),
        ("operatingResult", "Verksamhetens resultat"), ("financial_income", "Finansiella intäkter"),
        ("unrealised", "Förändring marknadsvärdering finansiella placeringar (orealiserad)"),
        ("financial_costs", "Finansiella kostnader"), ("resultAfterFinancial", "Resultat efter finansiella poster"),
        ("extraordinary", "Extraordinära poster"), ("result", "Årets resultat"),
        ("resultExclUnrealised", "Resultat exkl. marknadsvärdering orealiserade poster"),
    ]

    public static let reportTitles: [String: String] = [
        "manad": "Månadsrapport", "ur1": "Uppföljningsrapport 1", "ur2": "Uppföljningsrapport 2", "arsredovisning": "Årsredovisning",
        "namnd": "Uppföljningsrapport",
    ]
    /// A financial goal's name in the table, its subject in running text, its target as
    /// printed and the decimals its value is shown with.
    static func financialGoal(_ g: FinancialGoal) -> (name: String, subject: String, target: String, decimals: Int) {
        let number = targetNumber(g.target)
        let target = g.strict ? (g.target == 0 ? "positiv" : "över \(number) %") : "minst \(number) %"
        switch g.kind {
        case .resultToTaxRevenue: return ("Resultat i förhållande till skatteintäkter, statsbidrag och utjämning", "Resultatet i förhållande till skatteintäkter, statsbidrag och utjämning", target, 1)
        case .selfFinancingRatio: return ("Självfinansieringsgrad av investeringarna", "Självfinansieringsgraden av investeringarna", target, 0)
        case .equityRatioInclPensions: return ("Soliditet inklusive pensionsförpliktelser", "Soliditeten inklusive pensionsförpliktelser", target, 1)
        }
    }
    /// A target as policy sets it: "2", "2,5" — whole numbers without decimals, as before
    /// targets were settings.
    static func targetNumber(_ d: Decimal) -> String {
        let decimals = (0...3).first { d == d.roundedHalfAwayFromZero(scale: $0) } ?? 3
        return SwedishNumberFormat.number(d, decimals: decimals)
    }
    static let textMissing = "Ingen text är inlagd för detta avsnitt."
}
