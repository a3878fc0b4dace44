import BalansCore

/// A row of `company`: a party of the kommunkoncern (a company, or the region's own row) with the file's motpart
/// dimension.
enum CompanyRecord: Record {
    static let table = "company"
    static let columns = [
        "code", "position", "name", "organisation_number", "share", "method", "counterparty", "dimension",
    ]

    static func decode(_ r: SQLRow) -> (company: Company, dimension: Int)? {
        guard let method = Company.Method(rawValue: r["method"]) else { return nil }
        return (
            Company(
                code: r["code"], name: r["name"], organisationNumber: r["organisation_number"], share: r["share"],
                method: method, counterparty: r["counterparty"]),
            r["dimension"]
        )
    }

    static func encode(_ value: (company: Company, dimension: Int)) -> SQLArguments { encode(value, position: 0) }

    /// The row with its place in the file.
    static func encode(_ value: (company: Company, dimension: Int), position: Int) -> SQLArguments {
        let c = value.company
        return [
            c.code, position, c.name, c.organisationNumber, c.share, c.method.rawValue, c.counterparty,
            value.dimension,
        ]
    }
}

extension Store {
    /// Replaces the koncern's parties with the file's (the region's row and every company): the same file twice
    /// changes nothing. A company's stored ledger stays (a company read in again finds it).
    public func importCompanies(_ koncern: Koncern, file: String, hash: String) async throws -> ImportSummary {
        let rows = [koncern.region] + koncern.companies
        try await writing { s in
            try s.delete(from: CompanyRecord.table)
            for (i, company) in rows.enumerated() {
                try s.insert(
                    into: CompanyRecord.table, CompanyRecord.columns,
                    CompanyRecord.encode((company, koncern.dimension), position: i))
            }
            try log(s.db, kind: "companies", file: file, hash: hash, summary: "\(koncern.companies.count) companies")
        }
        return ImportSummary(message: "\(file): \(koncern.companies.count) companies", changed: true)
    }

    /// The organisation code a company's ledger is stored under: the region's code, `~` and the company's code.
    ///
    /// Why an organisation of its own: a company's ledger is a whole SIE ledger (vouchers, object lists, opening
    /// balances) that must not enter the region's statements, and the ledger tables are keyed by organisation and
    /// year. Stored under this code, the ledger import, its checks and its reads work unchanged, and nothing of the
    /// region's reads sees it. `~` is not allowed in an organisation code (`Store.checkCode`), so no user can create,
    /// name or log into it, and it cannot collide with a real one; it has no row in `organisation`, so
    /// `organisations()` never lists it.
    public func companyOrganisation(_ code: String) -> OrganisationCode {
        OrganisationCode(rawValue: organisation.rawValue + "~" + code)
    }

    /// A store of a company's ledger, on this store's database.
    func companyStore(_ code: String) -> Store { Store(sharing: self, organisation: companyOrganisation(code)) }

    /// The registered company `code` (not the region's own row); nil when there is none.
    public func company(_ code: String) async throws -> Company? {
        let found = try await reading { s in
            try s.all(CompanyRecord.self, where: "code = ?", [code]).first.map { $0.company }
        }
        return found?.method == .region ? nil : found
    }

    /// Imports a company's ledger beside the region's (`balans import sie FILE --company CODE`). An unknown company
    /// is an error before anything is read or written.
    public func importCompanyLedger(
        company code: String, contentHash: String, file: String,
        produce: @escaping @Sendable (_ emit: @escaping ([LedgerImport.Voucher]) throws -> Void) throws -> LedgerImport
    ) async throws -> ImportSummary {
        guard try await company(code) != nil else {
            throw InputFailure([
                InputIssue(
                    file: file, line: nil,
                    message: "unknown company \"\(code)\" (register it with `balans import companies FILE`)")
            ])
        }
        var summary = try await companyStore(code).importLedger(
            contentHash: contentHash, fileName: file, produce: produce)
        summary.message = "\(code): " + summary.message
        // Written through the company's store: this store's count of its writes must move too (what tells a cache of
        // the region's data that it changed).
        if summary.changed { _ = db.localWrites.next() }
        return summary
    }

    /// Imports a company's own account mapping (`balans import mapping FILE --company CODE`): its chart (BAS for an
    /// aktiebolag, say) to the koncern's statement lines. Without one, a company is read with the region's mapping.
    public func importCompanyMapping(company code: String, _ rules: [Located<MappingRule>], file: String, hash: String)
        async throws -> ImportSummary
    {
        guard try await company(code) != nil else {
            throw InputFailure([
                InputIssue(
                    file: file, line: nil,
                    message: "unknown company \"\(code)\" (register it with `balans import companies FILE`)")
            ])
        }
        var summary = try await companyStore(code).importMapping(rules, file: file, hash: hash)
        summary.message = "\(code): " + summary.message
        if summary.changed { _ = db.localWrites.next() }
        return summary
    }

