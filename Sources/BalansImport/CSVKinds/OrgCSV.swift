import BalansCore
import Foundation

extension CSVKinds {
    /// `org`: the organisation tree. Checks one root per year, known parents, no cycles and
    /// each ansvar code on one node per year.
    public static func org(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<OrgNode>] {
        var rd = try open(
            bytes, file: file, known: ["code", "parent", "name", "kind", "ansvar", "from_year", "to_year"],
            required: ["code", "name", "kind"])
        var rows: [Located<OrgNode>] = []
        var lineOf: [String: Int] = [:]
        for r in rd.table.records {
            guard let code = rd.required(r, "code"), let name = rd.required(r, "name") else { continue }
            let kindText = rd.table.value(r, "kind")
            guard let kind = NodeKind(rawValue: kindText.lowercased()) else {
                rd.fail(
                    r, "kind \"\(kindText)\" is not one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            guard let from = rd.year(r, "from_year", optional: true), let to = rd.year(r, "to_year", optional: true)
            else { continue }
            if let f = from, let t = to, f > t { rd.fail(r, "from_year \(f) is after to_year \(t)") }
            if let first = lineOf[code] {
                rd.fail(r, "code \"\(code)\" already used on line \(first)")
                continue
            }
            lineOf[code] = r.line
            let parent = rd.table.value(r, "parent")
            let ansvar = rd.table.value(r, "ansvar").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            rows.append(
                Located(
                    line: r.line,
                    value: OrgNode(
                        code: NodeCode(code), parent: parent.isEmpty ? nil : NodeCode(parent), name: name, kind: kind,
                        ansvar: ansvar,
                        fromYear: from, toYear: to)))
        }
        let byCode = Dictionary(rows.map { ($0.value.code, $0.value) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            let n = row.value
            if let p = n.parent {
                guard let parent = byCode[p] else {
                    rd.issues.append(InputIssue(file: file, line: row.line, message: "unknown parent \"\(p)\""))
                    continue
                }
                if let f = n.fromYear, let pf = parent.fromYear, f < pf {
                    rd.issues.append(
                        InputIssue(
                            file: file, line: row.line,
                            message: "node exists from \(f) but its parent \"\(p)\" only from \(pf)"))
                }
                // A cycle never reaches a root.
                var seen: Set<NodeCode> = [n.code]
                var cur = parent
                while let pp = cur.parent, let next = byCode[pp] {
                    if !seen.insert(next.code).inserted {
                        rd.issues.append(
                            InputIssue(file: file, line: row.line, message: "parent chain of \"\(n.code)\" is a cycle"))
                        break
                    }
                    cur = next
                }
            } else if n.kind != .region {
                rd.issues.append(
                    InputIssue(
                        file: file, line: row.line, message: "node \"\(n.code)\" has no parent but is not kind region"))
            }
        }
        if rows.filter({ $0.value.parent == nil }).isEmpty, !rows.isEmpty {
            rd.issues.append(InputIssue(file: file, line: nil, message: "no root node (kind region, empty parent)"))
        }
        // Each ansvar code on one node per year (checked over the years the file mentions).
        let years = Set(rows.flatMap { [$0.value.fromYear, $0.value.toYear].compactMap { $0 } })
        for year in years.sorted() {
            var owner: [String: NodeCode] = [:]
            for row in rows where row.value.exists(in: year) {
                for a in row.value.ansvar {
                    if let o = owner[a], o != row.value.code {
                        rd.issues.append(
                            InputIssue(
                                file: file, line: row.line,
                                message: "ansvar \"\(a)\" already belongs to \"\(o)\" in \(year)"))
                    }
                    owner[a] = row.value.code
                }
            }
        }
        return try rd.finish(rows)
    }
}
