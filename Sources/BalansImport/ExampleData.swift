import BalansCore
import BalansStore
import Foundation

/// The Region Halland example (`Examples/region-halland`, README "The example"): its files in
/// the order they import, used by `balans demo` and by the tests' example fixture, so both
/// read the same example the same way.
public enum ExampleData {
    /// The example's files in import order: the tree and mapping before the ledgers, the
    /// ledgers before what refers to their nodes.
    public static let steps: [(kind: DataKind, file: String)] = [
        (.org, "org.csv"), (.mapping, "mapping.csv"),
        // 2022 after 2024: seed 003's comparison year came last, and the vouchers read before it keep their ids.
        (.sie, "ledger-2017.se"), (.sie, "ledger-2018.se"), (.sie, "ledger-2023.se"), (.sie, "ledger-2024.se"),
        (.sie, "ledger-2022.se"),
        // Seed 002: Regionkontoret 2019, and its 2018 outcome as an import batch (SIE 4I), after
        // every full export so that it adds to the full 2018 ledger rather than being replaced by it.
        (.sie, "ledger-2019.se"), (.sie, "ledger-2018-RK.se"),
        // Seed 000's drug costs of January-March 2016 (last year's column of the drug specification); last, so the
        // vouchers read before it keep their ids.
        (.sie, "ledger-2016.se"),
        // The region's side of the invented koncern (README "The koncern"): an import batch that moves amounts already
        // in the 2023 ledger onto the companies' motpart codes, so every figure of the region stays as it was.
        // Imported as it is (never expanded: its motpart codes are the point), after the full exports.
        (.sie, "ledger-2023-koncern.se"),
        (.budget, "budget.csv"), (.forecast, "forecast.csv"), (.figures, "figures.csv"),
        (.investments, "investments.csv"), (.staff, "staff.csv"), (.indicators, "indicators.csv"),
        (.activities, "activities.csv"), (.actionplans, "actionplans.csv"), (.texts, "texts.csv"),
        (.funds, "funds.csv"),
        (.topics, "topics.csv"),
        // Kolada's figures for the comparison with riket and the other regions: example figures
        // (the demo has no internet; README "The example").
        (.kolada, "kolada.json"),
        // The invented kommunkoncern of 2023: the companies, then their ledgers (`companyLedgers`).
        (.companies, "companies.csv"),
        // Plan versions (issue 18): the 2024 budget as it was made, and the proposal for 2025 (build/plan.py).
        (.taxes, "taxes.csv"), (.frames, "frames.csv"),
        // Their investment plans with the finance assumptions (build/plan.py).
        (.planinvestments, "planinvestments.csv"), (.planfinance, "planfinance.csv"),
    ]

    /// Ledger files imported as they are, not expanded (``expandedLedger(_:from:)``).
    public static let unexpanded: Set<String> = ["ledger-2023-koncern.se"]

    /// The companies' SIE exports (`balans import sie FILE --company CODE`), after `steps`.
    public static let companyLedgers: [(company: String, file: String)] = [
        ("HFAB", "company-HFAB-2023.se"), ("KVAB", "company-KVAB-2023.se"),
    ]

    /// The seed of the example's ledger expansion: fixed, so the demo's vouchers are the same on
    /// every run and machine.
    public static let ledgerSeed: UInt64 = 20_240_515

    /// The example's ledgers are summaries (one voucher per committee and month, README); the demo
    /// and the tests import them expanded into an ERP's vouchers (``ERPLedgerExpansion``), which
    /// sum to the same amounts per account, ansvar and month, so every report figure is the same.
    public static func expandedLedger(_ file: String, from directory: URL) throws -> [UInt8] {
        let path = directory.appendingPathComponent(file).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputFailure([InputIssue(file: path, line: nil, message: "cannot read the file")])
        }
        return try ERPLedgerExpansion(seed: ledgerSeed).expand([UInt8](data), file: path)
    }

    /// The path to import a step from: the file itself, or for a ledger its expansion written to
    /// `ledgers` (the demo's DIR/ledgers/, where a user can open the vouchers it imported).
    public static func prepare(_ step: (kind: DataKind, file: String), from directory: URL, ledgers: URL) throws
        -> String
    {
        guard step.kind == .sie, !unexpanded.contains(step.file) else {
            return directory.appendingPathComponent(step.file).path
        }
        try FileManager.default.createDirectory(at: ledgers, withIntermediateDirectories: true)
        let target = ledgers.appendingPathComponent(step.file)
        try Data(expandedLedger(step.file, from: directory)).write(to: target)
        return target.path
    }

    /// Imports every step from `directory` into `store` as the demo does (the ledgers expanded),
    /// calling `each` with every step's outcome.
    public static func importAll(
        from directory: URL, into store: Store, each: (DataKinds.Outcome) async -> Void = { _ in }
    ) async throws {
        for (kind, file) in steps {
            if kind == .sie && !unexpanded.contains(file) {
                let bytes = try expandedLedger(file, from: directory)
                await each(try await DataKinds.importBytes(kind: kind, bytes, file: file, store: store))
            } else {
                await each(
                    try await DataKinds.importFile(
                        kind: kind, path: directory.appendingPathComponent(file).path, store: store))
            }
        }
        for (company, file) in companyLedgers {
            await each(
                try await DataKinds.importCompanyLedger(
                    company: company, path: directory.appendingPathComponent(file).path, store: store))
        }
    }
}
