import Foundation

/// Nettokostnadsandel and its parts, in percent of skatteintäkter + generella statsbidrag
/// och utjämning (seed 003 2.5.3; unrealised market-value changes excluded).
public struct NetCostShare: Sendable, Equatable {
    /// Verksamhetens nettokostnader excluding avskrivningar / T.
    public var operations: Decimal
    /// Avskrivningar / T.
    public var depreciation: Decimal
    /// Finansnetto excluding unrealised changes / T (negative when the net is positive).
    public var financialNet: Decimal
    /// The sum of the parts.
    public var total: Decimal { operations + depreciation + financialNet }
}

/// The financial key ratios of SPEC §4.4 on one basis (outcome, forecast or budget). A ratio
/// that cannot be computed from the data present is nil, never 0 (SPEC §6.3).
public struct KeyRatios: Sendable, Equatable {
    /// Resultat i förhållande till skatteintäkter och generella statsbidrag: R / T.
    public var resultToTaxRevenue: Decimal?
    /// The mean of R / T over the three closed years before the fiscal year.
    public var resultToTaxRevenueThreeYearMean: Decimal?
    /// Självfinansieringsgrad av investeringarna: (R + avskrivningar) / investeringar.
    public var selfFinancingRatio: Decimal?
    /// Nettokostnadsandel: verksamhetens nettokostnader, avskrivningar and finansnetto in percent of T, and their sum
    /// (seed 003 2.5.3: 96,8 + 3,6 + 2,8 = 103,2 % on the forecast); nil when T is zero.
    public var netCostShare: NetCostShare?
    /// Soliditet enligt blandmodellen: (eget kapital − ackumulerad orealiserad vinst) /
    /// (tillgångar − samma); only on the outcome basis (a balance sheet exists only there).
    public var equityRatio: Decimal?
    /// Soliditet inklusive pensionsförpliktelser (ansvarsförbindelsen).
    public var equityRatioInclPensions: Decimal?
    /// Skatte- och statsbidragsutveckling: T / T last year − 1.
    public var taxRevenueGrowth: Decimal?
    /// Nettokostnadsutveckling: nettokostnader / last year's − 1.
    public var netCostGrowth: Decimal?
    /// Resultat exkl. jämförelsestörande poster (an amount).
    public var resultExclComparabilityItems: Money?
    /// Bemanningskostnader / personalkostnader, rolling 12 (staff data; nil without it).
    public var hiredStaffCostShare: Decimal?
    /// This year's balanskravsresultat on this basis.
    public var balanceRequirement: Money?

    /// No ratio known yet.
    public init() {}
}

/// The three bases of SPEC §6.3 and the balanskravsutredning.
public struct KeyRatioReport: Sendable, Equatable {
    /// The report period: the outcome basis covers January..its month.
    public var period: Period
    /// The ratios on the outcome January..period, growth against the same months last year; the only basis with
    /// soliditet and the hired-staff share.
    public var outcome: KeyRatios
    /// The ratios on the full-year forecast in force (nollprognos for nodes without one), growth against last year's
    /// outcome; without any forecast, the ratios of the resultaträkning are nil.
    public var forecast: KeyRatios
    /// The ratios on the annual budget, growth against last year's outcome; the ratios of the resultaträkning are nil
    /// when a budget row has no account.
    public var budget: KeyRatios
    /// Balanskravsutredning (Kommunallagen 11 kap.): the fiscal year and up to four years before it (SPEC §4.5).
    public var balanceRequirement: [BalanceRequirementYear]

    /// The key ratios of one committee (or any node below the root). The financial ratios of
    /// SPEC §4.4 are the whole organisation's — a committee has no tax revenue or balance sheet
    /// of its own — so they are nil; what a committee has is its hired-staff cost share
    /// (seed 003 §71 names the committees above 2 %). For the root: `compute(_:period:)`.
    public static func compute(_ data: FollowUpData, period: Period, node: NodeCode) -> KeyRatioReport {
        guard node != data.tree(for: period.year).root.code else { return compute(data, period: period) }
        var outcome = KeyRatios()
        outcome.hiredStaffCostShare = StaffReport.compute(data, period: period, node: node).hiredShare
        return KeyRatioReport(
            period: period, outcome: outcome, forecast: KeyRatios(), budget: KeyRatios(), balanceRequirement: [])
    }