    /// The fiscal years of a company's stored ledger.
    public func companyLedgerYears(_ code: String) async throws -> [Int] {
        try await companyStore(code).ledgerYears()
    }

    /// The koncern: its parties, the proportional companies' ledgers and every party's rows on a koncern motpart;
    /// nil without companies.
    func koncern(_ s: Scoped) throws -> Koncern? {
        let rows = try s.all(CompanyRecord.self, then: "ORDER BY position")
        guard let region = rows.first(where: { $0.company.method == .region }) else { return nil }
        let companies = rows.map { $0.company }.filter { $0.method != .region }
        var koncern = Koncern(region: region.company, companies: companies, dimension: region.dimension)
        let consolidated = companies.filter { $0.method == .proportional }
        koncern.internalRows[region.company.code] = try internalRows(
            s, dimension: region.dimension, codes: consolidated.map(\.counterparty))
        for company in consolidated {
            let own = Scoped(db: s.db, organisation: companyOrganisation(company.code))
            koncern.ledgers[company.code] = try ledgers(own)
            let rules = try mappingRules(own)
            if !rules.isEmpty { koncern.mappings[company.code] = AccountMapping(rules: rules) }
            let others = [region.company] + consolidated.filter { $0.code != company.code }
            koncern.internalRows[company.code] = try internalRows(
                own, dimension: region.dimension, codes: others.map(\.counterparty))
        }
        return koncern
    }

    /// The sums per fiscal year and account of the ledger rows booked on one of `codes` in `dimension`. The object
    /// lists naming them are found by `object_set_member`'s index; the rows by each year's rowid range (an import
    /// batch's rows by their voucher dates).
    func internalRows(_ s: Scoped, dimension: Int, codes: [String]) throws -> [Koncern.InternalRow] {
        guard !codes.isEmpty else { return [] }
        let marks = codes.map { _ in "?" }.joined(separator: ", ")
        var codeOf: [Int64: String] = [:]
        var args: SQLArguments = [dimension]
        args += codes
        for r in try s.select(
            "object_set, code", from: "object_set_member", where: "dimension = ? AND code IN (\(marks))", args)
        {
            codeOf[r["object_set"]] = r["code"]
        }
        guard !codeOf.isEmpty else { return [] }
        let sets = codeOf.keys.sorted().map(String.init).joined(separator: ", ")
        var sums: [String: Koncern.InternalRow] = [:]
        func add(_ year: Int, _ found: [SQLRow]) {
            for r in found {
                guard let code = codeOf[r["object_set"]] else { continue }
                let account: Int = r["account"]
                let amount = Money(ore: r["amount"])
                sums[
                    "\(year);\(account);\(code)",
                    default: Koncern.InternalRow(
                        year: year, account: account, counterparty: code, amount: .zero)
                ].amount += amount
            }
        }
        let columns = "r.account AS account, r.object_set AS object_set, sum(r.amount) AS amount"
        let grouped = "GROUP BY r.account, r.object_set"
        for range in try s.select("year, first_row, last_row", from: "ledger", where: "first_row IS NOT NULL") {
            add(
                range["year"],
                try s.select(
                    columns, from: "ledger_row r", scope: "r",
                    where: "r.rowid BETWEEN ? AND ? AND r.object_set IN (\(sets))",
                    [range["first_row"] as Int64, range["last_row"] as Int64], then: grouped))
        }
        for range in try s.select("year, first_row, last_row", from: "ledger_batch", where: "first_row IS NOT NULL") {
            let year: Int = range["year"]
            let (from, to) = Store.dateRange(year)
            add(
                year,
                try s.select(
                    columns,
                    from: "ledger_row r JOIN voucher v ON v.organisation = r.organisation AND v.id = r.voucher_id",
                    scope: "r",
                    where: "r.rowid BETWEEN ? AND ? AND r.object_set IN (\(sets)) AND v.date BETWEEN ? AND ?",
                    [range["first_row"] as Int64, range["last_row"] as Int64, from, to], then: grouped))
        }
        return sums.values.sorted { ($0.year, $0.account, $0.counterparty) < ($1.year, $1.account, $1.counterparty) }
    }
}
