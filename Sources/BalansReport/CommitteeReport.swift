import BalansCore
import Foundation

/// The committee report (nämndens uppföljningsrapport), chapters after seeds 000 and 001:
/// summary, result and forecast per area, cost development, detail tables per uppdrag.
enum CommitteeReport {
    static let unit = AmountUnit.mnkr1
    static func t(_ m: Money) -> String { ReportBuilder.text(m, unit: unit) }

    static func build(data: FollowUpData, period p: Period, node: String) -> Report {
        let tree = data.tree(for: p.year)
        let op = OperatingStatement.compute(data, period: p, root: node)
        let root = op.root
        var chapters: [Chapter] = []
        let booksClosedTo = data.ledgers[p.year]?.lastMonth ?? 0
        if booksClosedTo > 0 && booksClosedTo < p.month {
            // The ledger ends before the period: its figures would pass for January–period.
            chapters.append(
                Chapter(
                    id: "sammanfattning", title: "Sammanfattning",
                    blocks: [
                        .paragraph(
                            "Huvudboken för \(p.year) sträcker sig bara till och med \(ReportLabels.months[booksClosedTo - 1]): det ekonomiska utfallet för \(ReportLabels.span(p.month)) kan inte redovisas.",
                            missing: false)
                    ]))
        } else if data.ledgers[p.year] != nil || !data.budgets.filter({ $0.year == p.year }).isEmpty {
            chapters.append(summary(data, p, op))
            chapters.append(overview(p, op))
            chapters.append(contentsOf: details(p, op))
        } else {
            // Without a ledger or budget for the year every amount would print as 0,0: say so instead.
            chapters.append(
                Chapter(
                    id: "sammanfattning", title: "Sammanfattning",
                    blocks: [
                        .paragraph(
                            "Huvudbok och budget för \(p.year) saknas: det ekonomiska utfallet kan inte redovisas.",
                            missing: false)
                    ]))
        }
        if let investments = investmentChapter(data, p, node: node) { chapters.append(investments) }
        if let fulfilment = fulfilmentChapter(data, p, node: node) { chapters.append(fulfilment) }
        if let plans = actionPlanChapter(data, p, node: node) { chapters.append(plans) }
        if let indicators = indicatorChapter(data, p, node: node) { chapters.append(indicators) }
        if let staff = staffChapter(data, p, node: node) { chapters.append(staff) }
        let subtitle = "\(root.name), \(ReportLabels.longSpan(p.year, p.month))"
        return Report(
            kind: ReportKind.namnd.rawValue,
            title: "\(ReportLabels.reportTitles["namnd"] ?? "") \(root.name) \(p.year)", subtitle: subtitle,
            organisation: tree.root.name, period: p.description, chapters: chapters)
    }

