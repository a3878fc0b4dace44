import BalansCore
import Foundation

/// One chapter per area, with a detail table for each group of budget lines (uppdrag).
enum AreaChapters {
    /// The chapters of the report `c` describes, one per area.
    static func build(_ c: ReportContext) -> [Chapter] {
        let op = c.operating
        var chapters: [Chapter] = []
        for area in op.children(of: op.root.code) {
            var blocks: [Block] = []
            let groups = op.children(of: area.code).filter { !$0.isLeaf }
            let direct = op.children(of: area.code).filter(\.isLeaf)
            if !direct.isEmpty || groups.isEmpty {
                // Beside lines of its own an area's groups are rows of its table (their lines follow), so that
                // the table adds up to the area's total.
                blocks += detailTable(
                    c, area, lines: direct.isEmpty ? [area] : direct, groups: direct.isEmpty ? [] : groups)
            }
            for g in groups {
                blocks.append(.heading(g.name))
                blocks += detailTable(c, g, lines: op.children(of: g.code))
            }
            chapters.append(Chapter(id: "omrade-\(area.code.rawValue.lowercased())", title: area.name, blocks: blocks))
        }
        return chapters
    }

    /// The detail table of one group of budget lines (with `groups`' subtotals as rows where an area has
    /// both), with the comments on its deviations.
    static func detailTable(
        _ c: ReportContext, _ group: OperatingRow, lines: [OperatingRow], groups: [OperatingRow] = []
    ) -> [Block] {
        var rows = (lines + groups).map { Table.Row(label: $0.name, cells: ReportBuilder.operatingCells($0.figures)) }
        if lines.count > 1 || lines.first?.code != group.code {
            rows.append(
                Table.Row(label: c.label(.totally), cells: ReportBuilder.operatingCells(group.figures), isTotal: true))
        }
        let hasPrevious = group.figures.previousOutcomeToDate != nil
        var columns = c.operatingColumns(first: c.label(.assignment))
        if !hasPrevious {
            columns.removeLast()
            rows = rows.map {
                var r = $0
                r.cells.removeLast()
                return r
            }
        }
        var blocks: [Block] = [
            .table(
                Table(
                    id: "detalj-\(group.code.rawValue.lowercased())", caption: group.name, unit: c.unit,
                    columns: columns,
                    rows: rows))
        ]
        let comments = lines.flatMap { l in l.comments.map { c.say(.nameColonText, l.name, $0) } }
        if comments.isEmpty {
            if lines.contains(where: { !$0.figures.forecastDeviation.isZero }) {
                blocks.append(c.missing(c.say(.commentOnDeviationsWhat, group.name)))
            }
        } else {
            blocks.append(.list(comments))
        }
        return blocks + AccountSpecificationTable.blocks(c, lines: lines)
            + ProjectFundsTable.blocks(c, node: group.code)
    }
}
