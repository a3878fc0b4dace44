import SIE

extension ERPLedgerExpansion {
    /// The expansion's vocabulary: dimensions, verksamheter, projects, counterparts and texts.
    /// Companies are invented; public bodies (Skatteverket, the neighbouring regions, Halland's
    /// municipalities) are named as a region's ledger names them.
    enum Names {
        /// SIE's dimension 6 is projekt; 20 and up are free: verksamhet (as `balans generate`
        /// writes it) and motpart.
        static let dimensions: [(Int, String)] = [(6, "Projekt"), (20, "Verksamhet"), (21, "Motpart")]

        static let months = [
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december",
        ]

        /// Verksamhet (dimension 20), after the verksamhetsindelning regions report to SCB.
        static let activityNames: [String: String] = [
            "100": "Politisk verksamhet", "110": "Primärvård", "120": "Specialiserad somatisk vård",
            "130": "Specialiserad psykiatrisk vård", "140": "Tandvård", "150": "Övrig hälso- och sjukvård",
            "160": "Läkemedel", "170": "Hjälpmedel", "180": "Ambulans och sjuktransporter", "210": "Kollektivtrafik",
            "220": "Allmän regional utveckling", "230": "Kultur", "240": "Utbildning", "250": "Folkhögskolor",
            "280": "Fastighetsförvaltning", "290": "Service: kost, tvätt, lokalvård", "310": "IT och digitalisering",
            "320": "Ekonomi och administration", "330": "Personal", "390": "Finansiering",
        ]

        /// The verksamheter an ansvar books on, by the longest matching prefix of its code (the
        /// example's 2023/24 codes 11100…29600 and 2017 codes 90101…90904).
        static let activityPrefixes: [(String, [String])] = [
            ("111", ["120", "150"]), ("113", ["140"]), ("11", ["120", "150"]), ("121", ["180"]),
            ("122", ["150", "120"]), ("123", ["150", "170"]), ("124", ["320", "330"]), ("13", ["130", "150"]),
            ("141", ["110", "150"]), ("142", ["140"]), ("14", ["320"]), ("15", ["170", "150"]), ("16", ["100"]),
            ("17", ["100"]), ("181", ["230", "220"]), ("182", ["240"]), ("183", ["250", "240"]),
            ("19", ["290", "310", "320"]), ("20", ["210"]), ("21", ["320", "330", "310"]), ("221", ["150", "120"]),
            ("222", ["150", "120", "110"]), ("223", ["160", "150"]), ("23", ["280", "320"]), ("29", ["390"]),
            ("901", ["320", "310"]), ("902", ["220"]), ("903", ["310"]), ("904", ["150", "220"]), ("905", ["100"]),
            ("90609", ["160"]), ("90610", ["140"]), ("906", ["150", "110", "120"]), ("907", ["210"]),
            ("908", ["320", "330"]), ("909", ["390"]),
        ]

        static func activities(_ ansvar: String) -> [String] {
            activityPrefixes.filter { ansvar.hasPrefix($0.0) }.max { $0.0.count < $1.0.count }?.1 ?? ["150"]
        }

        /// Motpart (dimension 21): the counterpart's sector, or "I" and the ansvar code of the other
        /// side of an internal booking.
        static let sectors: [String: String] = [
            "100": "Staten", "200": "Kommuner", "300": "Regioner", "400": "Offentligt ägda bolag",
            "500": "Privata företag", "600": "Hushåll", "700": "Ideella organisationer",
            "900": "Intern, utanför filen",
        ]

        /// Projekt (dimension 6): investment projects and development projects.
        static let buildingProjects: [(code: String, name: String)] = [
            ("F1001", "Ny akutmottagning Halmstad"), ("F1002", "Vårdbyggnad Varberg etapp 2"),
            ("F1003", "Anpassning lokaler psykiatri"), ("F1004", "Energieffektivisering"),
            ("F1005", "Övriga fastighetsobjekt"),
        ]
        static let equipmentProjects: [(code: String, name: String)] = [
            ("U2001", "Medicinteknisk utrustning"), ("U2002", "IT-utrustning"), ("U2003", "Ambulanser"),
            ("U2004", "Inventarier"),
        ]
        static let projects: [(code: String, name: String)] = [
            ("D3001", "Framtidens vårdinformationsmiljö"), ("D3002", "Digitala vårdmöten"),
            ("D3003", "Kompetensförsörjning"),
        ]

        typealias Party = (name: String, sector: String)

        static func suppliers(_ account: Int) -> [Party] {
            switch account {
            case 4500...4599:
                [
                    ("Region Skåne", "300"), ("Västra Götalandsregionen", "300"),
                    ("Region Jönköpings län", "300"),
                    ("Kustklinikerna Halland AB", "500"), ("Ortopedhuset Väst AB", "500"),
                ]
            case 4600...4699:
                [
                    ("Apoteket AB", "400"), ("Läkemedelsgrossisten Väst AB", "500"),
                    ("Nordisk Farmadistribution AB", "500"),
                ]
            case 4700...4799:
                [("Hallandstrafiken AB", "400"), ("Kustlinjen Buss AB", "500"), ("Öresundståg AB", "400")]
            case 5600...5699: [("KPA Pensionsservice AB", "400")]
            case 6400...6499:
                [
                    ("Halmstads Energi och Miljö AB", "400"), ("Varberg Energi AB", "400"),
                    ("Kattegatt Fastighetsservice AB", "500"), ("Nordströms Bygg AB", "500"),
                ]
            case 6500...6599:
                [
                    ("Inera AB", "400"), ("Vårdinformatik Norden AB", "500"), ("Halland IT-partner AB", "500"),
                    ("Molnlicens Sverige AB", "500"),
                ]
            default:
                [
                    ("Västkustens Sjukvårdsmaterial AB", "500"), ("Medicinteknik Syd AB", "500"),
                    ("Kontorsvaror i Halland AB", "500"), ("Bemanningsläkarna Väst AB", "500"),
                    ("Sjuksköterskepoolen Norden AB", "500"), ("Kost och Café Halland AB", "500"),
                    ("Tvätteriet Kattegatt AB", "500"), ("Laboratoriedepån AB", "500"),
                    ("PostNord Sverige AB", "400"),
                    ("Halmstads kommun", "200"),
                ]
            }
        }

