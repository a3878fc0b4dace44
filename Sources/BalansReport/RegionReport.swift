import BalansCore
import Foundation

/// The region-wide interim report (Uppföljningsrapport 1), chapters after seed 003.
enum RegionReport {
    static func build(data: FollowUpData, period p: Period, kind: ReportKind) -> Report {
        let tree = data.tree(for: p.year)
        let op = OperatingStatement.compute(data, period: p)
        let ratios = KeyRatioReport.compute(data, period: p)
        let outcome = IncomeStatement.outcome(data, year: p.year, through: p.month)
        let forecast = IncomeStatement.forecast(data, period: p)
        let budget = IncomeStatement.budget(data, year: p.year)
        let title = "\(ReportLabels.reportTitles[kind.rawValue] ?? "Rapport") \(p.year)"
        let subtitle = "\(tree.root.name), \(ReportLabels.longSpan(p.year, p.month))"
        var chapters: [Chapter] = []
        let root = tree.root.code
        chapters.append(summary(data, p, op, outcome, forecast, budget))
        if kind == .manad {
            // The month report: where the money stands, no goals or staff (SPEC §5).
            chapters.append(incomeChapter(data, p, outcome, forecast, budget))
            chapters.append(operatingChapter(data, p, op))
            chapters.append(deviationChapter(p, op, threshold: data.policy.largerDeviationThreshold))
            chapters.append(balanceRequirementChapter(p, ratios))
            if let trend = resultTrendChapter(data, p) { chapters.append(trend) }
            return Report(
                kind: kind.rawValue,
                title:
                    "\(ReportLabels.reportTitles[kind.rawValue] ?? "") \(ReportLabels.months[p.month - 1]) \(p.year)",
                subtitle: subtitle, organisation: tree.root.name, period: p.description, chapters: chapters)
        }
        if kind == .ur2 || kind == .arsredovisning { chapters.append(economyAssessmentChapter(data, p, ratios)) }
        chapters.append(financialGoalsChapter(p, ratios, goals: data.policy.financialGoals))
        chapters.append(keyRatioChapter(data, p, ratios))
        if let trend = resultTrendChapter(data, p) { chapters.append(trend) }
        if let liquidity = liquidityChapter(data, p) { chapters.append(liquidity) }
        chapters.append(deviationChapter(p, op, threshold: data.policy.largerDeviationThreshold))
        chapters.append(balanceRequirementChapter(p, ratios))
        if let staff = staffChapter(data, p) { chapters.append(staff) }
        // Goals, indicators and activities of the whole region, as in the committee report;
        // UR2 and the annual report call the fulfilment what it is there: a forecast, or the
        // year's outcome.
        if var fulfilment = CommitteeReport.fulfilmentChapter(data, p, node: root) {
            if kind == .ur2 { fulfilment.title = "Prognos för måluppfyllelse" }
            if kind == .ur2 || kind == .arsredovisning {
                fulfilment.blocks.insert(
                    ReportBuilder.written(
                        data, .goalAssessment, node: root, period: p, what: "samlad bedömning av måluppfyllelsen"),
                    at: 0)
            }
            chapters.append(fulfilment)
        }
        if let indicators = CommitteeReport.indicatorChapter(data, p, node: root) { chapters.append(indicators) }
        chapters.append(incomeChapter(data, p, outcome, forecast, budget))
        chapters.append(balanceChapter(data, p))
        chapters.append(operatingChapter(data, p, op))
        if let inv = investmentChapter(data, p) { chapters.append(inv) }
        if kind == .arsredovisning { chapters.append(resultManagementChapter(data, p, op)) }
        chapters.append(decisionChapter(data, p, op, kind: kind))
        return Report(
            kind: kind.rawValue, title: title, subtitle: subtitle, organisation: tree.root.name, period: p.description,
            chapters: chapters)
    }

    static let mnkr = AmountUnit.mnkr
    static func t(_ m: Money) -> String { ReportBuilder.text(m, unit: .mnkr) }

    static func summary(
        _ data: FollowUpData, _ p: Period, _ op: OperatingStatement, _ outcome: IncomeStatement?,
        _ forecast: IncomeStatement?, _ budget: IncomeStatement?
    ) -> Chapter {
        var blocks: [Block] = []
        let months = ReportLabels.monthCountWords[p.month - 1]
        let hasBudget = data.budgets.contains { $0.year == p.year }
        if let outcome, !hasBudget {
            // Without a budget every deviation would be the result itself: say so instead.
            blocks.append(
                .paragraph("Resultatet efter \(months) månader uppgår till \(t(outcome.result)).", missing: false))
            blocks.append(
                ReportBuilder.missingText(
                    "budget för \(p.year) är inte inläst: avvikelser mot budget kan inte redovisas"))
        } else if let outcome {
            let dev = op.root.figures.deviationToDate
            blocks.append(
                .paragraph(
                    "Resultatet efter \(months) månader uppgår till \(t(outcome.result)), vilket är \(t(dev.magnitude)) \(dev < .zero ? "sämre" : "bättre") än den periodiserade budgeten.",
                    missing: false))
        } else {
            blocks.append(ReportBuilder.missingText("huvudbok för \(p.year) saknas"))
        }
        if let forecast, let budget {
            let dev = forecast.result - budget.result
            blocks.append(
                .paragraph(
                    "Årets resultat prognostiseras till \(t(forecast.result)) mot budgeterat \(t(budget.result)), en \(ReportBuilder.sign(dev)) avvikelse mot årsbudgeten med \(t(dev.magnitude)).",
                    missing: false))
        }
        let deficits = op.committeesWithForecastDeficit
        if !deficits.isEmpty {
            let names = deficits.map { "\($0.name) (\(t($0.figures.forecastDeviation)))" }
            blocks.append(
                .paragraph(
                    "Nämnder och verksamheter som prognostiserar underskott mot budget: \(names.joined(separator: ", ")).",
                    missing: false))
        }
        blocks.append(
            ReportBuilder.written(
                data, .summary, node: data.tree(for: p.year).root.code, period: p, what: "sammanfattning"))
        return Chapter(id: "sammanfattning", title: "Sammanfattning", blocks: blocks)
    }

