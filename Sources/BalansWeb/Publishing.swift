import BalansCore
import BalansReport
import BalansStore
import Foundation

/// Fastställa (freeze) a report, and what has changed since (issue 17, item 5): the one way the command line
/// (`balans report … --freeze`, `balans report diff`) and the web application publish a report.
public enum Publishing {
    /// Builds the report from today's data and freezes it as published (without the preview's "Text saknas"
    /// boxes); returns it and the places it goes without a text. Refused when it is frozen already. A Mål och budget
    /// is frozen from `planVersion` (by default the version in force for the year) under its kind and period, and
    /// only a decided one: what is published is what fullmäktige decided, and the year's document is frozen once.
    public static func freeze(
        _ store: Store, kind: ReportKind, period p: Period, node: NodeCode?, user: String = "system",
        planVersion: String? = nil
    ) async throws
        -> (report: Report, missing: [String])
    {
        // The fingerprint hashes every input row, taken before the data are read, so a change in between shows.
        let fingerprint = try await store.inputFingerprint()
        let data = try await store.followUpData()
        if kind == .malbudget, let version = planVersion ?? PlanVersions.version(for: p.year, in: data),
            PlanVersions.decision(version, in: data) == nil
        {
            let message =
                "plan version \"\(version)\" is a proposal: only a decided Mål och budget is published "
                + "(balans plan decide, or Fastställ under Planering)"
            throw InputFailure([InputIssue(file: "malbudget \(p.year)", line: nil, message: message)])
        }
        let (published, missing) = try ReportBuilder.build(
            kind, data: data, period: p, node: node, planVersion: planVersion
        )
        .published()
        try await store.freeze(
            kind: kind.rawValue, period: p.description, node: node ?? "", value: published.encoded(),
            inputFingerprint: fingerprint, at: ISO8601DateFormatter().string(from: Date()), user: user)
        return (published, missing)
    }

    /// What differs between the frozen report and the same report from today's data, and whether the data it was
    /// built from are unchanged; nil when the report is not frozen.
    public static func changes(_ store: Store, data: FollowUpData, kind: ReportKind, period p: Period, node: NodeCode?)
        async throws -> (frozen: FrozenReport, differences: [String], sameData: Bool)?
    {
        guard let frozen = try await store.frozenReport(kind: kind.rawValue, period: p.description, node: node ?? "")
        else { return nil }
        let current = try ReportBuilder.build(kind, data: data, period: p, node: node)
        // Published against published: a report frozen by an earlier version may still hold "Text saknas" boxes.
        let differences = ReportDiff.compare(
            frozen: try Report.decoded(frozen.value).published().report, current: current.published().report)
        let same = try await store.inputsUnchanged(since: frozen.inputFingerprint)
        return (frozen, differences, same)
    }

    /// The figures the period's written texts of `node`'s subtree (the whole organisation for nil) quote that
    /// `report` does not give (`StaleFigures`).
    public static func staleFigures(_ report: Report, data: FollowUpData, period p: Period, node: NodeCode?)
        -> [StaleFigures.Finding]
    {
        let tree = data.tree(for: p.year)
        let nodes = Set(tree.subtree(node ?? tree.root.code).map(\.code))
        let texts = data.texts.filter { $0.period == p && nodes.contains($0.node) }.map {
            (place: "\($0.section.rawValue) \($0.node.rawValue)", text: $0.text)
        }
        return StaleFigures.check(report, texts: texts)
    }
}
