import BalansCore
import BalansStore
import Foundation

/// What a file to import holds (SPEC §6.2, docs/formats.md): the name `balans import KIND`
/// takes, the demo's steps use and a web upload would send.
public enum DataKind: String, CaseIterable, Sendable {
    case sie, org, mapping, budget, forecast, figures, investments, staff, indicators, activities, kolada, actionplans,
        texts, funds, topics, companies, taxes, frames, planinvestments, planfinance
}

/// The registry of data kinds: for each, how its file is read and where the store writes it.
/// The CLI's `balans import`, `balans demo` and any other caller import through
/// `importFile(kind:path:store:)` or `importBytes(kind:_:file:store:)`, so a kind is added
/// in one place: a case of `DataKind` and its entry in `entries`.
public enum DataKinds {
    /// One kind: reads a whole file's bytes (checking all of it) and writes it in one
    /// transaction. The ledger has its own path for files (`importLedgerFile`), streamed.
    public struct Entry: Sendable {
        /// The kind this entry imports, as named on the command line (`balans import KIND`).
        public let kind: DataKind
        let importBytes: @Sendable (_ bytes: [UInt8], _ file: String, _ hash: String, Store) async throws -> Outcome
    }

    /// What an import did: the store's summary and the reader's warnings (`FILE:LINE: warning: …`).
    public struct Outcome: Sendable {
        /// The store's summary: a line on what was imported, and whether the data changed (a ledger
        /// file imported again changes nothing).
        public var summary: Store.ImportSummary
        /// The reader's warnings about the file, as `FILE:LINE: warning: …` lines; only the SIE
        /// ledger's reader gives any.
        public var warnings: [String] = []
    }

    /// A CSV-like kind: `read` checks the file and gives its rows, `store` writes them.
    static func rows<Rows>(
        _ kind: DataKind, _ read: @escaping @Sendable ([UInt8], String) throws -> Rows,
        _ store: @escaping @Sendable (Store) -> (Rows, String, String) async throws -> Store.ImportSummary
    ) -> Entry {
        Entry(kind: kind) { bytes, file, hash, target in
            Outcome(summary: try await store(target)(read(bytes, file), file, hash))
        }
    }

    /// Every kind, in `DataKind`'s order.
    public static let entries: [Entry] = [
        Entry(kind: .sie) { bytes, file, _, store in
            let (ledger, warnings) = try SIELedger.read(bytes, file: file)
            return Outcome(summary: try await store.importLedger(ledger), warnings: warnings)
        },
        rows(.org, { try CSVKinds.org($0, file: $1) }, Store.importOrg(_:file:hash:)),
        rows(.mapping, { try CSVKinds.mapping($0, file: $1) }, Store.importMapping(_:file:hash:)),
        Entry(kind: .budget) { bytes, file, hash, store in
            let rows = try CSVKinds.budget(bytes, file: file)
            // A version other than the decided one is kept beside it, and no report counts it: say so.
            let warnings = rows.filter { !$0.value.isDecided }.map {
                "\(file):\($0.line): warning: version \"\($0.value.version)\" is a proposal beside the decided budget "
                    + "(original): stored, but no report counts it"
            }
            return Outcome(summary: try await store.importBudget(rows, file: file, hash: hash), warnings: warnings)
        },
        rows(.forecast, { try CSVKinds.forecast($0, file: $1) }, Store.importForecast(_:file:hash:)),
        rows(.figures, { try CSVKinds.figures($0, file: $1) }, Store.importFigures(_:file:hash:)),
        rows(.investments, { try CSVKinds.investments($0, file: $1) }, Store.importInvestments(_:file:hash:)),
        rows(.staff, { try CSVKinds.staff($0, file: $1) }, Store.importStaff(_:file:hash:)),
        rows(.indicators, { try CSVKinds.indicators($0, file: $1) }, Store.importIndicators(_:file:hash:)),
        rows(.activities, { try CSVKinds.activities($0, file: $1) }, Store.importActivities(_:file:hash:)),
        Entry(kind: .kolada) { bytes, file, hash, store in
            let answer = try Kolada.answerFile(bytes, file: file)
            return Outcome(
                summary: try await store.importKolada(answer.values, file: file, hash: hash, own: answer.region))
        },
        rows(.actionplans, { try CSVKinds.actionPlans($0, file: $1) }, Store.importActionPlans(_:file:hash:)),
        rows(.texts, { try CSVKinds.texts($0, file: $1) }, Store.importTexts(_:file:hash:)),
        rows(.funds, { try CSVKinds.projectFunds($0, file: $1) }, Store.importProjectFunds(_:file:hash:)),
        rows(.topics, { try CSVKinds.topics($0, file: $1) }, Store.importTopics(_:file:hash:)),
        rows(.companies, { try CSVKinds.companies($0, file: $1) }, Store.importCompanies(_:file:hash:)),
        rows(.taxes, { try CSVKinds.taxAssumptions($0, file: $1) }, Store.importTaxAssumptions(_:file:hash:)),
        rows(.frames, { try CSVKinds.frames($0, file: $1) }, Store.importFrames(_:file:hash:)),
        rows(
            .planinvestments, { try CSVKinds.planInvestments($0, file: $1) },
            Store.importPlanInvestments(_:file:hash:)),
        rows(.planfinance, { try CSVKinds.planFinance($0, file: $1) }, Store.importPlanFinance(_:file:hash:)),
    ]

