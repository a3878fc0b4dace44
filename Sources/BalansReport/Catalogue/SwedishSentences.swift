extension ReportCatalogue {
    /// The Swedish text of each sentence key.
    static func swedish(_ key: ReportSentence) -> String {
        switch key {
        case .span: return "{1}–{2}"
        case .longSpan: return "{1}–{2} {3}"
        case .monthYear: return "{1} {2}"
        case .textMissing: return "Ingen text är inlagd för detta avsnitt. ({1})"
        case .listAnd: return "{1} och {2}"
        case .noDeviation: return "ingen {1}"
        case .deviation: return "en {1} {2} på {3}"
        case .outcomeSpanYear: return "Utfall {1} {2}"
        case .budgetSpanYear: return "Budget {1} {2}"
        case .deviationSpan: return "Avvikelse {1}"
        case .annualBudgetYear: return "Budget helår {1}"
        case .annualForecastYear: return "Prognos helår {1}"
        case .resultAfterMonths: return "Resultatet efter {1} månader uppgår till {2}."
        case .budgetNotRead: return "budget för {1} är inte inläst: avvikelser mot budget kan inte redovisas"
        case .resultAfterMonthsAgainstBudget:
            return "Resultatet efter {1} månader uppgår till {2}, vilket är {3} {4} än den "
                + "periodiserade budgeten."
        case .ledgerMissing: return "huvudbok för {1} saknas"
        case .yearForecastAgainstBudget:
            return "Årets resultat prognostiseras till {1} mot budgeterat {2}, en {3} avvikelse mot "
                + "årsbudgeten med {4}."
        case .nameWithAmount: return "{1} ({2})"
        case .committeesInDeficit: return "Nämnder och verksamheter som prognostiserar underskott mot budget: {1}."
        case .forecastYear: return "Prognos {1}"
        case .budgetYear: return "Budget {1}"
        case .goalForecast: return "{1} prognostiseras till {2}, vilket {3} det långsiktiga målvärdet på {4} procent."
        case .above: return "över {1} %"
        case .atLeast: return "minst {1} %"
        case .goalsMet: return "{1} av {2} finansiella mål nås enligt prognosen."
        case .balanceRequirementNotMet: return " Balanskravet uppfylls inte: balanskravsresultatet {1} {2}."
        case .resultToTaxRevenueMean:
            return "Resultat i förhållande till skatteintäkter och generella statsbidrag, genomsnitt "
                + "{1}–{2}: {3}."
        case .outcomeYear: return "Utfall {1}"
        case .keyRatioTrend:
            return "Nettokostnadsandel och soliditet över åren ({1}: nettokostnadsandel enligt "
                + "prognos, soliditet per {2})"
        case .outcomeMonthYear: return "Utfall {1} {2}"
        case .targetYear: return "Målvärde {1}"
        case .hiredCostIntro:
            return "Regionens kostnader för inhyrda läkare och sjuksköterskor uppgår till {1} {2} {3}, "
        case .changeBy: return "en {1} med {2}"
        case .orPercent: return " eller {1}"
        case .hiredByProfession:
            return " Kostnaderna för inhyrda läkare har {1} med {2} och för inhyrda sjuksköterskor "
                + "{3} med {4}."
        case .total: return "Total {1}"
        case .largerDeviations: return "Större budgetavvikelser {1}"
        case .forecastBudgetDeviationYear: return "Prognostiserad budgetavvikelse {1}"
        case .largerDeviationsFootnote:
            return "Budgetrader med en prognostiserad avvikelse på minst {1}. Övriga avvikelser är "
                + "resten, så att tabellen summerar till totalen."
        case .largerDeviationsRegionFootnote:
            return "Budgetrader inom {2} med en prognostiserad avvikelse på minst {1}; driftnämnderna och "
                + "förvaltningarna på en rad. Övriga avvikelser är resten, så att tabellen summerar till totalen."
        case .forecastDeviationPerCommittee: return "Prognostiserad budgetavvikelse per nämnd {1}"
        case .balanceRequirementForecast: return "Balanskravsresultatet för {1} prognostiseras till {2}."
        // Seed 003, 2.5.1: "Fotnot. Region Halland tillämpar inte RUR."
        case .ownSummary: return "{1} sammanfattning"
        case .ownAnalysis: return "{1} analys av avvikelser"
        case .rurNotUsed: return "{1} tillämpar inte RUR (resultatutjämningsreserv)."
        case .internalNotZero:
            return "Interna konton summerar inte till noll för organisationen: differens {1}. "
                + "Differensen ingår inte i resultaträkningen."
        case .dayMonthYear: return "{1} {2} {3}"
        case .sum: return "Summa {1}"
        case .changedSinceForecast: return ", en förändring med {1} sedan föregående prognos"
        // Seed 003, 3.3: "Nämnden visar en negativ budgetavvikelse för perioden på 62 mnkr",
        // "Nämnden prognostiserar en negativ budgetavvikelse för helår på 27 mnkr".
        case .committeeDeviation: return "{4} visar {1}. {4} prognostiserar {2}{3}."
        case .accumulatedOutcomeThrough: return "Ack. utfall t.o.m. {1} {2}"
        case .annualReportOf: return "{1}s årsredovisning {2}"
        case .reportOf: return "{1}s {2} {3}"
        case .approve: return "godkänna {1}"
        case .aboveHiredTarget:
            return "uppmärksamma att {1} inte uppnår målet om maximalt {2} procent "
                + "bemanningskostnader i relation till personalkostnader för egen personal"
        case .budgetNotReadNoSurplus:
            return "budget för {1} är inte inläst: nämndernas över- och underskott kan inte beräknas"
        case .liquidity:
            return "Regionens likvida medel uppgår den sista {1} till {2} (exklusive orealiserade "
                + "finansiella poster)."
        case .changeSinceYearEnd: return " Det är en {1} med {2} jämfört med årsskiftet."
        case .liquidFundsAndPlacements: return "Likvida medel och placeringar {1}"
        case .accumulatedOutcome: return "Utfall ackumulerat {1}"
        case .yearForecast: return "Helårsprognos {1}"
        case .totalFrame: return "Total ram {1}"
        case .ageUpTo: return "upp till {1} år"
        case .ageAndOlder: return "{1} år och äldre"
        case .ageBand: return "{1}–{2} år"
        case .expectedEffectYear: return "Förväntad effekt {1}"
        case .expectedSpan: return "Förväntad {1}"
        case .realisedSpan: return "Realiserad {1}"
        case .perMonth: return "{1} per månad"
        case .nameColonText: return "{1}: {2}"
        // The decision pages (seed 003 §71, §82, beslutsförslag).
        case .decisionOn: return "Beslut om {1}"
        case .paragraphOf: return "{1} {2} {3}"
        case .proposalOf: return "Beslutsförslag - {1}"
        case .paragraphTitle: return "{1} {2}"
        case .caseNumberIs: return "Diarienummer {1}"
        case .matterText:
            return "Uppföljningen till regionfullmäktige utgår från Mål och budget {1} och sker tre gånger "
                + "per år. {2} behandlar perioden {3}."
        case .balanceRequirementMetForecast:
            return "Prognosen för innevarande år innebär ett balanskravsresultat på {1}: kommunallagens "
                + "krav på en ekonomi i balans uppfylls."
        case .negativeBalanceRequirementForecast:
            return "Prognosen för innevarande år skulle innebära ett negativt balanskravsresultat "
                + "uppgående till {1}."
        case .invokesExceptionalReasons:
            return "Vid ett negativt balanskravsresultat {1} kommer regionen att åberopa synnerliga skäl."
        case .balanceRequirementMetYear:
            return "Årets balanskravsresultat uppgår till {1}: kommunallagens krav på en ekonomi i balans uppfylls."
        case .negativeBalanceRequirementYear: return "Årets balanskravsresultat är negativt och uppgår till {1}."
        case .invokesExceptionalReasonsYear:
            return "Regionen åberopar synnerliga skäl för att inte återställa det negativa "
                + "balanskravsresultatet {1}."
        case .operatingCommitteesFor: return "driftnämnderna för {1}"
        // Seed 003 3.4's opening paragraph.
        case .investmentBudgetBridge:
            return "Regionens investeringsbudget enligt Mål och budget {1} uppgick till {2}. Därefter har "
                + "regionfullmäktige ombudgeterat totalt {3} avseende investeringsmedel från {4}. Ny "
                + "investeringsbudget för {1} uppgår till {5} efter beslutade justeringar."
        case .investmentBudgetIs: return "Regionens investeringsbudget för {1} uppgår till {2}."
        case .investmentOutcome: return "Investeringarna för perioden {1} uppgår till {2}"
        case .investmentOutcomeAgainstLastYear:
            return ", vilket är {1} {2} än för motsvarande period föregående år"
        case .investmentForecast: return "Investeringsprognosen uppgår till {1} och större delposter är {2}."
        case .nameAndAmount: return "{1} {2}"
        // The source under a chart (seed 004: "Källa: Väntetider i vården").
        case .sourceAccounts: return "Källa: {1}s redovisning"
        case .sourceNamed: return "Källa: {1}"
        case .budgetChangesYear: return "Budget och budgetändringar {1}"
        case .accountAmount: return "konto {1} ({2})"
        case .cashFlowDifference:
            return "Kassaflödet skiljer sig från förändringen av likvida medel med {1}: konton som kontoplanen "
                + "inte placerar i balansräkningen, {2}."
        case .budgetDecisionsYear: return "Beslutade budgetändringar {1}"
        case .sourceAccountsAndForecasts: return "Källa: {1}s redovisning och nämndernas prognoser"
        case .sourceStaff: return "Källa: {1}s personal- och lönesystem"
        case .fulfilmentForecast: return "Prognosen visar att {1} åtaganden uppfylls, {2} delvis och {3} inte."
        case .fulfilmentPrevious:
            return " I uppföljningen efter {1} månader var det {2} som delvis och {3} som inte "
                + "bedömdes uppfyllas."
        case .unassessed: return "{1} av {2} åtaganden har inte kommenterats eller prognossatts i denna uppföljning."
        case .focusArea: return "Fokusområde: {1}"
        case .indicatorsCannotBeJudged:
            return "Ingen av de {1} indikatorerna kan bedömas: utfall eller målvärde saknas."
        case .indicatorsMet: return "{1} av {2} indikatorer når sitt målvärde, {3} gör det inte{4}."
        case .indicatorsUnjudged: return " och {1} saknar utfall eller målvärde"
        case .againstNationalAndTarget: return "{1} jämfört med riket och målvärdet"
        case .againstNational: return "{1}: {2} jämfört med riket"
        case .kronor: return "{1} kr"
        case .rolling12: return "{1} (R12)"
        case .committeeResult:
            return "Resultatet efter {1} månader är {2} och jämfört med periodens budget är det {3} "
                + "{4} än budgeterat resultat."
        case .committeeForecast: return "Den ekonomiska prognosen för {1} är {2}, en avvikelse mot budget på {3}."
        case .forecastUnchanged: return " Prognosen är oförändrad sedan uppföljningen efter {1} månader."
        case .forecastChanged: return " Det är en {1} med {2} jämfört med uppföljningen efter {3} månader."
        case .change: return " (efter {1} månader {2}, förändring {3})"
        case .areaForecastDeviation: return "{1}: prognostiserad avvikelse {2}{3}"
        case .areaForecastDeficit: return "{1}: prognostiserat underskott {2}{3}"
        case .areaForecastSurplus: return "{1}: prognostiserat överskott {2}{3}"
        case .estimatedDeficit: return "{1}: ett underskott på {2} beräknas för helåret"
        case .ledgerEndsEarly:
            return "Huvudboken för {1} sträcker sig bara till och med {2}: det ekonomiska utfallet "
                + "för {3} kan inte redovisas."
        case .noLedgerOrBudget: return "Huvudbok och budget för {1} saknas: det ekonomiska utfallet kan inte redovisas."
        case .totalOf: return "Totalt {1}"
        case .periodResultSpan: return "Periodens resultat {1}"
        case .deviationFromBudgetSpan: return "Avvikelse mot budget {1}"
        case .forecastDeviationYear: return "Prognostiserad avvikelse {1}"
        case .accountSpecification: return "{1} per konto {2} {3} jämfört med föregående år och budget"
        case .accountNumbered: return "Konto {1}"
        case .personnelCostsSpan: return "Personalkostnader {1} {2}"
        case .committeeYearResult:
            return "Det ekonomiska resultatet för {1} uppgår till {2}, jämfört med budget en avvikelse på {3}."
        case .yearOnBudget: return "{1}: utfall enligt budget"
        case .costDevelopmentIs:
            return "{1} kostnadsutveckling uppgår till {2} procent jämfört med motsvarande period föregående år."
        case .costDevelopmentAgainstBudget:
            return " Utfallet är {1} procentenheter {2} än den budgeterade kostnadsutvecklingen."
        case .yearDeficit: return "{1}: underskott {2} mot budget"
        case .yearSurplus: return "{1}: överskott {2} mot budget"
        case .againstFirstForecast: return ", en {1} med {2} jämfört med prognosen efter {3} månader"
        case .fundsDecidedThrough: return "Beslutade projektmedel t.o.m. {1} {2}"
        case .costDevelopmentAgainst: return "Kostnadsutveckling {1} jämfört med samma period {2}"
        case .commentOnDeviationsWhat: return "kommentar till avvikelserna för {1}"
        case .titleOf: return "{1} {2} {3}"
        case .titleYear: return "{1} {2}"
        case .titleFor: return "{1} för {2}"
        case .subtitle: return "{1}, {2}"
        case .periodOf: return "Period {1}"
        case .diffChapterGone: return "− kapitel {1}"
        case .diffChapterNew: return "+ kapitel {1}"
        case .diffTableGone: return "− {1} › tabell {2}"
        case .diffTableNew: return "+ {1} › tabell {2}"
        case .diffRowGone: return "− {1} › rad {2}"
        case .diffRowNew: return "+ {1} › rad {2}"
        case .diffColumn: return "kolumn {1}"
        case .budgetAssumesReduction:
            return "Budgeten förutsätter att det genomförs en kostnadsminskning på {1} (åtgärdsplan: {2})."
        case .reductionRealisedRemaining: return "Till och med {1} har {2} av den genomförts; {3} återstår."
        case .costKindChanged: return "{1} har {2} med {3}*"
        case .netCostsChanged: return "Sammantaget har nettokostnaderna {1} med {2}*"
        case .netCostForecastGrowth: return "Prognosen för nettokostnadsökningen {1} uppgår till {2}"
        case .taxChanged: return "Skatter och statsbidrag har {1} med {2}*"
        case .taxForecastGrowth: return "Prognos ökning av skatter och statsbidrag {1} uppgår till {2}"
        case .costGrowthFootnote: return "*Utfall {1} {2} jämfört med utfall {1} {3}."
        case .costGrowthCaption: return "Kostnadsutveckling {1} {2} jämfört med {1} {3}"
        case .koladaChartTitle: return "{1}, {2}"
        // Seed 003 2.2, 2.4 and chapter 4.
        case .goalsChapter: return "Årets fokusområden och mål enligt Mål och budget {1}"
        case .operationsChapter: return "{1}s verksamheter"
        case .indicatorTargetsChapter: return "Indikatorer och målvärden {1}"
        case .textAboutWhat: return "text om {1}"
        case .noteHeading: return "Not {1} {2}"
        case .investmentBudgetYear: return "Investeringsbudget {1}"
        case .carryOverFrom: return "Ombudgetering från {1}"
        // Sammanställda räkenskaper
        case .koncernLedgerMissing:
            return "Räkenskaper för året saknas för {1}; de ingår inte i de sammanställda räkenskaperna."
        case .koncernIncomeStatement: return "Resultaträkning för den kommunala koncernen {1}"
        case .koncernBalanceSheet: return "Balansräkning för den kommunala koncernen 31 december {1}"
        case .koncernCashFlow: return "Kassaflödesanalys för den kommunala koncernen {1}"
        case .eliminationPairDifference:
            return "Elimineringen mellan {1} och {2} går inte jämnt ut: skillnaden är {3} i resultaträkningen och "
                + "{4} i balansräkningen."
        case .planTitle, .planSubtitle, .planSubtitleDecided, .planSubtitleRevised, .planYear, .planTaxTable,
            .planTaxBase, .planUplift, .planTaxBaseOfYear,
            .planFinalSettlement, .planSettlementCorrection, .planTaxSources, .planFramesTable, .planFramesText,
            .planFrameOpening, .planNamedChanges, .planOpeningFromBudget, .planOpeningFromRows, .planOpeningFromPlan,
            .planIncomeStatementTable, .planResultTarget, .planResultText:
            return planSwedish(key)
        case .planOpeningBalance, .planUsefulLives, .planDepreciationSource, .planSelfFinancingTarget,
            .planSelfFinancingText, .planProjectionMissing, .planInvestmentsOfYear, .planConsequencesText,
            .planDepreciationFromPlan, .planDepreciationAsBefore, .planDepreciationFromBudget,
            .planDepreciationFromOutcome, .planUsefulLife, .planNegativeCash:
            return planFinanceSwedish(key)
        case .koncernOverview:
            return "Den kommunala koncernen består av {1} och {2} bolag som konsolideras proportionellt efter "
                + "ägarandel. Koncernens resultat {3} uppgick till {4} (regionens {5}) och koncernens tillgångar "
                + "till {6}."
        }
    }
}
