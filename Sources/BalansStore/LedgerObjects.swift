import BalansCore

extension Store {
    /// The dimensions `year`'s ledger file declares (`#DIM`, `#UNDERDIM`): name by number, e.g.
    /// 1 "Ansvar", 20 "Verksamhet". Import batches add the ones the year lacks.
    public func ledgerDimensions(year: Int) async throws -> [Int: String] {
        try await reading { s in
            var names: [Int: String] = [:]
            for r in try s.select("dimension, name", from: "ledger_dimension", where: "year = ?", [year]) {
                names[r["dimension"]] = r["name"]
            }
            return names
        }
    }

    /// The objects `year`'s ledger file declares (`#OBJEKT`): name by dimension and code.
    public func ledgerObjectNames(year: Int) async throws -> [LedgerImport.ObjectRef: String] {
        try await reading { s in
            var names: [LedgerImport.ObjectRef: String] = [:]
            for r in try s.select("dimension, code, name", from: "ledger_object", where: "year = ?", [year]) {
                names[LedgerImport.ObjectRef(dimension: r["dimension"], code: r["code"])] = r["name"]
            }
            return names
        }
    }

    /// A stored row's objects, from its object list's text. A row stored before the store kept
    /// object lists (migration v20) has none: it kept only its ansvar, its object in dimension 1.
    static func objects(_ text: String?, ansvar: String) -> [LedgerImport.ObjectRef] {
        if let text { return LedgerImport.ObjectList(canonical: text)?.objects ?? [] }
        return ansvar.isEmpty ? [] : [LedgerImport.ObjectRef(dimension: 1, code: ansvar)]
    }

    /// Stores the file's dimension and object names for `year`: all of them for a full export
    /// (whose year was emptied), the missing ones for an import batch.
    func insertDimensions(_ db: any SQLConnection, _ ledger: LedgerImport, year: Int, replacing: Bool) throws {
        let keep = replacing ? "" : " ON CONFLICT DO NOTHING"
        let dimension =
            "INSERT INTO ledger_dimension (organisation, year, dimension, name) VALUES (?, ?, ?, ?)" + keep
        for (number, name) in ledger.dimensions.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: dimension, arguments: [organisation, year, number, name])
        }
        let object =
            "INSERT INTO ledger_object (organisation, year, dimension, code, name) VALUES (?, ?, ?, ?, ?)" + keep
        for (ref, name) in ledger.objectNames.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: object, arguments: [organisation, year, ref.dimension, ref.code, name])
        }
    }
}
