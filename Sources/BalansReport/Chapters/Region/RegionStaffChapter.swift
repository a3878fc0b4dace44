import BalansCore
import Foundation

/// "Väsentliga personalförhållanden" (seed 003, 2.7): rolling-12 indicators against the
/// year's targets, and the hired-staff costs of the year so far. Absent without staff data.
enum RegionStaffChapter {
    /// The chapter of the report `c` describes.
    static func build(_ c: ReportContext) -> Chapter? {
        let data = c.data
        let p = c.period
        guard !data.staff.isEmpty else { return nil }
        let now = StaffReport.compute(data, period: p)
        let before = StaffReport.compute(data, period: p.previousYear)
        let month = c.words.month(p.month)
        let cols = [
            c.label(.qualityIndicators), c.say(.outcomeMonthYear, month, String(p.year - 1)),
            c.say(.targetYear, String(p.year)), c.say(.outcomeMonthYear, month, String(p.year)),
        ]
        func row(_ label: ReportLabel, _ f: (StaffReport) -> Decimal?, target: Decimal?, level: Int = 0) -> Table.Row {
            Table.Row(
                label: c.label(label),
                cells: [
                    ReportBuilder.percent(f(before)), ReportBuilder.percent(target), ReportBuilder.percent(f(now)),
                ], level: level)
        }
        let table = Table(
            // Percentages and one row of tkr (seed 003, 2.7): the unit is on that row, not over the table.
            id: "personal", caption: c.label(.staffChapter), unit: .tkr, columns: cols,
            rows: [
                row(.turnover, { $0.turnover }, target: now.targetTurnover),
                row(.externalTurnover, { $0.turnoverExternal }, target: nil, level: 1),
                row(.internalTurnover, { $0.turnoverInternal }, target: nil, level: 1),
                row(.retirements, { $0.turnoverRetirement }, target: nil, level: 1),
                row(.sickLeave, { $0.sickLeave }, target: now.targetSickLeave),
                Table.Row(
                    label: c.label(.hiredStaffCost),
                    cells: [ReportBuilder.amount(before.hiredCostR12), .empty, ReportBuilder.amount(now.hiredCostR12)]),
                row(.hiredShareOfTotal, { $0.hiredShare }, target: now.targetHiredShare),
            ],
            footnotes: [c.label(.staffFootnote)], showsUnit: false)
        var blocks: [Block] = [.table(table)]
        if let chart = trend(c) { blocks.append(.lineChart(chart)) }
        if now.sickLeave == nil { blocks.append(.paragraph(c.label(.sickLeaveCannotBeComputed), missing: false)) }
        if c.kind == .arsredovisning, let table = statutorySickLeave(c) { blocks.append(.table(table)) }
        if let cost = now.hiredCostToDate, let change = now.hiredCostChange {
            blocks.append(.paragraph(hiredCostText(c, now, cost, change), missing: false))
        }
        return Chapter(id: "personal", title: c.label(.staffChapter), blocks: blocks)
    }

    /// The annual report's sick-leave figures the law asks for (LKBR 11 kap.), this year and the year before; nil when
    /// neither year has any.
    static func statutorySickLeave(_ c: ReportContext) -> Table? {
        let years = [c.period.year, c.period.year - 1]
        let figures = years.map { StatutorySickLeave.compute(c.data, year: $0) }
        typealias Figure = (StatutorySickLeave) -> Decimal?
        let rows: [(ReportLabel, Figure, Int)] = [
            (.sickLeaveTotal, { $0.total }, 0), (.sickLeaveLongShare, { $0.longShare }, 1),
            (.sickLeaveWomen, { $0.women }, 1), (.sickLeaveMen, { $0.men }, 1),
            (.sickLeaveUpTo29, { $0.ageBands[.upTo29] }, 1), (.sickLeave30To49, { $0.ageBands[.from30To49] }, 1),
            (.sickLeaveFrom50, { $0.ageBands[.from50] }, 1),
        ]
        guard rows.contains(where: { r in figures.contains { r.1($0) != nil } }) else { return nil }
        return Table(
            id: "sjukfranvaro", caption: c.label(.sickLeaveStatutory), unit: .mnkr,
            columns: [""] + years.map(String.init),
            rows: rows.map { label, f, level in
                Table.Row(label: c.label(label), cells: figures.map { ReportBuilder.percent(f($0)) }, level: level)
            }, showsUnit: false)
    }

    /// The R12 measures month by month over the last year: the trend behind the figures.
    static func trend(_ c: ReportContext) -> LineChart? {
        let months = (0..<12).map { c.period.adding(months: $0 - 11) }
        let reports = months.map { StaffReport.compute(c.data, period: $0) }
        let r12: [(ReportLabel, (StaffReport) -> Decimal?)] = [
            (.turnover, { $0.turnover }), (.sickLeave, { $0.sickLeave }), (.hiredShareShort, { $0.hiredShare }),
        ]
        let series = r12.map { name, f in
            LineChart.Series(name: c.label(name), values: reports.map { ReportBuilder.percent(f($0)) })
        }.filter { $0.values.contains { $0 != .empty } }
        guard !series.isEmpty else { return nil }
        return LineChart(
            id: "personal-r12", title: c.label(.staffR12), unit: .mnkr, categories: months.map(c.words.chartMonth),
            series: series, source: c.say(.sourceStaff, c.tree.root.name))
    }

    /// The cost of hired doctors and nurses so far this year against last year's.
    static func hiredCostText(_ c: ReportContext, _ now: StaffReport, _ cost: Money, _ change: AmountChange) -> String {
        func percent(_ d: Decimal) -> String { c.percent(d.magnitude, decimals: 0) }
        var text = c.say(.hiredCostIntro, c.amount(cost), c.span, String(c.period.year))
        text +=
            change.change.isZero
            ? c.label(.unchanged)
            : c.say(
                .changeBy, c.label(change.change < .zero ? .decrease : .increase), c.amount(change.change.magnitude))
        if let growth = change.growth { text += c.say(.orPercent, percent(growth)) }
        text += c.label(.comparedToLastYear)
        if let g = now.hiredGrowthByProfession {
            text += c.say(
                .hiredByProfession, c.label(g.doctors < 0 ? .decreased : .increased), percent(g.doctors),
                c.label(g.nurses < 0 ? .decreased : .increased), percent(g.nurses))
        }
        return text
    }
}
