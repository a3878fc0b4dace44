extension ReportCatalogue {
    /// The Swedish text of Mål och budget's labels (issue 18). `swedish(_:)` hands exactly these keys here.
    static func planSwedish(_ key: ReportLabel) -> String {
        switch key {
        case .titlePlan: return "Mål och budget"
        case .planTaxChapter: return "Skatteintäkter och generella statsbidrag"
        case .planTaxIntro:
            return "Skatteintäkterna är skatteunderlaget för basåret uppräknat med SKR:s "
                + "uppräkningsfaktorer gånger skattesatsen, med årets slutavräkning och korrigeringen av "
                + "föregående års slutavräkning. De generella statsbidragen och utjämningen är summan av "
                + "komponenterna i SKR:s modell."
        case .planFactor: return "Faktor, sats"
        case .planTaxRate: return "× skattesats, kronor per 100 kronor"
        case .planPreliminaryTax: return "= preliminära skatteintäkter"
        case .planTaxesAndGrants: return "Skatteintäkter och generella statsbidrag"
        case .planFramesChapter: return "Ramar per nämnd"
        case .planFramesTotal: return "Summa ramar"
        case .planWageIndex: return "Löneindex"
        case .planPriceIndex: return "Prisindex"
        case .planVolumes: return "Volymförändringar"
        case .planPriorities: return "Satsningar"
        case .planSavings: return "Effektiviseringar"
        case .planVolume: return "Volymförändring"
        case .planPriority: return "Satsning"
        case .planSaving: return "Effektivisering"
        case .planOtherChanges: return "Övriga förändringar"
        case .planChangeKind: return "Slag"
        case .planChangeName: return "Benämning"
        case .planDecision: return "Beslut"
        case .planIncomeStatementChapter: return "Budgeterad resultaträkning"
        case .planCommon: return "Regiongemensamt"
        case .planCommonTotal: return "Summa regiongemensamt"
        case .planFramesRow: return "Nämndernas ramar (regionbidrag)"
        case .planResultShare: return "Resultat i % av skatteintäkter och generella statsbidrag"
        case .planFinancialGoal: return "Det finansiella resultatmålet"
        case .planGoalMet: return "uppfylls"
        case .planGoalNotMet: return "uppfylls inte"
        case .planSignFootnote: return "Intäkter med positivt tecken, kostnader med negativt."
        case .planGoalsChapter: return "Mål och indikatorer"
        case .planGoalsTable: return "Indikatorer och målvärden"
        case .planGoalsIntro: return "Fullmäktiges mål följs upp med indikatorerna nedan och deras målvärden."
        case .planInvestmentChapter: return "Investeringsplan"
        case .planInvestmentFootnote:
            return "Investeringsbudgeten per år är den senast inlästa budgeten för året."
        default: return ""  // never: `swedish(_:)` hands only the keys above here
        }
    }

    /// The Swedish text of Mål och budget's sentences (issue 18). `swedish(_:)` hands exactly these keys here.
    static func planSwedish(_ key: ReportSentence) -> String {
        switch key {
        case .planTitle: return "{1} {2} med plan för {3}–{4}"
        case .planSubtitle: return "{1}, planversion {2}"
        case .planSubtitleDecided: return "{1}, planversion {2}, beslutad {3}"
        case .planSubtitleRevised: return "{1}, planversion {2}, reviderad budget beslutad {3}"
        case .planYear: return "Plan {1}"
        case .planTaxTable: return "Skatteintäkter och generella statsbidrag {1}"
        case .planTaxBase: return "Skatteunderlag {1} (basår)"
        case .planUplift: return "× uppräkningsfaktor {1}"
        case .planTaxBaseOfYear: return "= skatteunderlag {1}"
        case .planFinalSettlement: return "+ slutavräkning {1}: {2} kronor × {3} invånare"
        case .planSettlementCorrection: return "+ korrigering av slutavräkningen {1}: {2} kronor × {3} invånare"
        case .planTaxSources: return "Underlag: {1}."
        case .planFramesTable: return "Ramar {1}"
        case .planFramesText: return "Nämndernas ramar för {1} uppgår till {2} (ramarna för {3}: {4})."
        case .planFrameOpening: return "Ram {1}"
        case .planNamedChanges: return "Satsningar, effektiviseringar och volymförändringar {1}"
        case .planOpeningFromBudget: return "Ram {1} är nämndens regionbidrag i den beslutade budgeten för {1}."
        case .planOpeningFromRows: return "Ram {1} är den ram för {1} som planen anger."
        case .planOpeningFromPlan: return "Ram {1} är planens ram för {1}."
        case .planIncomeStatementTable: return "Budgeterad resultaträkning {1}–{2}"
        case .planResultTarget: return "Resultatmål, {1} av skatteintäkter och generella statsbidrag"
        case .planResultText:
            return "Årets resultat {1} budgeteras till {2}, {3} av skatteintäkter och generella statsbidrag. "
                + "Det finansiella målet, ett resultat på minst {4} av dessa ({5}), {6}."
        default: return ""  // never: `swedish(_:)` hands only the keys above here
        }
    }
}
