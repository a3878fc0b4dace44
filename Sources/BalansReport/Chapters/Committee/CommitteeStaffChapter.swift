import BalansCore
import Foundation

/// "Medarbetare i siffror" (seed 002 4.1.4, seed 001 1.3): the committee's rolling-12 staff
/// measures this period and a year earlier against the year's targets, with sick leave by
/// length, gender and age band where the data split it. Absent without staff data for the
/// committee; a part with no value in either year is left out.
enum CommitteeStaffChapter {
    /// The staff file's gender values (`StaffRow.gender`) and their labels.
    static let genders: [(value: String, label: ReportLabel)] = [("kvinnor", .women), ("män", .men)]

    /// The chapter of the report `c` describes: the staff measures and the personnel costs against the budget.
    static func build(_ c: ReportContext) -> Chapter? {
        let blocks = (staffTable(c).map { [Block.table($0)] } ?? []) + personnelCosts(c)
        guard !blocks.isEmpty else { return nil }
        return Chapter(id: "medarbetare", title: c.label(.staffInFigures), blocks: blocks)
    }

    /// Seed 000 4.1 "Personalkostnader jan–mars 2017": per area whose budget names personnel accounts (klass 5), the
    /// outcome and the periodised budget to date — costs as the amounts spent, as the seed prints them ("44,9 mnkr"),
    /// the deviation positive when less was spent. Nothing where no area budgets its personnel costs.
    static func personnelCosts(_ c: ReportContext) -> [Block] {
        let areas = CostKindToDate.perChild(c.data, of: c.node, kind: .personnel, period: c.period)
        guard !areas.isEmpty else { return [] }
        let year = String(c.period.year)
        let rows = areas.map {
            Table.Row(
                label: $0.name,
                cells: [.amount((-$0.outcome).ore), .amount((-$0.budgetToDate).ore), .amount($0.deviation.ore)])
        }
        return [
            .table(
                Table(
                    id: "personalkostnader", caption: c.say(.personnelCostsSpan, c.span, year), unit: c.unit,
                    columns: [
                        c.label(.area), c.say(.outcomeSpanYear, c.span, year), c.say(.budgetSpanYear, c.span, year),
                        c.label(.deviationWord),
                    ], rows: rows))
        ]
    }

    /// The staff measures' table; nil without staff data for the committee.
    static func staffTable(_ c: ReportContext) -> Table? {
        let data = c.data
        let p = c.period
        let codes = Set(c.tree.subtree(c.node).map(\.code))
        guard data.staff.contains(where: { codes.contains($0.node) }) else { return nil }
        let now = StaffReport.compute(data, period: p, node: c.node)
        let before = StaffReport.compute(data, period: p.previousYear, node: c.node)
        var rows: [Table.Row] = []
        func add(_ label: String, _ f: (StaffReport) -> Decimal?, target: Decimal? = nil, part: Bool = false) {
            let a = f(before)
            let b = f(now)
            if a == nil && b == nil && (part || target == nil) { return }
            rows.append(
                Table.Row(
                    label: label,
                    cells: [
                        ReportBuilder.percent(a, decimals: 2), ReportBuilder.percent(target, decimals: 2),
                        ReportBuilder.percent(b, decimals: 2),
                    ], level: part ? 1 : 0))
        }
        add(c.label(.turnover), { $0.turnover }, target: now.targetTurnover)
        add(c.label(.externalTurnover), { $0.turnoverExternal }, part: true)
        add(c.label(.internalTurnover), { $0.turnoverInternal }, part: true)
        add(c.label(.retirements), { $0.turnoverRetirement }, part: true)
        add(c.label(.sickLeave), { $0.sickLeave }, target: now.targetSickLeave)
        add(c.label(.sickLeaveShort), { $0.sickLeaveShort }, part: true)
        add(c.label(.sickLeaveMedium), { $0.sickLeaveMedium }, part: true)
        add(c.label(.sickLeaveLong), { $0.sickLeaveLong }, part: true)
        for gender in genders { add(c.label(gender.label), { $0.sickLeaveByGender[gender.value] }, part: true) }
        let bands = Set(now.sickLeaveByAgeBand.keys).union(before.sickLeaveByAgeBand.keys).sorted {
            StaffRow.ageBandOrder($0) < StaffRow.ageBandOrder($1)
        }
        for band in bands { add(ageBand(c, band), { $0.sickLeaveByAgeBand[band] }, part: true) }
        add(c.label(.overtime), { $0.overtime })
        add(c.label(.otherAbsence), { $0.otherAbsence })
        if now.hiredShare != nil || before.hiredShare != nil {
            add(c.label(.hiredShare), { $0.hiredShare }, target: now.targetHiredShare)
        }
        guard !rows.isEmpty else { return nil }
        let month = c.words.month(p.month)
        return Table(
            id: "medarbetare", caption: c.label(.staffInFigures), unit: .tkr,
            columns: [
                "", c.say(.outcomeMonthYear, month, String(p.year - 1)), c.say(.targetYear, String(p.year)),
                c.say(.outcomeMonthYear, month, String(p.year)),
            ],
            rows: rows, footnotes: [c.label(.committeeStaffFootnote)], showsUnit: false)
    }

    /// "20-49" → "20–49 år", "50-" → "50 år och äldre", "-29" → "upp till 29 år".
    static func ageBand(_ c: ReportContext, _ band: String) -> String {
        let parts = band.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return band }
        if parts[0].isEmpty { return c.say(.ageUpTo, parts[1]) }
        if parts[1].isEmpty { return c.say(.ageAndOlder, parts[0]) }
        return c.say(.ageBand, parts[0], parts[1])
    }
}
