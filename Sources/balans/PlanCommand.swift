import ArgumentParser
import BalansCore
import BalansReport
import BalansStore
import Foundation

/// `balans plan`: planning, Mål och budget (issue 18).
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Plan versions: tax revenue, grants, frames and the result for three years.",
        subcommands: [PlanShow.self, PlanDecide.self, PlanCopy.self, PlanForecast.self, PlanList.self])
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
            let data = try await database.open().followUpData()
            let overrides = assume.compactMap(PlanOverride.init)
            let plan = try computedPlan(data, version: version, year: year, overrides: overrides)
            let text = PlanText.render(
                plan, version: version, organisation: data.organisationName, overrides: overrides.map(\.description),
                projection: PlanProjection.compute(data, plan: plan, version: version))
            print(text, terminator: "")
        }
    }
}

/// The plan of `version` from the store's data, with the what-ifs applied; the problems as an input failure.
func computedPlan(_ data: FollowUpData, version: String, year: Int, overrides: [PlanOverride] = []) throws
    -> FramePlan
{
    switch FramePlan.compute(data, version: version, firstYear: year, overrides: overrides) {
    case nil:
        let message = "no plan version \"\(version)\" (import taxes and frames)"
        throw InputFailure([InputIssue(file: "plan", line: nil, message: message)])
    case .success(let plan): return plan
    case .failure(let missing):
        throw InputFailure(missing.problems.map { InputIssue(file: "plan \(version)", line: nil, message: $0) })
    }
}

/// `balans plan decide --year 2025 --version forslag-2025`: the version becomes the year's original budget
/// (`PlanBudget`), its status decided (or revised, after an earlier decided version of the year).
struct PlanDecide: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Decide a plan version: it becomes the original budget of its budget year.",
        discussion:
            "Last year's original budget is carried forward line by line with the plan applied (docs/formats.md, "
            + "\"frames\"); the year's budget changes and proposals stay. A version is decided once.")
    @Option(help: "The budget year.") var year: Int
    @Option(help: "The plan version.") var version: String
    @Option(help: "The decision, e.g. \"RF §60 2024\".") var reference: String = ""
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let store = try await database.open()
            let (status, rows) = try await store.decidePlan(
                version: version, firstYear: year, user: "system", at: ISO8601DateFormatter().string(from: Date()),
                reference: reference)
            Balans.note(
                "plan \(version): \(status.status.rawValue), the original budget of \(year) (\(rows.count) rows, "
                    + "result \(rows.map(\.amount).sum()) kr)")
        }
    }
}

/// `balans plan copy --from forslag-2025 --to forslag-2025-b [--assume skattesats:2025=11.50 …]`: a new proposal
/// with the rows of another version, each what-if kept as its own assumption — the start of a new version, changed
/// further by `balans import taxes`/`frames` or in the web app.
struct PlanCopy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy", abstract: "Make a new plan version from another one, with changed assumptions.")
    @Option(help: "The version to copy.") var from: String
    @Option(help: "The new version's name (letters, digits, - _ .).") var to: String
    @Option(help: "An assumption of the new version: ITEM:YEAR=VALUE (repeatable).") var assume: [String] = []
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        guard PlanVersions.isValidName(to) else { throw ValidationError("--to \(to): 1–40 letters, digits, - _ .") }
        for text in assume where PlanOverride(text) == nil {
            throw ValidationError("--assume \(text): write ITEM:YEAR=VALUE")
        }
    }

    func run() async throws {
        try await Balans.checkedAwaiting {
            let store = try await database.open()
            let data = try await store.followUpData()
            guard PlanVersions.exists(from, in: data) else {
                throw InputFailure([InputIssue(file: "plan", line: nil, message: "no plan version \"\(from)\"")])
            }
            let (taxes, frames) = PlanVersions.copy(
                from, as: to, overrides: assume.compactMap(PlanOverride.init), in: data)
            try await store.savePlanVersion(
                to, taxes: taxes, frames: frames, expecting: nil, user: "system", from: from)
            Balans.note("plan \(to): a proposal from \(from) (\(taxes.count) assumptions, \(frames.count) frame rows)")
        }
    }
}

/// `balans plan forecast --version prognos-2025-04 --period 2025-04`: the version's skatteintäkter and statsbidrag of
/// the period's year become the full-year forecast of the tax and grant rows made at that period (`TaxForecast`).
struct PlanForecast: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast skatteintäkter and statsbidrag of the year from a plan version's tax model.",
        discussion:
            "The year's original budget rows on tax and grant accounts are forecast at their budget, the "
            + "difference to the model's total on the largest; the period's other forecasts stay.")
    @Option(help: "The plan version whose tax and grant assumptions are used.") var version: String
    @Option(help: "The report period the forecast is made at, YYYY-MM.") var period: String
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            guard let p = Period(period) else {
                throw InputFailure([InputIssue(file: "plan", line: nil, message: "--period \(period) is not YYYY-MM")])
            }
            let store = try await database.open()
            let data = try await store.followUpData()
            let rows = data.taxAssumptions.filter { $0.version == version }
            guard !rows.isEmpty else {
                throw InputFailure([
                    InputIssue(file: "plan", line: nil, message: "no tax assumptions of \"\(version)\"")
                ])
            }
            let place = "plan \(version)"
            let forecast = TaxRevenueCalculation.compute(rows, year: p.year).flatMap {
                TaxForecast.rows(
                    $0, data: data, period: p, author: "system", comment: "Skatteprognos enligt planversion \(version)")
            }
            switch forecast {
            case .failure(let missing):
                throw InputFailure(missing.problems.map { InputIssue(file: place, line: nil, message: $0) })
            case .success(let rows):
                try await store.replaceForecastRows(
                    rows, replacing: TaxForecast.replaced(data, period: p), period: p, user: "system", source: place)
                Balans.note(
                    "\(place): forecast \(p) of \(rows.count) tax and grant rows, \(rows.map(\.amount).sum()) kr")
            }
        }
    }
}

/// `balans plan list`: the plan versions of the data with their first year and status.
struct PlanList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the plan versions with their budget year and status.")
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let data = try await database.open().followUpData()
            let names = Set(data.taxAssumptions.map(\.version) + data.frameRows.map(\.version))
            for name in names.sorted() {
                let status = data.planVersions.first { $0.version == name }
                let decided = status.map { " \($0.decidedBy) \($0.decidedAt) \($0.reference)" } ?? ""
                print("\(name)\t\(status?.status.rawValue ?? "proposal")\(decided)")
            }
        }
    }
}
