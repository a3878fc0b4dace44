import BalansCore
import Foundation

/// The report words the web app and the CLI show outside a report, from the report catalogue
/// (`ReportCatalogue`), so that they read as the reports do.
public enum ReportLabels {
    /// "januari–april 2024"
    public static func longSpan(_ year: Int, _ month: Int) -> String {
        ReportCatalogue.swedishCatalogue.longSpan(year, month)
    }

    /// Each report kind's title by its command-line key: "ur1" → "Uppföljningsrapport 1".
    public static let reportTitles: [String: String] = Dictionary(
        uniqueKeysWithValues: ReportKind.allCases.map { ($0.rawValue, title($0)) })

    /// A report kind's title.
    static func title(_ kind: ReportKind) -> String {
        let words = ReportCatalogue.swedishCatalogue
        switch kind {
        case .manad: return words[.titleMonth]
        case .ur1: return words[.titleUR1]
        case .ur2: return words[.titleUR2]
        case .arsredovisning: return words[.titleAnnual]
        case .namnd: return words[.titleCommittee]
        case .malbudget: return words[.titlePlan]
        }
    }
}
