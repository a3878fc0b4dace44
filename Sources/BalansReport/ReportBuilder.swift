import BalansCore
import Foundation

/// The report kinds (SPEC §5, §6.2).
public enum ReportKind: String, CaseIterable, Sendable {
    /// Månadsrapport: the region's month — result, forecast, driftredovisning, deviations.
    case manad
    /// Uppföljningsrapport 1 for the whole region (seed 003 chapter structure).
    case ur1
    /// Uppföljningsrapport 2: UR1 plus the forecast of goal fulfilment and the overall
    /// assessment of god ekonomisk hushållning.
    case ur2
    /// Årsredovisning: as UR2 for the whole year, plus resultathantering.
    case arsredovisning
    /// The committee report (seeds 000/001/002 structure) for one node.
    case namnd
}

/// A report could not be built for the request (not an input-file problem).
public struct ReportRequestError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// A report whose figures include a sum beyond Int64 öre (`Money.overflow`, from stored data
/// far out of range): refused whole, never printed with a wrong figure (issue 13).
public struct ReportAmountOverflow: Error, CustomStringConvertible, Sendable {
    /// Where in the report, "chapter › table".
    public var place: String
    public var description: String {
        "\(place): a sum is beyond ±92 233 720 368 547 758 kronor, so the report cannot be built. "
            + "Some imported or entered amount is far too large: correct it and build the report again."
    }
}

/// Builds report values: pure functions of (data snapshot, organisation node, kind, period).
public enum ReportBuilder {
    public static func build(_ kind: ReportKind, data: FollowUpData, period: Period, org: String?) throws -> Report {
        let tree = data.tree(for: period.year)
        if let org, tree.node(org) == nil {
            throw ReportRequestError(description: "no organisation node \"\(org)\" in \(period.year)")
        }
        var report: Report
        switch kind {
        case .manad, .ur1, .ur2, .arsredovisning:
            report = RegionReport.build(ReportContext(data: data, kind: kind, period: period))
        case .namnd: report = CommitteeReport.build(ReportContext(data: data, kind: kind, period: period, node: org))
        }
        report.chapters = report.chapters.map { $0.sectioned() }
        if let place = report.overflowPlace() { throw ReportAmountOverflow(place: place) }
        return report
    }

    // MARK: - Shared pieces

    static func amount(_ m: Money?) -> CellValue { m.map { .amount($0.ore) } ?? .empty }
    static func percent(_ d: Decimal?, decimals: Int = 1) -> CellValue {
        d.map { .percent($0, decimals: decimals) } ?? .empty
    }

    /// Formats a single amount for running text, e.g. "−656 mnkr".
    static func text(_ m: Money, unit: AmountUnit) -> String {
        SwedishNumberFormat.amount(m.ore, unit: unit, thousandsSeparator: "\u{00A0}", minus: "−") + "\u{00A0}"
            + unit.label
    }
    static func text(_ d: Decimal, decimals: Int = 1) -> String { SwedishNumberFormat.percent(d, decimals: decimals) }

    /// The driftredovisning columns of SPEC §4.2 for one period.
    static func operatingColumns(_ p: Period, label: String) -> [String] {
        let span = ReportLabels.span(p.month)
        return [
            label, "Utfall \(span) \(p.year)", "Budget \(span) \(p.year)", "Avvikelse \(span)",
            "Budget helår \(p.year)", "Prognos helår \(p.year)", "Prognostiserad avvikelse",
            "Utfall \(span) \(p.year - 1)",
        ]
    }

    static func operatingCells(_ f: OperatingFigures) -> [CellValue] {
        [
            amount(f.outcome), amount(f.budgetToDate), amount(f.deviationToDate), amount(f.annualBudget),
            amount(f.forecast), amount(f.forecastDeviation), amount(f.previousOutcomeToDate),
        ]
    }

    /// A text the data should hold but does not: shown visibly, never left as a hole.
    static func missingText(_ what: String) -> Block {
        .paragraph("\(ReportLabels.textMissing) (\(what))", missing: true)
    }

    /// The written text of a section, or the visible note that it is missing.
    static func written(_ data: FollowUpData, _ section: TextSection, node: String, period: Period, what: String)
        -> Block
    {
        data.text(section, node: node, period: period).map { .paragraph($0, missing: false) } ?? missingText(what)
    }

    /// "A, B och C".
    static func names(_ list: [String]) -> String {
        list.count <= 1 ? (list.first ?? "") : list.dropLast().joined(separator: ", ") + " och " + list[list.count - 1]
    }

    /// "positiv"/"negativ" for a deviation.
    static func sign(_ m: Money) -> String { m < .zero ? "negativ" : "positiv" }

    /// "en positiv budgetavvikelse för perioden på 8 mnkr", or "ingen budgetavvikelse för perioden"
    /// when the figure displays as zero in `unit` — a reader should never see "positiv … på 0 mnkr".
    static func deviationPhrase(_ m: Money, unit: AmountUnit, what: String) -> String {
        if m.rounded(toUnitsOf: unit.orePerUnit) == 0 { return "ingen \(what)" }
        return "en \(sign(m)) \(what) på \(text(m, unit: unit))"
    }
}
