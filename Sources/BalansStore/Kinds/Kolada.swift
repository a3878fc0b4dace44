import BalansCore
import Foundation

/// A row of `kolada_value`: one yearly Kolada figure of a KPI, municipality and gender, with
/// its source. The value is text (exact).
enum KoladaValueRecord: Record {
    static let table = "kolada_value"
    static let columns = ["kpi", "municipality", "year", "gender", "kpi_title", "municipality_name", "value", "source"]

    static func decode(_ r: SQLRow) -> KoladaValue? {
        guard let gender = KoladaGender(rawValue: r["gender"]),
            let value = Decimal(string: r["value"], locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        return KoladaValue(
            kpi: r["kpi"], kpiTitle: r["kpi_title"], municipality: r["municipality"],
            municipalityName: r["municipality_name"], year: r["year"], gender: gender, value: value, source: r["source"]
        )
    }

    static func encode(_ v: KoladaValue) -> SQLArguments {
        [v.kpi, v.municipality, v.year, v.gender.rawValue, v.kpiTitle, v.municipalityName, "\(v.value)", v.source]
    }

    /// The key a figure replaces: one per KPI, municipality, year and gender.
    static func key(_ v: KoladaValue) -> String { "\(v.kpi)|\(v.municipality)|\(v.year)|\(v.gender.rawValue)" }
}

extension Store {
    /// Stores Kolada's figures (`balans kolada fetch`, `balans import kolada`) in one transaction:
    /// each replaces the figure of its KPI, municipality, year and gender; riket's "totalt" also
    /// becomes the national value of a yearly indicator whose code is the KPI id. `own`, the
    /// region's id in Kolada, becomes the setting `kolada-municipality` when that is not set.
    /// Storing the same figures again changes nothing, and says so.
    public func importKolada(_ values: [KoladaValue], file: String, hash: String, own: String? = nil) async throws
        -> ImportSummary
    {
        let kpis = Set(values.map(\.kpi)).sorted()
        let changed = try await writing { s in
            var stored: [String: KoladaValue] = [:]
            for kpi in kpis {
                for v in try s.all(KoladaValueRecord.self, where: "kpi = ?", [kpi]) {
                    stored[KoladaValueRecord.key(v)] = v
                }
            }
            var changed = 0
            for v in values where stored[KoladaValueRecord.key(v)] != v {
                try s.insert(
                    into: KoladaValueRecord.table, KoladaValueRecord.columns, KoladaValueRecord.encode(v),
                    then: "ON CONFLICT (organisation, kpi, municipality, year, gender) DO UPDATE SET"
                        + " kpi_title = excluded.kpi_title, municipality_name = excluded.municipality_name,"
                        + " value = excluded.value, source = excluded.source")
                stored[KoladaValueRecord.key(v)] = v
                changed += 1
            }
            let yearly = "code = ? AND year = ? AND month IS NULL AND (national IS NULL OR national != ?)"
            for v in values where v.municipality == KoladaValue.national && v.gender == .total {
                changed += try s.update(
                    IndicatorRecord.table, set: "national = ?", ["\(v.value)"], where: yearly,
                    [v.kpi, v.year, "\(v.value)"])
            }
            if let own, try setting(s.db, .koladaMunicipality).isEmpty {
                try s.insert(
                    into: "organisation_setting", ["key", "value"],
                    [OrganisationSetting.koladaMunicipality.rawValue, own])
                try audit(
                    s.db, user: "kolada", action: "setting", entity: OrganisationSetting.koladaMunicipality.rawValue,
                    old: "", new: own)
                changed += 1
            }
            if changed > 0 {
                try log(s.db, kind: "kolada", file: file, hash: hash, summary: "\(values.count) Kolada figures")
            }
            return changed
        }
        let what = "\(values.count) Kolada figures of \(kpis.count) KPIs"
        return ImportSummary(
            message: changed == 0 ? "\(file): unchanged (\(what))" : "\(file): \(what), \(changed) changed",
            changed: changed > 0)
    }

    /// Every stored Kolada figure, by KPI, year, municipality and gender.
    func koladaValues(_ s: Scoped) throws -> [KoladaValue] {
        try s.all(KoladaValueRecord.self, then: "ORDER BY kpi, year, municipality, gender")
    }
}
