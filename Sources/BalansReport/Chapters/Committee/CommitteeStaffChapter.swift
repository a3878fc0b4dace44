import BalansCore
import Foundation

/// "Medarbetare i siffror" (seed 002 4.1.4, seed 001 1.3): the committee's rolling-12 staff
/// measures this period and a year earlier against the year's targets, with sick leave by
/// length, gender and age band where the data split it. Absent without staff data for the
/// committee; a part with no value in either year is left out.
enum CommitteeStaffChapter {
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        let node = c.node
        let codes = Set(data.tree(for: p.year).subtree(node).map(\.code))
        guard data.staff.contains(where: { codes.contains($0.node) }) else { return nil }
        let now = StaffReport.compute(data, period: p, node: node)
        let before = StaffReport.compute(data, period: Period(year: p.year - 1, month: p.month)!, node: node)  // safe: month is valid
        let month = ReportLabels.months[p.month - 1]
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
        add("Personalomsättning", { $0.turnover }, target: now.targetTurnover)
        add("extern", { $0.turnoverExternal }, part: true)
        add("intern", { $0.turnoverInternal }, part: true)
        add("pensionsavgångar", { $0.turnoverRetirement }, part: true)
        add("Sjukfrånvaro", { $0.sickLeave }, target: now.targetSickLeave)
        add("kort (dag 1–14)", { $0.sickLeaveShort }, part: true)
        add("medellång (dag 15–59)", { $0.sickLeaveMedium }, part: true)
        add("lång (dag 60–)", { $0.sickLeaveLong }, part: true)
        for gender in ["kvinnor", "män"] { add(gender, { $0.sickLeaveByGender[gender] }, part: true) }
        let bands = Set(now.sickLeaveByAgeBand.keys).union(before.sickLeaveByAgeBand.keys).sorted {
            StaffRow.ageBandOrder($0) < StaffRow.ageBandOrder($1)
        }
        for band in bands { add(ReportLabels.ageBand(band), { $0.sickLeaveByAgeBand[band] }, part: true) }
        add("Övertid/mertid", { $0.overtime })
        add("Övrig frånvaro (ledigheter)", { $0.otherAbsence })
        if now.hiredShare != nil || before.hiredShare != nil {
            add(
                "Bemanningskostnader i relation till personalkostnader", { $0.hiredShare }, target: now.targetHiredShare
            )
        }
        guard !rows.isEmpty else { return nil }
        let table = Table(
            id: "medarbetare", caption: "Medarbetare i siffror", unit: .tkr,
            columns: ["", "Utfall \(month) \(p.year - 1)", "Målvärde \(p.year)", "Utfall \(month) \(p.year)"],
            rows: rows,
            footnotes: [
                "Rullande 12 månader. Sjukfrånvaro och övertid/mertid i procent av ordinarie arbetstid; personalomsättning: avgångar i förhållande till genomsnittligt antal tillsvidareanställda."
            ], showsUnit: false)
        return Chapter(id: "medarbetare", title: "Medarbetare i siffror", blocks: [.table(table)])
    }
}
