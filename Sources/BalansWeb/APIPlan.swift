import BalansCore
import BalansReport
import Foundation
import Hummingbird

/// Planning in the JSON API (issue 18), for admin and central controllers: a plan version with every step, and with
/// `?assume=ITEM:YEAR=VALUE` (repeatable) its what-if; two versions compared.
extension API {
    static func registerPlan(on router: RouterGroup<WebContext>, app: WebApp) {
        router.get("/api/plan/:year/compare") { request, context in
            try await app.api(context) { s, data in
                guard s.may(.region) else { return WebApp.apiError(.forbidden, "the plan is central controllers'") }
                guard let year = Int(try context.pathValue("year")) else {
                    return WebApp.apiError(.notFound, "no such year")
                }
                let query = request.uri.queryParameters
                guard let a = query["a"].map(String.init), let b = query["b"].map(String.init) else {
                    return WebApp.apiError(.badRequest, "give the versions to compare: ?a=VERSION&b=VERSION")
                }
                let known = Set(FramePlan.versions(data).map(\.name))
                for v in [a, b] where !known.contains(v) {
                    return WebApp.apiError(.notFound, "no plan version \(v)")
                }
                let (comparison, problems) = PlanController.comparison(data, a: a, b: b, fromYear: year)
                guard let comparison else {
                    return WebApp.apiError(.unprocessableContent, problems.joined(separator: "; "))
                }
                return WebApp.json(comparisonJSON(comparison, a: a, b: b))
            }
        }
        router.get("/api/plan/:year/:version") { request, context in
            try await app.api(context) { s, data in
                guard s.may(.region) else { return WebApp.apiError(.forbidden, "the plan is central controllers'") }
                guard let year = Int(try context.pathValue("year")) else {
                    return WebApp.apiError(.notFound, "no such year")
                }
                let version = try context.pathValue("version")
                var overrides: [PlanOverride] = []
                for text in request.uri.queryParameters.getAll("assume").map { String($0) } {
                    guard let o = PlanOverride(text) else {
                        return WebApp.apiError(
                            .badRequest,
                            "assume \(text): write ITEM:YEAR=VALUE, ITEM one of uppräkning, skattesats, löneindex, "
                                + "prisindex")
                    }
                    overrides.append(o)
                }
                switch FramePlan.compute(data, version: version, firstYear: year, overrides: overrides) {
                case .none: return WebApp.apiError(.notFound, "no plan version \(version)")
                case .failure(let missing)?: return WebApp.apiError(.unprocessableContent, missing.description)
                case .success(let plan)?: return WebApp.json(planJSON(plan, version: version, overrides: overrides))
                }
            }
        }
    }

    /// A plan with every step: per year the tax computation, the grants, each frame with its steps, the common lines
    /// and the result against the goal. Amounts in kronor, factors and percents exact.
    static func planJSON(_ plan: FramePlan, version: String, overrides: [PlanOverride]) -> JSONValue {
        .object([
            ("version", .string(version)), ("firstYear", .int(plan.years.first?.year ?? 0)),
            ("assumptions", .array(overrides.map { .string($0.description) })),
            ("years", .array(plan.years.map(yearJSON))),
        ])
    }

    static func yearJSON(_ y: FramePlan.Year) -> JSONValue {
        let t = y.taxes
        let taxes = JSONValue.object([
            ("baseYear", .int(t.baseYear)), ("taxBase", .kronor(t.taxBase)),
            ("uplifts", .array(t.uplifts.map { .object([("year", .int($0.year)), ("factor", .percent($0.factor))]) })),
            ("taxBaseOfYear", .kronor(t.taxBaseOfYear)), ("taxRate", .percent(t.taxRate)),
            ("preliminary", .kronor(t.preliminary)),
            (
                "settlements",
                .array(
                    t.settlements.map {
                        .object([
                            ("item", .string($0.item.rawValue)), ("perCapita", .percent($0.perCapita)),
                            ("population", .int($0.population)), ("amount", .kronor($0.amount)),
                        ])
                    })
            ),
            ("taxRevenue", .kronor(t.taxRevenue)),
            ("grants", .array(t.grants.map { .object([("name", .string($0.name)), ("amount", .kronor($0.amount))]) })),
            ("grantsTotal", .kronor(t.grantsTotal)),
        ])
        let frames = y.frames.map { f in
            JSONValue.object([
                ("node", .string(f.node.rawValue)), ("name", .string(f.name)), ("opening", .kronor(f.opening)),
                ("openingSource", .string(f.openingSource.rawValue)),
                (
                    "steps",
                    .array(
                        f.steps.map { s in
                            .object([
                                ("kind", .string(s.kind.rawValue)), ("label", .string(s.label)),
                                ("reference", .string(s.reference)), ("percent", .percent(s.percent)),
                                ("amount", .kronor(s.amount)),
                            ])
                        })
                ),
                ("frame", .kronor(f.frame)),
            ])
        }
        let common = y.common.map {
            JSONValue.object([
                ("node", .string($0.node.rawValue)), ("label", .string($0.label)), ("amount", .kronor($0.amount)),
            ])
        }
        return .object([
            ("year", .int(y.year)), ("taxes", taxes), ("frames", .array(frames)),
            ("framesTotal", .kronor(y.framesTotal)),
            ("common", .array(common)), ("commonTotal", .kronor(y.commonTotal)), ("result", .kronor(y.result)),
            ("resultShare", .percent(y.resultShare)), ("targetPercent", .percent(y.targetPercent)),
            ("target", .kronor(y.target)), ("meetsTarget", .bool(y.meetsTarget)),
        ])
    }

    /// Two versions compared: per year A, B and B − A of each committee's frame and of the region's figures.
    static func comparisonJSON(_ c: PlanComparison, a: String, b: String) -> JSONValue {
        func figures(_ list: [PlanComparison.Figure]) -> JSONValue {
            .array(
                zip(c.years, list).map { year, f in
                    .object([
                        ("year", .int(year)), ("a", .kronor(f.a)), ("b", .kronor(f.b)),
                        ("difference", .kronor(f.difference)),
                    ])
                })
        }
        return .object([
            ("a", .string(a)), ("b", .string(b)), ("years", .array(c.years.map(JSONValue.int))),
            (
                "frames",
                .array(
                    c.frames.map {
                        .object([
                            ("node", .string($0.node.rawValue)), ("name", .string($0.name)),
                            ("years", figures($0.figures)),
                        ])
                    })
            ),
            ("taxRevenue", figures(c.taxRevenue)), ("grants", figures(c.grants)), ("common", figures(c.common)),
            ("framesTotal", figures(c.framesTotal)), ("result", figures(c.result)), ("target", figures(c.target)),
        ])
    }
}
