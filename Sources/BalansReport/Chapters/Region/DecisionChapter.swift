import BalansCore
import Foundation

/// The decision proposal (beslutsförslag, seed 003 §71/§82), drafted from the figures:
/// approve the report; urge the committees with a forecast deficit (named) to continue their
/// action plans; note the committees above the target for hired staff (named, computed from
/// the staff data); with the case number and paragraph from the texts.
enum DecisionChapter {
    static func build(_ c: ReportContext) -> Chapter {
        let data = c.data
        let p = c.period
        let op = c.operating
        let kind = c.kind
        let root = data.tree(for: p.year).root
        let name =
            kind == .arsredovisning
            ? "\(root.name)s årsredovisning \(p.year)"
            : "\(root.name)s \(ReportLabels.reportTitles[kind.rawValue]?.lowercased() ?? "rapport") \(ReportLabels.longSpan(p.year, p.month))"
        var items = ["godkänna \(name)"]
        let deficits = op.rows.filter { $0.kind == .committee && $0.figures.forecastDeviation < .zero }
        if !deficits.isEmpty {
            items.append(
                "uppmana \(ReportBuilder.names(deficits.map(\.name))) – som prognostiserar underskott – att fortsätta arbeta systematiskt med åtgärdsplaner för att långsiktigt nå en ekonomi i balans"
            )
        }
        var blocks: [Block] = []
        let reference = [
            data.text(.minuteParagraph, node: root.code, period: p), data.text(.caseNumber, node: root.code, period: p),
        ].compactMap { $0 }
        if reference.count == 2 {
            blocks.append(.paragraph("\(reference[0]) – diarienummer \(reference[1])", missing: false))
        } else {
            blocks.append(ReportBuilder.missingText("diarienummer och paragraf"))
        }
        if !data.staff.isEmpty {
            let target = StaffReport.compute(data, period: p).targetHiredShare ?? data.policy.hiredStaffTarget
            let above = op.rows.filter { $0.kind == .committee }.filter { c in
                (StaffReport.compute(data, period: p, node: c.code).hiredShare ?? 0) > target
            }
            if !above.isEmpty {
                items.append(
                    "uppmärksamma att \(ReportBuilder.names(above.map(\.name))) inte uppnår målet om maximalt \(ReportLabels.targetNumber(target)) procent bemanningskostnader i relation till personalkostnader för egen personal"
                )
            }
        } else {
            blocks.append(
                ReportBuilder.missingText(
                    "nämnderna över målet för bemanningskostnader kan inte namnges: personaldata är inte inläst"))
        }
        blocks.insert(
            contentsOf: [
                .heading("Förslag till beslut"),
                .paragraph("Regionstyrelsen föreslår regionfullmäktige besluta att", missing: false), .list(items),
            ], at: 0)
        return Chapter(id: "beslutsforslag", title: "Beslutsförslag", blocks: blocks)
    }
}
