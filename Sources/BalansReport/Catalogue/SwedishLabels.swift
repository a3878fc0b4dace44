extension ReportCatalogue {
    /// The Swedish text of each label key.
    static func swedish(_ key: ReportLabel) -> String {
        switch key {
        case .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november,
            .december, .jan, .feb, .mar, .apr, .mayShort, .jun, .jul, .aug, .sep, .oct, .nov, .dec, .one, .two, .three,
            .four, .five, .six, .seven, .eight, .nine, .ten, .eleven, .twelve:
            return calendarSwedish(key)
        case .negative: return "negativ"
        case .positive: return "positiv"
        case .theCommittee: return "Nämnden"
        case .theBoard: return "Styrelsen"
        case .theCommitteeOwn: return "Nämndens"
        case .theBoardOwn: return "Styrelsens"
        case .theUnitOwn: return "Verksamhetens"
        case .forecastDeviation: return "Prognostiserad avvikelse"
        case .worse: return "sämre"
        case .better: return "bättre"
        case .summary: return "Sammanfattning"
        case .summaryWhat: return "sammanfattning"
        case .financialGoals: return "Finansiella mål"
        case .goal: return "Mål"
        case .targetValue: return "Målvärde"
        case .excludingUnrealised:
            return "Exklusive orealiserade förändringar av marknadsvärdet på finansiella placeringar."
        case .reaches: return "når"
        case .doesNotReach: return "inte når"
        case .goalResultName: return "Resultat i förhållande till skatteintäkter, statsbidrag och utjämning"
        case .goalSelfFinancingName: return "Självfinansieringsgrad av investeringarna"
        case .goalEquityName: return "Soliditet inklusive pensionsförpliktelser"
        case .goalResultSubject: return "Resultatet i förhållande till skatteintäkter, statsbidrag och utjämning"
        case .goalSelfFinancingSubject: return "Självfinansieringsgraden av investeringarna"
        case .goalEquitySubject: return "Soliditeten inklusive pensionsförpliktelser"
        case .goalsCannotBeJudged: return "De finansiella målen kan inte bedömas: underlag saknas."
        case .becomes: return "blir"
        case .isForecastAt: return "prognostiseras till"
        case .balanceRequirementMet: return " Balanskravet uppfylls."
        case .economyAssessment: return "Samlad bedömning av god ekonomisk hushållning"
        case .economyAssessmentWhat: return "samlad bedömning av god ekonomisk hushållning"
        case .keyRatioChapter: return "Utvärdering av resultat och ekonomisk ställning"
        case .keyRatio: return "Nyckeltal"
        case .financialKeyRatios: return "Finansiella nyckeltal"
        case .resultToTaxRevenue: return "Resultat i förhållande till skatteintäkter och generella statsbidrag"
        case .operationsShare: return "Verksamhetens andel"
        case .depreciation: return "Avskrivningar"
        case .financialNet: return "Finansnetto"
        case .netCostShare: return "Nettokostnadsandel"
        case .taxRevenueGrowth: return "Skatte- och statsbidragsutveckling"
        case .netCostGrowth: return "Nettokostnadsutveckling"
        case .equityRatio: return "Soliditet (blandmodellen)"
        case .equityRatioInclPensionsShort: return "Soliditet inkl. pensionsförpliktelser"
        case .keyRatioFootnote:
            return "Nyckeltalen beräknas på oavrundade belopp, exklusive orealiserade förändringar av "
                + "marknadsvärdet på finansiella placeringar. Andelarna är i förhållande till "
                + "skatteintäkter plus generella statsbidrag och utjämning."
        case .result: return "Resultat"
        case .unrealisedGainsLosses: return "Marknadsvärdering orealiserade vinster/förluster"
        case .resultExclComparability: return "Resultat exkl. jämförelsestörande poster"
        case .resultDevelopment: return "Resultatutveckling"
        case .qualityIndicators: return "Kvalitetsindikatorer"
        case .staffChapter: return "Väsentliga personalförhållanden"
        case .turnover: return "Personalomsättning"
        case .externalTurnover: return "extern"
        case .internalTurnover: return "intern"
        case .retirements: return "pensionsavgångar"
        case .sickLeave: return "Sjukfrånvaro"
        case .hiredStaffCost: return "Bemanningspersonal kostnad – läkare och sjuksköterskor (tkr)"
        case .hiredShareOfTotal:
            return "Bemanningskostnader – läkare och sjuksköterskor i relation till totala personalkostnader"
        case .hiredShareShort: return "Bemanningskostnader / personalkostnader"
        case .staffFootnote:
            return "Samtliga indikatorer mäts med ett rullande 12-månadersvärde. Personalomsättning: "
                + "avgångar i förhållande till genomsnittligt antal tillsvidareanställda."
        case .staffR12: return "Personalmått rullande 12 månader"
        case .sickLeaveCannotBeComputed:
            return "Sjukfrånvaron för de senaste tolv månaderna kan inte beräknas: uppgifter om "
                + "sjukfrånvaro saknas för en eller flera månader."
        case .unchanged: return "oförändrat"
        case .decrease: return "minskning"
        case .increase: return "ökning"
        case .decreased: return "minskat"
        case .increased: return "ökat"
        case .comparedToLastYear: return " jämfört med motsvarande period föregående år."
        case .plusItems: return "Plusposter"
        case .minusItems: return "Minusposter"
        case .otherDeviations: return "Övriga avvikelser"
        case .budgetDeviations: return "Budgetavvikelser"
        case .balanceRequirementInquiry: return "Balanskravsutredning"
        case .balanceRequirementNotMetLaw:
            return " Regionen uppfyller därmed inte kommunallagens krav på en ekonomi i balans (11 "
                + "kap. 12 §)."
        case .balanceRequirementChapter: return "Balanskravsresultat"
        case .incomeStatement: return "Resultaträkning"
        case .revenue: return "Verksamhetens intäkter"
        case .costs: return "Verksamhetens kostnader"
        case .netCosts: return "Verksamhetens nettokostnader"
        case .tax: return "Skatteintäkter"
        case .grants: return "Generella statsbidrag och utjämning"
        case .operatingResult: return "Verksamhetens resultat"
        case .financialIncome: return "Finansiella intäkter"
        case .unrealisedChange: return "Förändring marknadsvärdering finansiella placeringar (orealiserad)"
        case .financialCosts: return "Finansiella kostnader"
        case .resultAfterFinancial: return "Resultat efter finansiella poster"
        case .extraordinary: return "Extraordinära poster"
        case .yearResult: return "Årets resultat"
        case .resultExclUnrealised: return "Resultat exkl. marknadsvärdering orealiserade poster"
        case .balanceSheet: return "Balansräkning"
        case .fixedAssets: return "Anläggningstillgångar"
        case .infrastructureGrants: return "Bidrag till statlig infrastruktur"
        case .currentAssets: return "Omsättningstillgångar"
        case .totalAssets: return "Summa tillgångar"
        case .otherEquity: return "Övrigt eget kapital"
        case .totalEquity: return "Summa eget kapital"
        case .pensionProvisions: return "Avsättningar för pensioner"
        case .otherProvisions: return "Övriga avsättningar"
        case .longTermLiabilities: return "Långfristiga skulder"
        case .shortTermLiabilities: return "Kortfristiga skulder"
        case .totalProvisionsAndLiabilities: return "Summa avsättningar och skulder"
        case .totalEquityAndLiabilities: return "Summa eget kapital, avsättningar och skulder"
        case .pensionObligations: return "Ansvarsförbindelser: pensionsförpliktelser inkl. löneskatt"
        case .operatingPerCommittee: return "Driftredovisning per nämnd"
        case .committee: return "Nämnd/styrelse"
        case .operatingFootnote:
            return "Resultat = intäkter − kostnader inklusive regionbidrag. Negativa avvikelser är "
                + "ogynnsamma."
        case .operatingChapter: return "Driftredovisning"
        case .unchangedSinceForecast: return ", oförändrad sedan föregående prognos"
        case .periodBudgetDeviation: return "budgetavvikelse för perioden"
        case .annualBudgetDeviation: return "budgetavvikelse för helår"
        case .investmentsTotal: return "Summa investeringar"
        case .investmentsPerCommittee: return "Investeringar per nämnd/styrelse"
        case .investmentsPerCategory: return "Investeringar per kategori"
        case .forecastBudgetDeviation: return "Budgetavvikelse prognos"
        case .investmentFootnote:
            return "Budgetavvikelse = budget − prognos: positiv när mindre än budgeterat investeras."
        case .investmentChapter: return "Investeringsredovisning"
        case .equipment: return "Utrustning/inventarier"
        case .intangible: return "Immateriella tillgångar"
        case .property: return "Fastighetsinvesteringar"
        case .infrastructure: return "Infrastruktur"
        case .otherPropertyProjects: return "Summering övriga fastighetsobjekt"
        case .propertyTotal: return "Summa fastighetsinvesteringar"
        case .propertyProjects: return "Fastigheter – större enskilda investeringar"
        case .investmentObject: return "Investeringsobjekt"
        case .site: return "Fastighet"
        case .totalDecidedBudget: return "Total beslutad budget"
        case .projectForecastTotal: return "Prognos objekt totalt"
        case .finishedYear: return "Färdigt år"
        case .titleMonth: return "Månadsrapport"
        case .titleUR1: return "Uppföljningsrapport 1"
        case .titleUR2: return "Uppföljningsrapport 2"
        case .titleAnnual: return "Årsredovisning"
        case .titleCommittee: return "Uppföljningsrapport"
        case .caseReferenceWhat: return "diarienummer"
        case .noStaffData:
            return "nämnderna över målet för bemanningskostnader kan inte namnges: personaldata är "
                + "inte inläst"
        case .proposal: return "Förslag till beslut"
        case .proposalIntro: return "Regionstyrelsen föreslår regionfullmäktige besluta att"
        case .resultManagement: return "Resultathantering"
        case .committeesTotal: return "Summa nämnder"
        case .resultsToHandle: return "Nämndernas resultat att hantera"
        case .surplusDeficit: return "Överskott (+) / underskott (−)"
        case .resultManagementWhat: return "förslag till resultathantering"
        case .unchangedSinceYearEnd: return " Det är oförändrat sedan årsskiftet."
        case .liquidFunds: return "Likvida medel"
        case .acquisitionValue: return "Anskaffningsvärde"
        case .marketValue: return "Marknadsvärde"
        case .totally: return "Totalt"
        case .placementsFootnote: return "Skillnaden är orealiserade vinster och förluster på placeringarna."
        case .liquidityChapter: return "Likviditet"
        case .resultByMonth: return "Resultat och prognos månad för månad"
        case .resultTrendChapter: return "Resultat och prognos över året"
        case .plannedInvestments: return "Planerade investeringar med årsprognos"
        case .sumWord: return "Summa"
        case .investments: return "Investeringar"
        case .budget: return "Budget"
        case .periodOutcome: return "Periodens utfall"
        case .annualForecast: return "Prognos helår"
        case .annualDeviation: return "Avvikelse helår"
        case .investmentCostFootnote:
            return "Investeringsutgifter redovisas med minustecken; en positiv avvikelse är ett lägre "
                + "utfall än budget."
        case .decidedPropertyTotal: return "Beslutade fastighetsinvesteringar totalt"
        case .frameLeft: return "Kvar av ram"
        case .investmentFrame: return "Regionövergripande investeringar – investeringsram"
        case .amount: return "Belopp"
        case .women: return "kvinnor"
        case .men: return "män"
        case .sickLeaveShort: return "kort (dag 1–14)"
        case .sickLeaveMedium: return "medellång (dag 15–59)"
        case .sickLeaveLong: return "lång (dag 60–)"
        case .overtime: return "Övertid/mertid"
        case .otherAbsence: return "Övrig frånvaro (ledigheter)"
        case .hiredShare: return "Bemanningskostnader i relation till personalkostnader"
        case .staffInFigures: return "Medarbetare i siffror"
        case .committeeStaffFootnote:
            return "Rullande 12 månader. Sjukfrånvaro och övertid/mertid i procent av ordinarie "
                + "arbetstid; personalomsättning: avgångar i förhållande till genomsnittligt antal "
                + "tillsvidareanställda."
        case .measure: return "Åtgärd"
        case .deviationWord: return "Avvikelse"
        case .account: return "Konto"
        case .projectFunds: return "Projektmedel"
        case .fundsRemaining: return "Kvar att besluta om"
        case .effect: return "Effekt"
        case .expected: return "Förväntad"
        case .realised: return "Realiserad"
        case .actionPlans: return "Åtgärdsplaner"
        case .noneNeuter: return "inget"
        case .nonePlural: return "inga"
        case .activitiesNotFollowing: return "Aktiviteter som inte följer eller delvis följer planeringen"
        case .commitment: return "Åtagande"
        case .activity: return "Aktivitet"
        case .status: return "Status"
        case .endDate: return "Slutdatum"
        case .unit: return "Enhet"
        case .comment: return "Kommentar"
        case .fulfilment: return "Måluppfyllelse"
        case .following: return "Följer planeringen"
        case .partlyFollowing: return "Följer delvis planeringen"
        case .notFollowing: return "Följer inte planeringen"
        case .finished: return "Avslutad"
        case .project: return "Projekt"
        case .fulfilmentForecastTitle: return "Prognos för måluppfyllelse"
        case .goalAssessmentWhat: return "samlad bedömning av måluppfyllelsen"
        case .indicatorChapter: return "Mål och indikatorer"
        case .indicators: return "Indikatorer"
        case .indicator: return "Indikator"
        case .womenColumn: return "Kvinnor"
        case .menColumn: return "Män"
        case .assessment: return "Bedömning"
        case .national: return "Riket"
        case .month: return "Månad"
        case .yes: return "Ja"
        case .no: return "Nej"
        case .met: return "Uppnått"
        case .notMet: return "Ej uppnått"
        case .notAssessed: return "Ej bedömd"
        case .periodResult: return "Periodens resultat"
        case .annualForecastHeading: return "Prognos för helår"
        case .deterioration: return "försämring"
        case .improvement: return "förbättring"
        case .deviationAnalysis: return "Analys av avvikelser"
        case .largerDeviationsSummary: return "Sammanfattning av större avvikelser"
        case .economicOutcome: return "Ekonomiskt utfall och prognos"
        case .resultPerArea: return "Resultat och prognos per område"
        case .area: return "Område"
        case .signFootnote:
            return "Kostnader och negativa avvikelser redovisas med minustecken, intäkter och "
                + "positiva avvikelser utan tecken."
        case .costDevelopmentCannotBeComputed:
            return "Kostnadsutvecklingen kan inte beräknas: föregående års huvudbok för samma period "
                + "saknas."
        case .costDevelopment: return "Kostnadsutveckling"
        case .budgetedCostDevelopment: return "Budgeterad kostnadsutveckling"
        case .differencePoints: return "Skillnad (procentenheter)"
        case .costsAgainstLastYear: return "Kostnader jämfört med föregående år och budget"
        case .differenceFromLastYear: return "Skillnad mot föregående år"
        case .assignment: return "Uppdrag"
        case .allocation: return "Regionbidrag"
        // The decision pages, seed 003 §71, §82 and the beslutsförslag.
        case .councilDecides: return "Regionfullmäktige beslutar att"
        case .workingCommitteeProposes:
            return "Regionstyrelsens arbetsutskott föreslår regionstyrelsen besluta att föreslå regionfullmäktige "
                + "besluta att"
        case .boardShort: return "RS"
        case .workingCommitteeShort: return "RS AU"
        case .decision: return "Beslut"
        case .matter: return "Ärendet"
        case .decisionBasis: return "Beslutsunderlag"
        case .impactAssessment: return "Konsekvensbeskrivning"
        case .economicConsequences: return "Ekonomiska konsekvenser av beslutet"
        case .attachment: return "Bilaga"
        case .decisionCommunicated: return "Styrelsens/nämndens beslut delges"
        case .allCommittees: return "Samtliga nämnder och styrelser."
        case .urgeCommitteesInDeficit:
            return "uppmana driftnämnder med underskott i prognosen att fortsätta arbeta systematiskt med "
                + "åtgärdsplaner för att långsiktigt nå en ekonomi i balans. Uppföljning och dokumentation av "
                + "åtgärdsplaner sker inom ramen för den ordinarie uppföljningsprocessen."
        case .balanceRequirementUnknown:
            return "Balanskravsresultatet för året kan inte beräknas: resultaträkningens prognos saknas."
        case .operatingCommitteePrefix: return "Driftnämnden "
        // Seed 002 5.2.
        case .economicResult: return "Ekonomiskt resultat"
        case .accumulatedResult: return "Ack. resultat"
        case .accumulatedBudget: return "Ack. budget"
        case .accumulatedDeviation: return "Ack. avvikelse"
        case .resultAgainstBudgetAccumulated: return "Resultat jämfört med budget, ackumulerat"
        case .lower: return "lägre"
        case .higher: return "högre"
        // Investment categories in running text (seed 003 3.4).
        case .equipmentShort: return "utrustning"
        case .intangibleShort: return "immateriella tillgångar"
        case .propertyShort: return "fastigheter"
        case .infrastructureShort: return "infrastruktur"
        case .contents: return "Innehåll"
        case .sheet: return "Flik"
        case .table: return "Tabell"
        case .chapter: return "Kapitel"
        case .textMissingMark: return "Text saknas:"
        case .outcome: return "Utfall"
        case .forecast: return "Prognos"
        case .htmlFooter:
            return "Framställd med Balans ur bokföring, budget och prognoser. Belopp avrundas var för "
                + "sig; summor kan därför avvika från summan av avrundade delar."
        case .page: return "Sida"
        case .pageOf: return "av"
        case .unitMnkr: return "mnkr"
        case .unitTkr: return "tkr"
        case .unitKr: return "kr"
        case .languageCode: return "sv"
        case .costGrowthChapter: return "Kostnadsutveckling"
        case .costKind: return "Kostnadsslag"
        case .personnelCosts: return "Personalkostnader"
        case .purchasedCareCosts: return "Kostnader för köpt vård"
        case .drugCosts: return "Kostnader för läkemedel"
        case .taxAndGrants: return "Skatter och statsbidrag"
        case .costGrowthColumn: return "Förändring"
        case .forecastGrowthColumn: return "Prognos förändring helår"
        case .netCostsOutgrowTax: return "Nettokostnaderna ökar snabbare än skatter och statsbidrag."
        case .taxAndGrantsShort: return "Skatt och statsbidrag"
        case .netCostsShort: return "Nettokostnader"
        case .taxAndNetCostGrowth: return "Skatte- och nettokostnadsutveckling"
        case .netCostShareFootnote:
            return "Delarna i förhållande till skatteintäkter plus generella statsbidrag och utjämning. De år "
                + "finansnettot är positivt blir talet negativt och håller därmed nere den totala "
                + "nettokostnadsandelen."
        case .inclPensionObligations: return "Inklusive pensionsförpliktelser"
        case .year: return "År"
        case .introductionWhat: return "inledning"
        // The annual report's notes and förvaltningsberättelse: SwedishLabels+AnnualReport.swift.
        case .notesChapter, .noteColumn, .notePrinciples, .noteFixedAssets, .notePlacements, .noteEquity,
            .noteContingent, .noteLeasing, .noteOpening, .noteInvestments, .noteFinancialAssetsChange,
            .noteDepreciation, .noteChange, .noteClosing, .noteOtherEquityChanges, .notePayrollTaxIncluded,
            .notePensionObligations, .noteGuarantees, .noteLeasingWithinYear, .noteLeasingOneToFive,
            .noteLeasingAfterFive, .rkrDeviationsWhat, .defaultAccountingPrinciples, .sickLeaveStatutory,
            .sickLeaveTotal, .sickLeaveLongShare, .sickLeaveWomen, .sickLeaveMen, .sickLeaveUpTo29, .sickLeave30To49,
            .sickLeaveFrom50, .managementReport, .fiveYearOverview, .fiveYearResultToTax, .fiveYearNetCostShare,
            .fiveYearEquityInclPensions, .fiveYearInvestments, .fiveYearHeadcount, .pensionFunding,
            .pensionProvisionsInclTax, .pensionObligationsInclTax, .pensionTotal, .pensionPlacements, .pensionBorrowed,
            .significantEvents, .governance, .expectedDevelopment:
            return annualReportSwedish(key)
        case .bkrResult, .bkrRealisationGains, .bkrUnrealised, .bkrOtherAdjustments, .bkrAfterAdjustments,
            .bkrRurProvision, .bkrRurUse, .bkrBalanceResult, .bkrToRestoreOpening, .bkrYearResult,
            .bkrExceptionalReasons, .bkrToRestoreClosing, .ratioResultToTax, .ratioThreeYearMean, .ratioSelfFinancing,
            .ratioOperationsShare, .ratioDepreciation, .ratioFinancialNet, .ratioEquity, .ratioResultExclComparability,
            .koladaChapter, .koladaComparison, .koladaKeyFigure, .koladaSource, .koladaTotalNote, .otherRegionsLowest,
            .otherRegionsHighest, .pensionPortfolio, .treasuryPortfolio, .liquidityPortfolio, .bankBalances:
            return keyRatioSwedish(key)
        case .yearResultHeading, .operatingCommitteesRow, .signatures, .originalBudget, .budgetChanges,
            .budgetAfterChanges, .decisionDate, .otherAssignments, .cashFlowStatement, .cashOperating, .cashInvesting,
            .cashFinancing, .cashInfrastructure, .cashOperatingTotal, .cashInvestingTotal, .cashFinancingTotal,
            .cashInfrastructureTotal, .cashResult, .cashDepreciation, .cashUnrealised, .cashProvisions,
            .cashReceivables, .cashShortTermLiabilities, .cashFixedAssets, .cashFinancialAssets, .cashPlacements,
            .cashLongTermLiabilities, .cashEquity, .cashInfrastructureGrants, .cashFlowYear, .cashAtStart, .cashAtEnd,
            .changeKind, .signaturesWhat:
            return annualReportSwedish(key)
        case .consolidatedAccounts, .koncernColumn, .regionColumn, .eliminationDifference, .methodExcluded,
            .methodProportional, .koncernCompanies, .organisationNumber, .ownershipShare, .consolidationMethod,
            .koncernEliminations, .companiesAtShare, .eliminationsColumn:
            return annualReportSwedish(key)
        case .titlePlan, .planTaxChapter, .planTaxIntro, .planFactor, .planTaxRate, .planPreliminaryTax,
            .planTaxesAndGrants, .planFramesChapter, .planFramesTotal, .planWageIndex, .planPriceIndex, .planVolumes,
            .planPriorities, .planSavings, .planVolume, .planPriority, .planSaving, .planOtherChanges, .planChangeKind,
            .planChangeName, .planDecision, .planIncomeStatementChapter, .planCommon, .planCommonTotal, .planFramesRow,
            .planResultShare, .planFinancialGoal, .planGoalMet, .planGoalNotMet, .planSignFootnote, .planGoalsChapter,
            .planGoalsTable, .planGoalsIntro, .planInvestmentChapter, .planInvestmentFootnote:
            return planSwedish(key)
        case .planCapitalCosts, .planBalanceChapter, .planCashFlowChapter, .planOtherCurrentAssets, .planCash,
            .planBorrowing, .planAmortisation, .planProject, .planInvestmentsTotal, .planConsequences,
            .planNewDepreciation, .planNewInterest, .planCapitalCostsTotal, .planSelfFinancingChapter,
            .planFundsFromOperations, .planInvestmentsRow, .planSelfFinancing, .planSelfFinancingGoal,
            .planConsequencesFootnote, .planBalanceFootnote, .planCashAtStart, .planCashAtEnd:
            return planFinanceSwedish(key)
        }
    }
}