        static func customers(_ account: Int) -> [Party] {
            (3400...3499).contains(account)
                ? [
                    ("Region Skåne", "300"), ("Västra Götalandsregionen", "300"),
                    ("Region Jönköpings län", "300"),
                    ("Försäkringskassan", "100"), ("Migrationsverket", "100"),
                ]
                : [
                    ("Halmstads kommun", "200"), ("Varbergs kommun", "200"), ("Kungsbacka kommun", "200"),
                    ("Falkenbergs kommun", "200"), ("Laholms kommun", "200"), ("Hylte kommun", "200"),
                    ("Hallandstrafiken AB", "400"), ("Kattegatt Fastighetsservice AB", "500"),
                ]
        }

        static let agencies = ["Socialstyrelsen", "Kammarkollegiet", "Försäkringskassan", "Tillväxtverket"]
        static let grantRecipients: [Party] = [
            ("Hallands konstförening", "700"), ("Studieförbundet Halland", "700"), ("Hylte kommun", "200"),
            ("Almi Företagspartner Halland AB", "400"), ("Hallands idrottsförbund", "700"),
            ("Hallandstrafiken AB", "400"),
        ]
        static let builders: [Party] = [
            ("Nordströms Bygg AB", "500"), ("Kustbyggarna i Halland AB", "500"),
            ("Ventilationsteknik Väst AB", "500"),
        ]
        static let equipmentSuppliers: [Party] = [
            ("Medicinteknik Syd AB", "500"), ("Halland IT-partner AB", "500"), ("Ambulansbyggarna Norden AB", "500"),
        ]

        /// Tax, grants and financial items: the voucher text and the counterpart's sector.
        static func finance(_ account: Int) -> (String, String) {
            switch account {
            case 8000...8099: ("Skatteintäkter, preliminär utbetalning från Skatteverket", "100")
            case 8100...8399: ("Generella statsbidrag och utjämning, Skatteverket", "100")
            case 8468...8469: ("Orealiserad värdeförändring finansiella placeringar", "500")
            case 8400...8499: ("Ränteintäkter och utdelningar", "500")
            case 8540...8549: ("Ränta på pensionsavsättning, KPA", "400")
            default: ("Räntekostnader och finansiella kostnader", "400")
            }
        }

        /// An internal allocation: `percent` of each receiver's costs on `to`, credited to the
        /// providing ansvar's largest cost on `from`.
        struct Allocation {
            var from: Int
            var to: Int
            var percent: Int64
            var text: String
        }

        static let allocations = [
            Allocation(from: 6410, to: 6990, percent: 3, text: "Internhyra"),
            Allocation(from: 6540, to: 6990, percent: 2, text: "Internfördelning IT-tjänster"),
        ]

        /// Buildings are the property committee's (ansvar 23…): its depreciation is on 1110.
        static func assetAccount(_ ansvar: String) -> String { ansvar.hasPrefix("23") ? "1110" : "1210" }

        static let accountNames: [String: String] = [
            "1110": "Mark och byggnader", "1210": "Maskiner och inventarier", "1510": "Kundfordringar",
            "1930": "Bank", "2440": "Leverantörsskulder", "2710": "Personalens källskatt",
            "2910": "Upplupna kostnader och förutbetalda intäkter",
        ]

        static func accountName(_ number: String) -> String { accountNames[number] ?? "Konto \(number)" }

        /// The name an added object gets; an internal motpart is named after its ansvar.
        static func objectName(_ o: SIEObjectRef, ansvar: [String: String]) -> String {
            switch o.dimension {
            case 6: (buildingProjects + equipmentProjects + projects).first { $0.code == o.code }?.name ?? o.code
            case 20: activityNames[o.code] ?? o.code
            case 21 where o.code.hasPrefix("I"):
                "Intern: " + (ansvar[String(o.code.dropFirst())] ?? String(o.code.dropFirst()))
            case 21: sectors[o.code] ?? o.code
            default: o.code
            }
        }

        static func days(month: Int, year: Int) -> Int {
            switch month {
            case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        /// Whether the bank is open: Monday to Friday except the fixed public holidays (Easter and
        /// the days that move with it are not kept out).
        static func isBankDay(year: Int, month: Int, day: Int) -> Bool {
            let holidays: Set<Int> = [101, 106, 501, 606, 1224, 1225, 1226, 1231]
            return weekday(year: year, month: month, day: day) < 5 && !holidays.contains(month * 100 + day)
        }

        /// 0 Monday … 6 Sunday (Sakamoto's method).
        static func weekday(year: Int, month: Int, day: Int) -> Int {
            let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
            let y = month < 3 ? year - 1 : year
            let sunday0 = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
            return (sunday0 + 6) % 7
        }

        static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(year)-\(two(month))-\(two(day))"
        }
    }
}