    /// "Planerade investeringar med årsprognos" (seed 000, 3): the node's investment projects
    /// with budget, outcome, forecast and deviation (shown as costs: negative), and the property
    /// investments decided against the year's frame with what is left of it.
    static func investmentChapter(_ data: FollowUpData, _ p: Period, node: String) -> Chapter? {
        let codes = Set(data.tree(for: p.year).subtree(node).map(\.code))
        let projects = data.investments.filter { $0.period == p && $0.project != nil && codes.contains($0.node) }
        guard !projects.isEmpty else { return nil }
        var blocks: [Block] = []
        let running = projects.filter { $0.category != .property }
        if !running.isEmpty {
            func cells(_ budget: Money?, _ outcome: Money, _ forecast: Money?) -> [CellValue] {
                [
                    ReportBuilder.amount(budget.map { -$0 }), ReportBuilder.amount(-outcome),
                    ReportBuilder.amount(forecast.map { -$0 }),
                    ReportBuilder.amount(budget.flatMap { b in forecast.map { b - $0 } }),
                ]
            }
            var rows = running.map {
                Table.Row(label: $0.project ?? "", cells: cells($0.budget, $0.outcome, $0.forecast))
            }
            let budget = running.contains { $0.budget == nil } ? nil : running.compactMap(\.budget).sum()
            let forecast = running.contains { $0.forecast == nil } ? nil : running.compactMap(\.forecast).sum()
            rows.append(
                Table.Row(label: "Summa", cells: cells(budget, running.map(\.outcome).sum(), forecast), isTotal: true))
            blocks.append(
                .table(
                    Table(
                        id: "investeringsprojekt", caption: "Investeringar", unit: unit,
                        columns: ["Investeringar", "Budget", "Periodens utfall", "Prognos helår", "Avvikelse helår"],
                        rows: rows,
                        footnotes: [
                            "Investeringsutgifter redovisas med minustecken; en positiv avvikelse är ett lägre utfall än budget."
                        ])))
        }
        let decided = projects.filter { $0.category == .property }
        if let frame = data.figure(.investmentFrame, year: p.year)?.amount, !decided.isEmpty {
            let tkr = AmountUnit.tkr
            var rows = [Table.Row(label: "Total ram \(p.year)", cells: [ReportBuilder.amount(frame)])]
            rows += decided.map {
                Table.Row(label: $0.project ?? "", cells: [ReportBuilder.amount($0.budget)], level: 1)
            }
            let total = decided.compactMap(\.budget).sum()
            rows.append(
                Table.Row(
                    label: "Beslutade fastighetsinvesteringar totalt", cells: [ReportBuilder.amount(total)],
                    isTotal: true))
            rows.append(Table.Row(label: "Kvar av ram", cells: [ReportBuilder.amount(frame - total)], isTotal: true))
            blocks.append(
                .table(
                    Table(
                        id: "investeringsram", caption: "Regionövergripande investeringar – investeringsram", unit: tkr,
                        columns: ["", "Belopp"], rows: rows)))
        }
        return Chapter(id: "investeringar", title: "Planerade investeringar med årsprognos", blocks: blocks)
    }

