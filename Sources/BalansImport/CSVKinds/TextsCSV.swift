import BalansCore
import Foundation

extension CSVKinds {
    /// `texts`: written report texts per period, org node and section (docs/formats.md).
    public static func texts(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ReportText>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "section", "text"],
            required: ["period", "node", "section", "text"])
        var rows: [Located<ReportText>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node"),
                let text = rd.required(r, "text")
            else { continue }
            let sectionText = rd.table.value(r, "section").lowercased()
            guard let section = TextSection(rawValue: sectionText) else {
                rd.fail(
                    r,
                    "section \"\(sectionText)\" is not one of "
                        + TextSection.allCases.map(\.rawValue).joined(separator: ", ")
                )
                continue
            }
            let key = "\(period);\(node);\(section.rawValue)"
            if let first = seen[key] {
                rd.fail(r, "\(section.rawValue) of \(node) \(period) is given twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line, value: ReportText(period: period, node: NodeCode(node), section: section, text: text))
            )
        }
        return try rd.finish(rows)
    }
}