    /// Computes every key ratio of SPEC §4.4 for `period` (formulas and test figures: seed 003
    /// 2.3 and 2.5).
    public static func compute(_ data: FollowUpData, period: Period) -> KeyRatioReport {
        let year = period.year
        let outcomeIS = IncomeStatement.outcome(data, year: year, through: period.month)
        let previousToDate = yearStatement(data, year: year - 1, through: period.month)
        let previousYear = yearStatement(data, year: year - 1)
        let forecastIS = IncomeStatement.forecast(data, period: period)
        let budgetIS = IncomeStatement.budget(data, at: period)
        let requirement = BalanceRequirementYear.table(data, period: period)
        let mean = threeYearMean(data, year: year)

        let investments = data.investments.countedInTotals.filter { $0.period == period }
        let investmentOutcome = investments.isEmpty ? nil : investments.map(\.outcome).sum()
        let investmentForecast =
            investments.isEmpty || investments.contains { $0.forecast == nil }
            ? nil : investments.compactMap(\.forecast).sum()
        let investmentBudget =
            investments.isEmpty || investments.contains { $0.budget == nil }
            ? nil : investments.compactMap(\.budget).sum()

        func ratios(_ s: IncomeStatement?, base: YearFigures?, investments: Money?) -> KeyRatios {
            var k = KeyRatios()
            k.resultToTaxRevenueThreeYearMean = mean
            guard let s else { return k }
            let t = s.taxAndGrants
            let r = s.resultExclUnrealised
            k.resultToTaxRevenue = Ratio.percent(r, of: t)
            if let investments { k.selfFinancingRatio = Ratio.percent(r - s[.depreciation], of: investments) }
            if !t.isZero, let ops = Ratio.percent(-(s[.revenue] + s[.costs]), of: t),
                let dep = Ratio.percent(-s[.depreciation], of: t),
                let fin = Ratio.percent(-s.financialNetExclUnrealised, of: t)
            {
                k.netCostShare = NetCostShare(operations: ops, depreciation: dep, financialNet: fin)
            }
            if let base {
                k.taxRevenueGrowth = Ratio.growth(t, over: base.taxAndGrants)
                if let netCosts = base.netCosts { k.netCostGrowth = Ratio.growth(s.netCosts, over: netCosts) }
            }
            k.resultExclComparabilityItems = r
            return k
        }

        var outcome = ratios(outcomeIS, base: previousToDate, investments: investmentOutcome)
        if let bs = BalanceSheet.at(data, year: year, month: period.month) {
            let unrealisedGain: Money
            if let market = data.figure(.placementsMarketValue, at: period),
                let cost = data.figure(.placementsAcquisitionValue, at: period)
            {
                unrealisedGain = market - cost
            } else {
                unrealisedGain = .zero
            }
            let equity = bs.totalEquity - unrealisedGain
            let assets = bs.totalAssets - unrealisedGain
            outcome.equityRatio = Ratio.percent(equity, of: assets)
            if let pensions = data.figure(.pensionObligations, at: period) {
                outcome.equityRatioInclPensions = Ratio.percent(equity - pensions, of: assets)
            }
        }
        // Bemanningskostnader / personalkostnader, rolling 12 at the period (SPEC §4.4): an
        // outcome; there is no forecast or budget of it.
        outcome.hiredStaffCostShare = StaffReport.compute(data, period: period).hiredShare
        var forecast = ratios(forecastIS, base: previousYear, investments: investmentForecast)
        var budget = ratios(budgetIS, base: previousYear, investments: investmentBudget)
        forecast.balanceRequirement = requirement.last(where: { $0.year == year })?.balanceRequirementResult
        if let budgetIS {
            budget.balanceRequirement =
                BalanceRequirementYear.compute(
                    data, year: year, result: budgetIS.result, unrealised: budgetIS[.unrealised], isForecast: true,
                    opening: .zero
                ).balanceRequirementResult
        }
        if outcomeIS != nil {
            outcome.balanceRequirement = outcomeIS.map {
                BalanceRequirementYear.compute(
                    data, year: year, result: $0.result, unrealised: $0[.unrealised], isForecast: false, opening: .zero
                ).balanceRequirementResult
            }
        }
        return KeyRatioReport(
            period: period, outcome: outcome, forecast: forecast, budget: budget, balanceRequirement: requirement)
    }

    /// A closed year's figures: from its ledger when stored, else from the figures file.
    struct YearFigures {
        var taxAndGrants: Money
        var netCosts: Money?
        var resultExclUnrealised: Money?
        init(_ s: IncomeStatement) {
            taxAndGrants = s.taxAndGrants
            netCosts = s.netCosts
            resultExclUnrealised = s.resultExclUnrealised
        }
        init(taxAndGrants: Money, netCosts: Money?, resultExclUnrealised: Money?) {
            self.taxAndGrants = taxAndGrants
            self.netCosts = netCosts
            self.resultExclUnrealised = resultExclUnrealised
        }
    }

    /// January..`month` of a closed year: from its ledger when stored, else from the figures file
    /// (the year's figures for December, those dated `year-month` before it).
    static func yearStatement(_ data: FollowUpData, year: Int, through month: Int = 12) -> YearFigures? {
        if let s = IncomeStatement.outcome(data, year: year, through: month) { return YearFigures(s) }
        func figure(_ key: FigureRow.Key) -> Money? {
            guard month < 12, let p = Period(year: year, month: month) else {
                return data.figure(key, year: year)?.amount
            }
            return data.figure(key, at: p)
        }
        guard let tax = figure(.tax), let grants = figure(.grants) else { return nil }
        var r: Money?
        if month == 12, let result = data.figure(.result, year: year)?.amount {
            r = result - (data.figure(.unrealised, year: year)?.amount ?? .zero)
        }
        return YearFigures(taxAndGrants: tax + grants, netCosts: figure(.netCosts), resultExclUnrealised: r)
    }

