import BalansCore
import Foundation

/// "Driftredovisning": each committee's result, budget and forecast, and its analysis of the
/// deviations.
enum OperatingChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter {
        let op = c.operating
        let committees = op.committeesAndUnallocated
        var rows = committees.map { Table.Row(label: $0.name, cells: ReportBuilder.operatingCells($0.figures)) }
        rows.append(
            Table.Row(
                label: c.say(.sum, op.root.name), cells: ReportBuilder.operatingCells(op.root.figures), isTotal: true))
        let table = Table(
            id: "driftredovisning", caption: c.label(.operatingPerCommittee), unit: .mnkr,
            columns: c.operatingColumns(first: c.label(.committee)), rows: rows,
            footnotes: [c.label(.operatingFootnote)])
        var blocks: [Block] = [.table(table)]
        blocks += BudgetChangesTable.blocks(c, rows: committees, total: op.root)
        for committee in committees where committee.kind == .committee {
            blocks.append(.heading(committee.name))
            blocks.append(.paragraph(text(c, committee.figures, name: committee.name), missing: false))
            // The committee's written analysis; else the comments on its forecast lines.
            let comments = op.subtree(of: committee.code).flatMap(\.comments)
            if let analysis = c.data.text(.deviationAnalysis, node: committee.code, period: c.period) {
                blocks.append(.paragraph(analysis, missing: false))
            } else if comments.isEmpty {
                blocks.append(c.missing(c.say(.ownAnalysis, c.own(committee.name).lowercased())))
            } else {
                blocks += comments.map { .paragraph($0, missing: false) }
            }
        }
        return Chapter(id: "driftredovisning", title: c.label(.operatingChapter), blocks: blocks)
    }

    /// The committee's deviation to date and forecast deviation, with the forecast's change.
    static func text(_ c: ReportContext, _ f: OperatingFigures, name: String) -> String {
        let change = f.forecastChange.map {
            $0.rounded(toUnitsOf: c.unit.orePerUnit) == 0
                ? c.label(.unchangedSinceForecast) : c.say(.changedSinceForecast, c.amount($0))
        }
        return c.say(
            .committeeDeviation, c.deviationPhrase(f.deviationToDate, what: c.label(.periodBudgetDeviation)),
            c.deviationPhrase(f.forecastDeviation, what: c.label(.annualBudgetDeviation)), change ?? "", c.subject(name)
        )
    }
}
