import BalansCore

/// A row of `mapping_rule`: an account range mapped to a statement line, in the file's order.
enum MappingRuleRecord: Record {
    static let table = "mapping_rule"
    static let columns = ["from_account", "to_account", "line", "internal"]

    static func decode(_ r: SQLRow) -> MappingRule? {
        let line: String? = r["line"]
        return MappingRule(
            from: r["from_account"], to: r["to_account"], line: line.flatMap(StatementLine.init(rawValue:)),
            isInternal: r["internal"])
    }

    static func encode(_ r: MappingRule) -> SQLArguments { [r.from, r.to, r.line?.rawValue, r.isInternal] }
}

extension Store {
    /// Replaces the account mapping.
    public func importMapping(_ rules: [Located<MappingRule>], file: String, hash: String) async throws -> ImportSummary
    {
        try await writing { s in
            try s.delete(from: MappingRuleRecord.table)
            for r in rules { try s.insert(r.value, as: MappingRuleRecord.self) }
            try log(s.db, kind: "mapping", file: file, hash: hash, summary: "\(rules.count) rules")
        }
        return ImportSummary(message: "\(file): \(rules.count) mapping rules", changed: true)
    }

    /// The mapping rules in the file's order.
    func mappingRules(_ s: Scoped) throws -> [MappingRule] {
        try s.all(MappingRuleRecord.self, then: "ORDER BY id")
    }
}
