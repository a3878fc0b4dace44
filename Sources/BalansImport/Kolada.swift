import BalansCore
import Foundation

/// Kolada API v3's answers (`api.kolada.se/v3`), read into figures. A data answer
/// (`/v3/data/kpi/{kpi}/municipality/{ids}/year/{years}`) is
/// `{"count": 2, "values": [{"kpi": "N79010", "municipality": "0013", "period": 2023,
/// "values": [{"gender": "T", "count": 1, "status": "", "value": 79.9}, …]}, …], "next_page": URL}`;
/// a missing figure is `null` and is left out. The municipality list (`/v3/municipality`) is
/// `{"values": [{"id": "0013", "title": "Region Halland", "type": "L"}, …]}` and the KPI list
/// (`/v3/kpi/{ids}`) `{"values": [{"id": "N79010", "title": "…"}, …]}`.
///
/// A file for `balans import kolada` is a data answer, or a saved fetch: `{"region": "0013", "kpi":
/// KPI answer, "municipality": municipality answer, "data": [data answer, …]}` (the example's,
/// docs/formats.md).
public enum Kolada {
    /// One page of a data answer: its figures and the next page's address, if any.
    public struct Page: Sendable {
        /// The page's figures (names and titles empty: the lists give them).
        public var values: [KoladaValue]
        /// `next_page`: the address of the next page; nil on the last.
        public var nextPage: String?
        /// The number of entries (KPI, municipality, year) on the page.
        public var entries: Int
    }

    /// The figures of a data answer; `source` is written on every figure, `file` names the
    /// answer in problems.
    public static func page(_ bytes: [UInt8], file: String, source: String) throws(InputFailure) -> Page {
        let root = try object(bytes, file: file)
        guard let entries = root["values"] as? [Any] else {
            throw fail(file, "not a Kolada answer: no \"values\" list at the top")
        }
        var issues: [InputIssue] = []
        var out: [KoladaValue] = []
        for (i, item) in entries.enumerated() {
            let place = "values[\(i)]"
            guard let entry = item as? [String: Any], let kpi = entry["kpi"] as? String, !kpi.isEmpty,
                let municipality = entry["municipality"] as? String, let inner = entry["values"] as? [Any]
            else {
                issues.append(
                    InputIssue(file: file, line: nil, message: "\(place): needs kpi, municipality and values"))
                continue
            }
            guard let year = (entry["period"] as? NSNumber)?.intValue ?? (entry["period"] as? String).flatMap(Int.init),
                (1900...9999).contains(year)
            else {
                issues.append(InputIssue(file: file, line: nil, message: "\(place): period is not a year"))
                continue
            }
            for (j, v) in inner.enumerated() {
                let at = "\(place).values[\(j)]"
                guard let value = v as? [String: Any], let g = value["gender"] as? String else {
                    issues.append(InputIssue(file: file, line: nil, message: "\(at): needs a gender"))
                    continue
                }
                guard let gender = KoladaGender(rawValue: g) else {
                    issues.append(InputIssue(file: file, line: nil, message: "\(at): gender \"\(g)\" is not T, K or M"))
                    continue
                }
                // A missing figure is null in Kolada: nothing to compare with.
                if value["value"] == nil || value["value"] is NSNull { continue }
                guard let number = value["value"] as? NSNumber,
                    let decimal = Decimal(string: number.stringValue, locale: Locale(identifier: "en_US_POSIX"))
                else {
                    issues.append(InputIssue(file: file, line: nil, message: "\(at): value is not a number"))
                    continue
                }
                out.append(
                    KoladaValue(
                        kpi: kpi, municipality: municipality, year: year, gender: gender, value: decimal, source: source
                    ))
            }
        }
        if !issues.isEmpty { throw InputFailure(issues) }
        let next = (root["next_page"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        return Page(values: out, nextPage: next, entries: entries.count)
    }

    /// A list answer (`/v3/municipality`, `/v3/kpi`) as id → (title, type); type "" when not given.
    public static func list(_ bytes: [UInt8], file: String) throws(InputFailure) -> [String: (
        title: String, type: String
    )] {
        let root = try object(bytes, file: file)
        guard let entries = root["values"] as? [Any] else {
            throw fail(file, "not a Kolada answer: no \"values\" list at the top")
        }
        var out: [String: (title: String, type: String)] = [:]
        for (i, item) in entries.enumerated() {
            guard let entry = item as? [String: Any], let id = entry["id"] as? String else {
                throw fail(file, "values[\(i)]: needs an id")
            }
            out[id] = ((entry["title"] as? String) ?? "", (entry["type"] as? String) ?? "")
        }
        return out
    }

    /// A file for `balans import kolada`: a data answer or a saved fetch, every figure with the
    /// file as its source and, in a saved fetch, the KPI's title, the municipality's name and the
    /// region the fetch was for (`"region": "0013"`).
    public static func answerFile(_ bytes: [UInt8], file: String) throws(InputFailure) -> (
        values: [KoladaValue], region: String?
    ) {
        let root = try object(bytes, file: file)
        guard let data = root["data"] as? [Any] else {
            return (try page(bytes, file: file, source: file).values, nil)
        }
        let region = root["region"] as? String
        if let region, !KoladaValue.isRegion(region) {
            throw fail(file, "region: \"\(region)\" is not a region's Kolada id such as 0013")
        }
        func encoded(_ key: String) throws(InputFailure) -> [UInt8]? {
            guard let part = root[key] else { return nil }
            do {
                return [UInt8](try JSONSerialization.data(withJSONObject: part))
            } catch {
                throw fail(file, "\(key): not a Kolada answer")
            }
        }
        let kpis = try encoded("kpi").map { bytes throws(InputFailure) in try list(bytes, file: "\(file): kpi") } ?? [:]
        let places =
            try encoded("municipality").map { bytes throws(InputFailure) in
                try list(bytes, file: "\(file): municipality")
            } ?? [:]
        var values: [KoladaValue] = []
        for (i, part) in data.enumerated() {
            guard let bytes = try? JSONSerialization.data(withJSONObject: part) else {
                throw fail(file, "data[\(i)]: not a Kolada answer")
            }
            values += try page([UInt8](bytes), file: "\(file): data[\(i)]", source: file).values
        }
        return (named(values, kpis: kpis, municipalities: places), region)
    }

    /// `values` with the KPIs' titles and the municipalities' names from the lists.
    public static func named(
        _ values: [KoladaValue], kpis: [String: (title: String, type: String)],
        municipalities: [String: (title: String, type: String)]
    ) -> [KoladaValue] {
        values.map { v in
            var v = v
            v.kpiTitle = kpis[v.kpi]?.title ?? v.kpiTitle
            v.municipalityName = municipalities[v.municipality]?.title ?? v.municipalityName
            return v
        }
    }

    private static func fail(_ file: String, _ message: String) -> InputFailure {
        InputFailure([InputIssue(file: file, line: nil, message: message)])
    }

    /// The answer's top-level object; every problem as an issue of the whole answer (JSON has no
    /// useful lines here: the path inside the document says where).
    private static func object(_ bytes: [UInt8], file: String) throws(InputFailure) -> [String: Any] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw fail(file, "not JSON: \(error.localizedDescription)")
        }
        guard let root = json as? [String: Any] else { throw fail(file, "not a Kolada answer: not a JSON object") }
        return root
    }
}