    /// The entry of `kind`.
    public static func entry(_ kind: DataKind) -> Entry {
        // Every case has its entry (DataKindsTests): the first match is the only one.
        entries.first { $0.kind == kind } ?? entries[0]
    }

    /// Imports the bytes of a file named `file` (an upload): checked whole, then written in
    /// one transaction.
    public static func importBytes(kind: DataKind, _ bytes: [UInt8], file: String, store: Store) async throws
        -> Outcome
    {
        try await entry(kind).importBytes(bytes, file, ContentHash.hex(bytes), store)
    }

    /// Imports the file at `path`. A ledger is hashed first (the same file again is not even
    /// read), then read in chunks on one thread while the store writes on another, calling
    /// `progress` with the bytes read so far; other kinds are read whole.
    public static func importFile(
        kind: DataKind, path: String, store: Store, progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> Outcome {
        if kind == .sie { return try await importLedgerFile(path: path, store: store, progress: progress) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputFailure([InputIssue(file: path, line: nil, message: "cannot read the file")])
        }
        return try await importBytes(kind: kind, [UInt8](data), file: path, store: store)
    }

    static func importLedgerFile(path: String, store: Store, progress: (@Sendable (Int) -> Void)?) async throws
        -> Outcome
    {
        let hash = try ContentHash.hex(fileAt: path)
        let warnings = WarningBox()
        let summary = try await store.importLedger(contentHash: hash, fileName: path) { emit in
            let (ledger, found) = try SIELedger.stream(
                path: path, file: path, contentHash: hash, progress: progress, emit: emit)
            warnings.lines = found
            return ledger
        }
        return Outcome(summary: summary, warnings: warnings.lines)
    }

    /// Imports a company's SIE export (`balans import sie FILE --company CODE`) beside the region's ledger, never into
    /// it (`Store.companyOrganisation`). Its fiscal year may be any twelve months: it is stored under the year it ends
    /// in. An unknown company is an error before the file is read.
    public static func importCompanyLedger(
        company: String, path: String, store: Store, progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> Outcome {
        let hash = try ContentHash.hex(fileAt: path)
        let warnings = WarningBox()
        let summary = try await store.importCompanyLedger(company: company, contentHash: hash, file: path) { emit in
            let (ledger, found) = try SIELedger.stream(
                path: path, file: path, contentHash: hash, company: true, progress: progress, emit: emit)
            warnings.lines = found
            return ledger
        }
        return Outcome(summary: summary, warnings: warnings.lines)
    }

    /// Imports a company's own account mapping (`balans import mapping FILE --company CODE`), read as the mapping kind.
    public static func importCompanyMapping(company: String, path: String, store: Store) async throws -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputFailure([InputIssue(file: path, line: nil, message: "cannot read the file")])
        }
        let bytes = [UInt8](data)
        let rules = try CSVKinds.mapping(bytes, file: path)
        let hash = ContentHash.hex(bytes)
        return Outcome(summary: try await store.importCompanyMapping(company: company, rules, file: path, hash: hash))
    }

    /// The reader's warnings, out of the writer's closure (which runs on one thread, before
    /// `importLedger` returns).
    final class WarningBox: @unchecked Sendable {
        var lines: [String] = []
    }
}
