import ArgumentParser
import BalansCore
import BalansReport
import BalansStore
import Foundation

/// `balans plan`: planning, Mål och budget (issue 18).
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Plan versions: tax revenue, grants, frames and the result for three years.",
        subcommands: [PlanShow.self])
}

/// `balans plan show --year 2025 --version forslag-2025 [--assume uppräkning:2025=1.031 …]`: the plan version's
/// computation step by step and the result for the budget year and the two plan years against the financial goal.
struct PlanShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a plan version step by step: skatteintäkter, statsbidrag, frames, result for three years.",
        discussion:
            "The version's rows come from `balans import taxes` and `balans import frames`; last year's frames and "
            + "cost bases from the decided budget of the year before. --assume changes an assumption for this run "
            + "only (what-if): uppräkning:YEAR=FACTOR, skattesats:YEAR=KR, löneindex:YEAR=PERCENT, "
            + "prisindex:YEAR=PERCENT; repeat it for several.")
    @Option(help: "The budget year.") var year: Int
    @Option(help: "The plan version (as in the files' version column).") var version: String
    @Option(help: "A what-if: ITEM:YEAR=VALUE, e.g. uppräkning:2025=1.031 (repeatable).") var assume: [String] = []
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        for text in assume where PlanOverride(text) == nil {
            throw ValidationError(
                "--assume \(text): write ITEM:YEAR=VALUE, ITEM one of uppräkning, skattesats, löneindex, prisindex")
        }
    }

    func run() async throws {
        try await Balans.checkedAwaiting {
            let store = try await database.open()
            let data = try await store.followUpData()
            var taxes = data.taxAssumptions.filter { $0.version == version }
            var frames = data.frameRows.filter { $0.version == version }
            guard !taxes.isEmpty || !frames.isEmpty else {
                let message = "no plan version \"\(version)\" (import taxes and frames)"
                throw InputFailure([InputIssue(file: "plan", line: nil, message: message)])
            }
            let overrides = assume.compactMap(PlanOverride.init)
            for o in overrides { (taxes, frames) = (o.applied(to: taxes), o.applied(to: frames)) }
            switch FramePlan.compute(data, taxes: taxes, frames: frames, firstYear: year) {
            case .success(let plan):
                print(
                    PlanText.render(
                        plan, version: version, organisation: data.organisationName,
                        overrides: overrides.map(\.description)),
                    terminator: "")
            case .failure(let missing):
                throw InputFailure(missing.problems.map { InputIssue(file: "plan \(version)", line: nil, message: $0) })
            }
        }
    }
}