    static func keyRatioChapter(_ data: FollowUpData, _ p: Period, _ r: KeyRatioReport) -> Chapter {
        let span = ReportLabels.span(p.month)
        let cols = ["Nyckeltal", "Utfall \(span) \(p.year)", "Prognos \(p.year)", "Budget \(p.year)"]
        func row(_ label: String, _ f: (KeyRatios) -> Decimal?, decimals: Int = 1, level: Int = 0, total: Bool = false)
            -> Table.Row
        {
            Table.Row(
                label: label,
                cells: [r.outcome, r.forecast, r.budget].map { ReportBuilder.percent(f($0), decimals: decimals) },
                level: level, isTotal: total)
        }
        let table = Table(
            id: "nyckeltal", caption: "Finansiella nyckeltal", unit: .mnkr, columns: cols,
            rows: [
                row("Resultat i förhållande till skatteintäkter och generella statsbidrag", { $0.resultToTaxRevenue }),
                row("Självfinansieringsgrad av investeringarna", { $0.selfFinancingRatio }, decimals: 0),
                row("Verksamhetens andel", { $0.netCostShare?.operations }, level: 1),
                row("Avskrivningar", { $0.netCostShare?.depreciation }, level: 1),
                row("Finansnetto", { $0.netCostShare?.financialNet }, level: 1),
                row("Nettokostnadsandel", { $0.netCostShare?.total }, total: true),
                row("Skatte- och statsbidragsutveckling", { $0.taxRevenueGrowth }),
                row("Nettokostnadsutveckling", { $0.netCostGrowth }),
                row("Soliditet (blandmodellen)", { $0.equityRatio }),
                row("Soliditet inklusive pensionsförpliktelser", { $0.equityRatioInclPensions }),
            ],
            footnotes: [
                "Nyckeltalen beräknas på oavrundade belopp, exklusive orealiserade förändringar av marknadsvärdet på finansiella placeringar. Andelarna är i förhållande till skatteintäkter plus generella statsbidrag och utjämning."
            ]
                + (r.outcome.resultToTaxRevenueThreeYearMean.map {
                    [
                        "Resultat i förhållande till skatteintäkter och generella statsbidrag, genomsnitt \(p.year - 3)–\(p.year - 1): \(ReportBuilder.text($0))."
                    ]
                } ?? []))
        var rows: [Table.Row] = []
        let prev = IncomeStatement.outcome(data, year: p.year - 1, through: p.month)
        let prevYear = IncomeStatement.outcome(data, year: p.year - 1)
        let cur = IncomeStatement.outcome(data, year: p.year, through: p.month)
        let fc = IncomeStatement.forecast(data, period: p)
        let statements = [prev, prevYear, cur, fc]
        rows.append(Table.Row(label: "Resultat", cells: statements.map { ReportBuilder.amount($0?.result) }))
        rows.append(
            Table.Row(
                label: "Marknadsvärdering orealiserade vinster/förluster",
                cells: statements.map { ReportBuilder.amount($0.map { -$0[.unrealised] }) }, level: 1))
        rows.append(
            Table.Row(
                label: "Resultat exkl. jämförelsestörande poster",
                cells: statements.map { ReportBuilder.amount($0?.resultExclUnrealised) }, isTotal: true))
        let development = Table(
            id: "resultatutveckling", caption: "Resultatutveckling", unit: .mnkr,
            columns: [
                "", "Utfall \(span) \(p.year - 1)", "Utfall \(p.year - 1)", "Utfall \(span) \(p.year)",
                "Prognos \(p.year)",
            ], rows: rows)
        var blocks: [Block] = [.table(development), .table(table)]
        // Nettokostnadsandel and soliditet over the years with a ledger (the last five): each
        // past year at its year-end, this year as forecast (nettokostnadsandel) and at the period.
        let years = data.ledgers.keys.filter { $0 < p.year && $0 >= p.year - 4 && data.ledgers[$0]?.lastMonth == 12 }
            .sorted()
        if !years.isEmpty {
            let past = years.map { KeyRatioReport.compute(data, period: Period(year: $0, month: 12)!).outcome }
            let categories = (years + [p.year]).map(String.init)
            let title =
                "Nettokostnadsandel och soliditet över åren (\(p.year): nettokostnadsandel enligt prognos, soliditet per \(ReportLabels.months[p.month - 1]))"
            blocks.append(
                .lineChart(
                    LineChart(
                        id: "nyckeltal-over-ar", title: title, unit: .mnkr, categories: categories,
                        series: [
                            LineChart.Series(
                                name: "Nettokostnadsandel",
                                values: (past + [r.forecast]).map { ReportBuilder.percent($0.netCostShare?.total) }),
                            LineChart.Series(
                                name: "Soliditet (blandmodellen)",
                                values: (past + [r.outcome]).map { ReportBuilder.percent($0.equityRatio) }),
                            LineChart.Series(
                                name: "Soliditet inkl. pensionsförpliktelser",
                                values: (past + [r.outcome]).map { ReportBuilder.percent($0.equityRatioInclPensions) }),
                        ])))
        }
        return Chapter(id: "nyckeltal", title: "Utvärdering av resultat och ekonomisk ställning", blocks: blocks)
    }