    /// Mean of the yearly R / T over the three years before `year` (seed 003 2.3: 6,8 % for
    /// 2021–2023); nil unless all three years are known.
    static func threeYearMean(_ data: FollowUpData, year: Int) -> Decimal? {
        var values: [Decimal] = []
        for y in (year - 3)..<year {
            guard let f = yearStatement(data, year: y), let r = f.resultExclUnrealised,
                let v = Ratio.percent(r, of: f.taxAndGrants)
            else { return nil }
            values.append(v)
        }
        return values.reduce(0, +) / 3
    }
}

/// One year of the balanskravsutredning (Kommunallagen 11 kap. 12–14 §§; SPEC §4.5).
/// Amounts as they enter the table: adjustments that reduce the result are negative.
public struct BalanceRequirementYear: Sendable, Equatable {
    /// The year of the row.
    public var year: Int
    /// Whether the year is not closed: the report's fiscal year, on its forecast (its budget without one).
    public var isForecast: Bool
    /// Årets resultat enligt resultaträkningen.
    public var result: Money
    /// Reducering av samtliga realisationsvinster.
    public var realisationGains: Money
    /// −/+ orealiserade vinster och förluster i värdepapper (minus the year's unrealised change).
    public var unrealisedGainsLosses: Money
    /// Other statutory exceptions.
    public var otherAdjustments: Money
    /// Avsättning till resultatutjämningsreserv (negative).
    public var rurProvision: Money
    /// Disposition av resultatutjämningsreserv.
    public var rurUse: Money
    /// Synnerliga skäl att inte återställa (positive: the part of a deficit not restored).
    public var exceptionalReasons: Money
    /// IB ackumulerade negativa resultat att återställa.
    public var toRestoreOpening: Money

    /// Årets resultat efter balanskravsjusteringar.
    public var resultAfterAdjustments: Money { result + realisationGains + unrealisedGainsLosses + otherAdjustments }
    /// Årets balanskravsresultat.
    public var balanceRequirementResult: Money { resultAfterAdjustments + rurProvision + rurUse }
    /// UB ackumulerade negativa resultat att återställa: a deficit adds to it, synnerliga
    /// skäl and later surpluses reduce it, and it is never above zero.
    public var toRestoreClosing: Money {
        Swift.min(.zero, toRestoreOpening + balanceRequirementResult + exceptionalReasons)
    }

    static func compute(
        _ data: FollowUpData, year: Int, result: Money, unrealised: Money, isForecast: Bool, opening: Money
    ) -> BalanceRequirementYear {
        func fig(_ k: FigureRow.Key) -> Money { data.figure(k, year: year)?.amount ?? .zero }
        var y = BalanceRequirementYear(
            year: year, isForecast: isForecast, result: result, realisationGains: fig(.realisationGains),
            unrealisedGainsLosses: -unrealised, otherAdjustments: fig(.otherAdjustments),
            rurProvision: fig(.rurProvision), rurUse: fig(.rurUse), exceptionalReasons: .zero, toRestoreOpening: opening
        )
        if let reasons = data.figure(.exceptionalReasons, year: year) {
            // No amount: the whole deficit of the year (and what is carried in) is not restored.
            y.exceptionalReasons = reasons.amount ?? Swift.max(.zero, -(opening + y.balanceRequirementResult))
        }
        return y
    }

    /// The table over the fiscal year and the four years before it, for the years with data:
    /// closed years from their ledger (or the figures file), the fiscal year from the forecast.
    public static func table(_ data: FollowUpData, period: Period) -> [BalanceRequirementYear] {
        var out: [BalanceRequirementYear] = []
        var opening = Money.zero
        for year in (period.year - 4)...period.year {
            let result: Money
            let unrealised: Money
            // The period's year is a forecast, unless the report is the annual report of a year whose books are
            // closed: then its balanskravsutredning is of the outcome (the balanskrav, Kommunallagen 11 kap.).
            let isForecast =
                year == period.year
                && !(period.month == 12 && data.ledgers[year]?.lastMonth == 12 && data.ledgerIsWholeOrganisation(year))
            if isForecast {
                guard let f = IncomeStatement.forecast(data, period: period) ?? IncomeStatement.budget(data, at: period)
                else { continue }
                result = f.result
                unrealised = f[.unrealised]
            } else if data.ledgerIsWholeOrganisation(year), let s = IncomeStatement.outcome(data, year: year) {
                result = s.result
                unrealised = s[.unrealised]
            } else if let r = data.figure(.result, year: year)?.amount {
                result = r
                unrealised = data.figure(.unrealised, year: year)?.amount ?? .zero
            } else {
                continue
            }
            let y = compute(
                data, year: year, result: result, unrealised: unrealised, isForecast: isForecast, opening: opening)
            out.append(y)
            opening = y.toRestoreClosing
        }
        return out
    }
}
