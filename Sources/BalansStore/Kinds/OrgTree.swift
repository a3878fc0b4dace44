import BalansCore

/// A row of `org_node`: one node of the organisation tree, in the file's order (`position`).
enum OrgNodeRecord: Record {
    static let table = "org_node"
    static let columns = ["code", "parent", "name", "kind", "ansvar", "from_year", "to_year"]

    static func decode(_ r: SQLRow) -> OrgNode? {
        let ansvar: String = r["ansvar"]
        return OrgNode(
            code: r["code"], parent: r["parent"], name: r["name"], kind: NodeKind(rawValue: r["kind"]) ?? .line,
            ansvar: ansvar.split(separator: " ").map(String.init), fromYear: r["from_year"], toYear: r["to_year"])
    }

    static func encode(_ v: OrgNode) -> SQLArguments {
        [v.code, v.parent, v.name, v.kind.rawValue, v.ansvar.joined(separator: " "), v.fromYear, v.toYear]
    }
}

extension Store {
    /// Replaces the organisation tree.
    public func importOrg(_ nodes: [Located<OrgNode>], file: String, hash: String) async throws -> ImportSummary {
        try await writing { s in
            try s.delete(from: OrgNodeRecord.table)
            for (i, n) in nodes.enumerated() {
                try s.insert(
                    into: OrgNodeRecord.table, OrgNodeRecord.columns + ["position"],
                    OrgNodeRecord.encode(n.value) + [i])
            }
            try log(s.db, kind: "org", file: file, hash: hash, summary: "\(nodes.count) nodes")
        }
        return ImportSummary(message: "\(file): \(nodes.count) organisation nodes", changed: true)
    }

    /// The tree's nodes, in the file's order.
    func loadNodes(_ db: any SQLConnection) throws -> [OrgNode] {
        try scoped(db).all(OrgNodeRecord.self, then: "ORDER BY position")
    }

    /// Whether `code` is a node of the tree (in any year).
    func nodeExists(_ s: Scoped, _ code: NodeCode) throws -> Bool {
        try s.exists(OrgNodeRecord.table, where: "code = ?", [code])
    }

    /// Checks that every node code exists in the tree of its year; issues carry the row's line.
    func checkNodes(_ db: any SQLConnection, _ items: [(line: Int, node: NodeCode, year: Int)], file: String) throws {
        let nodes = try loadNodes(db)
        var issues: [InputIssue] = []
        for item in items where !nodes.contains(where: { $0.code == item.node && $0.exists(in: item.year) }) {
            let known = nodes.contains { $0.code == item.node }
            issues.append(
                InputIssue(
                    file: file, line: item.line,
                    message: known
                        ? "organisation node \"\(item.node)\" does not exist in \(item.year)"
                        : "unknown organisation node \"\(item.node)\" (import the org file first)"))
        }
        if !issues.isEmpty { throw InputFailure(issues) }
    }
}