    /// "Väsentliga personalförhållanden" (seed 003, 2.7): rolling-12 indicators against the
    /// year's targets, and the hired-staff costs of the year so far. Absent without staff data.
    static func staffChapter(_ data: FollowUpData, _ p: Period) -> Chapter? {
        guard !data.staff.isEmpty else { return nil }
        let now = StaffReport.compute(data, period: p)
        let before = StaffReport.compute(data, period: Period(year: p.year - 1, month: p.month)!)  // safe: month is valid
        let month = ReportLabels.months[p.month - 1]
        let cols = [
            "Kvalitetsindikatorer", "Utfall \(month) \(p.year - 1)", "Målvärde \(p.year)", "Utfall \(month) \(p.year)",
        ]
        func row(_ label: String, _ f: (StaffReport) -> Decimal?, target: Decimal?, level: Int = 0) -> Table.Row {
            Table.Row(
                label: label,
                cells: [
                    ReportBuilder.percent(f(before)), ReportBuilder.percent(target), ReportBuilder.percent(f(now)),
                ], level: level)
        }
        let table = Table(
            id: "personal", caption: "Väsentliga personalförhållanden", unit: .tkr, columns: cols,
            rows: [
                row("Personalomsättning", { $0.turnover }, target: now.targetTurnover),
                row("extern", { $0.turnoverExternal }, target: nil, level: 1),
                row("intern", { $0.turnoverInternal }, target: nil, level: 1),
                row("pensionsavgångar", { $0.turnoverRetirement }, target: nil, level: 1),
                row("Sjukfrånvaro", { $0.sickLeave }, target: now.targetSickLeave),
                Table.Row(
                    label: "Bemanningspersonal kostnad – läkare och sjuksköterskor",
                    cells: [ReportBuilder.amount(before.hiredCostR12), .empty, ReportBuilder.amount(now.hiredCostR12)]),
                row(
                    "Bemanningskostnader i relation till totala personalkostnader", { $0.hiredShare },
                    target: now.targetHiredShare),
            ],
            footnotes: [
                "Samtliga indikatorer mäts med ett rullande 12-månadersvärde. Personalomsättning: avgångar i förhållande till genomsnittligt antal tillsvidareanställda."
            ])
        var blocks: [Block] = [.table(table)]
        // The R12 measures month by month over the last year: the trend behind the figures.
        let months = (0..<12).map { p.adding(months: $0 - 11) }
        let reports = months.map { StaffReport.compute(data, period: $0) }
        let r12: [(String, (StaffReport) -> Decimal?)] = [
            ("Personalomsättning", { $0.turnover }), ("Sjukfrånvaro", { $0.sickLeave }),
            ("Bemanningskostnader / personalkostnader", { $0.hiredShare }),
        ]
        let series = r12.map { name, f in
            LineChart.Series(name: name, values: reports.map { ReportBuilder.percent(f($0)) })
        }.filter { $0.values.contains { $0 != .empty } }
        if !series.isEmpty {
            blocks.append(
                .lineChart(
                    LineChart(
                        id: "personal-r12", title: "Personalmått rullande 12 månader", unit: .mnkr,
                        categories: months.map {
                            "\(ReportLabels.monthsShort[$0.month - 1]) \(String($0.year).suffix(2))"
                        }, series: series)))
        }
        if now.sickLeave == nil {
            blocks.append(
                .paragraph(
                    "Sjukfrånvaron för de senaste tolv månaderna kan inte beräknas: uppgifter om sjukfrånvaro saknas för en eller flera månader.",
                    missing: false))
        }
        if let cost = now.hiredCostToDate, let last = now.hiredCostToDateLastYear, !last.isZero {
            let change = cost - last
            let pct = Ratio.growth(cost, over: last)
            var text =
                "Regionens kostnader för inhyrda läkare och sjuksköterskor uppgår till \(t(cost)) \(ReportLabels.span(p.month)) \(p.year), "
            text +=
                change.isZero
                ? "oförändrat" : "en \(change < .zero ? "minskning" : "ökning") med \(t(change.magnitude))"
            if let pct { text += " eller \(SwedishNumberFormat.percent(pct.magnitude, decimals: 0))" }
            text += " jämfört med motsvarande period föregående år."
            if let d = now.hiredDoctorsToDate, let dl = now.hiredDoctorsToDateLastYear, let n = now.hiredNursesToDate,
                let nl = now.hiredNursesToDateLastYear,
                let dg = Ratio.growth(d, over: dl), let ng = Ratio.growth(n, over: nl)
            {
                text +=
                    " Kostnaderna för inhyrda läkare har \(dg < 0 ? "minskat" : "ökat") med \(SwedishNumberFormat.percent(dg.magnitude, decimals: 0)) och för inhyrda sjuksköterskor \(ng < 0 ? "minskat" : "ökat") med \(SwedishNumberFormat.percent(ng.magnitude, decimals: 0))."
            }
            blocks.append(.paragraph(text, missing: false))
        }
        return Chapter(id: "personal", title: "Väsentliga personalförhållanden", blocks: blocks)
    }

