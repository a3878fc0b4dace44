import BalansCore

/// The synthetic region's names: committees, units, verksamhet objects, accounts and voucher texts.
extension SyntheticLedger {
    /// A committee (nämnd, styrelse) of the synthetic region: its units, each an ansvar object,
    /// and the verksamhet objects (indices into `activityNames`) its rows are booked on.
    struct Committee {
        var name: String
        var units: [String]
        var activities: [Int]
    }

    /// The committees of the synthetic region, shaped like a Swedish region's: most rows fall
    /// on the hospitals and primary care because they have the most units.
    static let committees: [Committee] = [
        Committee(
            name: "Regionstyrelsen",
            units: [
                "Regiondirektörens stab", "Ekonomi", "HR", "Kommunikation", "Digitalisering och IT", "Kansli",
                "Upphandling", "Folkhälsa", "Hälso- och sjukvårdsfinansiering", "Regiongemensamma kostnader",
                "Finansförvaltning",
            ], activities: [0, 22, 23, 24, 25, 27]),
        Committee(
            name: "Hälso- och sjukvårdsnämnden",
            units: [
                "Nämndkansli", "Vårdval primärvård", "Köpt specialistvård", "Läkemedel inom förmånen",
                "Hjälpmedel",
                "Utomlänsvård",
            ], activities: [0, 1, 2, 6, 7]),
        Committee(
            name: "Driftnämnden Sjukhusen",
            units: [
                "Sjukhusledning", "Akutmottagning", "Medicinkliniken", "Kirurgkliniken", "Ortopedkliniken",
                "Kvinnokliniken",
                "Barn- och ungdomskliniken", "Anestesi och intensivvård", "Operation", "Bild- och funktionsmedicin",
                "Laboratoriemedicin", "Ögonkliniken", "Öron-, näs- och halskliniken", "Rehabilitering",
                "Sjukhusapotek",
            ], activities: [2, 5, 6, 26]),
        Committee(
            name: "Driftnämnden Närsjukvård",
            units: [
                "Närsjukvårdens ledning", "Vårdcentral Centrum", "Vårdcentral Söder", "Vårdcentral Norr",
                "Vårdcentral Öster",
                "Barnavårdscentral", "Ungdomsmottagning", "Mödrahälsovård", "Rehabenheten",
            ], activities: [1, 5, 27]),
        Committee(
            name: "Driftnämnden Psykiatri",
            units: [
                "Psykiatrins ledning", "Vuxenpsykiatri öppenvård", "Vuxenpsykiatri slutenvård",
                "Barn- och ungdomspsykiatri",
                "Rättspsykiatri", "Beroendevård",
            ], activities: [3, 5]),
        Committee(
            name: "Driftnämnden Prehospital vård",
            units: [
                "Prehospital ledning", "Ambulans norr", "Ambulans söder", "Sjukvårdsrådgivning 1177",
                "Akutläkarbil",
            ], activities: [8, 9]),
        Committee(
            name: "Tandvårdsnämnden",
            units: [
                "Folktandvårdens ledning", "Folktandvården Centrum", "Folktandvården Väster", "Specialisttandvård",
                "Käkkirurgi", "Tandreglering",
            ], activities: [4]),
        Committee(
            name: "Kulturnämnden",
            units: ["Kulturförvaltningen", "Länsmuseet", "Regionbiblioteket", "Scenkonst", "Kulturstöd"],
            activities: [13]),
        Committee(
            name: "Kollektivtrafiknämnden",
            units: [
                "Kollektivtrafikens ledning", "Busstrafik", "Tågtrafik", "Färdtjänst och sjukresor", "Biljettsystem",
                "Trafikinformation",
            ], activities: [11, 12]),
        Committee(
            name: "Regionala utvecklingsnämnden",
            units: [
                "Utvecklingsförvaltningen", "Näringsliv", "Kompetensförsörjning", "Infrastruktur", "Folkhögskolor",
                "Naturbruksgymnasiet", "Landsbygd",
            ], activities: [10, 14, 15, 16, 17, 28]),
        Committee(
            name: "Servicenämnden",
            units: [
                "Regionservice ledning", "Fastighetsförvaltning", "Lokalvård", "Kost och restaurang", "Tvätt",
                "Transport och logistik",
                "Förråd", "Medicinsk teknik", "Fordon",
            ], activities: [18, 19, 20, 21]),
        Committee(
            name: "Regionfullmäktige",
            units: ["Fullmäktiges kansli", "Revisionen", "Patientnämnden", "Partistöd", "Valnämnden"],
            activities: [0]),
    ]

