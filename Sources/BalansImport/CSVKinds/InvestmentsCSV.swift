import BalansCore
import Foundation

extension CSVKinds {
    /// `investments`: outcome, budget and forecast per committee and category.
    public static func investments(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<InvestmentRow>] {
        let lifetime = ["site", "project_budget", "project_outcome", "project_forecast", "finished"]
        var rd = try open(
            bytes, file: file,
            known: ["period", "node", "category", "outcome", "budget", "forecast", "project"] + lifetime,
            required: ["period", "node", "category", "outcome"])
        var rows: [Located<InvestmentRow>] = []
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node") else { continue }
            let catText = rd.table.value(r, "category").lowercased()
            guard let category = InvestmentCategory(rawValue: catText) else {
                rd.fail(
                    r,
                    "category \"\(catText)\" is not one of "
                        + InvestmentCategory.allCases.map(\.rawValue).joined(separator: ", ")
                )
                continue
            }
            guard let o = rd.money(r, "outcome"), let outcome = o, let budget = rd.money(r, "budget", optional: true),
                let forecast = rd.money(r, "forecast", optional: true)
            else { continue }
            let project = rd.table.value(r, "project")
            guard let pb = rd.money(r, "project_budget", optional: true),
                let po = rd.money(r, "project_outcome", optional: true),
                let pf = rd.money(r, "project_forecast", optional: true),
                let finished = rd.year(r, "finished", optional: true)
            else { continue }
            let site = rd.table.value(r, "site")
            let given = lifetime.filter { !rd.table.value(r, $0).isEmpty }
            var totals: ProjectTotals?
            if !given.isEmpty {
                // Lifetime figures belong to a project; on a committee's total they would have
                // nothing to describe.
                guard !project.isEmpty else {
                    rd.fail(r, "\(given.joined(separator: ", ")) given without a project")
                    continue
                }
                totals = ProjectTotals(site: site, budget: pb, outcome: po, forecast: pf, finishedYear: finished)
            }
            rows.append(
                Located(
                    line: r.line,
                    value: InvestmentRow(
                        period: period, node: NodeCode(node), category: category, outcome: outcome, budget: budget,
                        forecast: forecast, project: project.isEmpty ? nil : project, projectTotals: totals)))
        }
        return try rd.finish(rows)
    }
}