    static func deviationChapter(_ p: Period, _ op: OperatingStatement, threshold: Money) -> Chapter {
        let d = op.largestDeviations(threshold: threshold)
        var rows: [Table.Row] = [
            Table.Row(label: "Total \(op.root.name)", cells: [.amount(d.total.ore)], isTotal: true)
        ]
        rows.append(Table.Row(label: "Plusposter", cells: [.empty]))
        rows += d.plus.map { Table.Row(label: $0.name, cells: [.amount($0.figures.forecastDeviation.ore)], level: 1) }
        rows.append(Table.Row(label: "Minusposter", cells: [.empty]))
        rows += d.minus.map { Table.Row(label: $0.name, cells: [.amount($0.figures.forecastDeviation.ore)], level: 1) }
        rows.append(Table.Row(label: "Övriga avvikelser", cells: [.amount(d.remainder.ore)], level: 1))
        let table = Table(
            id: "storre-budgetavvikelser", caption: "Större budgetavvikelser \(p.year)", unit: .mnkr,
            columns: ["", "Prognostiserad budgetavvikelse \(p.year)"], rows: rows,
            footnotes: [
                "Budgetrader med en prognostiserad avvikelse på minst \(t(threshold)). Övriga avvikelser är resten, så att tabellen summerar till totalen."
            ])
        let bars = op.rows.filter { $0.kind == .committee || $0.code == OperatingStatement.unallocatedCode }.map {
            BarChart.Bar(label: $0.name, value: $0.figures.forecastDeviation.ore)
        }
        let chart = BarChart(
            id: "prognosavvikelse-per-namnd", title: "Prognostiserad budgetavvikelse per nämnd \(p.year)", unit: .mnkr,
            bars: bars)
        return Chapter(id: "budgetavvikelser", title: "Budgetavvikelser", blocks: [.table(table), .chart(chart)])
    }

    static func balanceRequirementChapter(_ p: Period, _ r: KeyRatioReport) -> Chapter {
        let years = r.balanceRequirement
        let cols = [""] + years.map { $0.isForecast ? "Prognos \($0.year)" : "\($0.year)" }
        func row(_ label: String, _ f: (BalanceRequirementYear) -> Money, total: Bool = false, blankZero: Bool = false)
            -> Table.Row
        {
            Table.Row(
                label: label,
                cells: years.map { y in
                    let v = f(y)
                    return blankZero && v.isZero ? .empty : .amount(v.ore)
                }, isTotal: total)
        }
        let rows = [
            row("= Årets resultat enligt resultaträkningen", { $0.result }, total: true),
            row("− reducering av samtliga realisationsvinster", { $0.realisationGains }, blankZero: true),
            row("−/+ orealiserade vinster och förluster i värdepapper", { $0.unrealisedGainsLosses }, blankZero: true),
            row("± övriga justeringar", { $0.otherAdjustments }, blankZero: true),
            row("= Årets resultat efter balanskravsjusteringar", { $0.resultAfterAdjustments }, total: true),
            row("− avsättning till resultatutjämningsreserv", { $0.rurProvision }, blankZero: true),
            row("+ disposition av resultatutjämningsreserv", { $0.rurUse }, blankZero: true),
            row("= Balanskravsresultat", { $0.balanceRequirementResult }, total: true),
            row("IB ackumulerade negativa resultat att återställa inom tre år", { $0.toRestoreOpening }),
            row("+ synnerliga skäl att inte återställa", { $0.exceptionalReasons }, blankZero: true),
            row("= UB ackumulerade negativa resultat att återställa inom tre år", { $0.toRestoreClosing }, total: true),
        ]
        var blocks: [Block] = [
            .table(
                Table(
                    id: "balanskravsutredning", caption: "Balanskravsutredning", unit: .mnkr, columns: cols, rows: rows)
            )
        ]
        if let current = years.last, current.isForecast {
            let bkr = current.balanceRequirementResult
            blocks.insert(
                .paragraph(
                    "Balanskravsresultatet för \(p.year) prognostiseras till \(t(bkr)).\(bkr < .zero ? " Regionen uppfyller därmed inte kommunallagens krav på en ekonomi i balans (11 kap. 12 §)." : "")",
                    missing: false), at: 0)
        }
        return Chapter(id: "balanskrav", title: "Balanskravsresultat", blocks: blocks)
    }

    static func incomeChapter(
        _ data: FollowUpData, _ p: Period, _ outcome: IncomeStatement?, _ forecast: IncomeStatement?,
        _ budget: IncomeStatement?
    ) -> Chapter {
        let prev = IncomeStatement.outcome(data, year: p.year - 1, through: p.month)
        let prevYear = IncomeStatement.outcome(data, year: p.year - 1)
        let columns: [IncomeStatement?] = [prev, outcome, forecast, budget]
        func value(_ s: IncomeStatement, _ key: String) -> Money {
            switch key {
            case "netCosts": return s.netCosts
            case "operatingResult": return s.operatingResult
            case "resultAfterFinancial": return s.resultAfterFinancialItems
            case "result": return s.result
            case "resultExclUnrealised": return s.resultExclUnrealised
            default: return StatementLine(rawValue: key).map { s[$0] } ?? .zero
            }
        }
        let totals: Set<String> = ["netCosts", "operatingResult", "resultAfterFinancial", "result"]
        let rows = ReportLabels.statementLines.map { line -> Table.Row in
            var cells = columns.map { s in ReportBuilder.amount(s.map { value($0, line.key) }) }
            if let f = forecast, let b = budget {
                cells.append(.amount((value(f, line.key) - value(b, line.key)).ore))
            } else {
                cells.append(.empty)
            }
            cells.append(ReportBuilder.amount(prevYear.map { value($0, line.key) }))
            return Table.Row(label: line.label, cells: cells, isTotal: totals.contains(line.key))
        }
        let span = ReportLabels.span(p.month)
        let table = Table(
            id: "resultatrakning", caption: "Resultaträkning", unit: .mnkr,
            columns: [
                "", "Utfall \(span) \(p.year - 1)", "Utfall \(span) \(p.year)", "Prognos \(p.year)", "Budget \(p.year)",
                "Avvikelse \(p.year)", "Utfall \(p.year - 1)",
            ], rows: rows)
        var blocks: [Block] = [.table(table)]
        if let net = IncomeStatement.internalNet(data, year: p.year, through: p.month), !net.isZero {
            blocks.append(
                .paragraph(
                    "Interna konton summerar inte till noll för organisationen: differens \(ReportBuilder.text(net, unit: .kr)). Differensen ingår inte i resultaträkningen.",
                    missing: true))
        }
        return Chapter(id: "resultatrakning", title: "Resultaträkning", blocks: blocks)
    }

