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
        (.budget, "budget.csv"), (.forecast, "forecast.csv"), (.figures, "figures.csv"),
        (.investments, "investments.csv"), (.staff, "staff.csv"), (.indicators, "indicators.csv"),
        (.activities, "activities.csv"), (.actionplans, "actionplans.csv"), (.texts, "texts.csv"),
        // Kolada's figures for the comparison with riket and the other regions: example figures
        // (the demo has no internet; README "The example").
        (.kolada, "kolada.json"),
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
