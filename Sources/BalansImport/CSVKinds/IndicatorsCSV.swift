import BalansCore
import Foundation

extension CSVKinds {
    /// `indicators`: one row per indicator and period, with the indicator's definition
    /// (name, node, unit, direction) repeated identically on each of its rows.
    public static func indicators(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<IndicatorRow>] {
        var rd = try open(
            bytes, file: file,
            known: [
                "code", "name", "node", "goal", "focus_area", "r12", "unit", "direction", "period", "target", "outcome",
                "national", "outcome_women", "outcome_men", "comment", "source",
            ], required: ["code", "name", "node", "unit", "period"])
        var rows: [Located<IndicatorRow>] = []
        var definitions: [String: (line: Int, row: IndicatorRow)] = [:]
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let code = rd.required(r, "code"), let name = rd.required(r, "name"),
                let node = rd.required(r, "node")
            else { continue }
            let unitText = rd.table.value(r, "unit").lowercased()
            guard let unit = IndicatorUnit(rawValue: unitText) else {
                rd.fail(
                    r,
                    "unit \"\(unitText)\" is not one of "
                        + IndicatorUnit.allCases.map(\.rawValue).joined(separator: ", ")
                )
                continue
            }
            let directionText = rd.table.value(r, "direction").lowercased()
            guard let direction = directionText.isEmpty ? .higher : IndicatorDirection(rawValue: directionText) else {
                rd.fail(r, "direction \"\(directionText)\" is not higher or lower")
                continue
            }
            let periodText = rd.table.value(r, "period")
            var year: Int
            var month: Int?
            if periodText.count == 4, let y = Int(periodText) {
                year = y
            } else if let p = Period(periodText) {
                year = p.year
                month = p.month
            } else {
                rd.fail(r, "period \"\(periodText)\" is neither a year (YYYY) nor a month (YYYY-MM)")
                continue
            }
            func value(_ column: String) -> Decimal?? {
                let text = rd.table.value(r, column)
                if text.isEmpty { return .some(nil) }
                if unit == .yesNo {
                    switch text.lowercased() {
                    case "ja", "yes": return .some(1)
                    case "nej", "no": return .some(0)
                    default:
                        rd.fail(r, "\(column) \"\(text)\" of a yes/no indicator is not Ja or Nej")
                        return nil
                    }
                }
                guard
                    let d = Self.decimal(
                        text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces))
                else {
                    rd.fail(r, "\(column) \"\(text)\" is not a number")
                    return nil
                }
                return .some(d)
            }
            guard let target = value("target"), let outcome = value("outcome"), let national = value("national"),
                let women = value("outcome_women"), let men = value("outcome_men")
            else { continue }
            guard let rolling12 = rd.yesNo(r, "r12") else {
                rd.fail(r, "r12 \"\(rd.table.value(r, "r12"))\" is not ja or nej")
                continue
            }
            var row = IndicatorRow(
                code: code, name: name, node: NodeCode(node), goal: rd.table.value(r, "goal"),
                focusArea: rd.table.value(r, "focus_area"), rolling12: rolling12,
                unit: unit, direction: direction, year: year, month: month, target: target, outcome: outcome,
                national: national,
                outcomeWomen: women, outcomeMen: men, comment: rd.table.value(r, "comment"))
            row.source = rd.table.value(r, "source")
            if let first = definitions[code] {
                let d = first.row
                if d.name != name || d.node != NodeCode(node) || d.unit != unit || d.direction != direction
                    || d.goal != row.goal
                    || d.focusArea != row.focusArea || d.rolling12 != rolling12
                {
                    rd.fail(
                        r,
                        "indicator \(code) is defined differently on line \(first.line) (name, node, goal, focus_area, "
                            + "r12, unit and direction must be the same on all its rows)"
                    )
                    continue
                }
            } else {
                definitions[code] = (r.line, row)
            }
            let key = "\(code);\(periodText)"
            if let first = seen[key] {
                rd.fail(r, "indicator \(code) has period \(periodText) twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            rows.append(Located(line: r.line, value: row))
        }
        return try rd.finish(rows)
    }
}
