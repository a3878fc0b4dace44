import BalansCore
import Foundation

/// A JSON value with ordered object keys, so output is stable byte for byte across runs
/// (snapshot tests, frozen reports). Numbers are written from exact Decimal or öre values.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number written exactly as this decimal text.
    case number(String)
    case bool(Bool)
    case null

    /// Equal when both render to the same text: object keys are compared in their order.
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// An amount in kronor (SPEC §6.1: amounts are SEK), exact to the öre.
    public static func kronor(_ m: Money?) -> JSONValue {
        guard let m else { return .null }
        // Never a number for an overflowed sum; whoever serves the JSON refuses it (the marker).
        if m.isOverflow { return .string(SwedishNumberFormat.overflowMarker) }
        return .number(m.description.hasSuffix(".00") ? String(m.description.dropLast(3)) : m.description)
    }
    /// A percent value, unrounded (SPEC §6.1: "103.19…").
    public static func percent(_ d: Decimal?) -> JSONValue {
        guard let d else { return .null }
        return .number(d.description)
    }
    /// A whole number, e.g. a fiscal year.
    public static func int(_ i: Int) -> JSONValue { .number(String(i)) }

    /// Pretty-printed with two-space indentation and a final newline at top level.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let end = String(repeating: "  ", count: indent)
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n"
                + pairs.map { "\(pad)\(JSONValue.quote($0.0)): \($0.1.rendered(indent: indent + 1))" }.joined(
                    separator: ",\n") + "\n\(end)}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(end)]"
        case .string(let s): return JSONValue.quote(s)
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// The JSON of `balans ratios` and of the key-ratio part of every JSON report (SPEC §6.3).
public enum KeyRatioJSON {
    /// Nyckeltal: the key ratios of `report` (outcome, forecast, budget) and its balanskravsutredning
    /// year by year, for `organisation`.
    public static func value(_ report: KeyRatioReport, organisation: String) -> JSONValue {
        .object([
            ("organisation", .string(organisation)),
            ("period", .string(report.period.description)),
            ("fiscalYear", .int(report.period.year)),
            ("outcome", ratios(report.outcome)),
            ("forecast", ratios(report.forecast)),
            ("budget", ratios(report.budget)),
            ("balanceRequirement", .array(report.balanceRequirement.map(year))),
        ])
    }

    static func ratios(_ k: KeyRatios) -> JSONValue {
        .object([
            ("resultToTaxRevenue", .percent(k.resultToTaxRevenue)),
            ("resultToTaxRevenueThreeYearMean", .percent(k.resultToTaxRevenueThreeYearMean)),
            ("selfFinancingRatio", .percent(k.selfFinancingRatio)),
            (
                "netCostShare",
                k.netCostShare.map { n in
                    .object([
                        ("operations", .percent(n.operations)), ("depreciation", .percent(n.depreciation)),
                        ("financialNet", .percent(n.financialNet)), ("total", .percent(n.total)),
                    ])
                } ?? .null
            ),
            ("equityRatio", .percent(k.equityRatio)),
            ("equityRatioInclPensions", .percent(k.equityRatioInclPensions)),
            ("taxRevenueGrowth", .percent(k.taxRevenueGrowth)),
            ("netCostGrowth", .percent(k.netCostGrowth)),
            ("resultExclComparabilityItems", .kronor(k.resultExclComparabilityItems)),
            ("hiredStaffCostShare", .percent(k.hiredStaffCostShare)),
            ("balanceRequirement", .kronor(k.balanceRequirement)),
        ])
    }

    static func year(_ y: BalanceRequirementYear) -> JSONValue {
        .object([
            ("year", .int(y.year)),
            ("result", .kronor(y.result)),
            ("realisationGains", .kronor(y.realisationGains)),
            ("unrealisedGainsLosses", .kronor(y.unrealisedGainsLosses)),
            ("otherAdjustments", .kronor(y.otherAdjustments)),
            ("resultAfterAdjustments", .kronor(y.resultAfterAdjustments)),
            ("rurProvision", .kronor(y.rurProvision)),
            ("rurUse", .kronor(y.rurUse)),
            ("balanceRequirementResult", .kronor(y.balanceRequirementResult)),
            ("exceptionalReasons", .kronor(y.exceptionalReasons)),
            ("toRestoreOpening", .kronor(y.toRestoreOpening)),
            ("toRestoreClosing", .kronor(y.toRestoreClosing)),
            ("isForecast", .bool(y.isForecast)),
        ])
    }
}