    /// The verksamhet objects (dimension 20), codes 100, 110, … 390 in this order.
    static let activityNames = [
        "Politisk verksamhet", "Primärvård", "Specialiserad somatisk vård", "Specialiserad psykiatrisk vård",
        "Tandvård",
        "Övrig hälso- och sjukvård", "Läkemedel inom förmånen", "Hjälpmedel", "Ambulans och sjuktransporter",
        "Sjukvårdsrådgivning",
        "Allmän regional utveckling", "Kollektivtrafik", "Färdtjänst och sjukresor", "Kultur", "Utbildning",
        "Folkhögskolor",
        "Näringsliv", "Infrastruktur", "Fastighetsförvaltning", "Lokalvård", "Kost", "Tvätt",
        "IT och digitalisering",
        "Ekonomi och administration", "Personal", "Kommunikation", "Forskning och utveckling", "Folkhälsa",
        "Miljö och hållbarhet", "Finansiering",
    ]

    /// Where tax, grants and interest are booked: Regionstyrelsen's Finansförvaltning, verksamhet Finansiering.
    static let financeUnit =
        ansvarUnits.firstIndex { committees[$0.committee].units[$0.unit] == "Finansförvaltning" } ?? 0
    static let financeActivity = activityNames.firstIndex(of: "Finansiering") ?? 0

    /// Every unit of every committee, in order: a row's ansvar is an index into this list.
    static let ansvarUnits: [(committee: Int, unit: Int)] = committees.enumerated().flatMap { c, committee in
        committee.units.indices.map { (c, $0) }
    }

    /// Kommun-Bas 13 accounts with their names.
    static let costAccounts: [(Int, String)] = [
        (4010, "Köpt vård"), (4610, "Läkemedel"), (5010, "Löner tillsvidareanställda"),
        (5610, "Pensionskostnader"), (5710, "Sociala avgifter"), (6110, "Lokalhyror"),
        (6410, "Förbrukningsmaterial"), (7010, "Konsulttjänster"), (7510, "Resor och transporter"),
    ]
    static let revenueAccounts: [(Int, String)] = [
        (3010, "Patientavgifter"), (3510, "Försäljning av tjänster"), (3910, "Övriga intäkter"),
    ]
    static let otherAccounts: [(Int, String)] = [
        (7810, "Avskrivningar byggnader"), (8010, "Skatteintäkter"), (8210, "Generella statsbidrag och utjämning"),
        (8410, "Ränteintäkter"), (8510, "Räntekostnader"),
    ]
    static let balanceAccounts: [(Int, String)] = [
        (1110, "Byggnader"), (1510, "Kundfordringar"), (1930, "Bank"), (2010, "Eget kapital"),
        (2440, "Leverantörsskulder"), (2710, "Personalens skatter och avgifter"),
    ]
    /// Voucher texts by kind (`Row.kind`); the last three are the month-end payments.
    static let voucherTexts = [
        "Leverantörsfaktura", "Lön", "Kundfaktura", "Månadens skatteintäkt", "Avskrivning", "Ränta",
        "Betalning leverantörsskulder", "Inbetalning kundfordringar", "Utbetalning löner och skatter",
    ]

}