    static func balanceChapter(_ data: FollowUpData, _ p: Period) -> Chapter {
        let dates = [(p.year - 1, p.month), (p.year, p.month), (p.year - 1, 12)]
        let sheets = dates.map { BalanceSheet.at(data, year: $0.0, month: $0.1) }
        func row(_ label: String, _ f: (BalanceSheet) -> Money, total: Bool = false) -> Table.Row {
            Table.Row(label: label, cells: sheets.map { ReportBuilder.amount($0.map(f)) }, isTotal: total)
        }
        let pensions = dates.map { d in
            Period(year: d.0, month: d.1).flatMap { data.figure(.pensionObligations, at: $0) }
        }
        let rows: [Table.Row] = [
            row("Anläggningstillgångar", { $0[.fixedAssets] }),
            row("Bidrag till statlig infrastruktur", { $0[.infrastructureGrants] }),
            row("Omsättningstillgångar", { $0[.currentAssets] }),
            row("Summa tillgångar", { $0.totalAssets }, total: true),
            row("Årets resultat", { $0.yearResult }),
            row("Övrigt eget kapital", { $0.otherEquity }),
            row("Summa eget kapital", { $0.totalEquity }, total: true),
            row("Avsättningar för pensioner", { $0[.pensionProvisions] }),
            row("Övriga avsättningar", { $0[.otherProvisions] }),
            row("Långfristiga skulder", { $0[.longTermLiabilities] }),
            row("Kortfristiga skulder", { $0[.shortTermLiabilities] }),
            row("Summa avsättningar och skulder", { $0.totalProvisionsAndLiabilities }, total: true),
            row("Summa eget kapital, avsättningar och skulder", { $0.totalEquityAndLiabilities }, total: true),
            Table.Row(
                label: "Ansvarsförbindelser: pensionsförpliktelser inkl. löneskatt",
                cells: pensions.map(ReportBuilder.amount)),
        ]
        let m = ReportLabels.monthsShort
        func label(_ y: Int, _ mo: Int) -> String { mo == 12 ? "31 dec \(y)" : "\(lastDay(y, mo)) \(m[mo - 1]) \(y)" }
        let table = Table(
            id: "balansrakning", caption: "Balansräkning", unit: .mnkr, columns: [""] + dates.map { label($0.0, $0.1) },
            rows: rows)
        return Chapter(id: "balansrakning", title: "Balansräkning", blocks: [.table(table)])
    }

