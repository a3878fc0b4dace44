import BalansCore
import Foundation

/// The pieces of wording the chapters share, from the report's catalogue.
extension ReportContext {
    /// The label `key`.
    func label(_ key: ReportLabel) -> String { words[key] }

    /// The sentence `key` with its figures.
    func say(_ key: ReportSentence, _ arguments: String...) -> String {
        ReportCatalogue.fill(words.template(key), arguments)
    }

    /// The period's span, "jan–apr".
    var span: String { words.span(period.month) }

    /// A text the data should hold but does not: shown visibly, never left as a hole.
    func missing(_ what: String) -> Block { .paragraph(say(.textMissing, what), missing: true) }

    /// The written text of a section for `node` (the report's by default), or the visible
    /// note that it is missing.
    func written(_ section: TextSection, node: NodeCode? = nil, what: ReportLabel) -> Block {
        written(section, node: node, what: label(what))
    }

    /// ``written(_:node:what:)`` with the missing text's description as words.
    func written(_ section: TextSection, node: NodeCode? = nil, what: String) -> Block {
        data.text(section, node: node ?? self.node, period: period).map { .paragraph($0, missing: false) }
            ?? missing(what)
    }

    /// "A, B och C".
    func names(_ list: [String]) -> String {
        guard list.count > 1 else { return list.first ?? "" }
        return say(.listAnd, list.dropLast().joined(separator: ", "), list[list.count - 1])
    }

    /// "positiv"/"negativ" for a deviation.
    func sign(_ m: Money) -> String { label(m < .zero ? .negative : .positive) }

    /// "en positiv budgetavvikelse för perioden på 8 mnkr", or "ingen budgetavvikelse för
    /// perioden" when the figure displays as zero in the unit — a reader should never see
    /// "positiv … på 0 mnkr". The word says the direction, so the amount has no sign: "en
    /// negativ budgetavvikelse för perioden på 62 mnkr" (seed 003, 3.3), never "på −62".
    func deviationPhrase(_ m: Money, what: String) -> String {
        if m.rounded(toUnitsOf: unit.orePerUnit) == 0 { return say(.noDeviation, what) }
        return say(.deviation, sign(m), what, amount(m.magnitude))
    }

    /// What a unit is by its name: a nämnd, a styrelse or neither (a förvaltning, the
    /// regiongemensamma costs, Revisionen) — "nämnden" is said of a nämnd only.
    private enum UnitWord { case committee, board, other }

    private func unitWord(_ name: String) -> UnitWord {
        let lower = name.lowercased()
        return lower.contains("nämnd") ? .committee : lower.contains("styrelse") ? .board : .other
    }

    /// Whose summary or analysis it is: "Nämndens", "Styrelsens", else "Verksamhetens".
    func own(_ name: String) -> String {
        switch unitWord(name) {
        case .committee: label(.theCommitteeOwn)
        case .board: label(.theBoardOwn)
        case .other: label(.theUnitOwn)
        }
    }

    /// Who shows a deviation in running text: "Nämnden", "Styrelsen" (seed 003, 3.3, "Nämnden
    /// visar …"), else the unit by its own name.
    func subject(_ name: String) -> String {
        switch unitWord(name) {
        case .committee: label(.theCommittee)
        case .board: label(.theBoard)
        case .other: name
        }
    }

    /// The driftredovisning columns of SPEC §4.2 for the period.
    func operatingColumns(first: String) -> [String] {
        let y = String(period.year)
        return [
            first, say(.outcomeSpanYear, span, y), say(.budgetSpanYear, span, y), say(.deviationSpan, span),
            say(.annualBudgetYear, y), say(.annualForecastYear, y), label(.forecastDeviation),
            say(.outcomeSpanYear, span, String(period.year - 1)),
        ]
    }

    /// A percentage for running text, "5 %".
    func percent(_ d: Decimal, decimals: Int = 1) -> String { SwedishNumberFormat.percent(d, decimals: decimals) }
}

extension ReportContext {
    /// The title of a report kind, "Uppföljningsrapport 1".
    func title(_ kind: ReportKind) -> String {
        switch kind {
        case .manad: return label(.titleMonth)
        case .ur1: return label(.titleUR1)
        case .ur2: return label(.titleUR2)
        case .arsredovisning: return label(.titleAnnual)
        case .namnd: return label(.titleCommittee)
        case .malbudget: return label(.titlePlan)
        }
    }
}
