import BalansCore
import BalansImport
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// Publishing and the forecast's Excel round-trip in the JSON API (issue 17, items 4 and 5): the published reports
/// a reader may open, what fastställa a report would publish and what changed since, the freeze itself; the
/// committee's xlsx template, and an uploaded one previewed or saved as a draft. The same checks as the pages.
extension API {
    static func registerPublishing(on router: RouterGroup<WebContext>, app: WebApp) {
        router.get("/api/published") { _, context in
            try await app.api(context) { _, _ in
                let frozen = try await app.store.frozenReports()
                return WebApp.json(.array(frozen.map(publishedJSON)))
            }
        }
        router.get("/api/reports/:kind/publish") { request, context in
            try await app.api(context) { s, data in
                guard s.may(.region) else { return Self.notCentral }
                let (kind, p, node) = try publishTarget(request, context, data)
                guard let kind, let p else { return WebApp.apiError(.notFound, "no such report kind, period or org") }
                let current = try ReportBuilder.build(kind, data: data, period: p, node: node)
                let changes = try await Publishing.changes(app.store, data: data, kind: kind, period: p, node: node)
                let stale = Publishing.staleFigures(current, data: data, period: p, node: node)
                return WebApp.json(
                    .object([
                        ("title", .string(current.title)), ("period", .string(p.description)),
                        ("frozenAt", changes.map { .string($0.frozen.frozenAt) } ?? .null),
                        ("sameData", .bool(changes?.sameData ?? true)),
                        ("differences", .array((changes?.differences ?? []).map(JSONValue.string))),
                        (
                            "staleFigures",
                            .array(
                                stale.map { .object([("place", .string($0.place)), ("quoted", .string($0.quoted))]) })
                        ),
                        ("missingTexts", .array(current.published().missing.map(JSONValue.string))),
                    ]))
            }
        }
        router.post("/api/reports/:kind/publish") { request, context in
            try await app.apiWrite(request, context) { s, data, _ in
                guard s.may(.region) else { return Self.notCentral }
                let (kind, p, node) = try publishTarget(request, context, data)
                guard let kind, let p else { return WebApp.apiError(.notFound, "no such report kind, period or org") }
                let (report, missing) = try await Publishing.freeze(
                    app.store, kind: kind, period: p, node: node, user: s.user.name)
                return WebApp.json(
                    .object([
                        ("title", .string(report.title)), ("period", .string(p.description)),
                        ("missingTexts", .array(missing.map(JSONValue.string))),
                    ]))
            }
        }
        registerForecastTemplate(on: router, app: app)
    }

    static var notCentral: Response { WebApp.apiError(.forbidden, "publishing is for central controllers") }

    /// The report kind, period and org node (`?org=`, nil for the whole organisation) of a publishing call; nil kind
    /// or period when there is no such report.
    static func publishTarget(_ request: Request, _ context: WebContext, _ data: FollowUpData) throws
        -> (ReportKind?, Period?, NodeCode?)
    {
        let kind = ReportKind(rawValue: try context.pathValue("kind"))
        let node = request.uri.queryParameters["org"].map { NodeCode(String($0)) }
        guard let p = WebApp.period(request, data), node.map({ data.tree(for: p.year).node($0) != nil }) ?? true
        else { return (kind, nil, node) }
        return (kind, p, node)
    }

    static func publishedJSON(_ f: FrozenReport) -> JSONValue {
        let node = f.node.rawValue.isEmpty ? nil : f.node
        let title = (try? Report.decoded(f.value).title) ?? ReportLabels.reportTitles[f.kind] ?? f.kind
        return .object([
            ("kind", .string(f.kind)), ("period", .string(f.period)),
            ("org", node.map { .string($0.rawValue) } ?? .null),
            ("title", .string(title)), ("frozenAt", .string(f.frozenAt)),
            (
                "links",
                .object(
                    ReportsView.readerFormats.map { format in
                        (
                            format,
                            .string(
                                Page.report(kind: f.kind, period: f.period, format: format, frozen: true, node: node)
                                    .url)
                        )
                    })
            ),
        ])
    }

    /// GET: the committee's forecast template (xlsx); POST with the filled-in workbook as the body: every change and
    /// every wrong cell, and with `?save=VERSION` (the forecast's version, as the form's save) the rows saved as a
    /// draft when no cell is wrong.
    static func registerForecastTemplate(on router: RouterGroup<WebContext>, app: WebApp) {
        router.get("/api/committees/:code/forecast/template") { request, context in
            try await app.api(context) { s, data in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).forecastUnit(of: code) == code else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.write(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                return XLSXTemplate.download(
                    try ForecastTemplate.workbook(data, period: p, committee: code),
                    filename: "prognos-\(code.rawValue)-\(p).xlsx")
            }
        }
        router.post("/api/committees/:code/forecast/template") { request, context in
            try await app.apiWrite(request, context, limit: 8 << 20) { s, data, body in
                let code = try context.nodeCode("code")
                guard let p = WebApp.period(request, data), data.tree(for: p.year).forecastUnit(of: code) == code else {
                    return WebApp.apiError(.notFound, "no such committee or period")
                }
                guard s.may(.write(code, in: data.tree(for: p.year))) else {
                    return WebApp.apiError(.forbidden, "not your committee")
                }
                let changes: [ForecastTemplate.Change]
                let problems: [String]
                do {
                    (changes, problems) = try ForecastTemplate.read(body, forms: data, period: p, committee: code)
                } catch let e as XLSXSheetReader.Failure {
                    return WebApp.apiError(.unprocessableContent, "the body is not the template: \(e.description)")
                }
                var saved: Int?
                if problems.isEmpty, let version = request.uri.queryParameters["save"].flatMap({ Int(String($0)) }) {
                    let rows = changes.map {
                        ForecastRow(
                            period: p, node: $0.entry.node, account: $0.entry.account, amount: $0.amount,
                            comment: $0.comment, author: s.user.name, status: .draft)
                    }
                    saved = try await app.store.saveForecast(
                        period: p, committee: code, rows: rows, expectedVersion: version, user: s.user.name)
                    await app.cache.invalidate()
                }
                return WebApp.json(
                    templateJSON(changes, problems: problems, saved: saved),
                    status: problems.isEmpty ? .ok : .unprocessableContent)
            }
        }
    }

    static func templateJSON(_ changes: [ForecastTemplate.Change], problems: [String], saved: Int?) -> JSONValue {
        let changed = changes.filter { $0.amount != $0.entry.forecast || $0.comment != $0.entry.comment }
        return .object([
            ("problems", .array(problems.map(JSONValue.string))),
            (
                "changes",
                .array(
                    changed.map { c in
                        .object([
                            ("node", .string(c.entry.node.rawValue)),
                            ("account", c.entry.account.map { .number(String($0)) } ?? .null),
                            ("current", .kronor(c.entry.forecast)), ("new", .kronor(c.amount)),
                            ("comment", .string(c.comment)),
                        ])
                    })
            ),
            ("unchanged", .number(String(changes.count - changed.count))),
            ("savedVersion", saved.map { .number(String($0)) } ?? .null),
        ])
    }
}