    static func lastDay(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func operatingChapter(_ data: FollowUpData, _ p: Period, _ op: OperatingStatement) -> Chapter {
        let committees = op.rows.filter { $0.kind == .committee || ($0.code == OperatingStatement.unallocatedCode) }
        var rows = committees.map { Table.Row(label: $0.name, cells: ReportBuilder.operatingCells($0.figures)) }
        rows.append(
            Table.Row(
                label: "Summa \(op.root.name)", cells: ReportBuilder.operatingCells(op.root.figures), isTotal: true))
        let table = Table(
            id: "driftredovisning", caption: "Driftredovisning per nämnd", unit: .mnkr,
            columns: ReportBuilder.operatingColumns(p, label: "Nämnd/styrelse"), rows: rows,
            footnotes: ["Resultat = intäkter − kostnader inklusive regionbidrag. Negativa avvikelser är ogynnsamma."])
        var blocks: [Block] = [.table(table)]
        for c in committees where c.kind == .committee {
            blocks.append(.heading(c.name))
            let f = c.figures
            blocks.append(
                .paragraph(
                    "Nämnden visar \(ReportBuilder.deviationPhrase(f.deviationToDate, unit: .mnkr, what: "budgetavvikelse för perioden")). Prognosen för helår är en avvikelse mot budget på \(t(f.forecastDeviation))\(f.forecastChange.map { $0.rounded(toUnitsOf: AmountUnit.mnkr.orePerUnit) == 0 ? ", oförändrad sedan föregående prognos" : ", en förändring med \(t($0)) sedan föregående prognos" } ?? "").",
                    missing: false))
            // The committee's written analysis; else the comments on its forecast lines.
            let comments = op.rows.filter { $0.code == c.code || isBelow($0, c.code, op) }.flatMap(\.comments)
            if let analysis = data.text(.deviationAnalysis, node: c.code, period: p) {
                blocks.append(.paragraph(analysis, missing: false))
            } else if comments.isEmpty {
                blocks.append(ReportBuilder.missingText("nämndens analys av avvikelser"))
            } else {
                blocks += comments.map { .paragraph($0, missing: false) }
            }
        }
        return Chapter(id: "driftredovisning", title: "Driftredovisning", blocks: blocks)
    }

    static func isBelow(_ row: OperatingRow, _ code: String, _ op: OperatingStatement) -> Bool {
        var parent = row.parent
        while let p = parent {
            if p == code { return true }
            parent = op.row(p)?.parent
        }
        return false
    }

    static func investmentChapter(_ data: FollowUpData, _ p: Period) -> Chapter? {
        let counted = data.investments.countedInTotals
        let rows = counted.filter { $0.period == p }
        guard !rows.isEmpty else { return nil }
        let tree = data.tree(for: p.year)
        let prev = counted.filter { $0.period == p.previousYear }
        let prevYear = counted.filter { $0.period == Period(year: p.year - 1, month: 12) }
        let names: [InvestmentCategory: String] = [
            .equipment: "Utrustning/inventarier", .intangible: "Immateriella tillgångar",
            .property: "Fastighetsinvesteringar", .infrastructure: "Infrastruktur",
        ]
        var out: [Table.Row] = []
        func cells(_ node: String?, _ cat: InvestmentCategory?) -> [CellValue] {
            func pick(_ list: [InvestmentRow]) -> [InvestmentRow] {
                list.filter { (node == nil || $0.node == node) && (cat == nil || $0.category == cat) }
            }
            let cur = pick(rows)
            let budget = cur.compactMap(\.budget).sum()
            let forecast = cur.compactMap(\.forecast).sum()
            return [
                ReportBuilder.amount(prev.isEmpty ? nil : pick(prev).map(\.outcome).sum()),
                .amount(cur.map(\.outcome).sum().ore), .amount(budget.ore), .amount(forecast.ore),
                .amount((budget - forecast).ore),
                ReportBuilder.amount(prevYear.isEmpty ? nil : pick(prevYear).map(\.outcome).sum()),
            ]
        }
        for cat in InvestmentCategory.allCases {
            let nodes = (rows + prev + prevYear).filter { $0.category == cat }.map(\.node)
            guard !nodes.isEmpty else { continue }
            out.append(Table.Row(label: names[cat] ?? cat.rawValue, cells: Array(repeating: .empty, count: 6)))
            var seen = Set<String>()
            for n in nodes where seen.insert(n).inserted {
                out.append(Table.Row(label: tree.node(n)?.name ?? n, cells: cells(n, cat), level: 1))
            }
            out.append(
                Table.Row(
                    label: "Summa \(names[cat]?.lowercased() ?? cat.rawValue)", cells: cells(nil, cat), isTotal: true))
        }
        out.append(Table.Row(label: "Summa investeringar", cells: cells(nil, nil), isTotal: true))
        let span = ReportLabels.span(p.month)
        let table = Table(
            id: "investeringar", caption: "Investeringar per nämnd/styrelse", unit: .mnkr,
            columns: [
                "", "Utfall \(span) \(p.year - 1)", "Utfall \(span) \(p.year)", "Budget \(p.year)", "Prognos \(p.year)",
                "Budgetavvikelse prognos", "Utfall \(p.year - 1)",
            ], rows: out,
            footnotes: ["Budgetavvikelse = budget − prognos: positiv när mindre än budgeterat investeras."])
        var blocks: [Block] = [.table(table)]
        if let projects = propertyProjectTable(data, p) { blocks.append(.table(projects)) }
        return Chapter(id: "investeringar", title: "Investeringsredovisning", blocks: blocks)
    }

    /// "Fastigheter – större enskilda investeringar" (seed 003 3.4): each property project with
    /// lifetime figures on its own row, the other property projects summed in one row, and
    /// the sum. Nil when no project of the period has lifetime figures.
    static func propertyProjectTable(_ data: FollowUpData, _ p: Period) -> Table? {
        let projects = data.investments.filter { $0.period == p && $0.project != nil && $0.category == .property }
        let major = projects.filter { $0.projectTotals != nil }
        guard !major.isEmpty else { return nil }
        let others = projects.filter { $0.projectTotals == nil }
        func year(_ list: [InvestmentRow]) -> [CellValue] {
            [
                .amount(list.map(\.outcome).sum().ore),
                ReportBuilder.amount(list.contains { $0.budget == nil } ? nil : list.compactMap(\.budget).sum()),
                ReportBuilder.amount(list.contains { $0.forecast == nil } ? nil : list.compactMap(\.forecast).sum()),
            ]
        }
        var rows = major.map { r -> Table.Row in
            let t = r.projectTotals
            return Table.Row(
                label: r.project ?? "",
                cells: [
                    t.map { .text($0.site) } ?? .empty, ReportBuilder.amount(t?.budget),
                    ReportBuilder.amount(t?.outcome), ReportBuilder.amount(t?.forecast),
                ]
                    + year([r]) + [t?.finishedYear.map { .text(String($0)) } ?? .empty])
        }
        let blank: [CellValue] = [.empty, .empty, .empty, .empty]
        if !others.isEmpty {
            rows.append(Table.Row(label: "Summering övriga fastighetsobjekt", cells: blank + year(others) + [.empty]))
        }
        rows.append(
            Table.Row(label: "Summa fastighetsinvesteringar", cells: blank + year(projects) + [.empty], isTotal: true))
        let month = ReportLabels.monthsShort[p.month - 1]
        let span = ReportLabels.span(p.month)
        return Table(
            id: "fastighetsprojekt", caption: "Fastigheter – större enskilda investeringar", unit: .mnkr,
            columns: [
                "Investeringsobjekt", "Fastighet", "Total beslutad budget", "Ack. utfall t.o.m. \(month) \(p.year)",
                "Prognos objekt totalt",
                "Utfall \(span) \(p.year)", "Budget \(p.year)", "Prognos \(p.year)", "Färdigt år",
            ], rows: rows)
    }

    /// The decision proposal (beslutsförslag, seed 003 §71/§82), drafted from the figures:
    /// approve the report; urge the committees with a forecast deficit (named) to continue their
    /// action plans; note the committees above the target for hired staff (named, computed from
    /// the staff data); with the case number and paragraph from the texts.
    static func decisionChapter(_ data: FollowUpData, _ p: Period, _ op: OperatingStatement, kind: ReportKind)
        -> Chapter
    {
        let root = data.tree(for: p.year).root
        let name =
            kind == .arsredovisning
            ? "\(root.name)s årsredovisning \(p.year)"
            : "\(root.name)s \(ReportLabels.reportTitles[kind.rawValue]?.lowercased() ?? "rapport") \(ReportLabels.longSpan(p.year, p.month))"
        var items = ["godkänna \(name)"]
        let deficits = op.rows.filter { $0.kind == .committee && $0.figures.forecastDeviation < .zero }
        if !deficits.isEmpty {
            items.append(
                "uppmana \(ReportBuilder.names(deficits.map(\.name))) – som prognostiserar underskott – att fortsätta arbeta systematiskt med åtgärdsplaner för att långsiktigt nå en ekonomi i balans"
            )
        }
        var blocks: [Block] = []
        let reference = [
            data.text(.minuteParagraph, node: root.code, period: p), data.text(.caseNumber, node: root.code, period: p),
        ].compactMap { $0 }
        if reference.count == 2 {
            blocks.append(.paragraph("\(reference[0]) – diarienummer \(reference[1])", missing: false))
        } else {
            blocks.append(ReportBuilder.missingText("diarienummer och paragraf"))
        }
        if !data.staff.isEmpty {
            let target = StaffReport.compute(data, period: p).targetHiredShare ?? data.policy.hiredStaffTarget
            let above = op.rows.filter { $0.kind == .committee }.filter { c in
                (StaffReport.compute(data, period: p, node: c.code).hiredShare ?? 0) > target
            }
            if !above.isEmpty {
                items.append(
                    "uppmärksamma att \(ReportBuilder.names(above.map(\.name))) inte uppnår målet om maximalt \(ReportLabels.targetNumber(target)) procent bemanningskostnader i relation till personalkostnader för egen personal"
                )
            }
        } else {
            blocks.append(
                ReportBuilder.missingText(
                    "nämnderna över målet för bemanningskostnader kan inte namnges: personaldata är inte inläst"))
        }
        blocks.insert(
            contentsOf: [
                .heading("Förslag till beslut"),
                .paragraph("Regionstyrelsen föreslår regionfullmäktige besluta att", missing: false), .list(items),
            ], at: 0)
        return Chapter(id: "beslutsforslag", title: "Beslutsförslag", blocks: blocks)
    }

    /// "Finansiella mål" (seed 003 2.3): the financial goals against their long-term targets —
    /// result ≥ 2 % of tax revenue and grants, self-financing of investments ≥ 100 %, soliditet
    /// including pension obligations positive (SKR practice, seed 003 2.3.1–2.3.3).
    static func financialGoalsChapter(_ p: Period, _ r: KeyRatioReport, goals: [FinancialGoal]) -> Chapter {
        let span = ReportLabels.span(p.month)
        let table = Table(
            id: "finansiella-mal", caption: "Finansiella mål", unit: .mnkr,
            columns: ["Mål", "Målvärde", "Utfall \(span) \(p.year)", "Prognos \(p.year)", "Budget \(p.year)"],
            rows: goals.map { g in
                let l = ReportLabels.financialGoal(g)
                return Table.Row(
                    label: l.name,
                    cells: [.text(l.target)]
                        + [r.outcome, r.forecast, r.budget].map {
                            ReportBuilder.percent(g.value($0), decimals: l.decimals)
                        })
            }, footnotes: ["Exklusive orealiserade förändringar av marknadsvärdet på finansiella placeringar."],
            showsUnit: false)
        var blocks: [Block] = [.table(table)]
        for g in goals where g.kind != .equityRatioInclPensions {
            guard let value = g.value(r.forecast), let met = g.isMet(r.forecast) else { continue }
            let l = ReportLabels.financialGoal(g)
            blocks.append(
                .paragraph(
                    "\(l.subject) prognostiseras till \(SwedishNumberFormat.percent(value, decimals: l.decimals)), vilket \(met ? "når" : "inte når") det långsiktiga målvärdet på \(ReportLabels.targetNumber(g.target)) procent.",
                    missing: false))
        }
        return Chapter(id: "finansiella-mal", title: "Finansiella mål", blocks: blocks)
    }

    /// "God ekonomisk hushållning" (UR2, annual report): the balance requirement and the
    /// financial goals summed up, and the written overall assessment.
    static func economyAssessmentChapter(_ data: FollowUpData, _ p: Period, _ r: KeyRatioReport) -> Chapter {
        let judged = data.policy.financialGoals.compactMap { $0.isMet(r.forecast) }
        var text =
            judged.isEmpty
            ? "De finansiella målen kan inte bedömas: underlag saknas."
            : "\(judged.filter { $0 }.count) av \(judged.count) finansiella mål nås enligt prognosen."
        if let bkr = r.balanceRequirement.last?.balanceRequirementResult {
            text +=
                bkr < .zero
                ? " Balanskravet uppfylls inte: balanskravsresultatet \(p.month == 12 ? "blir" : "prognostiseras till") \(t(bkr))."
                : " Balanskravet uppfylls."
        }
        return Chapter(
            id: "god-ekonomisk-hushallning", title: "Samlad bedömning av god ekonomisk hushållning",
            blocks: [
                .paragraph(text, missing: false),
                ReportBuilder.written(
                    data, .economyAssessment, node: data.tree(for: p.year).root.code, period: p,
                    what: "samlad bedömning av god ekonomisk hushållning"),
            ])
    }

    /// "Resultathantering" (annual report, seed 002 5.2.5): each committee's result against
    /// its budget for the year — the surplus or deficit to be handled — and the written proposal
    /// of what is carried over.
    static func resultManagementChapter(_ data: FollowUpData, _ p: Period, _ op: OperatingStatement) -> Chapter {
        let committees = op.rows.filter { $0.kind == .committee }
        guard data.budgets.contains(where: { $0.year == p.year }) else {
            return Chapter(
                id: "resultathantering", title: "Resultathantering",
                blocks: [
                    ReportBuilder.missingText(
                        "budget för \(p.year) är inte inläst: nämndernas över- och underskott kan inte beräknas")
                ])
        }
        var rows = committees.map { c in
            Table.Row(
                label: c.name,
                cells: [
                    .amount(c.figures.outcome.ore), .amount(c.figures.budgetToDate.ore),
                    .amount((c.figures.outcome - c.figures.budgetToDate).ore),
                ])
        }
        let outcome = committees.map(\.figures.outcome).sum()
        let budget = committees.map(\.figures.budgetToDate).sum()
        rows.append(
            Table.Row(
                label: "Summa nämnder",
                cells: [.amount(outcome.ore), .amount(budget.ore), .amount((outcome - budget).ore)], isTotal: true))
        let table = Table(
            id: "resultathantering", caption: "Nämndernas resultat att hantera", unit: .mnkr1,
            columns: [
                "Nämnd/styrelse", "Utfall \(ReportLabels.span(p.month)) \(p.year)",
                "Budget \(ReportLabels.span(p.month)) \(p.year)", "Överskott (+) / underskott (−)",
            ], rows: rows)
        var blocks: [Block] = [.table(table)]
        for c in committees where !(c.figures.outcome - c.figures.budgetToDate).isZero {
            blocks.append(.heading(c.name))
            blocks.append(
                ReportBuilder.written(
                    data, .resultManagement, node: c.code, period: p, what: "förslag till resultathantering"))
        }
        return Chapter(id: "resultathantering", title: "Resultathantering", blocks: blocks)
    }

    /// "Likviditet" (seed 003 2.5.5): likvida medel — the placements at acquisition value,
    /// excluding unrealised gains — at the period, the same period last year and the last year
    /// end, the change since the year end, and acquisition against market value. Absent
    /// without placement figures for the period.
    static func liquidityChapter(_ data: FollowUpData, _ p: Period) -> Chapter? {
        guard let now = data.figure(.placementsAcquisitionValue, at: p) else { return nil }
        let yearEnd = Period(year: p.year - 1, month: 12)!
        var seen = Set<Period>()  // in December the same month last year is the last year end
        let columns = [p.previousYear, yearEnd, p].filter {
            (data.figure(.placementsAcquisitionValue, at: $0) != nil || $0 == p) && seen.insert($0).inserted
        }
        // Balances at month ends: labelled by the month, not a span.
        func label(_ q: Period) -> String { "\(ReportLabels.months[q.month - 1]) \(q.year)" }
        var blocks: [Block] = []
        var text =
            "Regionens likvida medel uppgår den sista \(ReportLabels.months[p.month - 1]) till \(t(now)) (exklusive orealiserade finansiella poster)."
        if let end = data.figure(.placementsAcquisitionValue, at: yearEnd) {
            let change = now - end
            text +=
                change.isZero
                ? " Det är oförändrat sedan årsskiftet."
                : " Det är en \(change < .zero ? "minskning" : "ökning") med \(t(change.magnitude)) jämfört med årsskiftet."
        }
        blocks.append(.paragraph(text, missing: false))
        blocks.append(
            .table(
                Table(
                    id: "likvida-medel", caption: "Likvida medel", unit: .mnkr, columns: [""] + columns.map(label),
                    rows: [
                        Table.Row(
                            label: "Likvida medel",
                            cells: columns.map {
                                ReportBuilder.amount(data.figure(.placementsAcquisitionValue, at: $0))
                            })
                    ])))
        if let market = data.figure(.placementsMarketValue, at: p) {
            blocks.append(
                .table(
                    Table(
                        id: "likvida-medel-och-placeringar", caption: "Likvida medel och placeringar \(label(p))",
                        unit: .mnkr, columns: ["", "Anskaffningsvärde", "Marknadsvärde"],
                        rows: [
                            Table.Row(label: "Totalt", cells: [.amount(now.ore), .amount(market.ore)], isTotal: true)
                        ],
                        footnotes: ["Skillnaden är orealiserade vinster och förluster på placeringarna."])))
        }
        return Chapter(id: "likviditet", title: "Likviditet", blocks: blocks)
    }

    /// "Resultat och prognos månad för månad": the accumulated result by month this year and
    /// last, and the full-year forecast made each month. Absent without a ledger.
    static func resultTrendChapter(_ data: FollowUpData, _ p: Period) -> Chapter? {
        guard data.ledgers[p.year] != nil else { return nil }
        let months = Array(1...12)
        func outcome(_ year: Int, _ m: Int) -> CellValue {
            guard let ledger = data.ledgers[year], ledger.lastMonth >= m, year < p.year || m <= p.month else {
                return .empty
            }
            return ReportBuilder.amount(IncomeStatement.outcome(data, year: year, through: m)?.result)
        }
        let forecasts: [CellValue] = months.map { m in
            guard m <= p.month, data.reportedForecasts.contains(where: { $0.period == Period(year: p.year, month: m) })
            else { return .empty }
            return ReportBuilder.amount(IncomeStatement.forecast(data, period: Period(year: p.year, month: m)!)?.result)
        }
        var series = [
            LineChart.Series(name: "Utfall ackumulerat \(p.year)", values: months.map { outcome(p.year, $0) })
        ]
        if data.ledgers[p.year - 1] != nil {
            series.append(
                LineChart.Series(
                    name: "Utfall ackumulerat \(p.year - 1)", values: months.map { outcome(p.year - 1, $0) }))
        }
        if forecasts.contains(where: { $0 != .empty }) {
            series.append(LineChart.Series(name: "Helårsprognos \(p.year)", values: forecasts))
        }
        let chart = LineChart(
            id: "resultat-per-manad", title: "Resultat och prognos månad för månad", unit: .mnkr,
            categories: ReportLabels.monthsShort, series: series)
        return Chapter(
            id: "resultatutveckling-manad", title: "Resultat och prognos över året", blocks: [.lineChart(chart)])
    }
}