    /// "Medarbetare i siffror" (seed 002 4.1.4, seed 001 1.3): the committee's rolling-12 staff
    /// measures this period and a year earlier against the year's targets, with sick leave by
    /// length, gender and age band where the data split it. Absent without staff data for the
    /// committee; a part with no value in either year is left out.
    static func staffChapter(_ data: FollowUpData, _ p: Period, node: String) -> Chapter? {
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

    /// "Åtgärdsplan": each measure's expected effect for the year and to date against the
    /// realised effect, and the plan month by month. Absent without action plans.
    static func actionPlanChapter(_ data: FollowUpData, _ p: Period, node: String) -> Chapter? {
        let plans = ActionPlanFollowUp.compute(data, node: node, period: p)
        guard !plans.isEmpty else { return nil }
        let span = ReportLabels.span(p.month)
        var blocks: [Block] = []
        for (i, plan) in plans.enumerated() {
            var rows = plan.measures.map { m in
                Table.Row(
                    label: m.name,
                    cells: [
                        ReportBuilder.amount(m.expectedYear), ReportBuilder.amount(m.expectedToDate),
                        ReportBuilder.amount(m.realisedToDate), ReportBuilder.amount(m.deviation),
                    ])
            }
            let realised =
                plan.measures.contains { $0.realisedToDate == nil }
                ? nil : plan.measures.compactMap(\.realisedToDate).sum()
            let expectedToDate = plan.measures.map(\.expectedToDate).sum()
            rows.append(
                Table.Row(
                    label: "Summa",
                    cells: [
                        ReportBuilder.amount(plan.measures.map(\.expectedYear).sum()),
                        ReportBuilder.amount(expectedToDate), ReportBuilder.amount(realised),
                        ReportBuilder.amount(realised.map { $0 - expectedToDate }),
                    ], isTotal: true))
            blocks.append(
                .table(
                    Table(
                        id: "atgardsplan-\(i)", caption: plan.plan, unit: unit,
                        columns: [
                            "Åtgärd", "Förväntad effekt \(p.year)", "Förväntad \(span)", "Realiserad \(span)",
                            "Avvikelse",
                        ], rows: rows)))
            blocks.append(
                .table(
                    Table(
                        id: "atgardsplan-\(i)-manad", caption: "\(plan.plan) per månad", unit: unit,
                        columns: ["Effekt"] + ReportLabels.months.map { String($0.prefix(3)) },
                        rows: [
                            Table.Row(label: "Förväntad", cells: plan.expectedByMonth.map { ReportBuilder.amount($0) }),
                            Table.Row(
                                label: "Realiserad", cells: plan.realisedByMonth.map { ReportBuilder.amount($0) }),
                        ])))
            for m in plan.measures where !m.comment.isEmpty {
                blocks.append(.paragraph("\(m.name): \(m.comment)", missing: false))
            }
        }
        return Chapter(id: "atgardsplan", title: "Åtgärdsplaner", blocks: blocks)
    }

    /// "Måluppfyllelse": commitments per assessment against the previous report, those not
    /// assessed, and the activities that do not or only partly follow plan (seeds 000, 001).
    static func fulfilmentChapter(_ data: FollowUpData, _ p: Period, node: String) -> Chapter? {
        let g = GoalFulfilment.compute(data, node: node, period: p)
        guard g.commitments > 0 else { return nil }
        func count(_ n: Int) -> String { n == 0 ? "inget" : String(n) }
        var text =
            "Prognosen visar att \((g.counts[.fulfilled] ?? 0) == 0 ? "inga" : String(g.counts[.fulfilled] ?? 0)) åtaganden uppfylls, \(count(g.counts[.partly] ?? 0)) delvis och \(count(g.counts[.notFulfilled] ?? 0)) inte."
        if let prev = g.previousPeriod {
            text +=
                " I uppföljningen efter \(ReportLabels.monthCountWords[prev.month - 1]) månader var det \(count(g.previousCounts[.partly] ?? 0)) som delvis och \(count(g.previousCounts[.notFulfilled] ?? 0)) som inte bedömdes uppfyllas."
        }
        var blocks: [Block] = [.paragraph(text, missing: false)]
        if g.unassessed > 0 {
            blocks.append(
                .paragraph(
                    "\(g.unassessed) av \(g.commitments) åtaganden har inte kommenterats eller prognossatts i denna uppföljning.",
                    missing: true))
        }
        if !g.notFollowing.isEmpty {
            let table = Table(
                id: "aktiviteter", caption: "Aktiviteter som inte följer eller delvis följer planeringen", unit: .mnkr,
                columns: ["Åtagande", "Aktivitet", "Status", "Slutdatum", "Enhet", "Kommentar"],
                rows: g.notFollowing.map { a in
                    Table.Row(
                        label: a.commitment,
                        cells: [
                            .text(a.activity), .text(ReportLabels.activityStatus[a.status ?? .following] ?? ""),
                            .text(a.endDate), .text(a.unit), .text(a.comment),
                        ])
                }, showsUnit: false)
            blocks.append(.table(table))
        }
        return Chapter(id: "maluppfyllelse", title: "Måluppfyllelse", blocks: blocks)
    }

    /// "Indikatorer": each indicator of the node's subtree for the period with its target,
    /// outcome, last year's outcome and the assessment (SPEC §4.6). Absent without indicators.
    static func indicatorChapter(_ data: FollowUpData, _ p: Period, node: String) -> Chapter? {
        let results = IndicatorResult.compute(data, node: node, period: p)
        guard !results.isEmpty else { return nil }
        func value(_ d: Decimal?, _ r: IndicatorRow) -> CellValue {
            guard let d else { return .empty }
            switch r.unit {
            case .yesNo: return .text(d == 1 ? "Ja" : "Nej")
            case .percent: return .percent(d, decimals: d == d.roundedHalfAwayFromZero(scale: 0) ? 0 : 2)
            case .count: return .text(SwedishNumberFormat.number(d, decimals: 0))
            case .days:
                return .text(SwedishNumberFormat.number(d, decimals: d == d.roundedHalfAwayFromZero(scale: 0) ? 0 : 1))
            case .amount: return .text(SwedishNumberFormat.number(d, decimals: 0) + " kr")
            }
        }
        func label(_ r: IndicatorRow) -> String { r.rolling12 && !r.name.contains("R12") ? "\(r.name) (R12)" : r.name }
        var blocks: [Block] = []
        // Focus area → goal → indicators (SPEC §3), in the order of the file.
        var groups: [(focus: String, goal: String)] = []
        for r in results where !groups.contains(where: { $0 == (r.row.focusArea, r.row.goal) }) {
            groups.append((r.row.focusArea, r.row.goal))
        }
        var focus: String?
        for (index, group) in groups.enumerated() {
            if group.focus != focus, !group.focus.isEmpty { blocks.append(.heading("Fokusområde: \(group.focus)")) }
            focus = group.focus
            let goal = group.goal
            let rows = results.filter { $0.row.focusArea == group.focus && $0.row.goal == goal }
            // Columns for women and men only where an indicator of the table is split.
            let split = rows.contains { $0.row.outcomeWomen != nil || $0.row.outcomeMen != nil }
            let table = Table(
                id: "indikatorer-\(index)", caption: goal.isEmpty ? "Indikatorer" : goal, unit: .mnkr,
                columns: ["Indikator", "Målvärde \(p.year)", "Utfall \(p.year)"] + (split ? ["Kvinnor", "Män"] : []) + [
                    "Utfall \(p.year - 1)", "Bedömning",
                ],
                rows: rows.map { r in
                    Table.Row(
                        label: label(r.row),
                        cells: [value(r.row.target, r.row), value(r.row.outcome, r.row)]
                            + (split ? [value(r.row.outcomeWomen, r.row), value(r.row.outcomeMen, r.row)] : [])
                            + [value(r.previousOutcome, r.row), .text(ReportLabels.indicatorStatus[r.status] ?? "")])
                }, showsUnit: false)
            blocks.append(.table(table))
            for r in rows where !r.row.comment.isEmpty {
                blocks.append(.paragraph("\(label(r.row)): \(r.row.comment)", missing: false))
            }
            // A monthly indicator with a national figure: its last 13 months against riket
            // and the target (seed 004's availability table).
            for r in rows where r.row.month != nil && r.row.national != nil {
                let series = IndicatorResult.series(data, code: r.row.code, through: p)
                guard series.count > 1 else { continue }
                let cols = ["Månad"] + series.map { "\(ReportLabels.months[($0.month ?? 1) - 1].prefix(3)) \($0.year)" }
                let chartValue = { (d: Decimal?) -> CellValue in d.map { .percent($0, decimals: 0) } ?? .empty }
                if r.row.unit == .percent {
                    blocks.append(
                        .lineChart(
                            LineChart(
                                id: "diagram-\(r.row.code.lowercased())",
                                title: "\(r.row.name) jämfört med riket och målvärdet", unit: .mnkr,
                                categories: series.map {
                                    "\(ReportLabels.monthsShort[($0.month ?? 1) - 1]) \(String($0.year).suffix(2))"
                                },
                                series: [
                                    LineChart.Series(
                                        name: data.tree(for: p.year).node(r.row.node)?.name ?? r.row.node,
                                        values: series.map { chartValue($0.outcome) }),
                                    LineChart.Series(name: "Riket", values: series.map { chartValue($0.national) }),
                                    LineChart.Series(name: "Målvärde", values: series.map { chartValue($0.target) }),
                                ])))
                }
                blocks.append(
                    .table(
                        Table(
                            id: "serie-\(r.row.code.lowercased())",
                            caption:
                                "\(r.row.name): \(data.tree(for: p.year).node(r.row.node)?.name ?? r.row.node) jämfört med riket",
                            unit: .mnkr, columns: cols,
                            rows: [
                                Table.Row(
                                    label: data.tree(for: p.year).node(r.row.node)?.name ?? r.row.node,
                                    cells: series.map { value($0.outcome, $0) }),
                                Table.Row(label: "Riket", cells: series.map { value($0.national, $0) }),
                                Table.Row(label: "Målvärde", cells: series.map { value($0.target, $0) }),
                            ], showsUnit: false)))
            }
        }
        let met = results.filter { $0.status == .met }.count
        let notMet = results.filter { $0.status == .notMet }.count
        let unassessed = results.count - met - notMet
        let summary =
            met + notMet == 0
            ? "Ingen av de \(results.count) indikatorerna kan bedömas: utfall eller målvärde saknas."
            : "\(met) av \(results.count) indikatorer når sitt målvärde, \(notMet) gör det inte\(unassessed > 0 ? " och \(unassessed) saknar utfall eller målvärde" : "")."
        blocks.insert(.paragraph(summary, missing: false), at: 0)
        return Chapter(id: "indikatorer", title: "Mål och indikatorer", blocks: blocks)
    }

    static func summary(_ data: FollowUpData, _ p: Period, _ op: OperatingStatement) -> Chapter {
        let f = op.root.figures
        let months = ReportLabels.monthCountWords[p.month - 1]
        var blocks: [Block] = [
            .heading("Periodens resultat"),
            .paragraph(
                "Resultatet efter \(months) månader är \(t(f.outcome)) och jämfört med periodens budget är det \(t(f.deviationToDate.magnitude)) \(f.deviationToDate < .zero ? "sämre" : "bättre") än budgeterat resultat.",
                missing: false),
            .heading("Prognos för helår"),
        ]
        var forecastText =
            "Den ekonomiska prognosen för \(p.year) är \(t(f.forecast)), en avvikelse mot budget på \(t(f.forecastDeviation))."
        if let change = f.forecastChange, let prev = op.previousForecastPeriod {
            let word = change < .zero ? "försämring" : (change.isZero ? "oförändrad prognos" : "förbättring")
            forecastText +=
                change.isZero
                ? " Prognosen är oförändrad sedan uppföljningen efter \(ReportLabels.monthCountWords[prev.month - 1]) månader."
                : " Det är en \(word) med \(t(change.magnitude)) jämfört med uppföljningen efter \(ReportLabels.monthCountWords[prev.month - 1]) månader."
        }
        blocks.append(.paragraph(forecastText, missing: false))
        let areas = op.children(of: op.root.code)
        if !areas.isEmpty {
            blocks.append(
                .list(
                    areas.map {
                        "\($0.name): prognostiserad avvikelse \(t($0.figures.forecastDeviation))\($0.figures.forecastChange.map { c in c.isZero ? "" : " (förändring \(t(c)))" } ?? "")"
                    }))
        }
        // The committee's own words: its summary, and its analysis where it deviates.
        blocks.append(.heading("Nämndens sammanfattning"))
        blocks.append(
            ReportBuilder.written(data, .summary, node: op.root.code, period: p, what: "nämndens sammanfattning"))
        if let analysis = data.text(.deviationAnalysis, node: op.root.code, period: p) {
            blocks.append(.heading("Analys av avvikelser"))
            blocks.append(.paragraph(analysis, missing: false))
        } else if !f.forecastDeviation.isZero {
            blocks.append(.heading("Analys av avvikelser"))
            blocks.append(ReportBuilder.missingText("nämndens analys av avvikelser"))
        }
        return Chapter(id: "sammanfattning", title: "Sammanfattning", blocks: blocks)
    }

    /// The summary table of seed 000 chapter 2: per area and sub-area, the period's result,
    /// its deviation and the forecast deviation, with totals; and the cost development.
    static func overview(_ p: Period, _ op: OperatingStatement) -> Chapter {
        let span = ReportLabels.span(p.month)
        var rows: [Table.Row] = []
        for area in op.children(of: op.root.code) {
            let subs = op.children(of: area.code).filter { !$0.isLeaf }
            if subs.isEmpty {
                rows.append(row(area, level: 0, total: false))
            } else {
                rows += subs.map { row($0, level: 1, total: false) }
                rows.append(row(area, level: 0, total: true, prefix: "Totalt "))
            }
        }
        rows.append(row(op.root, level: 0, total: true, prefix: "Totalt "))
        let table = Table(
            id: "resultat-per-omrade", caption: "Resultat och prognos per område", unit: unit,
            columns: [
                "Område", "Periodens resultat \(span)", "Avvikelse mot budget \(span)",
                "Prognostiserad avvikelse \(p.year)",
            ], rows: rows,
            footnotes: [
                "Kostnader och negativa avvikelser redovisas med minustecken, intäkter och positiva avvikelser utan tecken."
            ])
        var blocks: [Block] = [.table(table)]
        let costRows = op.children(of: op.root.code).map { r in
            Table.Row(
                label: r.name,
                cells: [
                    ReportBuilder.percent(r.figures.costDevelopment),
                    ReportBuilder.percent(r.figures.budgetedCostDevelopment),
                    ReportBuilder.percent(
                        zip(r.figures.costDevelopment, r.figures.budgetedCostDevelopment).map { $0 - $1 }),
                ])
        }
        if costRows.contains(where: { $0.cells.first != .empty }) {
            blocks.append(
                .table(
                    Table(
                        id: "kostnadsutveckling",
                        caption: "Kostnadsutveckling \(span) jämfört med samma period \(p.year - 1)", unit: unit,
                        columns: [
                            "Område", "Kostnadsutveckling", "Budgeterad kostnadsutveckling",
                            "Skillnad (procentenheter)",
                        ], rows: costRows)))
        } else {
            blocks.append(
                .paragraph(
                    "Kostnadsutvecklingen kan inte beräknas: föregående års huvudbok för samma period saknas.",
                    missing: true))
        }
        let deficits = op.rows.filter { $0.depth > 0 && $0.isLeaf && $0.figures.forecastDeviation < .zero }.sorted {
            $0.figures.forecastDeviation < $1.figures.forecastDeviation
        }.prefix(5)
        if !deficits.isEmpty {
            blocks.append(.heading("Sammanfattning av större avvikelser"))
            blocks.append(.list(deficits.map { "\($0.name): \(t($0.figures.forecastDeviation))" }))
        }
        return Chapter(id: "ekonomiskt-utfall", title: "Ekonomiskt utfall och prognos", blocks: blocks)
    }

    static func row(_ r: OperatingRow, level: Int, total: Bool, prefix: String = "") -> Table.Row {
        Table.Row(
            label: prefix + r.name,
            cells: [
                .amount(r.figures.outcome.ore), .amount(r.figures.deviationToDate.ore),
                .amount(r.figures.forecastDeviation.ore),
            ], level: level, isTotal: total)
    }

    /// One chapter per area, with a detail table for each group of budget lines (uppdrag).
    static func details(_ p: Period, _ op: OperatingStatement) -> [Chapter] {
        var chapters: [Chapter] = []
        for area in op.children(of: op.root.code) {
            var blocks: [Block] = []
            let groups = op.children(of: area.code).filter { !$0.isLeaf }
            let direct = op.children(of: area.code).filter(\.isLeaf)
            if !direct.isEmpty || groups.isEmpty {
                blocks += detailTable(p, area, lines: direct.isEmpty ? [area] : direct, op)
            }
            for g in groups {
                blocks.append(.heading(g.name))
                blocks += detailTable(p, g, lines: op.children(of: g.code), op)
            }
            chapters.append(Chapter(id: "omrade-\(area.code.lowercased())", title: area.name, blocks: blocks))
        }
        return chapters
    }

    static func detailTable(_ p: Period, _ group: OperatingRow, lines: [OperatingRow], _ op: OperatingStatement)
        -> [Block]
    {
        var rows = lines.map { Table.Row(label: $0.name, cells: ReportBuilder.operatingCells($0.figures)) }
        if lines.count > 1 || lines.first?.code != group.code {
            rows.append(Table.Row(label: "Totalt", cells: ReportBuilder.operatingCells(group.figures), isTotal: true))
        }
        let hasPrevious = group.figures.previousOutcomeToDate != nil
        var columns = ReportBuilder.operatingColumns(p, label: "Uppdrag")
        if !hasPrevious {
            columns.removeLast()
            rows = rows.map {
                var r = $0
                r.cells.removeLast()
                return r
            }
        }
        var blocks: [Block] = [
            .table(
                Table(
                    id: "detalj-\(group.code.lowercased())", caption: group.name, unit: unit, columns: columns,
                    rows: rows))
        ]
        let comments = lines.flatMap { l in l.comments.map { "\(l.name): \($0)" } }
        if comments.isEmpty {
            if lines.contains(where: { !$0.figures.forecastDeviation.isZero }) {
                blocks.append(ReportBuilder.missingText("kommentar till avvikelserna för \(group.name)"))
            }
        } else {
            blocks.append(.list(comments))
        }
        return blocks
    }
}

private func zip(_ a: Decimal?, _ b: Decimal?) -> (Decimal, Decimal)? {
    guard let a, let b else { return nil }
    return (a, b)
}
