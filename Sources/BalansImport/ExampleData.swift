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
        (.budget, "budget.csv"), (.forecast, "forecast.csv"), (.figures, "figures.csv"),
        (.investments, "investments.csv"), (.staff, "staff.csv"), (.indicators, "indicators.csv"),
        (.activities, "activities.csv"), (.actionplans, "actionplans.csv"), (.texts, "texts.csv"),
    ]

    /// Imports every step from `directory` into `store`, calling `each` with every step's outcome.
    public static func importAll(
        from directory: URL, into store: Store, each: (DataKinds.Outcome) async -> Void = { _ in }
    ) async throws {
        for (kind, file) in steps {
            await each(
                try DataKinds.importFile(kind: kind, path: directory.appendingPathComponent(file).path, store: store))
        }
    }
}
