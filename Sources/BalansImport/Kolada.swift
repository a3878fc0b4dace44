import BalansCore
import Foundation

/// The national figures (riket) of a Kolada API answer (`api.kolada.se/v2/data/kpi/…`, saved
/// as JSON): `{"values": [{"kpi": "N79010", "municipality": "0000", "period": 2018,
/// "values": [{"gender": "T", "value": 77.0}, …]}, …]}`. Only municipality `0000` (Riket) and
/// gender `T` (totalt) are taken: they become the `national` value of the indicator whose code
/// is the KPI id, for that year. Kolada's other entries (regions, kvinnor/män) are skipped.
public enum Kolada {
    /// Reads the JSON; every problem as an issue of the whole file (JSON has no useful lines
    /// here: the path inside the document says where).
    public static func nationalValues(_ bytes: [UInt8], file: String) throws(InputFailure) -> [NationalValue] {
        func fail(_ message: String) -> InputFailure {
            InputFailure([InputIssue(file: file, line: nil, message: message)])
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw fail("not JSON: \(error.localizedDescription)")
        }
        guard let root = json as? [String: Any], let entries = root["values"] as? [Any] else {
            throw fail("not a Kolada answer: no \"values\" list at the top")
        }
        var issues: [InputIssue] = []
        var out: [NationalValue] = []
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
            guard municipality == "0000" else { continue }
            for (j, v) in inner.enumerated() {
                guard let value = v as? [String: Any], (value["gender"] as? String) == "T" else { continue }
                // A missing figure is null in Kolada: nothing to compare with.
                guard let number = value["value"] as? NSNumber, !(value["value"] is NSNull) else { continue }
                guard let decimal = Decimal(string: number.stringValue, locale: Locale(identifier: "en_US_POSIX"))
                else {
                    issues.append(
                        InputIssue(file: file, line: nil, message: "\(place).values[\(j)]: value is not a number"))
                    continue
                }
                out.append(NationalValue(code: kpi, year: year, value: decimal))
            }
        }
        if !issues.isEmpty { throw InputFailure(issues) }
        return out
    }
}
