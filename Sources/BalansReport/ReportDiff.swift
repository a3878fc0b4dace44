import BalansCore
import Foundation

/// What differs between a frozen report and the same report built from today's data: each
/// changed figure with its place (chapter › table › row › column), rows, tables and chapters
/// that came or went, and changed texts. A pure function of the two values.
public enum ReportDiff {
    /// The words of the differences.
    static let words = ReportCatalogue.swedishCatalogue

    /// Each difference of `current` from `frozen`, one line each, in reading order.
    public static func compare(frozen: Report, current: Report) -> [String] {
        var out: [String] = []
        let currentChapters = Dictionary(current.chapters.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let frozenIDs = Set(frozen.chapters.map(\.id))
        for old in frozen.chapters {
            guard let new = currentChapters[old.id] else {
                out.append(words(.diffChapterGone, old.title))
                continue
            }
            out += blocks(old.allBlocks, new.allBlocks, place: old.title)
        }
        for new in current.chapters where !frozenIDs.contains(new.id) { out.append(words(.diffChapterNew, new.title)) }
        return out
    }

    static func blocks(_ old: [Block], _ new: [Block], place: String) -> [String] {
        var out: [String] = []
        let oldTables = tables(old)
        let newTables = tables(new)
        let newByID = Dictionary(newTables.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for t in oldTables {
            guard let n = newByID[t.id] else {
                out.append(words(.diffTableGone, place, t.caption))
                continue
            }
            out += table(t, n, place: "\(place) › \(t.caption)")
        }
        let oldIDs = Set(oldTables.map(\.id))
        for t in newTables where !oldIDs.contains(t.id) { out.append(words(.diffTableNew, place, t.caption)) }
        // Texts: what was said then and is not now, and the other way round.
        let oldTexts = texts(old)
        let newTexts = texts(new)
        for t in oldTexts where !newTexts.contains(t) { out.append("− \(place): «\(t)»") }
        for t in newTexts where !oldTexts.contains(t) { out.append("+ \(place): «\(t)»") }
        return out
    }

    static func table(_ old: Table, _ new: Table, place: String) -> [String] {
        var out: [String] = []
        // Rows are matched by label and position among rows of the same label.
        func keyed(_ t: Table) -> [(String, Table.Row)] {
            var seen: [String: Int] = [:]
            return t.rows.map { r in
                let n = seen[r.label, default: 0]
                seen[r.label] = n + 1
                return (n == 0 ? r.label : "\(r.label) (\(n + 1))", r)
            }
        }
        let newRows = Dictionary(keyed(new), uniquingKeysWith: { a, _ in a })
        let oldKeys = Set(keyed(old).map(\.0))
        for (key, row) in keyed(old) {
            guard let n = newRows[key] else {
                out.append(words(.diffRowGone, place, key))
                continue
            }
            for (i, value) in row.cells.enumerated() {
                let now = i < n.cells.count ? n.cells[i] : .empty
                guard value != now else { continue }
                let column = i + 1 < old.columns.count ? old.columns[i + 1] : words(.diffColumn, String(i + 1))
                out.append("\(place) › \(key) › \(column): \(format(value, old.unit)) → \(format(now, new.unit))")
            }
        }
        for (key, _) in keyed(new) where !oldKeys.contains(key) { out.append(words(.diffRowNew, place, key)) }
        return out
    }

    static func format(_ v: CellValue, _ unit: AmountUnit) -> String {
        switch v {
        case .amount(let ore):
            return "\(SwedishNumberFormat.amount(ore, unit: unit, thousandsSeparator: " ", minus: "−")) \(unit.label)"
        case .percent(let d, let decimals):
            return SwedishNumberFormat.percent(d, decimals: decimals).replacingOccurrences(of: "\u{00A0}", with: " ")
        case .points(let d, let decimals):
            return SwedishNumberFormat.number(d, decimals: decimals).replacingOccurrences(of: "\u{00A0}", with: " ")
        case .text(let s): return s
        case .empty: return "–"
        }
    }

    static func tables(_ blocks: [Block]) -> [Table] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    static func texts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { b -> [String] in
            switch b {
            case .paragraph(let t, _), .heading(let t), .subheading(let t): return [t]
            case .list(let items): return items
            default: return []
            }
        }
    }
}
