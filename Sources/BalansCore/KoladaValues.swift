import Foundation

/// Kön in Kolada's answers: T (totalt), K (kvinnor), M (män).
public enum KoladaGender: String, CaseIterable, Sendable {
    /// Totalt.
    case total = "T"
    /// Kvinnor.
    case women = "K"
    /// Män.
    case men = "M"
}

/// One yearly figure of a Kolada KPI (nyckeltal) for one municipality or region and one gender,
/// with where it came from. Kolada's figures are yearly; a region's id is "00" and its county
/// code ("0013" Region Halland), riket's is "0000".
public struct KoladaValue: Hashable, Sendable {
    /// The KPI id, e.g. "N79010".
    public var kpi: String
    /// The KPI's title as Kolada names it; "" when the answer did not say.
    public var kpiTitle: String
    /// Kolada's id of the municipality or region ("0000" is riket).
    public var municipality: String
    /// The municipality's or region's name, e.g. "Region Halland"; "" when not known.
    public var municipalityName: String
    /// The year of the figure.
    public var year: Int
    /// Totalt, kvinnor or män.
    public var gender: KoladaGender
    /// The figure, exact as Kolada printed it.
    public var value: Decimal
    /// Where the figure came from: the URL of the API page or the imported file's name.
    public var source: String

    /// A figure of `kpi` for `municipality`, `year` and `gender` from `source`.
    public init(
        kpi: String, kpiTitle: String = "", municipality: String, municipalityName: String = "", year: Int,
        gender: KoladaGender, value: Decimal, source: String
    ) {
        self.kpi = kpi
        self.kpiTitle = kpiTitle
        self.municipality = municipality
        self.municipalityName = municipalityName
        self.year = year
        self.gender = gender
        self.value = value
        self.source = source
    }

    /// Riket's id in Kolada.
    public static let national = "0000"

    /// Whether `id` is a region's (landsting) id in Kolada: "00" and a county code, not riket.
    public static func isRegion(_ id: String) -> Bool {
        id.count == 4 && id.hasPrefix("00") && id != national && id.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits).
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// A yearly KPI compared (jämförelse): the region's own figure, riket's and the other regions'
/// range, all "totalt". Computed from stored Kolada figures, never stored itself.
public struct KoladaComparison: Sendable, Equatable {
    /// The KPI id.
    public var kpi: String
    /// The KPI's title (Kolada's, else the id).
    public var title: String
    /// The year compared.
    public var year: Int
    /// The region's own figure.
    public var own: Decimal
    /// Riket's figure; nil when not fetched.
    public var national: Decimal?
    /// The other regions' figures, lowest first (name, figure).
    public var others: [(name: String, value: Decimal)]
    /// Where the figures came from, each source once.
    public var sources: [String]

    /// The lowest of the other regions' figures.
    public var othersMin: Decimal? { others.first?.value }
    /// The highest of the other regions' figures.
    public var othersMax: Decimal? { others.last?.value }

    /// Equal when every figure and name is equal.
    public static func == (a: KoladaComparison, b: KoladaComparison) -> Bool {
        a.kpi == b.kpi && a.title == b.title && a.year == b.year && a.own == b.own && a.national == b.national
            && a.others.map(\.name) == b.others.map(\.name) && a.others.map(\.value) == b.others.map(\.value)
            && a.sources == b.sources
    }

    /// For each KPI the region `own` has a figure of, the latest year up to `year` with one: the
    /// region, riket and every other region with a figure that year. Ordered by KPI id.
    public static func compute(_ values: [KoladaValue], own: String, through year: Int) -> [KoladaComparison] {
        let totals = values.filter { $0.gender == .total && $0.year <= year }
        let kpis = Set(totals.filter { $0.municipality == own }.map(\.kpi)).sorted()
        return kpis.compactMap { kpi in
            let rows = totals.filter { $0.kpi == kpi }
            guard let latest = rows.filter({ $0.municipality == own }).map(\.year).max(),
                let mine = rows.first(where: { $0.municipality == own && $0.year == latest })
            else { return nil }
            let year = rows.filter { $0.year == latest }
            let others = year.filter { KoladaValue.isRegion($0.municipality) && $0.municipality != own }
                .map { (name: $0.municipalityName.isEmpty ? $0.municipality : $0.municipalityName, value: $0.value) }
                .sorted { ($0.value, $0.name) < ($1.value, $1.name) }
            let title = year.map(\.kpiTitle).first { !$0.isEmpty } ?? kpi
            var sources: [String] = []
            for s in year.map(\.source) where !sources.contains(s) { sources.append(s) }
            return KoladaComparison(
                kpi: kpi, title: title, year: latest, own: mine.value,
                national: year.first { $0.municipality == KoladaValue.national }?.value, others: others,
                sources: sources)
        }
    }
}
